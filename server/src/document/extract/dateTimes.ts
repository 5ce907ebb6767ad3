import type { ProseBlock, ProseDateTime } from '../model';
import { SPACE, WS } from './text';

const MONTHS: Readonly<Record<string, number>> = {
	janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
	aout: 8, août: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
};

const DATE = `(1er|1ᵉʳ|premier|\\d{1,2})${WS}+(${Object.keys(MONTHS).join('|')})${WS}+(\\d{4})`;
/** "21h04", "21 h 04", "19:02:31", "19 h 02 min 31 s", "21h04min31s", "21 heures 04 minutes et 31 secondes". */
const TIME = `(\\d{1,2})${SPACE}?(?:h|H|:|heures?\\b)${SPACE}?(\\d{2})(?:${SPACE}?:${SPACE}?(\\d{2})|${SPACE}?(?:min|mn|minutes?)${SPACE}?(?:et${SPACE}+)?(\\d{2})${SPACE}?(?:secondes?|sec|s)?|${SPACE}?(\\d{2})${SPACE}?(?:secondes?|sec|s)\\b)?(?:${SPACE}?(?:min|mn|minutes?)\\b)?`;
/** "UTC+2", "(UTC +02:00)", "GMT", "heure de Paris", "CEST": the ways lawyers write a zone, after a comma too (« 8 h 05 min 51 s, heure de Paris »). */
const ZONE = `${SPACE}*,?${SPACE}*\\(?${SPACE}*((?:UTC|GMT)(?:${SPACE}?[+\\-−]${SPACE}?\\d{1,2}(?::?\\d{2})?)?|Z\\b|CEST\\b|CET\\b|heure${SPACE}+(?:de${SPACE}+Paris|fran[çc]aise|de${SPACE}+France|l[ée]gale${SPACE}+fran[çc]aise)|Europe\\/Paris)${SPACE}*\\)?`;
/** « le 1er novembre 2024 à 21h04 », « le 1er novembre 2024, 21:04:31 », « le 1er novembre 2024 vers 21 heures 04 ». */
const DATE_TIME = new RegExp(`${DATE}(?:(?:${WS}*,?${WS}*(?:à|a|vers)${WS}+|${WS}*,${WS}*)${TIME}(?:${ZONE})?)?`, 'giu');

/** Finds dates and times written in prose, with their precision and zone as written. */
export function findDateTimes(blocks: readonly ProseBlock[]): ProseDateTime[] {
	const found: ProseDateTime[] = [];
	for (const block of blocks) {
		for (const match of block.text.matchAll(DATE_TIME)) {
			const day = /^(?:1er|1ᵉʳ|premier)$/iu.test(match[1]) ? 1 : Number(match[1]);
			const month = MONTHS[match[2].toLowerCase()];
			const year = Number(match[3]);
			const start = block.span.start + match.index;
			const time = match[4] === undefined ? undefined : {
				hour: Number(match[4]),
				minute: Number(match[5]),
				second: [match[6], match[7], match[8]].find((value) => value !== undefined) === undefined ? undefined : Number(match[6] ?? match[7] ?? match[8]),
			};
			if (month === undefined || day < 1 || day > 31 || (time && (time.hour > 23 || time.minute > 59 || (time.second ?? 0) > 59))) {
				continue;
			}
			const zone = match[9];
			found.push({
				span: { start, end: start + match[0].length },
				text: match[0],
				date: { year, month, day },
				time,
				zone,
				zoneOffsetMinutes: zone === undefined ? undefined : fixedOffset(zone),
			});
		}
	}
	return found;
}

/** The offset a zone fixes by itself; "heure de Paris" depends on the date, so it fixes none here. */
function fixedOffset(zone: string): number | undefined {
	const normalized = zone.replace(/\s/gu, '').replace('−', '-').toUpperCase();
	if (normalized === 'UTC' || normalized === 'GMT' || normalized === 'Z') {
		return 0;
	}
	if (normalized === 'CEST') {
		return 120;
	}
	if (normalized === 'CET') {
		return 60;
	}
	const offset = /^(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?$/u.exec(normalized);
	if (offset === null) {
		return undefined;
	}
	const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
	return offset[1] === '-' ? -minutes : minutes;
}
