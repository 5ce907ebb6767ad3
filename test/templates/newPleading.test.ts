import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { translator } from '../../server/src/l10n';
import { analyze } from '../../server/src/engine/analyze';
import { offenceById, offences, platformByKey, platforms, technicalDataFor, type Platform } from '../../server/src/knowledge';
import { frenchPublicHolidays, isNonWorkingDay, easterSunday } from '../../server/src/knowledge/publicHolidays';
import { instantiateTemplate, readTemplates, clientOf } from '../../server/src/templates/newPleading';
import { accessProviderAct } from '../../server/src/templates/accessProviderAct';
import { inheritDossier, readDossier } from '../../server/src/document/dossier';
import { modelOf } from '../helpers/text';

const DOSSIER_FOLDER = join(process.cwd(), 'examples', 'dossier-martin');
/** The example case file, which names the lawyer (`avocat`). */
const DOSSIER_WITH_LAWYER = readFileSync(join(DOSSIER_FOLDER, 'dossier.yaml'), 'utf8');
const DOSSIER_URI = pathToFileURL(join(DOSSIER_FOLDER, 'dossier.yaml')).toString();
const DOSSIER_ACT_URI = pathToFileURL(join(DOSSIER_FOLDER, 'nouvel-acte.md')).toString();

const templates = readTemplates('templates');

/** Offence sets a lawyer picks: the common one, a non-serious one, press offences, a contravention, mixed. */
const OFFENCE_SETS: readonly (readonly string[])[] = [
	[],
	['menace-de-mort'],
	['harcelement-moral', 'menace-de-mort'],
	['messages-malveillants'],
	['menace'],
	['diffamation-publique-particulier'],
	['injure-publique-particulier', 'provocation-haine'],
	['injure-non-publique'],
	['chantage', 'usurpation-identite'],
	['diffusion-contenu-sexuel'],
];

/** Dates of the act: ordinary days, and days whose hearing three weeks later would hit a weekend or a holiday. */
const ACT_DATES = ['2026-11-29', '2027-04-08', '2027-04-15', '2027-04-19', '2027-07-23', '2027-10-21', '2027-12-04', '2028-05-04'];

/** X and Discord ids carry milliseconds since their epoch in the bits above the 22 low bits; TikTok seconds in the 32 high ones. */
function publicationUrlsFor(platform: Platform, before: Date): string[] | undefined {
	const ms = (days: number) => BigInt(before.getTime() - days * 86_400_000);
	switch (platform.key) {
		case 'x':
			return [10, 9].map((days) => `https://x.com/anonyme_75/status/${((ms(days) - 1288834974657n) << 22n) | 1234n}`);
		case 'tiktok':
			return [`https://www.tiktok.com/@anonyme_75/video/${(ms(12) / 1000n) << 32n}`];
		case 'discord':
			return [`https://discord.com/channels/123456789012345678/234567890123456789/${(ms(8) - 1420070400000n) << 22n}`];
		case 'instagram':
			return ['https://www.instagram.com/p/C8abcDEFghi/'];
		case 'meta':
			return ['https://www.facebook.com/anonyme.75/posts/1234567890123456'];
		case 'google':
			return ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'];
		default:
			return undefined;
	}
}

const PLACEHOLDER = /\[À compléter|\[…\]/u;

/**
 * Technical data resting only on offences of the 2° of art. 60-1-2 CPP is warned about (CA Paris refused
 * it twice); until the composer asks for identity data alone for such sets (issue 21, item 2), the
 * warning is the expected answer to them.
 */
function restsOnSecondBranchOnly(offences: readonly string[]): boolean {
	return offences.some((id) => offenceById(id)?.branche6012 === '2°') && offences.every((id) => offenceById(id)?.branche6012 !== '1°' && offenceById(id)?.seriousCrime.verdict !== 'held-serious');
}

/** Errors and warnings, except those on a line that still holds a placeholder (flagged by `placeholder-left`). */
function loudFindingsOutsidePlaceholders(text: string, date: string, offences: readonly string[]): string[] {
	const lines = text.split('\n');
	let offset = 0;
	const lineStarts = lines.map((line) => {
		const start = offset;
		offset += line.length + 1;
		return start;
	});
	const lineOf = (position: number) => lineStarts.filter((start) => start <= position).length - 1;
	const findings = analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: new Date(`${date}T12:00:00Z`) });
	return findings
		.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
		.filter((finding) => finding.ruleId !== 'placeholder-left')
		.filter((finding) => finding.ruleId !== 'technical-data-needs-serious-offence' || !restsOnSecondBranchOnly(offences))
		.filter((finding) => {
			const covered = lines.slice(lineOf(finding.span.start), lineOf(Math.max(finding.span.start, finding.span.end - 1)) + 1);
			return !covered.some((line) => PLACEHOLDER.test(line));
		})
		.map((finding) => `${finding.ruleId} l.${lineOf(finding.span.start) + 1}: ${finding.message}`);
}

suite('Nouvel acte', () => {
	test('Should offer the four kinds of act', () => {
		assert.deepEqual(templates.map((template) => template.id), ['assignation-refere-fai', 'assignation-refere-hebergeur', 'requete-fai', 'requete-hebergeur']);
	});

	for (const template of templates) {
		test(`Should compose clean acts for every platform, offence set and date: ${template.id}`, () => {
			const kind = template.platform.kind;
			let composed = 0;
			for (const platform of platforms.filter((candidate) => candidate.kind === kind)) {
				for (const [setIndex, offences] of OFFENCE_SETS.entries()) {
					const date = ACT_DATES[(setIndex + platform.key.length) % ACT_DATES.length];
					const hostForUrls = kind === 'fai' ? platforms.find((candidate) => candidate.key === 'x') : platform;
					const urls = setIndex % 2 === 0 && hostForUrls !== undefined ? publicationUrlsFor(hostForUrls, new Date(`${date}T12:00:00Z`)) : undefined;
					const text = instantiateTemplate(templates, {
						template: template.id,
						platform: platform.key,
						court: setIndex % 3 === 0 ? 'Tribunal judiciaire de Lyon' : 'Tribunal judiciaire de Paris',
						offences,
						date,
						client: setIndex % 4 === 0 ? undefined : setIndex % 4 === 1 ? 'Madame Claire MARTIN' : 'M. Paul Henri DURAND',
						publications: urls,
					}, translator('fr'));
					const label = `${template.id} × ${platform.key} × [${offences.join(', ')}] on ${date}${urls === undefined ? '' : ' with URLs'}`;
					assert.doesNotThrow(() => parseDocument(text.split('---')[1]), label);
					assert.deepEqual(loudFindingsOutsidePlaceholders(text, date, offences), [], label);
					assertNamesOnlyItsHosts(text, kind === 'fai' ? hostForUrls : platform, label);
					const hearing = /^audience: (\d{4}-\d{2}-\d{2})/mu.exec(text)?.[1];
					assert.equal(hearing === undefined, template.act === 'requete', label);
					if (hearing !== undefined) {
						assert.ok(!isNonWorkingDay(hearing), `${label}: hearing on ${hearing}`);
						assert.ok(hearing > date, label);
					}
					composed++;
				}
			}
			assert.ok(composed >= OFFENCE_SETS.length * 5, `${composed} acts`);
		});
	}

	test('Should write the lawyer’s URLs, read the X time from the id and the account from the URL', () => {
		const text = instantiateTemplate(templates, {
			template: 'requete-hebergeur',
			platform: 'x',
			offences: ['menace-de-mort'],
			date: '2025-01-15',
			publications: ['https://x.com/anonyme_75/status/1852441610286007506'],
		}, translator('fr'));
		assert.match(text, /url: https:\/\/x\.com\/anonyme_75\/status\/1852441610286007506$/mu);
		assert.match(text, /horodatage: 2024-11-01T21:04:31\+01:00$/mu);
		assert.match(text, /compte: "@anonyme_75"$/mu);
		assert.match(text, /Le 1er novembre 2024 à 21:04:31 \(UTC\+1\), le compte « @anonyme_75 » a publié sur X/u);
	});

	test('Should mark what only the lawyer knows for an Instagram act without URLs, and never name X', () => {
		const text = instantiateTemplate(templates, { template: 'requete-hebergeur', platform: 'instagram', offences: ['menace-de-mort'], date: '2026-11-29' }, translator('fr'));
		assert.match(text, /url: "\[À compléter : adresse de la publication sur Instagram\]"/u);
		assert.match(text, /nom: "\[À compléter : NOM du client\]"/u);
		assert.match(text, /Meta Platforms Ireland Limited/u);
		assert.doesNotMatch(text, /x\.com|réseau social X|Twitter|MARTIN|DUPONT/u);
	});

	test('Should ask technical data only when an offence may count as serious crime', () => {
		const serious = instantiateTemplate(templates, { template: 'requete-hebergeur', platform: 'tiktok', offences: ['menace-de-mort'], date: '2026-11-29' }, translator('fr'));
		const minor = instantiateTemplate(templates, { template: 'requete-hebergeur', platform: 'tiktok', offences: ['messages-malveillants'], date: '2026-11-29' }, translator('fr'));
		assert.match(serious, /ports source associés/u);
		assert.doesNotMatch(minor, /adresses IP utilisées/u);
		assert.match(minor, /article L\. 34-1, II bis, 1° et 2°/u);
	});

	test('Should denounce a press act to the ministère public', () => {
		const text = instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'meta', offences: ['diffamation-publique-particulier'], date: '2026-11-29' }, translator('fr'));
		assert.match(text, /sera dénoncé au ministère public près le tribunal judiciaire de Paris/u);
		assert.match(text, /délit prévu et réprimé par les articles 29, alinéa 1er, et 32, alinéa 1er, de la loi du 29 juillet 1881/u);
	});

	test('Should read the client as the lawyer writes it', () => {
		assert.deepEqual(clientOf('Madame Claire Anne MARTIN'), { civility: 'Madame', surname: 'MARTIN', givenNames: 'Claire Anne' });
		assert.deepEqual(clientOf('M. Jean DE LA FONTAINE'), { civility: 'Monsieur', surname: 'DE LA FONTAINE', givenNames: 'Jean' });
		assert.deepEqual(clientOf('paul durand'), { civility: undefined, surname: 'DURAND', givenNames: 'paul' });
		assert.deepEqual(clientOf(''), { civility: undefined, surname: undefined, givenNames: undefined });
	});

	test('Should set the hearing on the next working day after three weeks against a défendeur seated in France', () => {
		// 2027-04-08 + 21 days = Thursday 29 April 2027: a working day.
		assert.match(instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'la-poste', date: '2027-04-08' }, translator('fr')), /^audience: 2027-04-29T09:30:00\+02:00$/mu);
		// 2027-04-15 + 21 = Thursday 6 May; + 21 from 2027-04-17 = Saturday 8 May (holiday too) → Monday 10 May.
		assert.match(instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'la-poste', date: '2027-04-17' }, translator('fr')), /^audience: 2027-05-10T09:30:00\+02:00$/mu);
		// 2027-12-04 + 21 = Saturday 25 December → Monday 27 December, in winter time.
		assert.match(instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'la-poste', date: '2027-12-04' }, translator('fr')), /^audience: 2027-12-27T09:30:00\+01:00$/mu);
	});

	test('Should leave a company seated in Ireland a month to be served and two weeks to refuse, and say the act is translated', () => {
		// Issue 21: 41 acts against an Irish host set a hearing three weeks out that service-abroad-too-late rejects.
		// 2026-11-29 (Sunday): the latest transmission must be on or after it: a hearing on 2027-01-13 (13 Dec. less 14 days = 29 Nov.), a Wednesday.
		const text = instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'x', date: '2026-11-29' }, translator('fr'));
		assert.match(text, /^audience: 2027-01-13T09:30:00\+01:00$/mu);
		assert.match(text, /signifié à la société Twitter International Unlimited Company, dont le siège est en Irlande, selon le règlement \(UE\) 2020\/1784[^.]*, accompagné de sa traduction en anglais/u);
		assert.match(text, /## A\. Sur la compétence \(article 145, alinéa 2, du code de procédure civile\)/u);
		assert.doesNotMatch(instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'la-poste', date: '2026-11-29' }, translator('fr')), /Sur la compétence|traduction/u);
	});
});

suite('Nouvel acte: the defects issue 21 found, each a regression test', () => {
	const compose = (template: string, platform: string, offences: string[], extra: { client?: string; publications?: string[] } = {}) =>
		instantiateTemplate(templates, { template, platform, offences, date: '2026-12-07', client: 'Madame Louise BERNARD', ...extra }, translator('fr'));
	const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 4) + 4);

	test('Should plead no note meant for the lawyer, whole or cut at an abbreviation', () => {
		const notes: readonly (readonly [string, RegExp])[] = [
			['montage-sans-consentement', /montant non vérifié|défendable mais exposée/u],
			['harcelement-sexuel', /n’est pas vérifiée|n'est pas vérifiée/u],
			['chantage', /les sources divergent/u],
			['escroquerie', /sans que la motivation du tribunal/u],
			['menace-de-mort-sous-condition', /pénale\.,|aucune décision civile/u],
			['montage-sexuel-sans-consentement', /pénale\. 2024\)|selon les débats parlementaires/u],
		];
		for (const [offence, note] of notes) {
			for (const template of ['requete-hebergeur', 'assignation-refere-hebergeur']) {
				assert.doesNotMatch(compose(template, 'tiktok', [offence]), note, `${template} × ${offence}`);
			}
		}
	});

	test('Should lead the dispositif in to the president, « PLAISE À » in a requête, and call the client « requérante »', () => {
		const assignation = bodyOf(compose('assignation-refere-hebergeur', 'x', ['menace-de-mort']));
		assert.match(assignation, /# PAR CES MOTIFS\n\nIl est demandé à Madame ou Monsieur le Président du tribunal judiciaire de Paris de bien vouloir :\n\n- ORDONNER/u);
		const requete = bodyOf(compose('requete-hebergeur', 'x', ['menace-de-mort']));
		assert.match(requete, /# PAR CES MOTIFS\n\nPLAISE À Madame ou Monsieur le Président du tribunal judiciaire de Paris, de bien vouloir :\n\n- ORDONNER/u);
		assert.match(requete, /à la charge de la requérante\./u);
		assert.doesNotMatch(requete, /défenderesse|demanderesse/u);
		assert.match(requete, /## [A-Z]\. Sur le motif légitime \(article 145 du code de procédure civile\)/u);
	});

	test('Should not flag its own extortion act as an offence without its text', () => {
		for (const template of ['requete-hebergeur', 'assignation-refere-hebergeur', 'requete-fai']) {
			const text = instantiateTemplate(templates, { template, platform: template.endsWith('fai') ? 'orange' : 'telegram', offences: ['extorsion'], date: '2026-12-07' }, translator('fr'));
			const unqualified = analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: new Date('2026-12-07T12:00:00Z') }).filter((finding) => finding.ruleId === 'offence-unqualified');
			assert.deepEqual(unqualified.map((finding) => finding.message), [], template);
		}
	});

	test('Should tell identity theft as a profile opened in the client’s name, whose page is then no invalid URL', () => {
		const text = compose('requete-hebergeur', 'instagram', ['usurpation-identite'], { publications: ['https://www.instagram.com/louise.bernard.officiel/'] });
		assert.match(text, /le compte « @louise\.bernard\.officiel », ouvert sur Instagram au nom de Madame BERNARD sans son accord, reprenait son identité en vue de troubler sa tranquillité ou de porter atteinte à son honneur ou à sa considération \(pièce n° 2\)/u);
		assert.doesNotMatch(bodyOf(text), /un message/u);
		const findings = analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: new Date('2026-12-07T12:00:00Z') });
		assert.deepEqual(findings.filter((finding) => finding.ruleId === 'url-invalid'), []);
	});

	test('Should tell each family of offences its own facts', () => {
		const facts: readonly (readonly [string, RegExp])[] = [
			['chantage', /a adressé à Madame BERNARD, par la messagerie privée de Snapchat, un message/u],
			['montage-sexuel-sans-consentement', /un montage à caractère sexuel, vidéo ou image, réalisé avec l’image ou les paroles de Madame BERNARD/u],
			['diffusion-contenu-sexuel', /une vidéo ou une image représentant Madame BERNARD sans son consentement/u],
			['escroquerie', /une annonce suivie d’une demande de paiement adressée à Madame BERNARD/u],
			['atteinte-stad', /a été utilisé pour accéder sans droit au compte de Madame BERNARD/u],
			['menace-de-mort', /a publié sur Snapchat un message visant Madame BERNARD/u],
		];
		assert.match(compose('requete-hebergeur', 'instagram', ['chantage']), /par la messagerie privée d’Instagram, un message/u);
		for (const [offence, told] of facts) {
			assert.match(compose('requete-hebergeur', 'snapchat', [offence]), told, offence);
		}
	});

	test('Should ask identity data only for an offence that meets the threshold only online (60-1-2, 2°)', () => {
		// CA Paris refused technical data for two one-year offences committed online (27 oct. 2023; 10 sept. 2024).
		for (const offence of ['diffusion-contenu-sexuel', 'montage-sans-consentement', 'injure-publique-discriminatoire']) {
			assert.doesNotMatch(compose('requete-hebergeur', 'tiktok', [offence]), /adresses IP utilisées/u, offence);
		}
		assert.match(compose('requete-hebergeur', 'tiktok', ['diffusion-contenu-sexuel', 'menace-de-mort']), /adresses IP utilisées[\s\S]*ports source associés/u);
		// The lawyer who opts in gets them, pleaded in the form 60-1-2, 2° supports.
		const optedIn = instantiateTemplate(templates, { template: 'requete-hebergeur', platform: 'tiktok', offences: ['diffusion-contenu-sexuel'], date: '2026-12-07', secondBranchTechnicalData: true }, translator('fr'));
		assert.match(optedIn, /entre dans les prévisions de l’article 60-1-2, 2°, du code de procédure pénale, la mesure ayant pour seul objet d’identifier son auteur[\s\S]*adresses IP utilisées/u);
		assert.deepEqual(['menace-de-mort', 'diffusion-contenu-sexuel', 'diffamation-publique-particulier'].map((id) => technicalDataFor(offences.find((offence) => offence.id === id)!)), ['yes', 'second-branch', 'no']);
	});

	test('Should put the host’s duty on its full legal basis and list the host’s technical items before IP addresses', () => {
		const text = bodyOf(compose('assignation-refere-hebergeur', 'x', ['menace-de-mort']));
		assert.match(text, /En application de l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique et de l’article L\. 34-1, II bis, du code des postes et des communications électroniques/u);
		assert.match(text, /\(article 2 du décret n° 2021-1362 du 20 octobre 2021\)[^\n]*\(article 3 du même décret\)/u);
		assert.match(text, /article 5, 2°, du décret n° 2021-1362/u);
		assert.match(text, /l’identifiant de la connexion à l’origine de la communication ; les types de protocoles utilisés pour la connexion au service et pour le transfert des contenus ; les adresses IP utilisées/u);
	});

	test('Should write the lawyer’s own details from the setting, and a blank only for what it lacks', () => {
		const text = instantiateTemplate(templates, { template: 'requete-hebergeur', platform: 'x', date: '2026-12-07', avocat: { nom: 'Maître Hugo LAMBERT', barreau: 'Rennes', toque: ' ', adresse: '2 quai Lamartine, 35000 Rennes' } }, translator('fr'));
		assert.match(text, /^avocat:\n {2}nom: Maître Hugo LAMBERT\n {2}barreau: Rennes\n {2}toque: "\[À compléter : numéro de toque\]"\n {2}adresse: 2 quai Lamartine, 35000 Rennes$/mu);
	});

	test('Should take the lawyer’s own details from the case file the act goes into, the setting only when the case file has none', () => {
		const setting = { nom: 'Maître Hugo LAMBERT', barreau: 'Rennes', toque: 'R12', adresse: '2 quai Lamartine, 35000 Rennes' };
		const dossier = readDossier(DOSSIER_WITH_LAWYER).data;
		for (const template of ['assignation-refere-hebergeur', 'requete-hebergeur']) {
			const text = instantiateTemplate(templates, { template, platform: 'x', date: '2026-12-07', dossier: 'dossier.yaml', avocat: setting, client: 'Madame Hélène MARTIN' }, translator('fr'), dossier);
			// The act inherits the case file's lawyer: no key of its own hides it, no blank asks it again.
			assert.doesNotMatch(text, /^avocat:|Hugo LAMBERT|Maître Prénom NOM/mu, template);
			const inherited = inheritDossier(modelOf(text, DOSSIER_ACT_URI), { uri: DOSSIER_URI, text: DOSSIER_WITH_LAWYER });
			assert.equal(inherited.frontMatter?.data.avocat?.nom, 'Maître Julie BERNARD', template);
			const lawyerMissing = analyze(inherited, { settings: { rules: {} }, language: 'fr', today: new Date('2026-12-07T12:00:00Z') }).filter((finding) => finding.ruleId === 'mention-missing' && /avocat/iu.test(finding.message));
			assert.deepEqual(lawyerMissing.map((finding) => finding.message), [], template);
		}
		// A case file without a lawyer: the setting's details, as for an act on its own.
		const withoutLawyer = readDossier(DOSSIER_WITH_LAWYER.replace(/^avocat:\n(?: {2}.*\n)+/mu, '')).data;
		assert.equal(withoutLawyer.avocat, undefined);
		const text = instantiateTemplate(templates, { template: 'requete-hebergeur', platform: 'x', date: '2026-12-07', dossier: 'dossier.yaml', avocat: setting }, translator('fr'), withoutLawyer);
		assert.match(text, /^avocat:\n {2}nom: Maître Hugo LAMBERT\n {2}barreau: Rennes\n {2}toque: R12\n {2}adresse: 2 quai Lamartine, 35000 Rennes$/mu);
	});

	test('Should take the step-2 act’s lawyer from the case file, else from the setting, else one blank per detail', () => {
		const setting = { nom: 'Maître Hugo LAMBERT', barreau: 'Rennes', toque: 'R12', adresse: '2 quai Lamartine, 35000 Rennes' };
		const withLawyer = readDossier(DOSSIER_WITH_LAWYER).data;
		const withoutLawyerText = DOSSIER_WITH_LAWYER.replace(/^avocat:\n(?: {2}.*\n)+/mu, '');
		const withoutLawyer = readDossier(withoutLawyerText).data;
		for (const acte of ['assignation-refere', 'requete'] as const) {
			const fromDossier = accessProviderAct({ dossier: withLawyer, dossierPath: 'dossier.yaml', provider: platformByKey('orange')!, date: '2025-03-10', acte, avocat: setting }, translator('fr'));
			assert.doesNotMatch(fromDossier, /^avocat:|Hugo LAMBERT/mu, acte);
			const fromSetting = accessProviderAct({ dossier: withoutLawyer, dossierPath: 'dossier.yaml', provider: platformByKey('orange')!, date: '2025-03-10', acte, avocat: setting }, translator('fr'));
			assert.match(fromSetting, /^avocat:\n {2}nom: Maître Hugo LAMBERT\n {2}barreau: Rennes\n {2}toque: R12\n {2}adresse: 2 quai Lamartine, 35000 Rennes$/mu, acte);
			const blank = accessProviderAct({ dossier: withoutLawyer, dossierPath: 'dossier.yaml', provider: platformByKey('orange')!, date: '2025-03-10', acte }, translator('fr'));
			assert.match(blank, /^avocat:\n {2}nom: "\[À compléter : Maître Prénom NOM\]"\n {2}barreau: "\[À compléter : barreau\]"\n {2}toque: "\[À compléter : numéro de toque\]"\n {2}adresse: "\[À compléter : adresse du cabinet\]"$/mu, acte);
			// The act read with its case file lacks no lawyer: only blanks, each flagged.
			const model = inheritDossier(modelOf(blank, DOSSIER_ACT_URI), { uri: DOSSIER_URI, text: withoutLawyerText });
			const findings = analyze(model, { settings: { rules: {} }, language: 'fr', today: new Date('2025-03-10T12:00:00Z') });
			assert.deepEqual(findings.filter((finding) => finding.ruleId === 'mention-missing' && /avocat/iu.test(finding.message)).map((finding) => finding.message), [], acte);
			assert.equal(findings.filter((finding) => finding.ruleId === 'placeholder-left' && /Maître Prénom NOM|barreau|toque|cabinet/u.test(blank.slice(finding.span.start, finding.span.end + 60))).length >= 4, true, acte);
		}
	});

	test('Should elide « de » before a vowel wherever a name is inserted: « d’Orange », « d’appels »', () => {
		const orange = compose('assignation-refere-fai', 'orange', ['menace-de-mort']);
		assert.match(orange, /siège social d’Orange, d’après un extrait du registre des sociétés/u);
		assert.doesNotMatch(orange, /\bde Orange\b/u);
		const step2 = accessProviderAct({ dossier: readDossier(DOSSIER_WITH_LAWYER.replace(/^infractions:\n(?: {2}.*\n)+/mu, 'infractions:\n  - qualification: appels ou messages malveillants réitérés\n    texte: article 222-16 du code pénal\n')).data, dossierPath: 'dossier.yaml', provider: platformByKey('orange')!, date: '2025-03-10' }, translator('fr'));
		assert.match(step2, /Les faits sont constitutifs d’appels ou messages malveillants réitérés, délit prévu et réprimé par l’article 222-16 du code pénal\./u);
	});

	test('Should cite the order on ports and time zones once in the step-2 act, in one form', () => {
		for (const acte of ['assignation-refere', 'requete'] as const) {
			const text = accessProviderAct({ dossier: readDossier(DOSSIER_WITH_LAWYER).data, dossierPath: 'dossier.yaml', provider: platformByKey('orange')!, date: '2025-03-10', acte }, translator('fr'));
			assert.equal(text.match(/24\/57566/gu)?.length, 1, acte);
			assert.match(text, /\(TJ Paris, réf\., 31 déc\. 2024, RG 24\/57566\)/u, acte);
		}
	});

	test('Should tell the diffusion of a minor’s image as pornographic content, alleging no consent, the client acting for the child', () => {
		const text = bodyOf(compose('requete-hebergeur', 'x', ['pedopornographie'], { client: 'Monsieur Paul DURAND' }));
		assert.match(text, /une vidéo ou une image représentant \[À compléter : prénom de l’enfant\], enfant mineur de Monsieur DURAND, contenu présentant un caractère pornographique/u);
		assert.doesNotMatch(text, /consentement/u);
		assert.match(text, /Monsieur DURAND agit en qualité de représentant légal de son enfant mineur\./u);
	});

	test('Should name no service of a several-service company the lawyer did not choose: the facts ask it, the discussion speaks of its services', () => {
		const text = bodyOf(compose('requete-hebergeur', 'google', ['harcelement-moral']));
		assert.doesNotMatch(text, /sur Google\b/u);
		assert.match(text, /\[À compléter : service concerné : Gmail, YouTube, Recherche\]/u);
		assert.match(text, /qui assure le stockage des contenus mis en ligne sur ses services, détient/u);
		// With the URL the service is known and named.
		assert.match(bodyOf(compose('requete-hebergeur', 'google', ['harcelement-moral'], { publications: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'] })), /mis en ligne sur YouTube, détient/u);
	});

	test('Should tell in the step-2 act the facts of the offences the dossier invokes, the child for an offence against a minor', () => {
		const withOffence = (qualification: string, texte: string) => readDossier(DOSSIER_WITH_LAWYER.replace(/^infractions:\n(?: {2}.*\n)+/mu, `infractions:\n  - qualification: ${qualification}\n    texte: ${texte}\n`)).data;
		const act = (dossier: ReturnType<typeof withOffence>) => accessProviderAct({ dossier, dossierPath: 'dossier.yaml', provider: platformByKey('orange')!, date: '2025-03-10', acte: 'requete' }, translator('fr'));
		const blackmail = act(withOffence('chantage', 'article 312-10 du code pénal'));
		assert.match(blackmail, /le compte « @corbeau_lyon » a adressé à Madame Hélène MARTIN, par la messagerie privée de X, un message, accessible à l’adresse https:\/\/x\.com\/corbeau_lyon\/status\/1852441610286007506 \(pièce n° 2\) : \[À compléter : teneur du message, citée entre guillemets \(publication du 1er novembre 2024\)\]\./u);
		const minor = act(withOffence('diffusion de l’image d’un mineur présentant un caractère pornographique', 'article 227-23 du code pénal'));
		assert.match(minor, /a mis en ligne sur X une vidéo ou une image représentant \[À compléter : prénom de l’enfant\], enfant mineur de Madame Hélène MARTIN, contenu présentant un caractère pornographique, accessible/u);
		assert.match(minor, /Madame Hélène MARTIN agit au nom et pour le compte de son enfant mineur\./u);
		assert.doesNotMatch(minor, /consentement|message visant/u);
		// The example's threats and harassment: a message aimed at the client.
		assert.match(act(readDossier(DOSSIER_WITH_LAWYER).data), /le compte « @corbeau_lyon » a publié sur X un message visant Madame Hélène MARTIN, accessible/u);
	});

	test('Should treat school harassment alone as an offence against the client’s child', () => {
		for (const template of ['requete-hebergeur', 'assignation-refere-fai']) {
			const text = bodyOf(compose(template, template.endsWith('fai') ? 'orange' : 'instagram', ['harcelement-scolaire']));
			assert.match(text, /visant \[À compléter : prénom de l’enfant\], enfant mineur de Madame BERNARD/u, template);
		}
	});

	test('Should cite once the order that gave a host’s IP addresses when the argument already relies on it', () => {
		for (const offence of ['atteinte-stad', 'extorsion', 'escroquerie']) {
			assert.equal(compose('requete-hebergeur', 'x', [offence]).match(/RG 24\/57625/gu)?.length, 1, offence);
		}
		assert.equal(compose('requete-hebergeur', 'x', ['menace-de-mort']).match(/RG 24\/57625/gu)?.length, 1);
	});

	test('Should write a civility before the client’s name, or a blank for it', () => {
		const text = bodyOf(compose('requete-hebergeur', 'x', ['menace-de-mort'], { client: 'paul durand' }));
		assert.match(text, /communiquer à \[À compléter : Madame ou Monsieur\] paul DURAND/u);
	});
});

suite('French public holidays', () => {
	test('Should compute Easter and the movable holidays', () => {
		assert.deepEqual(easterSunday(2025), { month: 4, day: 20 });
		assert.deepEqual(easterSunday(2027), { month: 3, day: 28 });
		assert.deepEqual(easterSunday(2038), { month: 4, day: 25 });
		const holidays2025 = frenchPublicHolidays(2025);
		for (const day of ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09', '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25']) {
			assert.ok(holidays2025.has(day), day);
		}
		assert.equal(holidays2025.size, 11);
	});

	test('Should tell working days from weekends and holidays', () => {
		assert.equal(isNonWorkingDay('2025-06-09'), true, 'Whit Monday');
		assert.equal(isNonWorkingDay('2025-05-29'), true, 'Ascension');
		assert.equal(isNonWorkingDay('2025-06-07'), true, 'Saturday');
		assert.equal(isNonWorkingDay('2025-06-10'), false, 'Tuesday');
	});
});

/** The act names no host but its own: no other platform's domain in it. */
function assertNamesOnlyItsHosts(text: string, own: Platform | undefined, label: string): void {
	for (const platform of platforms.filter((candidate) => candidate.kind === 'hebergeur' && candidate.key !== own?.key)) {
		for (const domain of platform.domains) {
			assert.ok(!new RegExp(`[/.]${domain.replace(/\./gu, '\\.')}[/"]`, 'u').test(text), `${label}: names ${domain}`);
		}
	}
	assert.doesNotMatch(text, own?.key === 'x' ? /réseau social X/u : /Twitter|réseau social X/u, label);
}
