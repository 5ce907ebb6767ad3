import type { Heading, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { t } from '../l10n';
import { findDateTimes } from './extract/dateTimes';
import { findLegalReferences } from './extract/legalReferences';
import { findPieceCitations } from './extract/pieceCitations';
import { fold } from './extract/text';
import { readFrontMatter } from './frontMatter';
import { actKinds, type ActKind } from './frontMatterSchema';
import type { BodyModel, FrontMatterModel, Measure, PleadingModel, ProseBlock, Section, SectionKind, Span } from './model';

// The front matter is split off before parsing (see `frontMatterBounds`): remark sees the body only.
const markdown = unified().use(remarkParse);

const ACT_KEY = /^acte[ \t]*:/mu;

/**
 * Beyond this size (about 2 000 pages) the body is not analysed: a pleading is never that long, and
 * the lawyer gets a message instead of a frozen editor. The front matter is still read.
 */
export const MAX_ANALYSED_CHARACTERS = 5_000_000;
const OPENING_FENCE = /^---[ \t]*\r?\n/u;

/** Whether the text is a pleading: its front matter has an `acte:` key. Cheap, for activation. */
export function looksLikePleading(text: string): boolean {
	if (!OPENING_FENCE.test(text)) {
		return false;
	}
	const closing = /\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text.slice(3));
	return ACT_KEY.test(closing === null ? text : text.slice(0, closing.index + 3));
}

interface ParseParts {
	readonly frontMatterText: string;
	readonly bodyText: string;
	/** The body and where it started, so that it can be reused, moved, at another offset. */
	readonly body: BodyModel;
	readonly bodyStart: number;
}

/** What each model was built from, so that the next version reuses the part that did not change. */
const parts = new WeakMap<PleadingModel, ParseParts>();

/**
 * Builds the document model. Never throws on any input: problems become front-matter issues.
 * Given the previous model of the same document, an edit in the body does not re-read the front
 * matter and an edit in the front matter does not re-parse the body.
 */
export function parsePleading(document: TextDocument, previous?: PleadingModel): PleadingModel {
	const fullText = document.getText();
	const oversized = fullText.length > MAX_ANALYSED_CHARACTERS;
	const bounds = frontMatterBounds(fullText);
	const bodyStart = bounds?.end ?? (looksLikePleading(fullText) ? fullText.length : 0);
	const frontMatterText = fullText.slice(0, bodyStart);
	const bodyText = oversized ? '' : fullText.slice(bodyStart);
	const before = previous === undefined ? undefined : parts.get(previous);

	let frontMatter: FrontMatterModel | undefined;
	if (before !== undefined && before.frontMatterText === frontMatterText) {
		frontMatter = previous?.frontMatter;
	} else if (bounds !== undefined) {
		frontMatter = readFrontMatter(fullText.slice(bounds.contentStart, bounds.contentEnd), bounds.contentStart, { start: 0, end: 3 });
	} else if (bodyStart > 0) {
		frontMatter = unclosedFrontMatter(fullText);
	}
	const body = before === undefined || before.bodyText !== bodyText
		? readBody(bodyText, markdown.parse(bodyText) as Root, bodyStart)
		: before.bodyStart === bodyStart ? before.body : shiftSpans(before.body, bodyStart - before.bodyStart);
	const acte = frontMatter?.data.acte;
	const model: PleadingModel = {
		document,
		oversized,
		act: acte !== undefined && (actKinds as readonly string[]).includes(acte) ? (acte as ActKind) : undefined,
		frontMatter,
		body,
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
	parts.set(model, { frontMatterText, bodyText, body, bodyStart });
	return model;
}

/**
 * The front matter as remark-frontmatter reads it: `---` on the first line, closed by a `---` line.
 * `contentStart`/`contentEnd` delimit the YAML; `end` is where the body starts.
 */
export function frontMatterBounds(text: string): { contentStart: number; contentEnd: number; end: number } | undefined {
	const opening = OPENING_FENCE.exec(text);
	if (opening === null) {
		return undefined;
	}
	const contentStart = opening[0].length;
	const closing = /^---[ \t]*(?:\r?\n|$)/mu.exec(text.slice(contentStart));
	if (closing === null) {
		return undefined;
	}
	const closingStart = contentStart + closing.index;
	// The YAML ends before the line break that precedes the closing fence.
	const contentEnd = Math.max(contentStart, text[closingStart - 2] === '\r' ? closingStart - 2 : closingStart - 1);
	return { contentStart, contentEnd, end: closingStart + closing[0].length };
}

/** A copy of the body with every span moved by `delta` (spans are `{ start, end }` objects). */
function shiftSpans<T>(value: T, delta: number): T {
	if (Array.isArray(value)) {
		return value.map((item) => shiftSpans(item, delta)) as T;
	}
	if (value === null || typeof value !== 'object') {
		return value;
	}
	const entries = Object.entries(value);
	const span = value as unknown as Partial<Span>;
	if (entries.length === 2 && typeof span.start === 'number' && typeof span.end === 'number') {
		return { start: span.start + delta, end: span.end + delta } as T;
	}
	return Object.fromEntries(entries.map(([key, item]) => [key, shiftSpans(item, delta)])) as T;
}

/** An opening `---` with no closing fence: the whole text would be swallowed, so say so at the fence. */
function unclosedFrontMatter(text: string): FrontMatterModel {
	const model = readFrontMatter('', 3, { start: 0, end: 3 });
	return {
		...model,
		issues: [
			{
				kind: 'yaml-syntax',
				path: [],
				span: { start: 0, end: 3 },
				message: t('Front matter non fermé : ajoutez une ligne `---` après la dernière clé, avant le corps de l’acte'),
			},
		],
		span: { start: 0, end: text.length },
	};
}

/**
 * The body model, with spans in the whole document: remark saw the body alone, so its positions are
 * moved by `offset` as the few structural objects are built, and the extractors then work on
 * absolute blocks (no second pass over everything found).
 */
function readBody(text: string, tree: Root, offset: number): BodyModel {
	const headings: Heading[] = [];
	const prose: { node: Nodes; kind: ProseBlock['kind'] }[] = [];
	const listItems: Nodes[] = [];
	collect(tree, headings, prose, listItems);

	const sections = buildSections(text, headings, prose);
	const relativeBlocks: ProseBlock[] = prose
		.filter(({ node }) => node.position?.start.offset !== undefined && node.position.end.offset !== undefined)
		.map(({ node, kind }) => {
			const span = spanOf(node);
			const blockText = text.slice(span.start, span.end);
			return { span, kind, text: blockText, folded: fold(blockText), sectionIndex: sectionIndexAt(sections, span.start) };
		});
	const move = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
	const blocks = relativeBlocks.map((block) => ({ ...block, span: move(block.span) }));
	return {
		span: move({ start: 0, end: text.length }),
		sections: sections.map((section) => ({ ...section, headingSpan: move(section.headingSpan), span: move(section.span) })),
		prose: blocks,
		measures: measuresOf(text, sections, listItems, relativeBlocks).map((measure) => ({ ...measure, span: move(measure.span) })),
		pieceCitations: findPieceCitations(blocks),
		legalReferences: findLegalReferences(blocks),
		dateTimes: findDateTimes(blocks),
	};
}

/** Walks the tree in document order with an explicit stack: the nesting depth comes from the document. */
function collect(root: Nodes, headings: Heading[], prose: { node: Nodes; kind: ProseBlock['kind'] }[], listItems: Nodes[]): void {
	const pending: Nodes[] = [root];
	for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
		switch (node.type) {
			case 'heading':
				headings.push(node);
				prose.push({ node, kind: 'heading' });
				continue;
			case 'paragraph':
				prose.push({ node, kind: 'paragraph' });
				continue;
			case 'listItem':
				listItems.push(node);
				break;
			case 'code':
			case 'html':
			case 'yaml':
				continue;
			default:
				break;
		}
		if ('children' in node) {
			for (let index = node.children.length - 1; index >= 0; index--) {
				pending.push(node.children[index] as Nodes);
			}
		}
	}
}

/** A dispositif written as paragraphs: each measure opens with its verb ("ORDONNER", "Dire que"…). */
const MEASURE_VERB = /^[*_\s-]*(?:ordonn|condamn|dire\b|disons|juger|faire|enjoin|debout|constat|autoris|laiss|reserv|rappel|design|assortir|declar|accord|rejet|interdi|fixer|renvoy|commettre)/u;

/** "PAR CES MOTIFS" is often a bold paragraph rather than a heading: it still opens the dispositif. */
const DISPOSITIF_TITLE = /^[*_\s]*par ces motifs[*_\s,:.]*$/u;

function buildSections(text: string, headings: readonly Heading[], prose: readonly { node: Nodes; kind: ProseBlock['kind'] }[]): Section[] {
	const openings: { span: Span; title: string; depth: number }[] = headings.map((heading) => {
		const span = spanOf(heading);
		return { span, depth: heading.depth, title: text.slice(span.start, span.end).replace(/^#{1,6}\s*/u, '').replace(/\s*#*\s*$/u, '') };
	});
	for (const { node, kind } of prose) {
		const span = spanOf(node);
		if (kind === 'paragraph' && DISPOSITIF_TITLE.test(fold(text.slice(span.start, span.end)))) {
			// Below every heading level, so that it ends at the next heading of any level.
			openings.push({ span, depth: 7, title: text.slice(span.start, span.end).replace(/[*_]/gu, '').trim() });
		}
	}
	openings.sort((left, right) => left.span.start - right.span.start);
	const sections: Section[] = [];
	openings.forEach((opening, index) => {
		const next = openings.slice(index + 1).find((candidate) => candidate.depth <= opening.depth);
		const parent = [...sections].reverse().find((candidate) => candidate.depth < opening.depth && candidate.span.end > opening.span.start);
		const ownKind = kindOfTitle(opening.title);
		sections.push({
			title: opening.title,
			depth: opening.depth,
			kind: ownKind === 'other' && parent !== undefined ? parent.kind : ownKind,
			headingSpan: opening.span,
			span: { start: opening.span.start, end: next?.span.start ?? text.length },
		});
	});
	return sections;
}

function kindOfTitle(title: string): SectionKind {
	const folded = fold(title);
	if (folded.includes('par ces motifs')) {
		return 'dispositif';
	}
	if (/\bfaits\b|\bexpose\b/u.test(folded)) {
		return 'faits';
	}
	if (/\bdiscussion\b|\ben droit\b|\bmoyens\b|\bmotifs\b/u.test(folded)) {
		return 'discussion';
	}
	return 'other';
}

function sectionIndexAt(sections: readonly Section[], offset: number): number {
	let found = -1;
	sections.forEach((section, index) => {
		if (section.span.start <= offset && offset < section.span.end) {
			found = index;
		}
	});
	return found;
}

/** The measures are the dispositif's list items; a dispositif written as paragraphs uses its paragraphs. */
function measuresOf(text: string, sections: readonly Section[], listItems: readonly Nodes[], blocks: readonly ProseBlock[]): Measure[] {
	const dispositifs = sections.filter((section) => section.kind === 'dispositif');
	const inDispositif = (span: Span): boolean => dispositifs.some((section) => section.span.start <= span.start && span.end <= section.span.end);
	const items = listItems.map(spanOf).filter(inDispositif);
	const outermost = items.filter((item) => !items.some((other) => other !== item && other.start <= item.start && item.end <= other.end && (other.start !== item.start || other.end !== item.end)));
	const spans = outermost.length > 0
		? outermost
		: blocks.filter((block) => block.kind === 'paragraph' && inDispositif(block.span) && MEASURE_VERB.test(block.folded)).map((block) => block.span);
	return spans.map((span) => {
		const measureText = text.slice(span.start, span.end);
		return { span, text: measureText, folded: fold(measureText) };
	});
}

function spanOf(node: Nodes): Span {
	return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
