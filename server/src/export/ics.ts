import { createHash } from 'node:crypto';
import { parseIsoDateTime } from '../document/frontMatterSchema';
import type { Translator } from '../l10n';
import type { Deadline, Reminder } from '../queries/deadlines';

/**
 * The deadlines as an iCalendar file (RFC 5545) any agenda imports: one all-day event per deadline,
 * with an alarm a week before when data may be lost; the hearing at its time, one hour long. The
 * undated reminders go into the calendar's description. Written by hand: the format is small, and a
 * library would add more code than it saves.
 */
export function deadlinesToIcs(deadlines: readonly Deadline[], reminders: readonly Reminder[], act: { readonly uri: string; readonly title: string }, now: Date, { t }: Translator): string {
	const stamp = utcStamp(now);
	const uidBase = createHash('sha256').update(act.uri).digest('hex').slice(0, 16);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Prétoire//Échéances//FR',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(`Prétoire — ${act.title}`)}`,
		...(reminders.length === 0 ? [] : [`X-WR-CALDESC:${text(reminders.map((reminder) => reminder.label).join('\n'))}`]),
	];
	for (const deadline of deadlines) {
		const when = deadline.dateTime === undefined ? undefined : parseIsoDateTime(deadline.dateTime);
		lines.push('BEGIN:VEVENT', `UID:${deadline.id}-${uidBase}@pretoire`, `DTSTAMP:${stamp}`);
		if (when !== undefined && when.second !== undefined && when.offsetMinutes !== undefined) {
			const start = new Date(Date.UTC(when.year, when.month - 1, when.day, when.hour, when.minute, when.second) - when.offsetMinutes * 60_000);
			lines.push(`DTSTART:${utcStamp(start)}`, 'DURATION:PT1H');
		} else {
			const next = new Date(Date.UTC(deadline.date.year, deadline.date.month - 1, deadline.date.day + 1));
			lines.push(`DTSTART;VALUE=DATE:${dateValue(deadline.date.year, deadline.date.month, deadline.date.day)}`, `DTEND;VALUE=DATE:${dateValue(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())}`);
		}
		lines.push(
			`SUMMARY:${text(`${deadline.summary}${deadline.uncertain ? ` (${t('à vérifier')})` : ''}`)}`,
			`DESCRIPTION:${text(`${deadline.label}\n${deadline.source}\n${act.title}`)}`,
			'TRANSP:TRANSPARENT',
		);
		if (deadline.dataLoss || deadline.uncertain) {
			lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P7D', `DESCRIPTION:${text(deadline.summary)}`, 'END:VALARM');
		}
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(fold).join('\r\n')}\r\n`;
}

function dateValue(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

function utcStamp(instant: Date): string {
	return instant.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}

// A line break of any convention (CRLF, LF, CR alone, NEL, LINE and PARAGRAPH SEPARATOR) is one
// `\n` of the value: a raw CR or LF would end the content line and let case data write properties of
// its own, and agendas that split lines on the others would do the same.
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/gu;
// No other control: TEXT excludes the ASCII ones but tab (§ 3.3.11), and the C1 ones (NEL among
// them) are read as line ends or garbage by some agendas; no lone surrogate, which has no UTF-8
// form, nor the noncharacters U+FFFE and U+FFFF.
const NOT_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/gu;

/** TEXT value escaping (RFC 5545 § 3.3.11): backslash, semicolon, comma and line breaks escaped, other controls removed. */
function text(value: string): string {
	return value.replace(/[\\;,]/gu, (character) => `\\${character}`).replace(LINE_BREAK, '\\n').replace(NOT_TEXT, '');
}

/** Lines longer than 75 octets are folded (§ 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = Buffer.byteLength(character, 'utf8');
		// Continuation lines start with a space, which counts in their 75 octets.
		if (octets + size > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}
