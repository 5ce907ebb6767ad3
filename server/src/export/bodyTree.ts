import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { boundMarkdown } from '../document/markdownLimits';
import type { PleadingModel, Span } from '../document/model';

const markdown = unified().use(remarkParse);

/** What both renderers (PDF and Word) need to know of the body beside its Markdown tree. */
export interface BodyContext {
	/** The body text, which the tree's offsets index. */
	readonly text: string;
	readonly dispositifs: readonly Span[];
	/** "PAR CES MOTIFS" written as a bold paragraph opens the dispositif like a heading does. */
	readonly dispositifTitles: ReadonlySet<number>;
	readonly measureStarts: ReadonlySet<number>;
}

/**
 * The body's Markdown tree, read as the analysis reads it: nesting and delimiter runs past its limits
 * neutralised (same length, same offsets), so that no pleading exhausts the stack or the parser of an
 * export. The tree's offsets are relative to the body; the model's spans, to the whole document.
 */
export function bodyTree(model: PleadingModel, body: string): { tree: Root; context: BodyContext } {
	const readable = boundMarkdown(body).text;
	const bodyStart = model.body.span.start;
	const relative = (offset: number): number => offset - bodyStart;
	return {
		tree: markdown.parse(readable) as Root,
		context: {
			text: readable,
			dispositifs: model.body.sections.filter((section) => section.kind === 'dispositif').map((section) => ({ start: relative(section.span.start), end: relative(section.span.end) })),
			dispositifTitles: new Set(model.body.sections.filter((section) => section.depth > 6).map((section) => relative(section.headingSpan.start))),
			measureStarts: new Set(model.body.measures.map((found) => relative(found.span.start))),
		},
	};
}
