import type { Heading, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
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

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

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

/** Builds the document model. Never throws on any input: problems become front-matter issues. */
export function parsePleading(document: TextDocument): PleadingModel {
	const fullText = document.getText();
	const oversized = fullText.length > MAX_ANALYSED_CHARACTERS;
	const text = oversized ? fullText.slice(0, frontMatterEnd(fullText)) : fullText;
	const tree = markdown.parse(text) as Root;
	const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
	let frontMatter: FrontMatterModel | undefined;
	let bodyStart = 0;
	if (yamlNode?.position?.start.offset !== undefined && yamlNode.position.end.offset !== undefined) {
		const start = yamlNode.position.start.offset;
		const end = yamlNode.position.end.offset;
		const contentStart = text.indexOf('\n', start) + 1;
		const closingLineStart = text.lastIndexOf('\n', end - 1) + 1;
		const contentEnd = Math.max(contentStart, closingLineStart);
		frontMatter = readFrontMatter(text.slice(contentStart, contentEnd), contentStart, { start, end: start + 3 });
		bodyStart = end;
	} else if (looksLikePleading(text)) {
		frontMatter = unclosedFrontMatter(text);
		bodyStart = text.length;
	}
	const acte = frontMatter?.data.acte;
	return {
		document,
		oversized,
		act: acte !== undefined && (actKinds as readonly string[]).includes(acte) ? (acte as ActKind) : undefined,
		frontMatter,
		body: readBody(text, tree, bodyStart),
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
}

/** Where the front matter ends, so that an oversized document still gets its front matter read. */
function frontMatterEnd(text: string): number {
	const closing = /\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text.slice(0, MAX_ANALYSED_CHARACTERS));
	return OPENING_FENCE.test(text) && closing !== null ? closing.index + closing[0].length : 0;
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

function readBody(text: string, tree: Root, bodyStart: number): BodyModel {
	const headings: Heading[] = [];
	const prose: { node: Nodes; kind: ProseBlock['kind'] }[] = [];
	const listItems: Nodes[] = [];
	collect(tree, headings, prose, listItems);

	const sections = buildSections(text, headings, prose);
	const blocks: ProseBlock[] = prose
		.filter(({ node }) => node.position?.start.offset !== undefined && node.position.end.offset !== undefined)
		.map(({ node, kind }) => {
			const span = spanOf(node);
			const blockText = text.slice(span.start, span.end);
			return { span, kind, text: blockText, folded: fold(blockText), sectionIndex: sectionIndexAt(sections, span.start) };
		});
	return {
		span: { start: bodyStart, end: text.length },
		sections,
		prose: blocks,
		measures: measuresOf(text, sections, listItems, blocks),
		pieceCitations: findPieceCitations(blocks),
		legalReferences: findLegalReferences(blocks),
		dateTimes: findDateTimes(blocks),
	};
}

function collect(node: Nodes, headings: Heading[], prose: { node: Nodes; kind: ProseBlock['kind'] }[], listItems: Nodes[]): void {
	switch (node.type) {
		case 'heading':
			headings.push(node);
			prose.push({ node, kind: 'heading' });
			return;
		case 'paragraph':
			prose.push({ node, kind: 'paragraph' });
			return;
		case 'listItem':
			listItems.push(node);
			break;
		case 'code':
		case 'html':
		case 'yaml':
			return;
		default:
			break;
	}
	if ('children' in node) {
		for (const child of node.children) {
			collect(child as Nodes, headings, prose, listItems);
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
