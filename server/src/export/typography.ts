/**
 * French typography for the lawyer's text, applied before escaping for Typst. Typst hyphenates and
 * justifies French but adds none of the spaces that French punctuation requires, so they come from
 * here (Lexique des règles typographiques en usage à l'Imprimerie nationale).
 */

/** U+202F, the fine space before `; ! ?`, inside « », and between digit groups. */
const NARROW_NBSP = '\u202F';
/** U+00A0, the word space that must not break: before `:`, after `n°`, before `€` and `%`. */
export const NBSP = '\u00A0';

// What may follow high punctuation for it to be prose punctuation: a letter, digit, URL or path character
// right after it means a URL query, a time, a path or an identifier ("?id=3", "21:04", "C:\\", "https:"), left alone.
const PROSE_FOLLOWER = '(?![\\p{L}\\p{N}/\\\\=&%_#~+\\-@])';

const CURLY_OPENING = /“\s*/gu;
// Every pattern that starts with `\s*` starts at the first space of a run only (`(?<!\s)`): tried at
// each space of a long run, it would rescan the rest of the run, quadratic in the run's length.
const CURLY_CLOSING = /(?<!\s)\s*”/gu;
const GUILLEMET_OPENING = /«\s*/gu;
const GUILLEMET_CLOSING = /(?<!\s)\s*»/gu;
// A space typed before the mark (even a line break inside the paragraph) is replaced, never doubled;
// none is added after an opening parenthesis or at a line start, where the mark cannot stand.
const HIGH_PUNCTUATION = new RegExp(`(?<![\\s(])\\s*([;!?]+)${PROSE_FOLLOWER}`, 'gu');
const COLON = new RegExp(`(?<![\\s(\\p{N}])\\s*:${PROSE_FOLLOWER}|(?<=\\p{N})\\s+:${PROSE_FOLLOWER}`, 'gu');
const NUMERO = /\b([nN])°\s*(?=\S)/gu;
// A number written in groups of three ("45 000", "1 000 000") but not "2024 123" nor a phone number.
const GROUPED_NUMBER = /(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)/gu;
const UNIT = /(?<=\d)\s*([€%])/gu;
const ELLIPSIS = /\.\.\./gu;
// Units a line must not split: "31 décembre", "article 145", "L. 34-1".
const DAY_MONTH = /\b(\d{1,2}|1er)[ \t\r\n]+(?=(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)/giu;
const ARTICLE_NUMBER = /\b(articles?|art\.|[LRD]\.)[ \t\r\n]+(?=\d)/giu;

/** Applies the French spacing and punctuation rules to one run of the lawyer's prose. */
export function frenchTypography(text: string): string {
	return text
		.replace(/'/gu, '’')
		.replace(ELLIPSIS, '…')
		.replace(CURLY_OPENING, `«${NARROW_NBSP}`)
		.replace(CURLY_CLOSING, `${NARROW_NBSP}»`)
		.replace(GUILLEMET_OPENING, `«${NARROW_NBSP}`)
		.replace(GUILLEMET_CLOSING, `${NARROW_NBSP}»`)
		.replace(HIGH_PUNCTUATION, `${NARROW_NBSP}$1`)
		.replace(COLON, `${NBSP}:`)
		.replace(NUMERO, `$1°${NBSP}`)
		.replace(GROUPED_NUMBER, (number) => number.replace(/[ \u00A0]/gu, NARROW_NBSP))
		.replace(UNIT, `${NBSP}$1`)
		.replace(DAY_MONTH, `$1${NBSP}`)
		.replace(ARTICLE_NUMBER, `$1${NBSP}`);
}

// Matched on escaped markup, where digits and letters are left as typed.
const ORDINAL = /\b(1)(ers?|res?)\b|\b(\d{1,3})(es?)\b/gu;

/**
 * "1er", "1re", "2e" with the suffix in superscript, as French typography sets ordinals. Works on
 * Typst markup already escaped, since the result is markup; the extracted text stays "1er".
 */
export function superscriptOrdinals(markup: string): string {
	return markup.replace(ORDINAL, (_match, one?: string, oneSuffix?: string, number?: string, suffix?: string) =>
		`${one ?? number}#super[${oneSuffix ?? suffix}];`);
}
