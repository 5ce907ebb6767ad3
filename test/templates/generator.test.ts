import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { inheritDossier, readDossier } from '../../server/src/document/dossier';
import type { PleadingModel } from '../../server/src/document/model';
import { parsePleading } from '../../server/src/document/parse';
import { analyze } from '../../server/src/engine/analyze';
import { ordonnanceToTypst } from '../../server/src/export/ordonnance';
import { offences, platforms, technicalDataGround, type Platform } from '../../server/src/knowledge';
import { invokedOffences } from '../../server/src/queries/offences';
import { isNonWorkingDay } from '../../server/src/knowledge/publicHolidays';
import { accessProviderAct } from '../../server/src/templates/accessProviderAct';
import { citationOf, qualificationOf } from '../../server/src/templates/actBody';
import { instantiateTemplate, readTemplates } from '../../server/src/templates/newPleading';
import { formatIsoWithParisOffset } from '../../server/src/evidence/parisTime';

/**
 * The measure of issue 21: every act « Nouvel acte » can write (each kind × each défendeur of its kind ×
 * each offence alone and several sets) and the projet d'ordonnance of each requête, read for what a
 * judge or the other side would strike. Each act must be signable once its blanks are filled.
 */
const templates = readTemplates('templates');

/** Sets a lawyer picks together: serious and not, press and not, the families of the catalogue mixed. */
const OFFENCE_SETS: readonly (readonly string[])[] = [
	['harcelement-moral', 'menace-de-mort'],
	['diffamation-publique-particulier', 'injure-publique-particulier'],
	['chantage', 'usurpation-identite'],
	['extorsion', 'atteinte-stad'],
	['escroquerie', 'usurpation-identite', 'messages-malveillants'],
	['montage-sexuel-sans-consentement', 'diffusion-contenu-sexuel'],
];

/** Words that belong to a note for the lawyer, never to a pleading. */
const CAVEAT_MARKERS = /non vérifi|n[’']est pas vérifi|n[’']a pas été (?:lu|vérifi)|à vérifier|défendable mais exposée|les sources divergent|sans que la motivation|UNCONFIRMED|\bincertain|\bprudence\b.*\bexposé|inférence|pas été lu/iu;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['janv', 'févr', 'avr', 'juill', 'sept', 'oct', 'nov', 'déc', 'réf', 'civ', 'crim', 'ch', 'art', 'al', 'com', 'soc', 'n', 'p', 's', 'cass', 'ord', 'sect', 'préc', 'Cass', 'M', 'Mme', 'etc', 'Inc', 'Ltd']);

/** A note cut at an abbreviation's full stop (« pénale., 31 déc. », « pénale. 2024) : »): a full stop then a comma, a year and a bracket, or a lowercase word. */
function brokenFragments(text: string): string[] {
	const broken: string[] = [];
	for (const match of text.matchAll(/(\p{L}+)\.(?:,|\s+(?:\d{4}\)|\p{Ll}))/gu)) {
		if (!ABBREVIATIONS.has(match[1])) {
			broken.push(text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 20));
		}
	}
	return broken;
}

/** Any bracketed blank, in whatever form (`[…]`, `[port à compléter]`, `[À compléter : …]`). */
const ANY_BLANK = /\[[^\]\n]*(?:compl[ée]ter|…|\.\.\.)[^\]\n]*\]/giu;
const CANONICAL_BLANK = /^\[À compléter : [^\]\n]+\]$/u;

const DISPOSITIF_LEAD_IN: Readonly<Record<'requete' | 'assignation-refere', RegExp>> = {
	'requete': /^PLAISE À Madame ou Monsieur le Président du tribunal judiciaire de .+, de bien vouloir :$/mu,
	'assignation-refere': /^Il est demandé à Madame ou Monsieur le Président du tribunal judiciaire de .+ de bien vouloir :$/mu,
};

interface ComposedAct {
	readonly label: string;
	readonly act: 'requete' | 'assignation-refere';
	readonly accessProvider: boolean;
	readonly date: string;
	readonly text: string;
	/** A step-2 act inherits its parties, publications, offences and pièces from this dossier. */
	readonly dossierText?: string;
}

/** The act's model as the editor reads it: with what it inherits from its dossier. */
function composedModel(composed: ComposedAct): PleadingModel {
	const folder = join(process.cwd(), 'examples', 'dossier-martin');
	const model = parsePleading(TextDocument.create(pathToFileURL(join(folder, 'acte-fai.md')).toString(), 'markdown', 1, composed.text));
	return composed.dossierText === undefined ? model : inheritDossier(model, { uri: pathToFileURL(join(folder, 'dossier.yaml')).toString(), text: composed.dossierText });
}

function publicationUrlsFor(platform: Platform, before: Date): string[] | undefined {
	const ms = (days: number) => BigInt(before.getTime() - days * 86_400_000);
	switch (platform.key) {
		case 'x':
			return [`https://x.com/anonyme_75/status/${((ms(10) - 1288834974657n) << 22n) | 1234n}`];
		case 'tiktok':
			return [`https://www.tiktok.com/@anonyme_75/video/${(ms(12) / 1000n) << 32n}`];
		case 'instagram':
			return ['https://www.instagram.com/p/C8abcDEFghi/'];
		default:
			return undefined;
	}
}

const PROFILE_URLS: Readonly<Record<string, string>> = { x: 'https://x.com/louise_bernard_', instagram: 'https://www.instagram.com/louise.bernard.officiel/', tiktok: 'https://www.tiktok.com/@louise.bernard' };

/** Every act the composer can write, with the dates that stress the calendar (holidays three weeks or six weeks on). */
function everyAct(): ComposedAct[] {
	const acts: ComposedAct[] = [];
	const dates = ['2026-11-29', '2027-04-08', '2027-04-17', '2027-12-04', '2028-04-10'];
	for (const template of templates) {
		for (const platform of platforms.filter((candidate) => candidate.kind === template.platform.kind)) {
			const sets = [...offences.map((offence) => [offence.id]), ...OFFENCE_SETS];
			sets.forEach((set, index) => {
				const date = dates[index % dates.length];
				// Identity theft: the profile opened in the victim's name is the content at issue, its page the URL.
				const profile = set[0] === 'usurpation-identite' ? PROFILE_URLS[platform.key] : undefined;
				const withUrls = index % 3 === 0;
				const urlHost = platform.kind === 'fai' ? platforms.find((candidate) => candidate.key === 'x') : platform;
				const text = instantiateTemplate(templates, {
					template: template.id,
					platform: platform.key,
					offences: set,
					date,
					client: index % 2 === 0 ? 'Madame Louise BERNARD' : undefined,
					publications: profile !== undefined ? [profile] : withUrls && urlHost !== undefined ? publicationUrlsFor(urlHost, new Date(`${date}T12:00:00Z`)) : undefined,
				}, translator('fr'));
				acts.push({ label: `${template.id} × ${platform.key} × [${set.join(', ')}] on ${date}`, act: template.act, accessProvider: platform.kind === 'fai', date, text });
			});
		}
	}
	return acts;
}

/** The connexions a host may answer with: IPv4 addresses shared between subscribers (a port needed), IPv6 ones (none), or both. */
type ConnexionFamily = 'ipv4' | 'ipv6' | 'mixed';

/** Two addresses each access provider announces (server/knowledge/ip-prefixes.yaml): IPv4, then IPv6. */
const PROVIDER_ADDRESSES: Readonly<Record<string, readonly [string, string]>> = {
	'orange': ['2.3.4.5', '2a00:6fc0:c010::1'],
	'sfr': ['37.65.1.2', '2a00:6200::12'],
	'bouygues-telecom': ['5.49.1.2', '2001:860::42'],
	'free': ['78.192.3.4', '2a01:e00::7'],
	'free-mobile': ['37.1.232.9', '2a0d:e480::5'],
};

/**
 * The dossier after step 1: the client, two messages on X and the host's answer giving, for each, the
 * connexion that put it online (two months before the act, within the year of retention), attributed
 * to `provider`; the offences of `set`, as « Nouvel acte » writes them. Without `stepOnePieces` the
 * bordereau lacks the step-1 order and the host's answer, which the act then adds to its own.
 */
function step2Dossier(set: readonly string[], provider: string, family: ConnexionFamily, date: string, stepOnePieces: boolean): string {
	const instants = [62, 60].map((days) => new Date(Date.parse(`${date}T20:04:29Z`) - days * 86_400_000));
	const [ipv4, ipv6] = PROVIDER_ADDRESSES[provider];
	const addresses = family === 'ipv4' ? [ipv4, ipv4.replace(/\d+$/u, '77')] : family === 'ipv6' ? [ipv6, ipv6.replace(/[0-9a-f]+$/u, 'beef')] : [ipv4, ipv6];
	const chosen = set.map((id) => offences.find((offence) => offence.id === id)!);
	return [
		'juridiction: Tribunal judiciaire de Paris',
		'demandeurs:',
		'  - nom: MARTIN',
		'    prenoms: Hélène Marie',
		'    naissance: { date: 1984-06-12, lieu: Lyon (69) }',
		'    nationalite: française',
		'    profession: journaliste',
		'    domicile: 8 rue des Tanneurs, 75011 Paris',
		'avocat:',
		'  nom: Maître Julie BERNARD',
		'  barreau: Paris',
		'  toque: C2468',
		'  adresse: 8 boulevard Malesherbes, 75008 Paris',
		'publications:',
		...instants.flatMap((instant, index) => {
			const published = new Date(instant.getTime() + 2000);
			return [
				`  - url: https://x.com/corbeau_lyon/status/${((BigInt(published.getTime()) - 1288834974657n) << 22n) | 1234n}`,
				'    compte: "@corbeau_lyon"',
				`    horodatage: ${formatIsoWithParisOffset(published)}`,
				`    piece: ${index + 2}`,
			];
		}),
		'infractions:',
		...chosen.flatMap((offence) => [`  - qualification: ${JSON.stringify(qualificationOf(offence))}`, `    texte: ${JSON.stringify(citationOf(offence))}`]),
		'pieces:',
		'  - numero: 1',
		'    intitule: Pièce d’identité de Madame Hélène MARTIN',
		...instants.flatMap((_instant, index) => [`  - numero: ${index + 2}`, `    intitule: Procès-verbal de constat de commissaire de justice (publication n° ${index + 1})`]),
		'  - numero: 4',
		'    intitule: Récépissé de plainte',
		...(stepOnePieces ? [
			'  - numero: 5',
			'    intitule: Ordonnance sur requête du président du tribunal judiciaire de Paris du 17 janvier 2025',
			'  - numero: 6',
			'    intitule: Données communiquées par Twitter International Unlimited Company le 10 février 2025',
		] : []),
		'connexions:',
		...instants.flatMap((instant, index) => [
			`  - ip: ${JSON.stringify(addresses[index])}`,
			...(addresses[index].includes(':') ? [] : [`    port: ${51234 + index}`]),
			`    horodatage: ${formatIsoWithParisOffset(instant)}`,
			...(stepOnePieces ? ['    piece: 6'] : []),
			`    fournisseur: ${provider}`,
		]),
		'',
	].join('\n');
}

/** Every step-2 act: by assignation and by requête, against each access provider, for IPv4, IPv6 and mixed connexions, for each offence alone and the sets. */
function everyStep2Act(): ComposedAct[] {
	const acts: ComposedAct[] = [];
	const dates = ['2026-11-29', '2027-04-08', '2027-04-17', '2027-12-04', '2028-04-10'];
	const families: readonly ConnexionFamily[] = ['ipv4', 'ipv6', 'mixed'];
	const sets = [...offences.map((offence) => [offence.id]), ...OFFENCE_SETS];
	for (const acte of ['assignation-refere', 'requete'] as const) {
		for (const provider of platforms.filter((candidate) => candidate.kind === 'fai')) {
			sets.forEach((set, index) => {
				const date = dates[index % dates.length];
				const family = families[index % families.length];
				const stepOnePieces = index % 4 !== 1;
				const dossierText = step2Dossier(set, provider.key, family, date, stepOnePieces);
				const text = accessProviderAct({ dossier: readDossier(dossierText).data, dossierPath: 'dossier.yaml', provider, date, acte }, translator('fr'));
				acts.push({ label: `step 2 ${acte} × ${provider.key} × ${family}${stepOnePieces ? '' : ' without the step-1 pièces'} × [${set.join(', ')}] on ${date}`, act: acte, accessProvider: true, date, text, dossierText });
			});
		}
	}
	return acts;
}

/** An IPv6 address designates one subscriber: the dispositif asks no port for it, not even as a blank. */
function ipv6PortDefects(composed: ComposedAct): string[] {
	const dispositif = composed.text.slice(composed.text.indexOf('# PAR CES MOTIFS'));
	return dispositif.split('\n').filter((line) => /l’adresse IP [0-9a-f]*:[0-9a-f:]+/u.test(line) && /\bport\b/u.test(line)).map((line) => `port asked for an IPv6 address: ${line.trim()}`);
}

/** What a judge or the platform's counsel would strike in one act; empty when it can be signed once its blanks are filled. */
function defectsOf(composed: ComposedAct): string[] {
	const defects: string[] = [];
	const { text } = composed;
	const model = composedModel(composed);
	const findings = analyze(model, { settings: { rules: {} }, language: 'fr', today: new Date(`${composed.date}T12:00:00Z`) });
	const caveat = CAVEAT_MARKERS.exec(text);
	if (caveat !== null) {
		defects.push(`caveat « ${text.slice(Math.max(0, caveat.index - 40), caveat.index + 40)} »`);
	}
	defects.push(...brokenFragments(text).map((fragment) => `broken fragment « ${fragment} »`));
	const flagged = findings.filter((finding) => finding.ruleId === 'placeholder-left').map((finding) => finding.span.start);
	const body = text.slice(text.indexOf('\n---', 4) + 4);
	const said = new Set<string>();
	for (const sentence of body.replace(/\s+/gu, ' ').split(/(?<=[.;:])\s+/u).filter((candidate) => candidate.length > 40)) {
		if (said.has(sentence)) {
			defects.push(`sentence twice: « ${sentence.slice(0, 80)} »`);
		}
		said.add(sentence);
	}
	const asked = new Set<string>();
	for (const [blank] of body.matchAll(ANY_BLANK)) {
		if (asked.has(blank)) {
			defects.push(`blank asked twice: ${blank}`);
		}
		asked.add(blank);
	}
	for (const blank of text.matchAll(ANY_BLANK)) {
		if (!CANONICAL_BLANK.test(blank[0])) {
			defects.push(`blank in another form: ${blank[0]}`);
		} else if (!flagged.some((start) => start <= blank.index && blank.index < start + blank[0].length + 2)) {
			defects.push(`blank not flagged: ${blank[0]}`);
		}
	}
	for (const finding of findings) {
		// An access provider's act for an offence below the threshold keeps the rule's warning on the technical data it needs.
		const tolerated = finding.ruleId === 'placeholder-left' || (composed.accessProvider && finding.ruleId === 'technical-data-needs-serious-offence');
		if ((finding.severity === 'error' || finding.severity === 'warning') && !tolerated) {
			defects.push(`${finding.ruleId}: ${finding.message}`);
		}
		if (finding.ruleId === 'service-abroad-too-late') {
			defects.push(`service-abroad-too-late on its own hearing: ${finding.message}`);
		}
	}
	// « de » and « le » elide before a vowel (« d’Orange », « d’Instagram »), whatever name follows them.
	for (const match of text.matchAll(/(?<![\p{L}’'-])(?:de|le) (?!ou\b)(?=[aeiouàâéèêëîïôûAEIOUÀÂÉÈÊËÎÏÔÛ])\S+/gu)) {
		defects.push(`no elision: « ${text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 10)} »`);
	}
	// A decision is cited once: the second citation of the same number is a sentence the judge strikes.
	const decisions = [...body.matchAll(/\b(?:RG|n°) (\d{2}\/\d{5})\b/gu)].map((match) => match[1]);
	for (const number of new Set(decisions.filter((decision, index) => decisions.indexOf(decision) !== index))) {
		defects.push(`decision cited twice: ${number}`);
	}
	const hearing = /^audience: (\d{4}-\d{2}-\d{2})/mu.exec(text)?.[1];
	if (hearing !== undefined && isNonWorkingDay(hearing)) {
		defects.push(`hearing on a non-working day: ${hearing}`);
	}
	const dispositif = text.slice(text.indexOf('# PAR CES MOTIFS'));
	if (!DISPOSITIF_LEAD_IN[composed.act].test(dispositif.split('\n\n')[1] ?? '')) {
		defects.push(`dispositif without its lead-in: « ${dispositif.split('\n\n')[1]?.slice(0, 60)} »`);
	}
	if (composed.act === 'requete') {
		defects.push(...ordonnanceDefects(composed));
	}
	if (composed.dossierText !== undefined) {
		defects.push(...ipv6PortDefects(composed));
	}
	return defects;
}

/** The projet d'ordonnance of a requête: no caveat, no sentence twice, the host's duty on its full legal basis. */
function ordonnanceDefects(composed: ComposedAct): string[] {
	const { markup } = ordonnanceToTypst(composedModel(composed));
	const defects: string[] = [];
	const caveat = CAVEAT_MARKERS.exec(markup);
	if (caveat !== null) {
		defects.push(`ordonnance caveat « ${markup.slice(Math.max(0, caveat.index - 40), caveat.index + 40)} »`);
	}
	const visible = markup.replace(/\\(.)/gu, '$1').replace(/[\u00a0\u202f]/gu, ' ');
	for (const visa of ['Vu l’article 6 de la loi n° 2004-575 du 21 juin 2004', 'Vu l’article L. 34-1, II bis, du code des postes et des communications électroniques', 'du décret n° 2021-1362 du 20 octobre 2021 ;']) {
		if (!visible.includes(visa)) {
			defects.push(`ordonnance without the visa « ${visa} »`);
		}
	}
	// An access provider's act for an offence below the threshold keeps the blank of the motif it cannot give.
	const groundless = composed.accessProvider && technicalDataGround(invokedOffences(composedModel(composed))) === undefined;
	if (!groundless && /ports source associés|adresse IP/u.test(composed.text.slice(composed.text.indexOf('# PAR CES MOTIFS'))) && !/délinquance grave[^\]]*\(TJ Paris|atteint le seuil de trois ans|relève de la délinquance grave/u.test(visible)) {
		defects.push('ordonnance orders technical data without naming the offence held serious');
	}
	if (!groundless && /\[À compléter :|à compléter\]/u.test(visible.slice(visible.indexOf('MOTIFS'), visible.indexOf('PAR CES MOTIFS')))) {
		defects.push('ordonnance motif left blank');
	}
	const sentences = markup.replace(/#[a-z]+\(|[[\]*_\\]/gu, ' ').split(/(?<=[.;:])\s+/u).map((sentence) => sentence.replace(/\s+/gu, ' ').trim()).filter((sentence) => sentence.length > 40);
	const seen = new Set<string>();
	for (const sentence of sentences) {
		if (seen.has(sentence)) {
			defects.push(`ordonnance sentence twice: « ${sentence.slice(0, 80)} »`);
		}
		seen.add(sentence);
	}
	return defects;
}

suite('Every act Prétoire writes can be signed once its blanks are filled', () => {
	test('Should keep the lawyer’s caveats in the reasoning and none in the argument for the judge', () => {
		const pleaded = offences.filter((offence) => offence.plaidoirie.gravite !== undefined);
		assert.ok(pleaded.length >= 25, `${pleaded.length} arguments`);
		for (const offence of pleaded) {
			const argument = offence.plaidoirie.gravite ?? '';
			assert.doesNotMatch(argument, CAVEAT_MARKERS, offence.id);
			assert.deepEqual(brokenFragments(argument), [], offence.id);
			// A parenthesis holds a citation (« article… », « TJ Paris… »), never a note.
			for (const [aside] of argument.matchAll(/\([^)]*\)/gu)) {
				assert.match(aside, /^\((?:articles?|TJ|CA|Cass)\b/u, `${offence.id}: ${aside}`);
			}
		}
		// One source for the branch of 60-1-2: the catalogue's `branche6012`, which the argument pleads (226-8-1 online: 1°, law.md A.5 and A.11).
		for (const offence of pleaded) {
			const branch = /article 60-1-2, ([12]°)/u.exec(offence.plaidoirie.gravite ?? '')?.[1];
			if (branch !== undefined) {
				assert.equal(branch, offence.branche6012, offence.id);
			}
		}
		assert.equal(offences.find((offence) => offence.id === 'montage-sexuel-sans-consentement')?.branche6012, '1°');
		// Issue 21: these notes for the lawyer were pleaded to the judge; they stay in the reasoning, for the hovers.
		const reasoningOf = (id: string) => offences.find((offence) => offence.id === id)?.seriousCrime.reasoning.fr ?? '';
		assert.match(reasoningOf('montage-sans-consentement'), /montant non vérifié sur le texte.*défendable mais exposée/u);
		assert.match(reasoningOf('chantage'), /les sources divergent/u);
		assert.match(reasoningOf('escroquerie'), /sans que la motivation du tribunal sur la gravité ait été lue/u);
	});


	test('Should find nothing a judge would strike in any composed act or projet d’ordonnance', function () {
		this.timeout(600_000);
		assertSignable(everyAct(), 1000);
	});

	test('Should find nothing a judge would strike in any step-2 act from a dossier, by assignation or by requête, nor in its projet d’ordonnance', function () {
		this.timeout(600_000);
		assertSignable(everyStep2Act(), 400);
	});
});

function assertSignable(acts: readonly ComposedAct[], atLeast: number): void {
	const report = new Map<string, string[]>();
	for (const composed of acts) {
		for (const defect of defectsOf(composed)) {
			const kind = defect.replace(/[«:].*$/su, '').trim();
			report.set(kind, [...(report.get(kind) ?? []), `${composed.label}: ${defect}`]);
		}
	}
	const summary = [...report.entries()].map(([kind, list]) => `${list.length} × ${kind}\n    e.g. ${list.slice(0, 3).join('\n    e.g. ')}`);
	assert.ok(acts.length > atLeast, `${acts.length} acts`);
	assert.deepEqual(summary, [], `${acts.length} acts:\n${summary.join('\n')}`);
}
