import { parseIsoDateTime } from '../document/frontMatterSchema';
import { isInherited, type PleadingModel, type Span } from '../document/model';
import { euService, memberStateOfSeat } from '../knowledge/crossBorderService';
import { messageLanguage, t } from '../l10n';
import { againstAccessProvider, connexionEvidence } from './connexions';
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

const RETENTION_SOURCE = 'art. L. 34-1, II bis, 3° CPCE';

/**
 * Every deadline that matters to the action: retention per publication and per connection, press
 * prescription, the hearing; for an assignation served in another member state, the time the
 * regulation on service needs; the placement of article 754 (uncertain in référé); after an order on
 * requête, articles 496 and 497. Legal periods are computed from the dates written in the act.
 */
export function deadlinesOf(model: PleadingModel): { deadlines: Deadline[]; reminders: Reminder[] } {
	const deadlines: Deadline[] = [];
	const reminders: Reminder[] = [];
	const press = invokedOffences(model).filter((offence) => offence.press !== undefined);
	// Each press period counts on its own: three months (art. 65) and one year (art. 65-3) may coexist.
	const pressPeriods = [...new Set(press.map((offence) => offence.press!.prescriptionMonths))].sort((left, right) => left - right);
	const connexions = connexionEvidence(model);
	// Against the access provider, the host's retention of the publication no longer matters: each connection's does.
	const hostRetention = !(againstAccessProvider(model) && connexions.length > 0);
	for (const publication of publicationDates(model)) {
		const when = formatMessageDate(publication.date);
		const retention = addMonths(publication.date, TECHNICAL_RETENTION_MONTHS);
		if (hostRetention) {
			deadlines.push({
				id: `publication-${publication.index}-retention`,
				date: retention,
				label: isInherited(publication.span)
					? t('Publication du {0} : données techniques conservées jusqu’au {1}', when, formatMessageDate(retention))
					: t('Données techniques conservées jusqu’au {0}', formatMessageDate(retention)),
				summary: t('Fin de conservation des données techniques de la publication du {0}', when),
				source: RETENTION_SOURCE,
				uncertain: false,
				anchor: publication.span,
				dataLoss: true,
			});
		}
		for (const pressMonths of pressPeriods) {
			const prescription = addMonths(publication.date, pressMonths);
			deadlines.push({
				id: `publication-${publication.index}-prescription-${pressMonths}`,
				date: prescription,
				label: pressMonths === 12 ? t('prescription presse (un an) le {0}', formatMessageDate(prescription)) : t('prescription presse le {0}', formatMessageDate(prescription)),
				summary: t('Prescription de l’infraction de presse (publication du {0})', when),
				source: pressMonths === 12 ? 'art. 65-3, loi du 29 juillet 1881' : 'art. 65, loi du 29 juillet 1881',
				uncertain: false,
				anchor: publication.span,
				dataLoss: true,
			});
		}
	}
	for (const connexion of connexions) {
		const written = connexion.written;
		if (written === undefined || connexion.horodatageSpan === undefined) {
			continue;
		}
		const connected = { year: written.year, month: written.month, day: written.day };
		const retention = addMonths(connected, TECHNICAL_RETENTION_MONTHS);
		deadlines.push({
			id: `connexion-${connexion.index}-retention`,
			date: retention,
			label: t('Connexion {0} du {1} : données conservées par le fournisseur d’accès jusqu’au {2}', connexion.ip ?? '?', formatMessageDate(connected), formatMessageDate(retention)),
			summary: t('Fin de conservation des données de la connexion {0} du {1}', connexion.ip ?? '?', formatMessageDate(connected)),
			source: RETENTION_SOURCE,
			uncertain: false,
			anchor: connexion.horodatageSpan,
			dataLoss: true,
		});
	}
	deadlines.push(...hearingDeadlines(model));
	const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
	if (model.act === 'requete') {
		reminders.push({
			label: t('Après l’ordonnance : si la requête est rejetée, appel dans un délai de quinze jours (art. 496, al. 1er, CPC) ; si elle est accueillie, tout intéressé peut en référer au juge (art. 496, al. 2), qui peut modifier ou rétracter l’ordonnance (art. 497)'),
			anchor: dispositif === undefined ? { start: 0, end: 0 } : { start: dispositif.headingSpan.start, end: dispositif.headingSpan.start },
		});
	}
	return { deadlines, reminders };
}

function hearingDeadlines(model: PleadingModel): Deadline[] {
	const audience = model.frontMatter?.data.audience;
	const parts = audience === undefined ? undefined : parseIsoDateTime(audience);
	const anchor = model.frontMatter?.locate(['audience']);
	if (model.act !== 'assignation-refere' || audience === undefined || parts === undefined || anchor === undefined) {
		return [];
	}
	const day = { year: parts.year, month: parts.month, day: parts.day };
	const court = model.frontMatter?.data.juridiction;
	const deadlines: Deadline[] = [
		{
			id: 'audience',
			date: day,
			dateTime: audience,
			label: t('Audience le {0} à {1}', formatMessageDate(day), `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`),
			summary: court === undefined ? t('Audience des référés') : t('Audience des référés — {0}', court),
			source: court ?? '',
			uncertain: false,
			anchor,
			dataLoss: false,
		},
		{
			id: 'placement',
			date: addDays(day, -15),
			label: t('Placement au greffe au plus tard le {0} (quinze jours avant l’audience ; application en référé discutée)', formatMessageDate(addDays(day, -15))),
			summary: t('Placement de l’assignation au greffe (art. 754 CPC)'),
			source: t('art. 754 CPC — à vérifier : appliqué en référé par TJ Lyon, 24 juin 2025 ; écarté pour la règle voisine du tribunal de commerce par Cass. 2e civ., 22 mai 2025'),
			uncertain: true,
			anchor,
			dataLoss: false,
		},
	];
	const seat = memberStateOfSeat(defendantOf(model)?.siege, messageLanguage());
	if (seat !== undefined) {
		// One month to serve from receipt, two weeks to refuse an untranslated act, before the hearing.
		const latest = addDays(addMonths(day, -euService.serviceMonths), -euService.refusalDays);
		const translation = seat.languages === undefined
			? t('traduction dans une langue que le destinataire comprend ou une langue officielle du lieu de signification')
			: t('traduction en {0} ou dans une langue que le destinataire comprend', seat.languages);
		deadlines.push({
			id: 'eu-service',
			date: latest,
			label: t('Signification en {0} : transmettre l’acte avant le {1} au plus tard (un mois pour signifier, deux semaines pour refuser ; transmission en sus) — {2}', seat.state, formatMessageDate(latest), translation),
			summary: t('Transmettre l’assignation pour signification en {0} (règlement (UE) 2020/1784), avec sa traduction', seat.state),
			source: `${euService.source} — ${t('à vérifier : la durée de la transmission n’est pas comptée')}`,
			uncertain: true,
			anchor,
			dataLoss: false,
		});
	}
	return deadlines;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
	const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
	return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
