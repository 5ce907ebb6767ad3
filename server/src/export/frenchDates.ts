import { parseIsoDateTime } from '../document/frontMatterSchema';
import { formatFrenchDate } from '../evidence/parisTime';

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** The date of an ISO `AAAA-MM-JJ` value in words, or the value itself if it is not one. */
export function frenchIsoDate(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
	return match === null ? value : formatFrenchDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * "mardi 4 février 2025 à 9 heures 30": the hearing as summoned, in the time zone it was written in
 * (the court's local time), never converted.
 */
export function frenchHearing(value: string): string {
	const parts = parseIsoDateTime(value);
	if (parts === undefined) {
		return value;
	}
	const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()];
	const minutes = parts.minute === 0 ? '' : ` ${String(parts.minute).padStart(2, '0')}`;
	const hours = `${parts.hour} heure${parts.hour > 1 ? 's' : ''}${minutes}`;
	return `${weekday} ${formatFrenchDate(parts.year, parts.month, parts.day)} à ${hours}`;
}

const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 0 to 99 in words, traditional spelling ("vingt et un", "quatre-vingts"), as in deeds. */
function belowHundred(value: number): string {
	if (value < 20) {
		return UNITS[value];
	}
	const ten = Math.floor(value / 10);
	const unit = value % 10;
	if (ten === 7 || ten === 9) {
		// 70–79 and 90–99 count on from soixante and quatre-vingt: "soixante et onze", "quatre-vingt-douze".
		const base = ten === 7 ? 'soixante' : 'quatre-vingt';
		return `${base}${ten === 7 && unit === 1 ? ' et ' : '-'}${UNITS[10 + unit]}`;
	}
	if (ten === 8) {
		return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${UNITS[unit]}`;
	}
	if (unit === 0) {
		return TENS[ten];
	}
	return unit === 1 ? `${TENS[ten]} et un` : `${TENS[ten]}-${UNITS[unit]}`;
}

/** The year in words for "L'AN DEUX MILLE VINGT-CINQ", in the 21st century; digits otherwise. */
export function yearInWords(year: number): string {
	if (year < 2000 || year > 2099) {
		return String(year);
	}
	return year === 2000 ? 'deux mille' : `deux mille ${belowHundred(year - 2000)}`;
}
