import type { Span } from '../document/model';

/**
 * Where the lawyer silenced a finding, as ESLint and markdownlint let one do:
 * `<!-- pretoire-disable-next-line CODE… -->` (or, in the front matter, `# pretoire-disable-next-line
 * CODE…`) silences the codes on the next line; `<!-- pretoire-disable CODE… -->` … `<!-- pretoire-enable
 * CODE… -->` between the two comments. Without a code, every finding is silenced. Comments are
 * never printed by the export.
 */
const DIRECTIVE = /(?:<!--[ \t]*|(?:^|[ \t])#[ \t]*)pretoire-(disable-next-line|disable|enable)\b([^\r\n]*?)(?:-->|$)/gmu;
const ALL = '*';

interface Directive {
	readonly kind: 'disable-next-line' | 'disable' | 'enable';
	readonly codes: readonly string[];
	readonly span: Span;
}

export class Suppressions {
	/** Line number → codes silenced on it. */
	private readonly lines = new Map<number, Set<string>>();
	private readonly ranges: { readonly code: string; readonly span: Span }[] = [];
	private readonly lineStarts: number[] = [0];

	constructor(text: string) {
		for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
			this.lineStarts.push(index + 1);
		}
		const open = new Map<string, number>();
		for (const directive of directivesOf(text)) {
			if (directive.kind === 'disable-next-line') {
				// A finding anchored where the comment now stands (the start of the front matter) is the one it silences.
				this.ranges.push(...directive.codes.map((code) => ({ code, span: directive.span })));
				const line = this.lineOf(directive.span.end) + 1;
				const codes = this.lines.get(line) ?? new Set<string>();
				directive.codes.forEach((code) => codes.add(code));
				this.lines.set(line, codes);
			} else if (directive.kind === 'disable') {
				directive.codes.forEach((code) => open.has(code) || open.set(code, directive.span.end));
			} else {
				for (const code of directive.codes) {
					const closing = code === ALL ? [...open.keys()] : [code];
					for (const closed of closing) {
						const start = open.get(closed);
						if (start !== undefined) {
							this.ranges.push({ code: closed, span: { start, end: directive.span.start } });
							open.delete(closed);
						}
					}
				}
			}
		}
		// A disable never re-enabled runs to the end of the document.
		open.forEach((start, code) => this.ranges.push({ code, span: { start, end: text.length } }));
	}

	/** Whether the lawyer silenced `code` where a finding at `span` starts. */
	silences(code: string, span: Span): boolean {
		const codes = this.lines.get(this.lineOf(span.start));
		if (codes !== undefined && (codes.has(code) || codes.has(ALL))) {
			return true;
		}
		return this.ranges.some((range) => (range.code === code || range.code === ALL) && range.span.start <= span.start && span.start < range.span.end);
	}

	private lineOf(offset: number): number {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.lineStarts[middle] <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}
}

function* directivesOf(text: string): Iterable<Directive> {
	// Cheap test first: most pleadings have no directive at all.
	if (!text.includes('pretoire-')) {
		return;
	}
	for (const match of text.matchAll(DIRECTIVE)) {
		const codes = match[2].split(/[\s,]+/u).filter((code) => /^[a-z0-9-]+$/u.test(code));
		yield { kind: match[1] as Directive['kind'], codes: codes.length === 0 ? [ALL] : codes, span: { start: match.index, end: match.index + match[0].length } };
	}
}
