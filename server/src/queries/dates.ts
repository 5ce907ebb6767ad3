import { parseIsoDateTime } from '../document/frontMatterSchema';
import type { PleadingModel, Span } from '../document/model';
import { formatEnglishDate, formatEnglishParisDateTime, formatFrenchDate, formatFrenchParisDateTime, formatIsoWithParisOffset } from '../evidence/parisTime';
import type { MessageLanguage } from '../l10n';

/** A calendar date; legal periods here count in days, months and years, never in hours. */
export interface CalendarDate {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

/** A date inside a legal message: in French, or in English when `pretoire.language` is `en`. */
export function formatMessageDate(date: CalendarDate, language: MessageLanguage): string {
	return language === 'en' ? formatEnglishDate(date.year, date.month, date.day) : formatFrenchDate(date.year, date.month, date.day);
}

/** A Paris date and time inside a legal message, without the French article: `1er novembre 2024 à 21:04:31 (UTC+1)`. */
export function formatMessageParisDateTime(instant: Date, language: MessageLanguage): string {
	return language === 'en' ? formatEnglishParisDateTime(instant) : formatFrenchParisDateTime(instant).replace(/^le /u, '');
}

/**
 * The same day `months` later; a day that does not exist in the target month (31 → 30 April)
 * becomes the month's last day, as periods "de mois à mois" are computed.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
	const monthIndex = date.month - 1 + months;
	const year = date.year + Math.floor(monthIndex / 12);
	const month = (((monthIndex % 12) + 12) % 12) + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return { year, month, day: Math.min(date.day, lastDay) };
}

export function compareDates(left: CalendarDate, right: CalendarDate): number {
	return left.year - right.year || left.month - right.month || left.day - right.day;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
	return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/** The act's date, from which the rules compute prescription and retention. */
export function actDate(model: PleadingModel): CalendarDate | undefined {
	const value = model.frontMatter?.data.date;
	if (value === undefined) {
		return undefined;
	}
	const [year, month, day] = value.split('-').map(Number);
	return { year, month, day };
}

/** The calendar day in Paris at an instant: « today » for a lawyer at the Paris bar, whatever the server's zone. */
export function parisDate(instant: Date): CalendarDate {
	const [year, month, day] = formatIsoWithParisOffset(instant).slice(0, 10).split('-').map(Number);
	return { year, month, day };
}

/** Each publication with a valid `horodatage`: its Paris wall-clock day (a time written in UTC may fall on the next day in Paris) and where it is written. */
export function publicationDates(model: PleadingModel): { index: number; date: CalendarDate; span: Span; raw: string }[] {
	const frontMatter = model.frontMatter;
	const dates: { index: number; date: CalendarDate; span: Span; raw: string }[] = [];
	frontMatter?.data.publications?.forEach((publication, index) => {
		const parts = publication?.horodatage === undefined ? undefined : parseIsoDateTime(publication.horodatage);
		const span = frontMatter.locate(['publications', index, 'horodatage']);
		if (parts !== undefined && span !== undefined && publication?.horodatage !== undefined) {
			const date = parts.offsetMinutes === undefined
				? { year: parts.year, month: parts.month, day: parts.day }
				: parisDate(new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second ?? 0) - parts.offsetMinutes * 60_000));
			dates.push({ index, date, span, raw: publication.horodatage });
		}
	});
	return dates;
}

const FRENCH_NUMBERS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'];
const ENGLISH_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A legal period in French (`trois mois`, `un an`, `six ans`), for text inserted into a pleading. */
export function formatFrenchPeriod(months: number): string {
	return formatPeriod(months, FRENCH_NUMBERS, ['an', 'ans'], ['mois', 'mois']);
}

/**
 * A legal period from the knowledge base inside a message (`trois mois`, `un an`; `three months` in
 * English), so that messages state the period the data holds rather than a figure typed in a rule.
 */
export function formatMessagePeriod(months: number, language: MessageLanguage): string {
	return language === 'en' ? formatPeriod(months, ENGLISH_NUMBERS, ['year', 'years'], ['month', 'months']) : formatFrenchPeriod(months);
}

function formatPeriod(months: number, numbers: readonly string[], years: readonly [string, string], monthUnits: readonly [string, string]): string {
	const [count, units] = months % 12 === 0 ? [months / 12, years] : [months, monthUnits];
	return `${numbers[count] ?? String(count)} ${count === 1 ? units[0] : units[1]}`;
}
