import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { offenceById, offences as catalogueOffences, platformByKey, workingDayAfter, type Offence, type Platform } from '../knowledge';
import { memberStateOfSeat } from '../knowledge/crossBorderService';
import { compareDates } from '../queries/dates';
import { latestEuTransmission } from '../queries/deadlines';
import type { Translator } from '../l10n';
import type { NewPleadingRequest, TemplatesRequest } from '../protocol';
import { formatOffset, formatIsoWithParisOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import { parsePublicationUrl, type PublicationUrl } from '../evidence/publicationUrl';
import type { FrontMatterData } from '../document/frontMatterSchema';
import { actBody, againstMinor, clientDesignation, citationOf, frenchDayOf, lawyerFrontMatter, ofName, publicationAccount, qualificationOf, representativeQuality, serviceName, type ActCase } from './actBody';
import { placeholder, yamlString } from './placeholders';

interface TemplateFile {
	readonly id: string;
	readonly act: 'requete' | 'assignation-refere';
	readonly platform: Platform;
	/** The offences of the sample act, used when the lawyer chooses none. */
	readonly offences: readonly Offence[];
}

/** Days between the act and the hearing it proposes: the time to serve in France and for the défendeur to appear. */
const DAYS_TO_HEARING = 21;

/**
 * The kinds of act « Nouvel acte » offers, one per sample pleading shipped in `templates/` (each a
 * complete, clean act the lawyer can read). The new act itself is composed for the case, not copied.
 */
export function readTemplates(directory: string): TemplateFile[] {
	return readdirSync(directory)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.flatMap((name) => {
			const text = readFileSync(join(directory, name), 'utf8');
			const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
			const data = parseDocument(frontMatter).toJS() as { acte?: string; defendeur?: { plateforme?: string }; infractions?: { texte?: string }[] } | null;
			const platform = platformByKey(data?.defendeur?.plateforme ?? '');
			const act = data?.acte;
			if (platform === undefined || (act !== 'requete' && act !== 'assignation-refere')) {
				return [];
			}
			const sampleOffences = (data?.infractions ?? []).map((infraction) => catalogueOffences.find((offence) => offence.citation === infraction.texte || offence.onlineAggravation?.citation === infraction.texte)).filter((offence): offence is Offence => offence !== undefined);
			return [{ id: name.replace(/\.md$/u, ''), act, platform, offences: sampleOffences }];
		});
}

export function templateChoices(templates: readonly TemplateFile[], { t }: Translator): TemplatesRequest.Result['templates'] {
	return templates.map((template) => ({
		id: template.id,
		label: template.act === 'requete' ? t('Requête (article 145)') : t('Assignation en référé (article 145)'),
		detail: template.platform.kind === 'fai' ? t('contre un fournisseur d’accès (identifier l’abonné derrière une adresse IP)') : t('contre une plateforme (hébergeur)'),
		platformKind: template.platform.kind,
	}));
}

/**
 * Composes a new act for the case: the chosen kind of act against the chosen défendeur, for the
 * chosen offences. What only the lawyer knows (client, account, publications) comes from the
 * parameters or is written as a marked placeholder; publication times are read from the URL where
 * the platform's identifiers encode them; the hearing falls on a working day.
 * @param dossier the case file the act goes into (`params.dossier`), as read: what it holds the act inherits rather than writes
 */
export function instantiateTemplate(templates: readonly TemplateFile[], params: NewPleadingRequest.Params, { t }: Translator, dossier?: Pick<FrontMatterData, 'avocat'>): string {
	const template = templates.find((candidate) => candidate.id === params.template);
	if (template === undefined) {
		throw new Error(t('Modèle inconnu : {0}', params.template));
	}
	const chosenPlatform = params.platform === undefined ? undefined : platformByKey(params.platform);
	const platform = chosenPlatform?.kind === template.platform.kind ? chosenPlatform : template.platform;
	const date = params.date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(params.date) ? params.date : new Date().toISOString().slice(0, 10);
	const chosen = (params.offences ?? []).map(offenceById).filter((offence): offence is Offence => offence !== undefined);
	const reference = new Date(`${date}T23:59:59Z`);
	// A second act targets one connection: the publication whose IP address the host gave.
	const urls = (params.publications ?? []).map((url) => url.trim()).filter((url) => url !== '').slice(0, platform.kind === 'fai' ? 1 : undefined);
	const publications = urls.map((url) => ({ url, parsed: parsePublicationUrl(url, reference) }));
	const account = accountOf(params.account, publications.map((publication) => publication.parsed));
	const abroad = abroadOf(platform);
	const actCase: ActCase = {
		act: template.act,
		platform,
		court: params.court?.trim() || 'Tribunal judiciaire de Paris',
		date,
		hearing: template.act === 'assignation-refere' ? hearingOn(hearingDayOf(date, params.hearing, abroad !== undefined)) : undefined,
		abroad,
		offences: chosen.length > 0 ? chosen : template.offences,
		client: clientOf(params.client),
		avocat: params.avocat,
		secondBranchTechnicalData: params.secondBranchTechnicalData,
		account,
		publications: publications.length > 0
			? publications.map((publication) => ({ url: publication.url, parsed: publication.parsed, createdAt: publication.parsed?.createdAt }))
			: [{ url: undefined, parsed: undefined, createdAt: undefined }],
	};
	return `${frontMatter(actCase, params.dossier, params.dossier === undefined ? undefined : dossier)}\n${actBody(actCase)}`;
}

/** The act's default file name: date, act, défendeur and client's surname, in lower case without accents (`2026-12-07-assignation-x-leroy.md`). */
export function newActFileName(params: Pick<NewPleadingRequest.Params, 'template' | 'platform' | 'date' | 'client'>): string {
	const act = params.template.startsWith('requete') ? 'requete' : 'assignation';
	const parts = [params.date ?? new Date().toISOString().slice(0, 10), act, params.platform ?? '', clientNameOf(clientOf(params.client))];
	return `${parts.map(slug).filter((part) => part !== '').join('-')}.md`;
}

function clientNameOf(client: ActCase['client']): string {
	return client.company?.denomination ?? client.surname ?? '';
}

function slug(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
}

/** A new case file: what the acts of one case share, starting with the court; the acts' own keys win. */
export function newDossierText(court: string | undefined): string {
	return [
		'# Dossier : les données communes aux actes de ce dossier.',
		'# Chaque acte qui indique « dossier: dossier.yaml » en hérite ; ses propres clés l\'emportent.',
		`juridiction: ${yamlString(court?.trim() || 'Tribunal judiciaire de Paris')}`,
		'',
	].join('\n');
}

/** The word that opens a legal person's name as a lawyer types it, and how the act designates it. */
const LEGAL_PERSONS: Readonly<Record<string, string>> = { société: 'la société', sté: 'la société', sas: 'la société', sasu: 'la société', sarl: 'la société', sa: 'la société', eurl: 'la société', sci: 'la société', snc: 'la société', association: 'l’association' };

/**
 * The client as the lawyer typed it: « Madame Claire MARTIN » (civility, given names, surname in
 * capitals), or « Société ALPHA CONSEIL », a legal person, designated by its name (CPC 54 3° b, 648 2° b).
 */
export function clientOf(text: string | undefined): ActCase['client'] {
	const words = (text ?? '').trim().split(/\s+/u).filter((word) => word !== '');
	const legalPerson = words.length > 1 ? LEGAL_PERSONS[words[0].toLocaleLowerCase('fr')] : undefined;
	if (legalPerson !== undefined) {
		const denomination = words.slice(1).join(' ');
		return { company: { denomination, designation: `${legalPerson} ${denomination}` } };
	}
	const civilities: Record<string, 'Madame' | 'Monsieur'> = { madame: 'Madame', mme: 'Madame', 'mme.': 'Madame', monsieur: 'Monsieur', m: 'Monsieur', 'm.': 'Monsieur' };
	const civility = words.length > 0 ? civilities[words[0].toLowerCase()] : undefined;
	const names = civility === undefined ? words : words.slice(1);
	if (names.length === 0) {
		return { civility, surname: undefined, givenNames: undefined };
	}
	const capitals = names.filter((word) => word.length > 1 && word === word.toLocaleUpperCase('fr') && /\p{L}/u.test(word));
	const surname = capitals.length > 0 ? capitals.join(' ') : names[names.length - 1].toLocaleUpperCase('fr');
	const givenNames = names.filter((word) => (capitals.length > 0 ? !capitals.includes(word) : word !== names[names.length - 1])).join(' ');
	return { civility, surname, givenNames: givenNames === '' ? undefined : givenNames };
}

function accountOf(typed: string | undefined, parsed: readonly (PublicationUrl | undefined)[]): string | undefined {
	const written = typed?.trim().replace(/^@?/u, '') ?? '';
	const handle = written !== '' ? written : parsed.find((url) => url?.handle !== undefined)?.handle;
	return handle === undefined ? undefined : `@${handle}`;
}

/**
 * The working days, from one week to two months after the act, a hearing may be asked for against
 * `platform`: the suggested one first — three weeks after the act, or against a défendeur seated abroad
 * the first day its service leaves time for, no earlier day being offered.
 */
export function hearingDays(date: string, platform?: Platform): string[] {
	const abroad = platform !== undefined && abroadOf(platform) !== undefined;
	const suggested = hearingDayOf(date, undefined, abroad);
	const days = new Set<string>();
	for (let offset = 7; offset <= 60; offset++) {
		days.add(workingDayAfter(date, offset));
	}
	return [suggested, ...[...days].filter((day) => day !== suggested && servedInTime(date, day, abroad))];
}

/**
 * A défendeur seated abroad: in another member state (the catalogue's seat says which), or a company
 * of foreign law whose seat the catalogue does not hold (« Inc. », « Limited », « Corporation »…).
 */
function abroadOf(platform: Platform): ActCase['abroad'] {
	const seat = memberStateOfSeat(platform.siege, 'fr');
	if (seat !== undefined) {
		return { memberState: seat.state, languages: seat.languages };
	}
	return /\b(?:Inc\.?|Limited|Company|Corporation)$/u.test(platform.denomination) ? {} : undefined;
}

/**
 * The day of the hearing: the lawyer's, when it is one of `hearingDays` and, against a défendeur
 * seated abroad, leaves the time regulation (EU) 2020/1784 gives to serve (one month) and to refuse
 * an untranslated act (two weeks) — the time `service-abroad-too-late` checks; else three weeks after
 * the act, or abroad the first working day that leaves that time.
 */
function hearingDayOf(date: string, chosen: string | undefined, abroad: boolean): string {
	if (chosen !== undefined && hearingDays(date).includes(chosen) && servedInTime(date, chosen, abroad)) {
		return chosen;
	}
	let day = workingDayAfter(date, DAYS_TO_HEARING);
	while (!servedInTime(date, day, abroad)) {
		day = workingDayAfter(day, 1);
	}
	return day;
}

/** Whether an act dated `date` can still be served, abroad, for a hearing on `hearing`: the deadline `service-abroad-too-late` checks. */
function servedInTime(date: string, hearing: string, abroad: boolean): boolean {
	if (!abroad) {
		return true;
	}
	const calendarDay = (iso: string) => {
		const [year, month, day] = iso.split('-').map(Number);
		return { year, month, day };
	};
	return compareDates(latestEuTransmission(calendarDay(hearing)), calendarDay(date)) >= 0;
}

/** The hearing at 9:30 Paris time on `day`. */
function hearingOn(day: string): string {
	const [year, month, dayOfMonth] = day.split('-').map(Number);
	return `${day}T09:30:00${formatOffset(parisOffsetForWallTime(year, month, dayOfMonth, 9, 30))}`;
}

function frontMatter(actCase: ActCase, dossierPath: string | undefined, dossier: Pick<FrontMatterData, 'avocat'> | undefined): string {
	const { platform } = actCase;
	const host = actCase.platform.kind === 'fai' ? undefined : platform;
	const lines = [
		'---',
		`acte: ${actCase.act}`,
		...(dossierPath === undefined ? [] : [`dossier: ${yamlString(dossierPath)}`]),
		`juridiction: ${yamlString(actCase.court)}`,
		`date: ${actCase.date}`,
		...(actCase.hearing === undefined ? [] : [`audience: ${actCase.hearing}`]),
		'demandeurs:',
		...claimantFrontMatter(actCase),
		// The case file's lawyer, when it names one, is inherited: a key here would hide it.
		...(dossier?.avocat === undefined ? lawyerFrontMatter(actCase.avocat) : []),
		'defendeur:',
		`  plateforme: ${platform.key}`,
		// CPC 648 4° / 57: a défendeur whose form or registered office the catalogue lacks gets them to complete.
		...(platform.forme === undefined ? [`  forme: ${yamlString(placeholder(`forme sociale ${ofName(platform.denomination)}, d’après un extrait du registre des sociétés`))}`] : []),
		// A seat the sources do not confirm is read on the register too; the state it is in stays, for the service abroad.
		...(platform.siege === undefined || !platform.confirmed.siege ? [`  siege: ${yamlString(seatBlank(platform))}`] : []),
		'publications:',
		...actCase.publications.flatMap((publication, index) => [
			`  - url: ${yamlString(publication.url ?? placeholder(host === undefined ? 'adresse de la publication' : `adresse de la publication sur ${serviceName(host, undefined)}`))}`,
			`    compte: ${yamlString(publicationAccount(actCase, publication) ?? placeholder('@compte auteur'))}`,
			`    horodatage: ${yamlString(publication.createdAt === undefined ? placeholder('date et heure de la publication à la seconde avec fuseau, AAAA-MM-JJTHH:MM:SS+01:00') : formatIsoWithParisOffset(publication.createdAt))}`,
			`    piece: ${index + 2}`,
		]),
		'infractions:',
		...actCase.offences.flatMap((offence) => [`  - qualification: ${yamlString(qualificationOf(offence))}`, `    texte: ${yamlString(citationOf(offence))}`]),
		'pieces:',
		...piecesOf(actCase).flatMap((title, index) => [`  - numero: ${index + 1}`, `    intitule: ${yamlString(title)}`]),
		'---',
	];
	return lines.join('\n');
}

/** The demandeur: a natural person's six mentions, or a legal person's four (CPC 648 2°), blanks for what the lawyer did not type. */
function claimantFrontMatter(actCase: ActCase): string[] {
	const { client } = actCase;
	if (client.company !== undefined) {
		return [
			`  - denomination: ${yamlString(client.company.denomination)}`,
			`    forme: ${yamlString(placeholder(`forme sociale de ${client.company.designation}`))}`,
			`    siege: ${yamlString(placeholder('adresse du siège social'))}`,
			`    representant: ${yamlString(placeholder('représentant légal et sa qualité'))}`,
		];
	}
	return [
		`  - nom: ${yamlString(client.surname ?? placeholder('NOM du client'))}`,
		`    prenoms: ${yamlString(client.givenNames ?? placeholder('prénoms du client'))}`,
		`    naissance: { date: ${yamlString(placeholder('date de naissance AAAA-MM-JJ'))}, lieu: ${yamlString(placeholder('lieu de naissance'))} }`,
		`    nationalite: ${yamlString(placeholder('nationalité'))}`,
		`    profession: ${yamlString(placeholder('profession'))}`,
		`    domicile: ${yamlString(placeholder('adresse du domicile'))}`,
		// The quality in which the parent acts for the minor victim the facts name (CPC 648 2°).
		...(againstMinor(actCase) ? [`    qualite: ${yamlString(`agissant ${representativeQuality(actCase)}`)}`] : []),
	];
}

/** « [À compléter : siège social de X…], Irlande »: the address to read on the register, in the state the catalogue gives. */
function seatBlank(platform: Platform): string {
	const state = memberStateOfSeat(platform.siege, 'fr')?.state;
	return `${placeholder(`siège social ${ofName(platform.denomination)}, d’après un extrait du registre des sociétés`)}${state === undefined ? '' : `, ${state}`}`;
}

/** The bordereau, in the order the body cites the pièces. */
export function piecesOf(actCase: ActCase): string[] {
	const constats = actCase.publications.map((publication) => `Procès-verbal de constat de commissaire de justice du ${placeholder('date du constat')}${publication.createdAt === undefined ? '' : ` (publication du ${frenchDayOf(publication.createdAt)})`}`);
	const identity = actCase.client.company === undefined ? `Pièce d’identité de ${clientDesignation(actCase)}` : `Extrait d’immatriculation de ${clientDesignation(actCase)}`;
	if (actCase.platform.kind === 'fai') {
		return [identity, ...constats, `Ordonnance ayant ordonné la communication des données d’identification, du ${placeholder('date de l’ordonnance')}`, `Données communiquées par l’hébergeur le ${placeholder('date de la réponse')}`];
	}
	return [identity, ...constats, `Récépissé de plainte du ${placeholder('date de la plainte')}`];
}

