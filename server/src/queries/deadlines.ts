import { parseIsoDateTime } from '../document/frontMatterSchema';
import { isInherited, type PleadingModel, type Span } from '../document/model';
import { euService, memberStateOfSeat } from '../knowledge/crossBorderService';
import { translator, type MessageLanguage } from '../l10n';
import type { QueryMemo } from './memo';
import { citation, resolveSource, shortCitation, type LocalizedText, type Offence } from '../knowledge';
import { againstAccessProvider, connexionEvidence, type ConnexionEvidence } from './connexions';
import { TECHNICAL_RETENTION_MONTHS } from './dataRequests';
import { addMonths, formatMessageDate, publicationDates, type CalendarDate } from './dates';
import { defendantOf } from './defendant';
import { invokedOffences } from './offences';

/** A dated deadline of the action, for CodeLens and the agenda file. */
export interface Deadline {
	/** Stable within the act (the agenda's UID is built from it). */
	readonly id: string;
	readonly date: CalendarDate;
	/** The hearing's exact time (ISO 8601 with offset), for a timed agenda entry. */
	readonly dateTime?: string;
	/** Lens text with the date, without the days left: « Données techniques conservées jusqu’au … ». */
	readonly label: string;
	/** Agenda entry title, understandable without the act open. */
	readonly summary: string;
	/** The legal source, and « à vérifier » when the sources leave the deadline uncertain. */
	readonly source: string;
	readonly uncertain: boolean;
	/** Where the lens goes. */
	readonly anchor: Span;
	/** Deadlines about data that may disappear: the nearest of them is shown above the dispositif. */
	readonly dataLoss: boolean;
}

/** A reminder without a date (the order on requête is not dated yet). */
export interface Reminder {
	readonly label: string;
	readonly anchor: Span;
}

/** A publication with a valid `horodatage`, read on its Paris calendar day (`publicationDates`). */
export type DatedPublication = ReturnType<typeof publicationDates>[number];

/**
 * A legal deadline of the action as a fact: what runs out (`kind`), on which day, where the act writes
 * what it runs from (`anchor`), and what each kind needs to be told (the sources.yaml key of a retention
 * period in `source`). Rules compare these days with the act's date; the code lenses and the agenda
 * file show them (`deadlinesOf`).
 */
export type DeadlineFact =
	| { readonly kind: 'publication-retention'; readonly date: CalendarDate; readonly anchor: Span; readonly source: 'cpceL341IIbis3'; readonly publication: DatedPublication }
	| { readonly kind: 'connexion-retention'; readonly date: CalendarDate; readonly anchor: Span; readonly source: 'cpceL341IIbis3'; readonly connexion: ConnexionEvidence; readonly connected: CalendarDate }
	/** The prescription of the invoked press offences whose period is `months`, for one publication. */
	| { readonly kind: 'press-prescription'; readonly date: CalendarDate; readonly anchor: Span; readonly publication: DatedPublication; readonly months: number; readonly offences: readonly Offence[] }
	| { readonly kind: 'hearing'; readonly date: CalendarDate; readonly anchor: Span; readonly dateTime: string; readonly hour: number; readonly minute: number; readonly court?: string }
	/** Fifteen days before the hearing (art. 754 CPC, whose application in référé is discussed). */
	| { readonly kind: 'placement'; readonly date: CalendarDate; readonly anchor: Span }
	/** The latest day to transmit an assignation for service in another member state (regulation (EU) 2020/1784). */
	| { readonly kind: 'eu-service'; readonly date: CalendarDate; readonly anchor: Span; readonly seat: { readonly state: LocalizedText; readonly languages?: LocalizedText } };

/**
 * Every dated deadline of the action, computed from the dates written in the act: retention per
 * publication (unless the act is against the access provider with connections: then each
 * connection's), the prescription of each period of the invoked press offences per publication (three
 * months, art. 65, and one year, art. 65-3, count on their own), retention per connection; for an
 * assignation, the hearing, the placement and, for a defendant seated in another member state, the
 * time the regulation on service needs.
 */
export function deadlineFacts(model: PleadingModel, memo?: QueryMemo): DeadlineFact[] {
	const facts: DeadlineFact[] = [];
	const press = invokedOffences(model, memo).filter((offence) => offence.press !== undefined);
	const pressPeriods = [...new Set(press.map((offence) => offence.press!.prescriptionMonths))].sort((left, right) => left - right);
	const connexions = connexionEvidence(model);
	// Against the access provider, the host's retention of the publication no longer matters: each connection's does.
	const hostRetention = !(againstAccessProvider(model) && connexions.length > 0);
	for (const publication of publicationDates(model)) {
		if (hostRetention) {
			facts.push({ kind: 'publication-retention', date: addMonths(publication.date, TECHNICAL_RETENTION_MONTHS), anchor: publication.span, source: 'cpceL341IIbis3', publication });
		}
		for (const months of pressPeriods) {
			const offences = press.filter((offence) => offence.press!.prescriptionMonths === months);
			facts.push({ kind: 'press-prescription', date: addMonths(publication.date, months), anchor: publication.span, publication, months, offences });
		}
	}
	for (const connexion of connexions) {
		const written = connexion.written;
		if (written === undefined || connexion.horodatageSpan === undefined) {
			continue;
		}
		const connected = { year: written.year, month: written.month, day: written.day };
		facts.push({ kind: 'connexion-retention', date: addMonths(connected, TECHNICAL_RETENTION_MONTHS), anchor: connexion.horodatageSpan, source: 'cpceL341IIbis3', connexion, connected });
	}
	facts.push(...hearingFacts(model));
	return facts;
}

function hearingFacts(model: PleadingModel): DeadlineFact[] {
	const audience = model.frontMatter?.data.audience;
	const parts = audience === undefined ? undefined : parseIsoDateTime(audience);
	const anchor = model.frontMatter?.locate(['audience']);
	if (model.act !== 'assignation-refere' || audience === undefined || parts === undefined || anchor === undefined) {
		return [];
	}
	const day = { year: parts.year, month: parts.month, day: parts.day };
	const facts: DeadlineFact[] = [
		{ kind: 'hearing', date: day, anchor, dateTime: audience, hour: parts.hour, minute: parts.minute, court: model.frontMatter?.data.juridiction },
		{ kind: 'placement', date: addDays(day, -15), anchor },
	];
	const siege = defendantOf(model)?.siege;
	const [french, english] = [memberStateOfSeat(siege, 'fr'), memberStateOfSeat(siege, 'en')];
	if (french !== undefined && english !== undefined) {
		const seat = {
			state: { fr: french.state, en: english.state },
			languages: french.languages === undefined || english.languages === undefined ? undefined : { fr: french.languages, en: english.languages },
		};
		facts.push({ kind: 'eu-service', date: latestEuTransmission(day), anchor, seat });
	}
	return facts;
}

/** The latest day to transmit an assignation for service in another member state for a hearing on `hearing`: one month to serve from receipt, two weeks to refuse an untranslated act, before it. */
export function latestEuTransmission(hearing: CalendarDate): CalendarDate {
	return addDays(addMonths(hearing, -euService.serviceMonths), -euService.refusalDays);
}

/**
 * Every deadline that matters to the action, as the code lenses and the agenda file show it: each
 * fact of `deadlineFacts` with its texts and, after an order on requête, articles 496 and 497.
 */
export function deadlinesOf(model: PleadingModel, language: MessageLanguage, memo?: QueryMemo): { deadlines: Deadline[]; reminders: Reminder[] } {
	const { t } = translator(language);
	const reminders: Reminder[] = [];
	const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
	if (model.act === 'requete') {
		reminders.push({
			label: t('Après l’ordonnance : si la requête est rejetée, appel dans un délai de quinze jours (art. 496, al. 1er, CPC) ; si elle est accueillie, tout intéressé peut en référer au juge (art. 496, al. 2), qui peut modifier ou rétracter l’ordonnance (art. 497)'),
			anchor: dispositif === undefined ? { start: 0, end: 0 } : { start: dispositif.headingSpan.start, end: dispositif.headingSpan.start },
		});
	}
	return { deadlines: deadlineFacts(model, memo).map((fact) => presented(fact, language)), reminders };
}

/** The facts about data that may disappear: the nearest of them is shown above the dispositif. */
const DATA_LOSS: ReadonlySet<DeadlineFact['kind']> = new Set(['publication-retention', 'press-prescription', 'connexion-retention']);
/** The facts whose sources leave the deadline uncertain (« à vérifier »). */
const UNCERTAIN: ReadonlySet<DeadlineFact['kind']> = new Set(['placement', 'eu-service']);

/** A deadline with the texts of its lens and of its agenda entry. */
function presented(fact: DeadlineFact, language: MessageLanguage): Deadline {
	return { date: fact.date, anchor: fact.anchor, uncertain: UNCERTAIN.has(fact.kind), dataLoss: DATA_LOSS.has(fact.kind), ...texts(fact, language) };
}

function texts(fact: DeadlineFact, language: MessageLanguage): Pick<Deadline, 'id' | 'dateTime' | 'label' | 'summary' | 'source'> {
	const { t } = translator(language);
	const date = formatMessageDate(fact.date, language);
	switch (fact.kind) {
		case 'publication-retention': {
			const when = formatMessageDate(fact.publication.date, language);
			const label = isInherited(fact.anchor)
				? t('Publication du {0} : données techniques conservées jusqu’au {1}', when, date)
				: t('Données techniques conservées jusqu’au {0}', date);
			return { id: `publication-${fact.publication.index}-retention`, label, summary: t('Fin de conservation des données techniques de la publication du {0}', when), source: shortCitation(resolveSource(fact.source)) };
		}
		case 'press-prescription': {
			const label = fact.months === 12 ? t('prescription presse (un an) le {0}', date) : t('prescription presse le {0}', date);
			return { id: `publication-${fact.publication.index}-prescription-${fact.months}`, label, summary: t('Prescription de l’infraction de presse (publication du {0})', formatMessageDate(fact.publication.date, language)), source: shortCitation(fact.offences[0].press!.source) };
		}
		case 'connexion-retention': {
			const [ip, connected] = [fact.connexion.ip ?? '?', formatMessageDate(fact.connected, language)];
			const label = t('Connexion {0} du {1} : données conservées par le fournisseur d’accès jusqu’au {2}', ip, connected, date);
			return { id: `connexion-${fact.connexion.index}-retention`, label, summary: t('Fin de conservation des données de la connexion {0} du {1}', ip, connected), source: shortCitation(resolveSource(fact.source)) };
		}
		case 'hearing': {
			const label = t('Audience le {0} à {1}', date, `${String(fact.hour).padStart(2, '0')}:${String(fact.minute).padStart(2, '0')}`);
			return { id: 'audience', dateTime: fact.dateTime, label, summary: fact.court === undefined ? t('Audience des référés') : t('Audience des référés — {0}', fact.court), source: fact.court ?? '' };
		}
		case 'placement': {
			const source = t('{0} — à vérifier : appliqué en référé par {1} ; écarté pour la règle voisine du tribunal de commerce par {2}', shortCitation(resolveSource('cpc754')), citation('tjLyon20250624'), citation('civ2e20250522'));
			return { id: 'placement', label: t('Placement au greffe au plus tard le {0} (quinze jours avant l’audience ; application en référé discutée)', date), summary: t('Placement de l’assignation au greffe (art. 754 CPC)'), source };
		}
		case 'eu-service': {
			const translation = fact.seat.languages === undefined
				? t('traduction dans une langue que le destinataire comprend ou une langue officielle du lieu de signification')
				: t('traduction en {0} ou dans une langue que le destinataire comprend', fact.seat.languages[language]);
			const label = t('Signification en {0} : transmettre l’acte avant le {1} au plus tard (un mois pour signifier, deux semaines pour refuser ; transmission en sus) — {2}', fact.seat.state[language], date, translation);
			return { id: 'eu-service', label, summary: t('Transmettre l’assignation pour signification en {0} (règlement (UE) 2020/1784), avec sa traduction', fact.seat.state[language]), source: `${euService.source} — ${t('à vérifier : la durée de la transmission n’est pas comptée')}` };
		}
	}
}

function addDays(date: CalendarDate, days: number): CalendarDate {
	const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
	return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
