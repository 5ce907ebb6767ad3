import type { PleadingModel, Span } from '../../document/model';
import type { SpanEdit } from '../types';
import { lineBreakOf } from '../../util/text';

/**
 * An edit appending an entry to a front-matter list, in the list's own indentation, or creating the
 * list before the closing fence when it does not exist yet.
 * @param entryLines the entry's lines without indentation, the first one starting with `- `
 */
export function appendToFrontMatterList(model: PleadingModel, key: string, entryLines: readonly string[]): SpanEdit | undefined {
	const frontMatter = model.frontMatter;
	if (frontMatter === undefined) {
		return undefined;
	}
	const text = model.document.getText();
	const eol = lineBreakOf(text);
	const list = frontMatter.locate([key]);
	const count = frontMatter.itemCount([key]);
	if (list !== undefined && count > 0) {
		const lastItem = frontMatter.locate([key, count - 1]);
		if (lastItem === undefined) {
			return undefined;
		}
		// The item's column is its first key; the dash sits two columns before it.
		const lineStart = text.lastIndexOf('\n', lastItem.start - 1) + 1;
		const dashColumn = Math.max(0, lastItem.start - lineStart - 2);
		const end = endOfLine(text, lastItem.end);
		return { span: { start: end, end }, newText: indentEntry(entryLines, dashColumn, eol, true) };
	}
	if (list === undefined && frontMatter.locate([key], 'key') === undefined) {
		const insertAt = frontMatter.span.end;
		return { span: { start: insertAt, end: insertAt }, newText: `${key}:${eol}${indentEntry(entryLines, 2, eol, false)}${eol}` };
	}
	return undefined;
}

function indentEntry(lines: readonly string[], dashColumn: number, eol: string, leadingBreak: boolean): string {
	const pad = ' '.repeat(dashColumn);
	const body = lines.map((line, index) => (index === 0 ? `${pad}${line}` : `${pad}  ${line}`)).join(eol);
	return leadingBreak ? `${eol}${body}` : body;
}

/** End of the line holding `offset`, before its line break. */
export function endOfLine(text: string, offset: number): number {
	const newline = text.indexOf('\n', Math.max(0, offset - 1));
	if (newline === -1) {
		return text.length;
	}
	return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The span of the first line of a multi-line span, for findings that should not cover a whole block. */
export function firstLine(text: string, span: Span): Span {
	const newline = text.indexOf('\n', span.start);
	return { start: span.start, end: newline === -1 || newline > span.end ? span.end : text[newline - 1] === '\r' ? newline - 1 : newline };
}
