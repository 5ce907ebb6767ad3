// Text from the act or the dossier shown in a Markdown hover is the text of whoever wrote the file: it
// must read as typed, never as Markdown. Otherwise `![](https://tracker/…)` loads a remote image the
// moment the lawyer hovers, `[…](command:…)` offers a command, and a backtick ends the code span
// around a dossier name.

// Line ends of every convention and other controls: a blank line would end the paragraph, and a
// line starting with `#`, `>` or `-` would open a block.
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu;
// Every ASCII punctuation character may be backslash-escaped (CommonMark § 2.4): escaped, none opens
// a link, an image, HTML, an entity, emphasis, a code span or a theme icon `$(…)`.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/gu;

/** User text to place in Markdown prose, shown literally on one line. */
export function markdownText(text: string): string {
	return text.replace(LINE_BREAKS_AND_CONTROLS, ' ').replace(ASCII_PUNCTUATION, (character) => `\\${character}`);
}

/**
 * User text as a code span, on one line, its fence one backtick longer than the longest run of
 * backticks in the text, so that nothing in it can close the span (CommonMark § 6.1). The parser
 * strips one space from each side of a content that has one on both sides and is not all spaces:
 * a space pads a text that starts or ends with a backtick (it would lengthen the fence), or that
 * has a space on both sides (to keep them), or that is empty (a span holds something).
 */
export function codeSpan(text: string): string {
	const flat = text.replace(LINE_BREAKS_AND_CONTROLS, ' ');
	const longestRun = Math.max(0, ...(flat.match(/`+/gu) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const padded = /^`|`$|^$/u.test(flat) || (/^ [^]* $/u.test(flat) && !/^ +$/u.test(flat));
	const padding = padded ? ' ' : '';
	return `${fence}${padding}${flat}${padding}${fence}`;
}
