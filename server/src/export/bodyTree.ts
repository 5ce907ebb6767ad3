import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { boundMarkdown } from '../document/markdownLimits';
import type { PleadingModel, Span } from '../document/model';
import { fold } from '../document/extract/text';

const markdown = unified().use(remarkParse);

/** What both renderers (PDF and Word) need to know of the body beside its Markdown tree. */
export interface BodyContext {
	/** The body text, which the tree's offsets index. */
	readonly text: string;
	readonly dispositifs: readonly Span[];
	/** "PAR CES MOTIFS" written as a bold paragraph opens the dispositif like a heading does. */
	readonly dispositifTitles: ReadonlySet<number>;
	readonly measureStarts: ReadonlySet<number>;
	/**
	 * Where the closing block starts when the lawyer wrote it (« SOUS TOUTES RÉSERVES », then the
	 * signature): the index of its first top-level node; undefined when the export adds it.
	 */
	readonly closingIndex: number | undefined;
	/**
	 * The start of the last paragraph (or heading, or code block) before the closing: it stays on the
	 * page of the closing, so that « SOUS TOUTES RÉSERVES » never stands alone at the top of a page.
	 */
	readonly keptWithClosing: number | undefined;
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
	const tree = markdown.parse(readable) as Root;
	const closingIndex = tree.children.findIndex((node) => node.position !== undefined && fold(readable.slice(node.position.start.offset, node.position.end.offset)).includes('sous toutes reserves'));
	return {
		tree,
		context: {
			closingIndex: closingIndex < 0 ? undefined : closingIndex,
			keptWithClosing: lastLeaf(tree.children[(closingIndex < 0 ? tree.children.length : closingIndex) - 1])?.position?.start.offset,
			text: readable,
			dispositifs: model.body.sections.filter((section) => section.kind === 'dispositif').map((section) => ({ start: relative(section.span.start), end: relative(section.span.end) })),
			dispositifTitles: new Set(model.body.sections.filter((section) => section.depth > 6).map((section) => relative(section.headingSpan.start))),
			measureStarts: new Set(model.body.measures.map((found) => relative(found.span.start))),
		},
	};
}

/** The last paragraph-like node of a block: the last item of the last list, the end of a quotation. */
function lastLeaf(node: RootContent | undefined): RootContent | undefined {
	let leaf = node;
	while (leaf !== undefined && (leaf.type === 'list' || leaf.type === 'listItem' || leaf.type === 'blockquote')) {
		leaf = leaf.children.at(-1);
	}
	return leaf;
}
