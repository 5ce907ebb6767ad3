import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findDateTimes } from './extract/dateTimes';
import { findLegalReferences } from './extract/legalReferences';
import { findPieceCitations } from './extract/pieceCitations';
import { fold } from './extract/text';
import { readFrontMatter } from './frontMatter';
import { boundMarkdown, independentParts } from './markdownLimits';
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
// A byte order mark and any line break (CRLF, LF, or CR alone as old Mac files have) are accepted.
const OPENING_FENCE = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/u;

/** Whether the text is a pleading: its front matter has an `acte:` key. Cheap, for activation. */
export function looksLikePleading(text: string): boolean {
	if (!OPENING_FENCE.test(text)) {
		return false;
	}
	const closing = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/u.exec(text.slice(3));
	return ACT_KEY.test(closing === null ? text : text.slice(0, closing.index + 3));
}

interface ParseParts {
	readonly frontMatterText: string;
	readonly bodyText: string;
	/** The body and where it started, so that it can be reused, moved, at another offset. */
	readonly body: BodyModel;
	readonly bodyStart: number;
	/** What the parser found in each independent part of the body, by the part's text (see `readBody`). */
	readonly bodyParts: PartsFound;
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
	let body: BodyModel;
	let bodyParts: PartsFound;
	if (before === undefined || before.bodyText !== bodyText) {
		({ body, bodyParts } = readBody(bodyText, bodyStart, before?.bodyParts));
	} else {
		body = before.bodyStart === bodyStart ? before.body : shiftSpans(before.body, bodyStart - before.bodyStart);
		bodyParts = before.bodyParts;
	}
	const acte = frontMatter?.data.acte;
	const model: PleadingModel = {
		document,
		oversized,
		act: acte !== undefined && (actKinds as readonly string[]).includes(acte) ? (acte as ActKind) : undefined,
		frontMatter,
		body,
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
	parts.set(model, { frontMatterText, bodyText, body, bodyStart, bodyParts });
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
	const closing = /^---[ \t]*(?:\r\n|\r|\n|$)/mu.exec(text.slice(contentStart));
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
				messageId: 'unclosed',
			},
		],
		span: { start: 0, end: text.length },
	};
}

/** Parser results of the body's independent parts, by part text, with spans from the part's start. */
type PartsFound = ReadonlyMap<string, Found>;

/**
 * The body model, with spans in the whole document: remark saw the body alone, so its positions are
 * moved by `offset` as the few structural objects are built, and the extractors then work on
 * absolute blocks (no second pass over everything found). A keystroke changes one independent part
 * or two: the others are taken from the previous version's `bodyParts` instead of parsed again
 * (the parser is most of the cost of reading a body).
 */
function readBody(text: string, offset: number, previousParts?: PartsFound): { body: BodyModel; bodyParts: PartsFound } {
	// Parsed within the limits that keep the parser linear, one independent part at a time; the prose
	// is read from the text as written.
	const bounded = boundMarkdown(text);
	const found: Found = { headings: [], prose: [], listItems: [] };
	const bodyParts = new Map<string, Found>();
	for (const part of independentParts(bounded.text)) {
		const partText = bounded.text.slice(part.start, part.end);
		let partFound = bodyParts.get(partText) ?? previousParts?.get(partText);
		if (partFound === undefined) {
			partFound = { headings: [], prose: [], listItems: [] };
			collect(markdown.parse(partText) as Root, 0, partFound);
		}
		bodyParts.set(partText, partFound);
		appendMoved(found, partFound, part.start);
	}
	const { headings, prose, listItems } = found;

	const sections = buildSections(text, headings, prose);
	const relativeBlocks: ProseBlock[] = prose.map(({ span, kind }) => {
		const blockText = text.slice(span.start, span.end);
		return { span, kind, text: blockText, folded: fold(blockText), sectionIndex: sectionIndexAt(sections, span.start) };
	});
	const move = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
	const blocks = relativeBlocks.map((block) => ({ ...block, span: move(block.span) }));
	const body: BodyModel = {
		span: move({ start: 0, end: text.length }),
		sections: sections.map((section) => ({ ...section, headingSpan: move(section.headingSpan), span: move(section.span) })),
		prose: blocks,
		measures: measuresOf(text, sections, listItems, relativeBlocks).map((measure) => ({ ...measure, span: move(measure.span) })),
		pieceCitations: findPieceCitations(blocks),
		legalReferences: findLegalReferences(blocks),
		dateTimes: findDateTimes(blocks),
		neutralised: bounded.neutralised.map((place) => ({ ...place, span: move(place.span) })),
	};
	return { body, bodyParts };
}

/** Adds what was found in a part to what was found in the body, moved to where the part starts. */
function appendMoved(found: Found, part: Found, partStart: number): void {
	const move = (span: Span): Span => ({ start: span.start + partStart, end: span.end + partStart });
	part.headings.forEach(({ span, depth }) => found.headings.push({ span: move(span), depth }));
	part.prose.forEach(({ span, kind }) => found.prose.push({ span: move(span), kind }));
	part.listItems.forEach((span) => found.listItems.push(move(span)));
}

/** What the body's tree holds for the model, with spans in the body text. */
interface Found {
	readonly headings: { span: Span; depth: number }[];
	readonly prose: { span: Span; kind: ProseBlock['kind'] }[];
	readonly listItems: Span[];
}

/**
 * Walks the tree in document order with an explicit stack (the nesting depth comes from the
 * document), moving its positions by `offset`, where its part starts in the body.
 */
function collect(root: Nodes, offset: number, found: Found): void {
	const pending: Nodes[] = [root];
	for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		const span = start === undefined || end === undefined ? undefined : { start: start + offset, end: end + offset };
		switch (node.type) {
			case 'heading':
				if (span !== undefined) {
					found.headings.push({ span, depth: node.depth });
					found.prose.push({ span, kind: 'heading' });
				}
				continue;
			case 'paragraph':
				if (span !== undefined) {
					found.prose.push({ span, kind: 'paragraph' });
				}
				continue;
			case 'listItem':
				found.listItems.push(span ?? { start: offset, end: offset });
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
/** In the plaintiff's infinitive (« ORDONNER ») or the judge's voice (« Ordonnons », « Faisons interdiction », « Disons », « Dit que »). */
const MEASURE_VERB = /^[*_\s-]*(?:ordonn|condamn|dire\b|disons|dit\b|disent\b|juger|jugeons|faire|faisons|enjoin|enjoign|debout|constat|autoris|laiss|reserv|rappel|design|assort|declar|accord|rejet|interdi|fix|renvoy|commet|prescri|mett|donn(?:er|ons) acte)/u;

/** "PAR CES MOTIFS" is often a bold paragraph rather than a heading: it still opens the dispositif. */
const DISPOSITIF_TITLE = /^[*_\s]*par ces motifs[*_\s,:.]*$/u;

function buildSections(text: string, headings: Found['headings'], prose: Found['prose']): Section[] {
	const openings: { span: Span; title: string; depth: number }[] = headings.map(({ span, depth }) => {
		return { span, depth, title: text.slice(span.start, span.end).replace(/^#{1,6}\s*/u, '').replace(/\s*#*\s*$/u, '') };
	});
	for (const { span, kind } of prose) {
		if (kind === 'paragraph' && DISPOSITIF_TITLE.test(fold(text.slice(span.start, span.end)))) {
			// Below every heading level, so that it ends at the next heading of any level.
			openings.push({ span, depth: 7, title: text.slice(span.start, span.end).replace(/[*_]/gu, '').trim() });
		}
	}
	openings.sort((left, right) => left.span.start - right.span.start);
	// One pass with the stack of open sections: an opening closes every open section of its level or
	// deeper, and the innermost section still open is its parent.
	const kinds: SectionKind[] = [];
	const ends: number[] = [];
	const open: number[] = [];
	openings.forEach((opening, index) => {
		while (open.length > 0 && openings[open[open.length - 1]].depth >= opening.depth) {
			ends[open.pop()!] = opening.span.start;
		}
		const parent = open.length > 0 ? open[open.length - 1] : undefined;
		const ownKind = kindOfTitle(opening.title);
		kinds.push(ownKind === 'other' && parent !== undefined ? kinds[parent] : ownKind);
		open.push(index);
	});
	return openings.map((opening, index) => ({
		title: opening.title,
		depth: opening.depth,
		kind: kinds[index],
		headingSpan: opening.span,
		span: { start: opening.span.start, end: ends[index] ?? text.length },
	}));
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

/**
 * Index of the innermost section holding `offset`, -1 before the first one. Sections are sorted by
 * start, and a section ends where a later one starts: the last section starting at or before `offset`
 * is therefore still open there, and it is the innermost.
 */
function sectionIndexAt(sections: readonly Section[], offset: number): number {
	let low = 0;
	let high = sections.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sections[middle].span.start <= offset) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return high;
}

/** The measures are the dispositif's list items; a dispositif written as paragraphs uses its paragraphs. */
function measuresOf(text: string, sections: readonly Section[], listItems: readonly Span[], blocks: readonly ProseBlock[]): Measure[] {
	const inDispositif = containedIn(sections.filter((section) => section.kind === 'dispositif').map((section) => section.span));
	const items = listItems.filter(inDispositif);
	const spans = items.length > 0
		? outermost(items)
		: blocks.filter((block) => block.kind === 'paragraph' && inDispositif(block.span) && MEASURE_VERB.test(block.folded)).map((block) => block.span);
	return spans.map((span) => {
		const measureText = text.slice(span.start, span.end);
		return { span, text: measureText, folded: fold(measureText) };
	});
}

/**
 * Whether a span lies inside one of `spans`, which nest or are disjoint (sections): the nested ones
 * are dropped, as their outer span holds whatever they hold, and the rest is searched by bisection.
 */
function containedIn(spans: readonly Span[]): (span: Span) => boolean {
	const outer = outermost(spans);
	return (span) => {
		let low = 0;
		let high = outer.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (outer[middle].start <= span.start) {
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return high >= 0 && span.end <= outer[high].end;
	};
}

/** The spans no other span contains, in document order (list items nest; an item holds its sub-items). */
function outermost(spans: readonly Span[]): Span[] {
	const sorted = [...spans].sort((left, right) => left.start - right.start || right.end - left.end);
	const kept: Span[] = [];
	for (const span of sorted) {
		const last = kept[kept.length - 1];
		// A span equal to the last kept one is not inside another: both stay, as two measures.
		if (last === undefined || span.end > last.end || (span.start === last.start && span.end === last.end)) {
			kept.push(span);
		}
	}
	return kept;
}
