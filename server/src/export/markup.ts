import type { Run } from './parties';
import { frenchTypography, superscriptOrdinals } from './typography';

/**
 * Escaping for Typst. Pleadings contain `#` ("toque #T06"), `*`, `_`, `@compte`, `$`, `<`, `[`, `//`
 * and `--`, which Typst markup would run as code, format, turn into references or comments, or
 * typeset as dashes. Every character Typst markup gives a meaning to is backslash-escaped (Typst
 * accepts `\` before any character), so the text comes out exactly as written.
 */

// `:` and `/` stop URL autolinks and term lists, `.` stops `1.` lists and `...`, `'` and `"` stop
// smart quotes; `(` stops a call on a preceding `#expr` even if a caller forgets the `;`.
const MARKUP_SPECIAL = /[\\#*_`$<>@[\]~/\-+=.'":(]/gu;
// Typst would read a line break as a paragraph break or a list item start: the Markdown source has
// already said where paragraphs end, so inside a run every line break is a space.
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029]+/gu;
// Control characters have no glyph: Typst would refuse the whole export for an invisible character
// pasted from a web page or a messaging app. The bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) go too: an override pasted with a username would print the
// lawyer's words reversed, and made Typst 0.13 abort; the act is written left to right.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** The text without the characters no renderer may receive (controls, bidirectional overrides). */
export function withoutControls(text: string): string {
	return text.replace(CONTROLS, '');
}

/** The text, to be placed in Typst markup (`[...]`), rendered literally. */
export function escapeMarkup(text: string): string {
	return text.replace(CONTROLS, '').replace(LINE_BREAKS, ' ').replace(MARKUP_SPECIAL, (character) => `\\${character}`);
}

/** A Typst string literal holding the text exactly. */
export function typstString(text: string): string {
	const escaped = text
		.replace(CONTROLS, '')
		.replace(/[\\"]/gu, (character) => `\\${character}`)
		.replace(/\n/gu, '\\n')
		.replace(/\r/gu, '\\r')
		.replace(/\t/gu, '\\t');
	return `"${escaped}"`;
}

/** Plain text from the front matter, the template or the body, typeset in French and escaped. */
export function prose(text: string): string {
	return superscriptOrdinals(escapeMarkup(frenchTypography(text)));
}

/** Bold markup, closed by `;` so that whatever text follows cannot extend the call. */
export function strong(markup: string): string {
	return `#strong[${markup}];`;
}

/** A visible gap in the act, so that nothing missing from the front matter goes unnoticed on paper. */
export function missing(what: string): string {
	return strong(prose(`[À compléter : ${what}]`));
}

/** Runs of the act's text (the parties' sentences) as Typst markup. */
export function runsMarkup(runs: readonly Run[]): string {
	return runs.map((run) => ('missing' in run ? missing(run.missing) : run.bold === true ? strong(prose(run.text)) : prose(run.text))).join('');
}
