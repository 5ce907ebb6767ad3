import { isIP } from 'node:net';
import { providerOfAddress } from '../knowledge';
import type { Translator } from '../l10n';
import { formatIsoWithParisOffset, parisOffsetMinutes } from './parisTime';

/**
 * Reads a platform's answer to step 1 (the connections it disclosed) as the lawyer receives it: a CSV
 * or TSV export (`,`, `;` or tab, quoted fields), headers in English or French in any order, or a
 * JSON array of objects. Each time is turned into Paris time with its offset; its zone comes from the
 * value, the column header or the lawyer — never guessed. One unreadable row refuses the whole file,
 * so that nothing is half imported.
 */

/** The zone of times that carry none: UTC or a fixed offset (minutes), or Paris wall-clock time. */
export type AnswerTimeZone = { readonly kind: 'offset'; readonly minutes: number } | { readonly kind: 'paris' };

/** One connection read from the answer, ready for `dossier.yaml`. */
export interface ImportedConnexion {
	/** Line of the file, or element of the JSON array, it was read from (1-based). */
	readonly line: number;
	readonly ip: string;
	readonly port?: number;
	/** Paris time to the second with its offset: `2024-11-01T21:04:29+01:00`. */
	readonly horodatage: string;
	/** The instant, for de-duplication. */
	readonly instant: number;
	/** Key of the access provider the prefix table attributes the address to, if any. */
	readonly fournisseur?: string;
}

export type AnswerReading =
	| { readonly kind: 'read'; readonly connexions: readonly ImportedConnexion[] }
	/** Times carry no zone, and none was given: the caller asks the lawyer, or refuses. */
	| { readonly kind: 'zone-needed' }
	| { readonly kind: 'refused'; readonly problems: readonly string[] };

/** `UTC`, `Z`, `GMT`, `Europe/Paris`, `+01:00`, `-0500`: the zone a lawyer names; undefined when unreadable. */
export function parseTimeZone(value: string): AnswerTimeZone | undefined {
	const trimmed = value.trim();
	if (/^(?:utc|gmt|z)$/iu.test(trimmed)) {
		return { kind: 'offset', minutes: 0 };
	}
	if (/^europe\/paris$/iu.test(trimmed)) {
		return { kind: 'paris' };
	}
	const offset = /^(?:utc|gmt)?([+-])(\d{2}):?(\d{2})$/iu.exec(trimmed);
	if (offset === null || Number(offset[2]) > 14 || Number(offset[3]) > 59) {
		return undefined;
	}
	const minutes = Number(offset[2]) * 60 + Number(offset[3]);
	return { kind: 'offset', minutes: offset[1] === '-' ? -minutes : minutes };
}

type Column = 'ip' | 'port' | 'dateTime' | 'date' | 'time';

interface Header {
	readonly column?: Column;
	/** The zone the header names (« Date et heure (UTC) »). */
	readonly zone?: AnswerTimeZone;
}

function folded(value: string): string {
	return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What a column holds, from its header in English or French. */
function readHeader(raw: string): Header {
	const name = folded(raw);
	const zoneText = /\((?:en\s+)?([^)]*)\)/u.exec(name)?.[1] ?? /\b(utc|gmt|europe\/paris)\b/u.exec(name)?.[1];
	const zone = zoneText === undefined ? undefined : /heure de paris|europe\/paris|paris/u.test(zoneText) ? ({ kind: 'paris' } as const) : parseTimeZone(zoneText);
	const words = name.replace(/\([^)]*\)/gu, ' ').replace(/[^a-z0-9]+/gu, ' ').trim();
	const has = (pattern: RegExp): boolean => pattern.test(words);
	let column: Column | undefined;
	if (has(/\bport\b/u)) {
		column = 'port';
	} else if (has(/\b(?:ip|ipv4|ipv6|ip address|adresse ip|ip addr)\b/u)) {
		column = 'ip';
	} else if (has(/\b(?:timestamp|horodatage|datetime|created at|date et heure|date heure|date time|date and time)\b|^created$|^time ?stamp$/u)) {
		column = 'dateTime';
	} else if (has(/^date\b/u) || has(/\bdate$/u)) {
		column = 'date';
	} else if (has(/\b(?:heure|time|hour)\b/u)) {
		column = 'time';
	}
	return { column, zone };
}

interface RawRecord {
	readonly line: number;
	readonly values: ReadonlyMap<Column, { readonly value: string; readonly zone?: AnswerTimeZone }>;
}

/** Reads the answer; `zone` is the lawyer's, used only for times whose value and header name none. */
export function readPlatformAnswer(text: string, zone: AnswerTimeZone | undefined, translator: Translator): AnswerReading {
	const { t } = translator;
	const body = text.replace(/^\uFEFF/u, '');
	const json = body.trimStart().startsWith('[');
	const records = json ? jsonRecords(body, translator) : delimitedRecords(body, translator);
	if ('problems' in records) {
		return { kind: 'refused', problems: records.problems };
	}
	if (records.records.length === 0) {
		return { kind: 'refused', problems: [t('Aucune connexion dans le fichier')] };
	}
	const problems: string[] = [];
	const connexions: ImportedConnexion[] = [];
	let zoneNeeded = false;
	for (const record of records.records) {
		const read = readRecord(record, zone, translator);
		if (read === 'zone-needed') {
			zoneNeeded = true;
		} else if (typeof read === 'string') {
			problems.push(json ? t('élément {0} : {1}', record.line, read) : t('ligne {0} : {1}', record.line, read));
		} else {
			connexions.push(read);
		}
	}
	if (problems.length > 0) {
		return { kind: 'refused', problems };
	}
	return zoneNeeded ? { kind: 'zone-needed' } : { kind: 'read', connexions };
}

function readRecord(record: RawRecord, zone: AnswerTimeZone | undefined, translator: Translator): ImportedConnexion | string | 'zone-needed' {
	const { t } = translator;
	const ipText = record.values.get('ip')?.value.trim().replace(/^\[(.*)\]$/u, '$1') ?? '';
	if (ipText === '') {
		return t('adresse IP absente');
	}
	if (isIP(ipText) === 0) {
		return t('adresse IP illisible : « {0} »', ipText.slice(0, 60));
	}
	const portText = record.values.get('port')?.value.trim() ?? '';
	const port = portText === '' ? undefined : Number(portText);
	if (port !== undefined && (!/^\d{1,5}$/u.test(portText) || port > 65535)) {
		return t('port source illisible : « {0} »', portText.slice(0, 20));
	}
	const dateTime = record.values.get('dateTime');
	const date = record.values.get('date');
	const time = record.values.get('time');
	// A time column alone holds the whole moment (« login_time »).
	const moment = dateTime ?? (date !== undefined && time !== undefined ? { value: `${date.value.trim()} ${time.value.trim()}`, zone: time.zone ?? date.zone } : (date ?? time));
	if (moment === undefined || moment.value.trim() === '') {
		return t('date et heure absentes');
	}
	const instant = readInstant(moment.value, moment.zone ?? zone, translator);
	if (typeof instant === 'string') {
		return instant;
	}
	const fournisseur = providerOfAddress(ipText)?.provider.key;
	return { line: record.line, ip: ipText, ...(port === undefined ? {} : { port }), horodatage: formatIsoWithParisOffset(new Date(instant)), instant, ...(fournisseur === undefined ? {} : { fournisseur }) };
}

const DATE_TIME = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})\/(\d{2})\/(\d{4}))[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{2}:?\d{2})?)?$/iu;

/** The instant (ms since the epoch) a time names, or why it cannot be read; `'zone-needed'` when it names no zone and none is known. */
function readInstant(raw: string, zone: AnswerTimeZone | undefined, { t }: Translator): number | string | 'zone-needed' {
	const value = raw.trim();
	if (/^\d{9,10}$/u.test(value)) {
		return Number(value) * 1000;
	}
	const match = DATE_TIME.exec(value);
	if (match === null) {
		return t('date et heure illisibles : « {0} » (attendu AAAA-MM-JJ HH:MM:SS, JJ/MM/AAAA HH:MM:SS, ISO 8601 ou secondes depuis 1970)', value.slice(0, 60));
	}
	const [year, month, day] = match[1] === undefined ? [Number(match[6]), Number(match[5]), Number(match[4])] : [Number(match[1]), Number(match[2]), Number(match[3])];
	const [hour, minute] = [Number(match[7]), Number(match[8])];
	if (match[9] === undefined) {
		return t('heure sans les secondes : « {0} » ; le fournisseur d’accès a besoin de l’heure exacte à la seconde près', value.slice(0, 60));
	}
	const second = Number(match[9]);
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const check = new Date(wall);
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
		return t('date ou heure impossible : « {0} »', value.slice(0, 60));
	}
	const written = match[10] === undefined ? undefined : parseTimeZone(match[10]);
	const effective = written ?? zone;
	if (effective === undefined) {
		return 'zone-needed';
	}
	if (effective.kind === 'offset') {
		return wall - effective.minutes * 60_000;
	}
	// Paris wall-clock time: the hour skipped in March does not exist, the one repeated in October is ambiguous.
	const candidates = [60, 120].map((minutes) => wall - minutes * 60_000).filter((instant) => parisOffsetMinutes(new Date(instant)) * 60_000 === wall - instant);
	if (candidates.length !== 1) {
		return t('heure de Paris {0} lors d’un changement d’heure : indiquez son décalage (+01:00 ou +02:00)', value.slice(0, 60));
	}
	return candidates[0];
}

function withHeaders(headers: readonly string[], rows: readonly { line: number; cells: readonly string[] }[], { t }: Translator): { records: RawRecord[] } | { problems: string[] } {
	const columns = headers.map(readHeader);
	if (!columns.some((column) => column.column === 'ip')) {
		return { problems: [t('aucune colonne d’adresse IP reconnue parmi : {0}', headers.map((header) => `« ${header.slice(0, 40)} »`).join(', '))] };
	}
	if (!columns.some((column) => column.column === 'dateTime' || column.column === 'date' || column.column === 'time')) {
		return { problems: [t('aucune colonne de date et heure reconnue parmi : {0}', headers.map((header) => `« ${header.slice(0, 40)} »`).join(', '))] };
	}
	const problems: string[] = [];
	const records = rows.flatMap((row) => {
		if (row.cells.length !== headers.length) {
			problems.push(t('ligne {0} : {1}', row.line, t('{0} champs au lieu de {1}', row.cells.length, headers.length)));
			return [];
		}
		const values = new Map<Column, { value: string; zone?: AnswerTimeZone }>();
		columns.forEach((header, index) => {
			if (header.column !== undefined && !values.has(header.column)) {
				values.set(header.column, { value: row.cells[index], zone: header.zone });
			}
		});
		return [{ line: row.line, values }];
	});
	return problems.length > 0 ? { problems } : { records };
}

/** CSV or TSV: the separator is the one of `;`, tab and `,` the header line uses most, outside quotes. */
function delimitedRecords(text: string, translator: Translator): { records: RawRecord[] } | { problems: string[] } {
	const headerLine = text.split(/\r?\n/u).find((line) => line.trim() !== '') ?? '';
	const unquoted = headerLine.replace(/"[^"]*"/gu, '');
	const separator = [';', '\t', ','].map((candidate) => ({ candidate, count: unquoted.split(candidate).length - 1 })).sort((a, b) => b.count - a.count)[0].candidate;
	const rows = splitRows(text, separator, translator);
	if ('problem' in rows) {
		return { problems: [rows.problem] };
	}
	const nonEmpty = rows.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
	if (nonEmpty.length === 0) {
		return { records: [] };
	}
	return withHeaders(nonEmpty[0].cells.map((cell) => cell.trim()), nonEmpty.slice(1), translator);
}

/** RFC 4180 fields: quoted fields may hold the separator, doubled quotes and line breaks. */
function splitRows(text: string, separator: string, { t }: Translator): { rows: { line: number; cells: string[] }[] } | { problem: string } {
	const rows: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (char === '"') {
				quoted = false;
			} else {
				if (char === '\n') {
					line++;
				}
				cell += char;
			}
		} else if (char === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (char === separator) {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') {
				index++;
			}
			cells.push(cell);
			rows.push({ line: rowLine, cells });
			cells = [];
			cell = '';
			line++;
			rowLine = line;
		} else {
			cell += char;
		}
	}
	if (quoted) {
		return { problem: t('ligne {0} : {1}', rowLine, t('guillemet ouvert jamais fermé')) };
	}
	if (cell !== '' || cells.length > 0) {
		cells.push(cell);
		rows.push({ line: rowLine, cells });
	}
	return { rows };
}

/** A JSON array of objects; each element's keys are read as column headers. */
function jsonRecords(text: string, translator: Translator): { records: RawRecord[] } | { problems: string[] } {
	const { t } = translator;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { problems: [t('JSON illisible : le fichier doit être un tableau d’objets')] };
	}
	if (!Array.isArray(parsed) || parsed.some((element) => element === null || typeof element !== 'object' || Array.isArray(element))) {
		return { problems: [t('JSON illisible : le fichier doit être un tableau d’objets')] };
	}
	const problems: string[] = [];
	const records: RawRecord[] = [];
	(parsed as Record<string, unknown>[]).forEach((element, index) => {
		const keys = Object.keys(element);
		const read = withHeaders(keys, [{ line: index + 1, cells: keys.map((key) => (element[key] === null || element[key] === undefined ? '' : typeof element[key] === 'object' ? JSON.stringify(element[key]) : String(element[key] as string | number | boolean))) }], translator);
		if ('problems' in read) {
			problems.push(...read.problems.map((problem) => t('élément {0} : {1}', index + 1, problem)));
		} else {
			records.push(...read.records);
		}
	});
	return problems.length > 0 ? { problems } : { records };
}
