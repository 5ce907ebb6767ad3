import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { boundMarkdown, independentParts } from '../document/markdownLimits';
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
	const uri = model.document.uri;
	const { tree, partTrees } = parseByParts(readable, partTreesByDocument.get(uri));
	partTreesByDocument.delete(uri);
	partTreesByDocument.set(uri, partTrees);
	if (partTreesByDocument.size > KEPT_DOCUMENTS) {
		partTreesByDocument.delete(partTreesByDocument.keys().next().value!);
	}
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

/**
 * The body's tree, parsed one independent part at a time as the document model reads it, each part's
 * tree taken from the document's last render when its text is unchanged: between two keystrokes of
 * the preview one part of a 50-page act changes, and parsing the whole body again was most of the
 * time spent writing its Typst source. A link reference definition reaches across parts, so a body
 * that may hold one is parsed whole.
 */
function parseByParts(text: string, previous: ReadonlyMap<string, Root> | undefined): { tree: Root; partTrees: Map<string, Root> } {
	const partTrees = new Map<string, Root>();
	if (POSSIBLE_DEFINITION.test(text)) {
		return { tree: markdown.parse(text) as Root, partTrees };
	}
	const children: RootContent[] = [];
	let linesBefore = 0;
	let counted = 0;
	for (const part of independentParts(text)) {
		linesBefore += lineEndings(text.slice(counted, part.start));
		counted = part.start;
		const partText = text.slice(part.start, part.end);
		const partTree = partTrees.get(partText) ?? previous?.get(partText) ?? (markdown.parse(partText) as Root);
		partTrees.set(partText, partTree);
		for (const child of partTree.children) {
			children.push(part.start === 0 ? child : moved(child, part.start, linesBefore));
		}
	}
	const lastLine = text.length - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) - 1;
	return { tree: { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lineEndings(text) + 1, column: lastLine + 1, offset: text.length } } }, partTrees };
}

// `]:` ends the label of a link reference definition (`[label]: destination`), whatever the label holds.
const POSSIBLE_DEFINITION = /\]:/u;

/**
 * The part trees of the last render of the acts rendered last, by document: the parts of one act,
 * never more (a part that changed is let go at the next render), as the document model keeps them.
 */
const partTreesByDocument = new Map<string, ReadonlyMap<string, Root>>();
const KEPT_DOCUMENTS = 2;

/** A copy of a part's node with its positions moved to where the part starts in the body (the cached tree is never changed). */
function moved<T extends Nodes>(node: T, offset: number, lines: number): T {
	const copy = (from: Nodes): Nodes => {
		const result = { ...from } as Nodes & { children?: Nodes[] };
		if (from.position !== undefined) {
			const { start, end } = from.position;
			result.position = {
				start: { line: start.line + lines, column: start.column, offset: start.offset === undefined ? undefined : start.offset + offset },
				end: { line: end.line + lines, column: end.column, offset: end.offset === undefined ? undefined : end.offset + offset },
			};
		}
		if ('children' in from) {
			result.children = (from.children as Nodes[]).map(copy);
		}
		return result;
	};
	return copy(node) as T;
}

/** Line endings as the Markdown parser counts them: CRLF, CR or LF. */
function lineEndings(text: string): number {
	return text.match(/\r\n?|\n/gu)?.length ?? 0;
}
