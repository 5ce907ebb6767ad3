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
// Control characters have no glyph and PDF/A forbids nothing about them, but Typst would report the
// text as impossible to display.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;

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
