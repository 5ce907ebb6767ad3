import type { LimitKind, NeutralisedPlace, Span } from './model';

/**
 * The Markdown parser (micromark, under remark) costs time in the square of two things a document
 * controls: how deeply containers nest (each line is checked against every open block quote and list
 * item: 1 000 nested list levels took 36 s) and how many emphasis and link delimiters one paragraph
 * holds (every closer searches back through the paragraph's earlier ones). No pleading comes near
 * these limits; a document past them is neutralised BEFORE parsing, character for character (offsets
 * stay valid), and each neutralised place becomes a finding instead of a frozen editor.
 */

/** Block quote and list markers read at the start of one line; the rest are read as plain text. */
export const MAX_CONTAINER_MARKERS = 16;
/** Width (columns, a tab counting four) of a line's container prefix: bounds nesting by indentation. */
export const MAX_CONTAINER_COLUMNS = 64;
/** `*`, `_`, `[` and `]` in one stretch of text between blank lines (or list items, quotes, headings). */
export const MAX_INLINE_DELIMITERS = 256;

export interface BoundedMarkdown {
	/** Same length as the input; equal to it when no limit was reached. */
	readonly text: string;
	readonly neutralised: readonly NeutralisedPlace[];
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Neutralises the structures past the limits above (markers and delimiters become spaces). Linear. */
export function boundMarkdown(text: string): BoundedMarkdown {
	let codes: Uint16Array | undefined;
	const mask = (at: number): void => {
		codes ??= stringCodes(text);
		codes[at] = SPACE;
	};
	const places = new Map<LimitKind, { span: Span; count: number }>();
	const note = (kind: LimitKind, span: Span): void => {
		const place = places.get(kind);
		if (place === undefined) {
			places.set(kind, { span, count: 1 });
		} else {
			place.count++;
		}
	};

	// The stretch's first and last non-blank lines, where its finding is placed.
	let stretchStart: number | undefined;
	let stretchEnd = 0;
	let stretchOpensWithItem = false;
	let stretchDelimiters: number[] = [];
	const closeStretch = (): void => {
		if (stretchDelimiters.length > MAX_INLINE_DELIMITERS) {
			stretchDelimiters.slice(MAX_INLINE_DELIMITERS).forEach(mask);
			note('delimiters', { start: stretchStart ?? 0, end: stretchEnd });
		}
		stretchDelimiters = [];
		stretchStart = undefined;
	};

	let lineStart = 0;
	while (lineStart <= text.length) {
		const lineEnd = endOfLine(text, lineStart);
		// The container prefix: indentation, `>`, and list markers followed by a space.
		let at = lineStart;
		let column = 0;
		let markers = 0;
		let overLimit = false;
		let lastMarker: number | undefined;
		for (;;) {
			const code = text.charCodeAt(at);
			if (code === SPACE || code === TAB) {
				column += code === TAB ? 4 : 1;
				at++;
				continue;
			}
			const markerLength = containerMarkerLength(text, at, lineEnd);
			if (markerLength === 0) {
				break;
			}
			markers++;
			if (markers > MAX_CONTAINER_MARKERS || column + markerLength > MAX_CONTAINER_COLUMNS) {
				for (let inner = at; inner < at + markerLength; inner++) {
					mask(inner);
				}
				overLimit = true;
			} else {
				lastMarker = at;
			}
			column += markerLength;
			at += markerLength;
		}
		if (overLimit) {
			note('nesting', { start: lineStart, end: lineEnd });
		}
		// A blank line, a list item or a heading starts a new paragraph. Anything else may continue one
		// (a quoted line, a lazy line, « 2. » inside a paragraph), so it does not reset the count:
		// counting over a longer stretch only ever counts more, and the bound holds for every paragraph.
		const rest = at;
		const itemStart: boolean = lastMarker !== undefined && isListMarker(text, lastMarker) && (isBulletOrFirstItem(text, lastMarker) || stretchOpensWithItem);
		if (rest >= lineEnd || itemStart || isHeadingStart(text, rest, lineEnd)) {
			closeStretch();
			stretchOpensWithItem = itemStart;
		}
		if (rest < lineEnd) {
			stretchStart ??= lineStart;
			stretchEnd = lineEnd;
		}
		for (let inner = rest; inner < lineEnd; inner++) {
			const code = text.charCodeAt(inner);
			if (code === 0x2a /* * */ || code === 0x5f /* _ */ || code === 0x5b /* [ */ || code === 0x5d /* ] */) {
				stretchDelimiters.push(inner);
			}
		}
		lineStart = nextLineStart(text, lineEnd);
	}
	closeStretch();

	return {
		text: codes === undefined ? text : codesToString(codes),
		neutralised: [...places].map(([kind, place]) => ({ kind, span: place.span, count: place.count })),
	};
}

/** Length of a block quote or list marker at `at` (with the space after a list marker), 0 if none. */
function containerMarkerLength(text: string, at: number, lineEnd: number): number {
	const code = text.charCodeAt(at);
	if (at >= lineEnd) {
		return 0;
	}
	if (code === 0x3e /* > */) {
		return 1;
	}
	const followedBySpace = (position: number): boolean => position < lineEnd && (text.charCodeAt(position) === SPACE || text.charCodeAt(position) === TAB);
	if ((code === 0x2d /* - */ || code === 0x2b /* + */ || code === 0x2a) /* * */ && followedBySpace(at + 1)) {
		return 1;
	}
	let digits = 0;
	while (digits < 9 && isDigit(text.charCodeAt(at + digits))) {
		digits++;
	}
	const delimiter = text.charCodeAt(at + digits);
	return digits > 0 && (delimiter === 0x2e /* . */ || delimiter === 0x29) /* ) */ && followedBySpace(at + digits + 1) ? digits + 1 : 0;
}

function isListMarker(text: string, at: number): boolean {
	return text.charCodeAt(at) !== 0x3e /* > */;
}

/** A bullet, or an ordered item numbered 1: the only list items that can interrupt a paragraph. */
function isBulletOrFirstItem(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return !isDigit(code) || (code === 0x31 /* 1 */ && !isDigit(text.charCodeAt(at + 1)));
}

/** An ATX heading: one to six `#` followed by a space or the end of the line. */
function isHeadingStart(text: string, at: number, lineEnd: number): boolean {
	let hashes = 0;
	while (at + hashes < lineEnd && text.charCodeAt(at + hashes) === 0x23 && hashes < 7) {
		hashes++;
	}
	const after = text.charCodeAt(at + hashes);
	return hashes >= 1 && hashes <= 6 && (at + hashes >= lineEnd || after === SPACE || after === TAB);
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

function endOfLine(text: string, from: number): number {
	for (let at = from; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === LF || code === CR) {
			return at;
		}
	}
	return text.length;
}

function nextLineStart(text: string, lineEnd: number): number {
	if (lineEnd >= text.length) {
		return text.length + 1;
	}
	return text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF ? lineEnd + 2 : lineEnd + 1;
}

function stringCodes(text: string): Uint16Array {
	const codes = new Uint16Array(text.length);
	for (let at = 0; at < text.length; at++) {
		codes[at] = text.charCodeAt(at);
	}
	return codes;
}

function codesToString(codes: Uint16Array): string {
	const chunks: string[] = [];
	const CHUNK = 8192;
	for (let at = 0; at < codes.length; at += CHUNK) {
		chunks.push(String.fromCharCode(...codes.subarray(at, at + CHUNK)));
	}
	return chunks.join('');
}

const HTML_BLOCK_ENDS: readonly [RegExp, string][] = [
	[/^ {0,3}<!--/u, '-->'],
	[/^ {0,3}<\?/u, '?>'],
	[/^ {0,3}<!\[CDATA\[/u, ']]>'],
	[/^ {0,3}<![A-Za-z]/u, '>'],
	[/^ {0,3}<script(?:[\s>]|$)/iu, '</script>'],
	[/^ {0,3}<pre(?:[\s>]|$)/iu, '</pre>'],
	[/^ {0,3}<style(?:[\s>]|$)/iu, '</style>'],
	[/^ {0,3}<textarea(?:[\s>]|$)/iu, '</textarea>'],
];
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const PART_LENGTH = 256;

/**
 * Splits a body into parts that parse the same alone as together, so that the parser never works on
 * more than one part at a time (micromark costs time in the square of the containers a document holds
 * when they alternate with other blocks: 4 000 « paragraph, list » pairs took 15 s). A part starts at
 * a line in the first column that no open block can continue: an ATX heading, or a line that is not
 * a quote or list marker after a blank line; never inside a fenced code block or a multi-line HTML block.
 * Only the block structure matters to the model (inline content is read from the text), so link
 * reference definitions resolving across parts do not. Neighbouring parts are grouped up to about
 * `PART_LENGTH` characters, as each call to the parser has a fixed cost.
 */
export function independentParts(text: string): Span[] {
	const parts: Span[] = [];
	let partStart = 0;
	let previousBlank = false;
	let fence: string | undefined;
	let htmlEnd: string | undefined;
	let lineStart = 0;
	while (lineStart < text.length) {
		const lineEnd = endOfLine(text, lineStart);
		const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 64));
		const first = text.charCodeAt(lineStart);
		const blank = isBlank(text, lineStart, lineEnd);
		if (fence !== undefined) {
			const closing = FENCE.exec(line);
			if (closing !== null && closing[1][0] === fence[0] && closing[1].length >= fence.length && text.slice(lineStart + closing[0].length, lineEnd).trim() === '') {
				fence = undefined;
			}
		} else if (htmlEnd !== undefined) {
			if (text.slice(lineStart, lineEnd).includes(htmlEnd)) {
				htmlEnd = undefined;
			}
		} else {
			const startsPart = lineStart > partStart && first !== SPACE && first !== TAB && !blank
				&& (isHeadingStart(text, lineStart, lineEnd) || (previousBlank && containerMarkerLength(text, lineStart, lineEnd) === 0));
			if (startsPart && lineStart - partStart >= PART_LENGTH) {
				parts.push({ start: partStart, end: lineStart });
				partStart = lineStart;
			}
			const opening = FENCE.exec(line);
			if (opening !== null) {
				fence = opening[1];
			} else {
				const html = HTML_BLOCK_ENDS.find(([start]) => start.test(line));
				if (html !== undefined && !text.slice(lineStart, lineEnd).includes(html[1], line.indexOf('<') + 2)) {
					htmlEnd = html[1];
				}
			}
		}
		previousBlank = blank;
		lineStart = nextLineStart(text, lineEnd);
	}
	parts.push({ start: partStart, end: text.length });
	return parts;
}

function isBlank(text: string, from: number, to: number): boolean {
	for (let at = from; at < to; at++) {
		const code = text.charCodeAt(at);
		if (code !== SPACE && code !== TAB) {
			return false;
		}
	}
	return true;
}
