/**
 * Formats instants as French courts read them: wall-clock time in Paris with its offset stated, so
 * that a constat, a platform's UTC log and the pleading can be compared without ambiguity (the hour
 * from 02:00 to 03:00 on the last Sunday of October happens twice in Paris). Relies on the time zone
 * data of Node's ICU, which follows the EU rule: summer time from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October.
 */

const MONTHS = [
	'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
	'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

interface WallClock {
	readonly year: number;
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second: number;
}

// Built on first use: constructing a DateTimeFormat loads ICU zone data.
let parisFormat: Intl.DateTimeFormat | undefined;

function parisWallClock(instant: Date): WallClock {
	if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
		throw new RangeError('Invalid Date: cannot express it in Paris time');
	}
	// 'en-US' numeric parts are plain ASCII digits; hourCycle 'h23' avoids the '24' midnight of hour12: false.
	parisFormat ??= new Intl.DateTimeFormat('en-US', {
		timeZone: 'Europe/Paris',
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
	});
	const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
	for (const part of parisFormat.formatToParts(instant)) {
		if (part.type !== 'literal') {
			parts[part.type] = Number(part.value);
		}
	}
	return {
		year: parts.year ?? NaN,
		month: parts.month ?? NaN,
		day: parts.day ?? NaN,
		hour: parts.hour ?? NaN,
		minute: parts.minute ?? NaN,
		second: parts.second ?? NaN,
	};
}

/** Offset from the wall clock and the instant, both at whole seconds, so milliseconds never skew it. */
function offsetOf(instant: Date, wall: WallClock): number {
	const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	const instantSeconds = Math.floor(instant.getTime() / 1000) * 1000;
	return Math.round((wallAsUtc - instantSeconds) / 60_000);
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/**
 * The offset of Paris time from UTC at `instant`, in minutes: 60 in winter (CET), 120 in summer (CEST)
 * for any instant since 1976. Throws a `RangeError` for an invalid Date.
 */
export function parisOffsetMinutes(instant: Date): number {
	return offsetOf(instant, parisWallClock(instant));
}

/**
 * `instant` as an ISO 8601 Paris local time with its offset, to the second (milliseconds are
 * truncated): `2023-07-07T17:17:03+02:00`. Throws a `RangeError` for an invalid Date.
 */
export function formatIsoWithParisOffset(instant: Date): string {
	const wall = parisWallClock(instant);
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offsetOf(instant, wall))}`;
}

/** An offset from UTC in minutes as ISO 8601 writes it: `+02:00`, `-03:30`. */
export function formatOffset(minutes: number): string {
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * `instant` in French, Paris time, with the offset spelled out as a pleading states it:
 * `le 7 juillet 2023 à 17:17:03 (UTC+2)`, `le 1er août 2024 à …` (French ordinal for the first day).
 * Throws a `RangeError` for an invalid Date.
 */
export function formatFrenchParisDateTime(instant: Date): string {
	const wall = parisWallClock(instant);
	return `le ${formatFrenchDate(wall.year, wall.month, wall.day)} à ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)} (${utcLabel(offsetOf(instant, wall))})`;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The same in English, for legal messages shown in English: `7 July 2023 at 17:17:03 (UTC+2)`. */
export function formatEnglishParisDateTime(instant: Date): string {
	const wall = parisWallClock(instant);
	return `${wall.day} ${ENGLISH_MONTHS[wall.month - 1]} ${wall.year} at ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)} (${utcLabel(offsetOf(instant, wall))})`;
}

/** `UTC+2`, `UTC+5:30`: the offset as pleadings state it. */
function utcLabel(offset: number): string {
	const abs = Math.abs(offset);
	return `UTC${offset < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 === 0 ? '' : `:${pad(abs % 60)}`}`;
}

/** A calendar date as acts write it: `1er novembre 2024`, `12 juin 1984` (ordinal for the first day). */
export function formatFrenchDate(year: number, month: number, day: number): string {
	return `${day === 1 ? '1er' : String(day)} ${MONTHS[month - 1]} ${year}`;
}

/** A calendar date in English: `1 November 2024`. */
export function formatEnglishDate(year: number, month: number, day: number): string {
	return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/**
 * `instant` in UTC, ISO 8601 to the second (milliseconds are truncated, as in the Paris formats, so
 * both renderings name the same second): `2023-07-07T15:17:03Z`. Throws a `RangeError` for an invalid Date.
 */
export function formatUtc(instant: Date): string {
	if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
		throw new RangeError('Invalid Date: cannot format it in UTC');
	}
	return `${instant.toISOString().slice(0, 19)}Z`;
}

/** Offset of Paris time for a wall-clock time read in Paris (the hour that happens twice takes summer time). */
export function parisOffsetForWallTime(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
	const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
	const guess = parisOffsetMinutes(new Date(wallAsUtc - 60 * 60_000));
	return parisOffsetMinutes(new Date(wallAsUtc - guess * 60_000));
}
