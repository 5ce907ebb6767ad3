import * as assert from 'node:assert/strict';
import { isNonWorkingDay } from '../../server/src/knowledge/publicHolidays';
import { STATUS_URL, between, bodyOf, compose, discussionOf, dispositifOf, factsOf, ordonnanceOf, otherBlanks, pdfTextOf, step2Act, strike } from './reading';

/**
 * The judge's reading of issue 21 (docs/review/2026-12-07-lecture-du-juge.md): each sentence the
 * juge des référés or the platform's counsel struck in an act or projet d'ordonnance composed by the
 * product is one test here, named after its strike (J01…J40). Each composes the same act through the
 * product's own functions and asserts the defect is gone or the correct form is there.
 */
suite('Judge’s reading (issue 21): 1. sentences that do not read', () => {
	strike('J01 Should name one Meta service, never the list « Facebook, Messenger » pasted into the sentence', () => {
		for (const text of [compose('assignation-refere-hebergeur', 'meta', ['harcelement-moral'], 'Monsieur Paul DURAND'), compose('requete-hebergeur', 'meta', ['injure-publique-particulier'], 'Monsieur Paul DURAND')]) {
			assert.doesNotMatch(bodyOf(text), /Facebook, Messenger/u);
		}
	});

	strike('J02 Should elide « de » before a vowel: « la messagerie privée d’Instagram »', () => {
		const text = compose('requete-hebergeur', 'instagram', ['sollicitation-images-mineur'], 'Madame Louise BERNARD');
		assert.doesNotMatch(bodyOf(text), /\bde Instagram\b/u);
	});

	strike('J03 Should set the host’s relative clause between two commas in a requête (« la société X, qui assure…, détient »)', () => {
		for (const text of [compose('requete-hebergeur', 'x', ['harcelement-moral', 'menace-de-mort'], 'Madame Louise BERNARD'), compose('requete-fai', 'orange', ['injure-publique-particulier'], 'Madame Louise BERNARD')]) {
			assert.doesNotMatch(bodyOf(text), /la société [^,\n]+ qui (?:assure|fournit)/u);
		}
	});

	strike('J04 Should write the typographic apostrophe throughout the prose, never a straight one beside it', () => {
		for (const text of [compose('assignation-refere-hebergeur', 'x', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]), compose('assignation-refere-hebergeur', 'instagram', ['usurpation-identite'], 'Madame Louise BERNARD', ['https://www.instagram.com/louise.bernard.officiel/'])]) {
			const prose = bodyOf(text).split('\n').filter((line) => !/https?:\/\//u.test(line)).join('\n');
			assert.deepEqual([...prose.matchAll(/\S*\p{L}'\p{L}\S*/gu)].map((match) => match[0]), []);
		}
	});

	strike('J05 Should say that the host, not « celui-ci » (the account holder), communicated the IP address', () => {
		const text = compose('assignation-refere-fai', 'sfr', ['diffamation-publique-particulier'], 'Monsieur Paul DURAND');
		assert.doesNotMatch(factsOf(text), /Celui-ci a communiqué/u);
	});

	strike('J06 Should not end the dépens item of the ordonnance with a full stop while the list goes on', () => {
		const ordonnance = ordonnanceOf(compose('requete-hebergeur', 'x', ['harcelement-moral', 'menace-de-mort'], 'Madame Louise BERNARD'));
		assert.match(ordonnance, /Laissons les dépens/u);
		assert.doesNotMatch(ordonnance, /Laissons les dépens à la charge [^.;\n]*\.\s*Disons/u);
	});

	strike('J07 Should not print « Maître » before a blank that itself asks for « Maître Prénom NOM »', () => {
		const pdf = pdfTextOf(compose('assignation-refere-hebergeur', 'x', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]));
		assert.doesNotMatch(pdf, /Maître \[À compléter : Maître/u);
	});

	strike('J08 Should put the civility before the client’s name in the step-2 dispositif', () => {
		const text = step2Act('orange', false);
		assert.match(dispositifOf(text), /communiquer à Madame Hélène MARTIN/u);
	});
});

suite('Judge’s reading (issue 21): 2. blanks', () => {
	strike('J09 Should ask no source port for an IPv6 connexion, and no blank in another form than [À compléter : …]', () => {
		const text = step2Act('orange', true);
		assert.doesNotMatch(text, /port source à compléter/u);
		assert.doesNotMatch(text, /2a01:cb08:85a3::8a2e:370:7334, \[/u);
		assert.deepEqual(otherBlanks(text), []);
	});

	strike('J10 Should write every blank of the projet d’ordonnance in the one form [À compléter : …]', () => {
		for (const text of [compose('requete-hebergeur', 'x', ['harcelement-moral', 'menace-de-mort'], 'Madame Louise BERNARD'), compose('requete-fai', 'orange', ['injure-publique-particulier'], 'Madame Louise BERNARD')]) {
			assert.deepEqual(otherBlanks(ordonnanceOf(text)), []);
		}
	});

	strike('J11 Should print the client’s missing birth date in the one blank form, as the birthplace beside it', () => {
		const pdf = pdfTextOf(compose('assignation-refere-hebergeur', 'x', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]));
		assert.deepEqual(otherBlanks(pdf.slice(0, pdf.indexOf('EXPOSÉ DES FAITS'))), []);
	});

	strike('J12 Should date the step-1 ordonnance (a blank when unknown) and name its court and the host', () => {
		assert.match(factsOf(compose('assignation-refere-fai', 'sfr', ['diffamation-publique-particulier'], 'Monsieur Paul DURAND')), /Par ordonnance du /u);
		const step2 = factsOf(step2Act('orange', false));
		assert.match(step2, /Par ordonnance du /u);
		assert.match(step2, /tribunal judiciaire de Paris/u);
		assert.match(step2, /Twitter International Unlimited Company/u);
	});

	strike('J13 Should ask, for a profile opened in the victim’s name, the date it was seen, not that of a publication', () => {
		const text = compose('assignation-refere-hebergeur', 'instagram', ['usurpation-identite'], 'Madame Louise BERNARD', ['https://www.instagram.com/louise.bernard.officiel/']);
		assert.doesNotMatch(factsOf(text), /date et heure de la publication/u);
	});
});

suite('Judge’s reading (issue 21): 3. law', () => {
	strike('J14 Should rest the technical data on the death threat (60-1-2 1°, TJ Paris 31 déc. 2024), not on the 2°-only harassment alone', () => {
		const text = compose('requete-hebergeur', 'x', ['harcelement-moral', 'menace-de-mort'], 'Madame Louise BERNARD');
		assert.match(discussionOf(text), /menace de mort[^.]*délinquance grave/u);
		assert.match(ordonnanceOf(text), /menace de mort[^.]*délinquance grave/u);
	});

	strike('J15 Should not ask an access provider for the subscriber behind an IP for a fine-only press offence without pleading the ground (or a visible blank for it)', () => {
		for (const text of [compose('assignation-refere-fai', 'sfr', ['diffamation-publique-particulier'], 'Monsieur Paul DURAND'), compose('requete-fai', 'orange', ['injure-publique-particulier'], 'Madame Louise BERNARD')]) {
			assert.match(discussionOf(text), /délinquance grave/u);
		}
	});

	strike('J16 Should plead in the step-2 act the serious offence that L. 34-1 II bis 3° requires', () => {
		assert.match(discussionOf(step2Act('orange', false)), /délinquance grave/u);
	});

	strike('J17 Should argue the prohibition on informing the account holder that the dispositif asks, and the ordonnance should give its motif', () => {
		for (const text of [compose('assignation-refere-hebergeur', 'x', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]), compose('requete-hebergeur', 'google', ['extorsion'], 'Madame Louise BERNARD')]) {
			assert.match(dispositifOf(text), /INTERDICTION/u);
			assert.match(discussionOf(text), /informer/u);
		}
		const ordonnance = ordonnanceOf(compose('requete-hebergeur', 'google', ['extorsion'], 'Madame Louise BERNARD'));
		assert.match(between(ordonnance, 'MOTIFS', 'PAR CES MOTIFS'), /informer/u);
	});

	strike('J18 Should say in « Sur la compétence » why a French judge may order a company seated in Ireland', () => {
		const text = compose('assignation-refere-hebergeur', 'x', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]);
		assert.match(between(discussionOf(text), 'Sur la compétence', '\n## '), /Irlande|étrang/u);
	});

	strike('J19 Should justify the court chosen against an access provider (« Sur la compétence », CPC 145 al. 2)', () => {
		assert.match(discussionOf(compose('assignation-refere-fai', 'orange', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL])), /Sur la compétence/u);
	});

	strike('J20 Should not serve Orange at the 2020 address law.md holds outdated (A.15)', () => {
		const pdf = pdfTextOf(compose('assignation-refere-fai', 'orange', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]));
		assert.doesNotMatch(pdf, /Olivier de Serres/u);
	});

	strike('J21 Should qualify a defamation of a public person precisely, not as « un élu, un fonctionnaire ou une autre personne »', () => {
		const text = compose('assignation-refere-hebergeur', 'meta', ['diffamation-personne-publique'], 'Monsieur Paul DURAND');
		assert.doesNotMatch(bodyOf(text), /un élu, un fonctionnaire ou une autre personne/u);
	});

	strike('J22 Should qualify one conduct of 227-23, and plead the penalty of the alinéa it cites', () => {
		const text = compose('requete-fai', 'free-mobile', ['pedopornographie'], 'Monsieur Paul DURAND');
		assert.doesNotMatch(bodyOf(text), /fixation, diffusion, détention ou consultation/u);
	});

	strike('J23 Should not assert as défendeur an entity the catalogue marks unconfirmed (Microsoft) without a blank to confirm it', () => {
		const text = compose('requete-hebergeur', 'microsoft', ['montage-sans-consentement'], 'Madame Louise BERNARD');
		assert.match(text, /\[À compléter : [^\]]*(?:dénomination|entité|société contractante)[^\]]*\]/u);
	});

	strike('J24 Should name a service (Gmail, YouTube, Outlook…) where the content stands, never a company (« sur Google », « sur Microsoft »)', () => {
		const texts = [compose('assignation-refere-hebergeur', 'google', ['diffamation-publique-particulier'], 'Madame Louise BERNARD'), compose('requete-hebergeur', 'google', ['extorsion'], 'Madame Louise BERNARD'), compose('requete-hebergeur', 'microsoft', ['montage-sans-consentement'], 'Madame Louise BERNARD')];
		for (const text of texts) {
			assert.doesNotMatch(factsOf(text), /sur (?:Google|Microsoft)\b|messagerie privée de Google/u);
		}
	});

	strike('J25 Should not claim the account holder could erase the connexion data the host must keep', () => {
		const text = compose('requete-hebergeur', 'x', ['harcelement-moral', 'menace-de-mort'], 'Madame Louise BERNARD');
		assert.doesNotMatch(bodyOf(text), /les traces de ses connexions/u);
		assert.doesNotMatch(ordonnanceOf(text), /les traces de ses connexions/u);
	});
});

suite('Judge’s reading (issue 21): 3b. the derogation fits the measure', () => {
	strike('J36 Should not justify an identity-only requête by the one-year retention of technical data it does not ask', () => {
		const text = compose('requete-hebergeur', 'meta', ['injure-publique-particulier'], 'Monsieur Paul DURAND');
		assert.doesNotMatch(dispositifOf(text), /adresses IP/u);
		assert.doesNotMatch(between(discussionOf(text), 'Sur les circonstances justifiant', '\n## '), /données techniques/u);
		assert.doesNotMatch(ordonnanceOf(text), /données techniques ne sont conservées/u);
	});
});

suite('Judge’s reading (issue 21): 4. facts that carry the qualification', () => {
	strike('J26 Should tell, for an offence against a minor, of the minor and of the client as legal representative', () => {
		for (const text of [compose('requete-hebergeur', 'instagram', ['sollicitation-images-mineur'], 'Madame Louise BERNARD'), compose('requete-hebergeur', 'snapchat', ['harcelement-scolaire', 'propositions-sexuelles-mineur'], 'Madame Louise BERNARD')]) {
			assert.match(factsOf(text), /mineur|représentant légal/u);
		}
	});

	strike('J27 Should state the sexual character of the content when the wrong is 226-2-1', () => {
		assert.match(factsOf(compose('requete-hebergeur', 'tiktok', ['diffusion-contenu-sexuel'], 'Madame Louise BERNARD')), /caractère sexuel/u);
	});

	strike('J28 Should tell the fraud as well as the profile when identity theft and fraud are pleaded together', () => {
		assert.match(factsOf(compose('requete-hebergeur', 'discord', ['usurpation-identite', 'escroquerie'], 'Monsieur Paul DURAND')), /paiement|annonce|remise/u);
	});

	strike('J29 Should tell the access-provider act’s facts per offence: private messages for blackmail, not « a publié un message visant »', () => {
		assert.doesNotMatch(factsOf(compose('assignation-refere-fai', 'free', ['chantage', 'usurpation-identite'], 'Madame Louise BERNARD')), /a publié un message visant/u);
		assert.doesNotMatch(factsOf(compose('requete-fai', 'free-mobile', ['pedopornographie'], 'Monsieur Paul DURAND')), /a publié un message visant/u);
	});

	strike('J30 Should tell in the step-2 facts whom the messages target and what they say (a blank when the dossier does not)', () => {
		const facts = factsOf(step2Act('orange', false));
		assert.match(facts, /MARTIN/u);
		assert.match(facts, /teneur/u);
	});
});

suite('Judge’s reading (issue 21): 5. repetition', () => {
	strike('J31 Should cite TJ Paris 12 nov. 2024 once, not in two consecutive sentences saying the same', () => {
		for (const text of [compose('assignation-refere-hebergeur', 'linkedin', ['escroquerie'], 'Monsieur Paul DURAND'), compose('requete-hebergeur', 'google', ['extorsion'], 'Madame Louise BERNARD')]) {
			assert.equal([...bodyOf(text).matchAll(/24\/57625/gu)].length, 1);
		}
	});
});

suite('Judge’s reading (issue 21): 6. structure and mandatory mentions', () => {
	strike('J32 Should open the step-2 dispositif with its lead-in', () => {
		assert.match(dispositifOf(step2Act('orange', false)), /^Il est demandé à Madame ou Monsieur le Président du tribunal judiciaire de .+ de bien vouloir :$/mu);
	});

	strike('J33 Should name in each step-2 heading the article it applies', () => {
		const headings = discussionOf(step2Act('orange', false)).split('\n').filter((line) => line.startsWith('## '));
		assert.ok(headings.length >= 2);
		assert.deepEqual(headings.filter((heading) => !/article/u.test(heading)), []);
	});

	strike('J34 Should state, when representation is mandatory, the time within which the défendeur must appoint counsel (CPC 752 2°)', () => {
		const text = compose('assignation-refere-hebergeur', 'x', ['menace-de-mort'], 'Madame Louise BERNARD', [STATUS_URL]);
		assert.match(between(bodyOf(text), '**Modalités de comparution.**', '\n\n'), /délai/u);
	});

	strike('J35 Should say how an act against a host seated outside France and Ireland is served (or leave a visible blank for it)', () => {
		for (const text of [compose('assignation-refere-hebergeur', 'telegram', ['provocation-apologie-terrorisme'], 'Monsieur Paul DURAND'), compose('assignation-refere-hebergeur', 'snapchat', ['montage-sexuel-sans-consentement'], 'Madame Louise BERNARD')]) {
			assert.match(bodyOf(text), /Le présent acte sera signifié|\[À compléter : [^\]]*signification[^\]]*\]/u);
		}
	});

	strike('J37 Should set the step-2 hearing on a working day: not on Christmas, Whit Monday or a Saturday', () => {
		for (const date of ['2026-12-04', '2027-04-26', '2027-07-24']) {
			const hearing = /^audience: (\d{4}-\d{2}-\d{2})/mu.exec(step2Act('orange', false, date))?.[1];
			assert.ok(hearing !== undefined, date);
			assert.equal(isNonWorkingDay(hearing), false, `act of ${date}: hearing on ${hearing}`);
		}
	});

	strike('J38 Should cite in the requête’s title the articles 493 and 845 it rests on, as the ordonnance does', () => {
		const pdf = pdfTextOf(compose('requete-hebergeur', 'x', ['harcelement-moral', 'menace-de-mort'], 'Madame Louise BERNARD'));
		const title = pdf.indexOf('REQUÊTE AUX FINS DE MESURES D’INSTRUCTION');
		assert.ok(title >= 0);
		// The title's own subtitle: the first article reference after it.
		assert.match(pdf.slice(title).match(/\(articles? [^)]*\)/u)?.[0] ?? '', /^\(articles 145, 493/u);
	});
});

suite('Judge’s reading (issue 21): 7. second series', () => {
	strike('J39 Should name the one ground of a discriminatory defamation, not the nine of the statute in the alternative', () => {
		const text = compose('assignation-refere-hebergeur', 'x', ['diffamation-publique-discriminatoire'], 'Madame Louise BERNARD');
		assert.doesNotMatch(bodyOf(text), /de l['’]origine, de l['’]ethnie, de la nation/u);
	});

	strike('J40 Should ask, for an account takeover, the connexions to the victim’s own account, not the holder of an « author account »', () => {
		const text = compose('requete-hebergeur', 'x', ['atteinte-stad'], 'Monsieur Paul DURAND');
		assert.doesNotMatch(factsOf(text), /le compte « [^»]*» a été utilisé pour accéder/u);
		assert.match(dispositifOf(text), /connexions? au compte/u);
	});
});
