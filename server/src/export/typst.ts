import type { BlockContent, DefinitionContent, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { parseIsoDateTime } from '../document/frontMatterSchema';
import { courtCitation } from '../knowledge/sources';
import type { PleadingModel, Span } from '../document/model';
import { fold } from '../document/extract/text';
import { bodyTree, type BodyContext } from './bodyTree';
import { defendantOf } from '../queries/defendant';
import { frenchHearing, frenchIsoDate, yearInWords } from './frenchDates';
import { ACT_TITLES, bordereauTitle, CLOSING, LEGAL_BASES, PARTY_LABELS } from './actText';
import { escapeMarkup, missing, prose, runsMarkup, strong, typstString } from './markup';
import { isAllowedLink } from './links';
import { avocatRuns, defendantRuns, demandeurRuns, demandeurShortName, ofJurisdiction } from './parties';

/** The font family of the four Source Serif 4 files passed to the compiler. */
export const BODY_FONT = 'Source Serif 4';

/** The document-level facts the PDF metadata and the CLI report need. */
export interface TypstPleading {
	/** The whole Typst source, self-contained: no import, no file read, no package. */
	readonly markup: string;
	readonly title: string;
	readonly subject: string;
	readonly author: string | undefined;
}

/**
 * The page design, in Typst: A4 with 2.5 cm side margins, a serif at 11.5 pt justified and
 * hyphenated in French, the court and the act in the running header from page 2, and "page X / Y"
 * below. Lawyers number their own headings, so Typst numbers none.
 */
export function preamble(pleading: Omit<TypstPleading, 'markup'>, court: string, act: string): string {
	return `#set document(title: ${typstString(pleading.title)}, author: (${pleading.author === undefined ? '' : `${typstString(pleading.author)},`}), description: ${typstString(pleading.subject)}, keywords: (${typstString(courtCitation('cpc145'))},))
#set text(font: (${typstString(BODY_FONT)}, "Libertinus Serif"), fallback: false, size: 11.5pt, lang: "fr", region: "FR", hyphenate: true)
#set page(
	paper: "a4",
	margin: (top: 3cm, bottom: 2.5cm, x: 2.5cm),
	header-ascent: 40%,
	footer-descent: 40%,
	header: context if here().page() > 1 {
		set text(size: 9pt)
		grid(columns: (1fr, auto), column-gutter: 1em, [${court}], [${act}])
		v(-0.4em)
		line(length: 100%, stroke: 0.4pt)
	},
	footer: context align(center, text(size: 9pt)[page #counter(page).display() / #counter(page).final().first()]),
)
#set par(justify: true, leading: 0.72em, spacing: 1.15em, first-line-indent: (amount: 1.25cm, all: true))
#show heading: set text(size: 11.5pt, weight: "bold", hyphenate: false)
#show heading: set block(above: 1.9em, below: 1.1em)
#show heading: set par(justify: false)
#show heading.where(level: 1): set align(center)
#show heading.where(level: 1): set text(size: 12.5pt)
#show heading.where(level: 3): set text(style: "italic")
#show heading.where(level: 4): set text(weight: "regular", style: "italic")
#set list(marker: [–], indent: 0.6cm, body-indent: 0.6em)
#set enum(indent: 0.6cm, body-indent: 0.6em)
#show list: set par(first-line-indent: 0pt)
#show enum: set par(first-line-indent: 0pt)
#show table: set par(first-line-indent: 0pt, justify: false)
#let quotation(body) = pad(left: 1.25cm, right: 0.6cm, { set text(size: 10.5pt); set par(first-line-indent: 0pt); body })
#let dispositif(..items) = { set par(first-line-indent: 0pt); list(marker: [–], indent: 0.6cm, body-indent: 0.8em, spacing: 1.2em, ..items) }
#let label-line(body) = block(above: 1.6em, below: 0.75em, sticky: true, text(weight: "bold", body))
#let party(body) = pad(left: 1.25cm, { set par(first-line-indent: 0pt); body })
`;
}

/**
 * « PROJET » across every page, behind the text: an act exported with blanks still to complete
 * (« exporter quand même », `--force`) cannot be taken for the one to serve or file.
 */
const DRAFT_MARK = '#set page(background: rotate(-45deg, text(size: 110pt, weight: "bold", fill: luma(85%), tracking: 0.08em)[PROJET]))';

/** Title, subject and author of the act, as its PDF and Word files declare them. */
export function actMetadata(model: PleadingModel): Omit<TypstPleading, 'markup'> {
	const data = model.frontMatter?.data ?? {};
	const act = model.act ?? 'assignation-refere';
	const defendant = defendantOf(model);
	const names = (data.demandeurs ?? []).flatMap((person) => (person === undefined ? [] : [demandeurShortName(person)])).filter((name): name is string => name !== undefined);
	const title = `${ACT_TITLES[act].label} – ${names.length > 0 ? names.join(', ') : 'demandeur'} c/ ${defendant?.denomination ?? 'défendeur'}`;
	const juridiction = data.juridiction;
	// Metadata is searched and shown by file managers: typographic apostrophes, but plain spaces.
	return {
		title: title.replace(/'/gu, '’'),
		subject: `Article 145 du code de procédure civile${juridiction === undefined ? '' : ` – ${juridiction}`}`.replace(/'/gu, '’'),
		author: data.avocat?.nom,
	};
}

/** Builds the Typst source of the act: first page, the lawyer's body, closing and bordereau. */
export function pleadingToTypst(model: PleadingModel, options: { readonly draft?: boolean } = {}): TypstPleading {
	const data = model.frontMatter?.data ?? {};
	const act = model.act ?? 'assignation-refere';
	const body = model.document.getText().slice(model.body.span.start);
	const metadata = actMetadata(model);
	const court = data.juridiction === undefined ? '' : prose(data.juridiction);
	const runningAct = prose(`${ACT_TITLES[act].label} ${LEGAL_BASES[act]}`);
	const parts = [
		preamble(metadata, court, runningAct),
		options.draft === true ? DRAFT_MARK : '',
		firstPage(model, act, body),
		renderBody(model, body),
		closing(model, act, body),
		bordereau(model, act),
	];
	return { markup: parts.filter((part) => part.length > 0).join('\n\n'), ...metadata };
}

function firstPage(model: PleadingModel, act: keyof typeof ACT_TITLES, body: string): string {
	const data = model.frontMatter?.data ?? {};
	const juridiction = data.juridiction === undefined ? missing('juridiction') : prose(data.juridiction);
	const president = data.juridiction === undefined
		? prose('Madame ou Monsieur le Président ') + missing('juridiction')
		: prose(`Madame ou Monsieur le Président ${ofJurisdiction(data.juridiction)}`);
	const demandeurs = (data.demandeurs ?? []).filter((person): person is NonNullable<typeof person> => person !== undefined);
	const lines: string[] = [
		`#align(center, block(below: 2.2em, {
	block(below: 0.7em, text(size: 16pt, weight: "bold", tracking: 0.04em)[${prose(ACT_TITLES[act].title)}])
	text(style: "italic")[${prose(LEGAL_BASES[act])}]
}))`,
	];
	if (act === 'assignation-refere') {
		const hearing = data.audience === undefined || parseIsoDateTime(data.audience) === undefined ? missing('date et heure de l’audience') : prose(frenchHearing(data.audience));
		lines.push(`#align(center, block(stroke: 0.6pt, inset: (x: 1.2em, y: 0.8em), below: 2em, { set par(first-line-indent: 0pt, justify: false); [${juridiction}#linebreak()${prose('Audience des référés du ')}${hearing}] }))`);
		const year = data.date === undefined ? undefined : Number(data.date.slice(0, 4));
		// The commissaire de justice completes the date of service by hand, after "ET LE".
		lines.push(`#block(below: 1.6em, strong[${prose(`L'AN ${year === undefined || Number.isNaN(year) ? '' : `${yearInWords(year).toUpperCase()} `}ET LE`)}])`);
	} else {
		lines.push(`#align(center, block(below: 1.2em, strong[${prose('À ')}${president}]))`);
	}
	lines.push(`#label-line[${prose(PARTY_LABELS.requerant)}]`);
	if (demandeurs.length === 0) {
		lines.push(`#party[${missing('demandeurs')}]`);
	}
	for (const person of demandeurs) {
		lines.push(`#party[${runsMarkup(demandeurRuns(person, body))}${prose(',')}]`);
	}
	lines.push(`#label-line[${prose(act === 'assignation-refere' ? PARTY_LABELS.avocatConstitue : PARTY_LABELS.avocat)}]`);
	lines.push(`#party[${runsMarkup(avocatRuns(data.avocat))}${prose('.')}]`);
	const defendant = runsMarkup(defendantRuns(defendantOf(model)));
	if (act === 'assignation-refere') {
		lines.push(`#label-line[${prose(PARTY_LABELS.assignation)}]`);
		lines.push(`#party[${defendant}${prose('.')}]`);
		const hearing = data.audience === undefined || parseIsoDateTime(data.audience) === undefined ? missing('date et heure de l’audience') : prose(`le ${frenchHearing(data.audience)}`);
		lines.push(`#label-line[${prose(PARTY_LABELS.comparaitre)}]`);
		lines.push(`#party[${hearing}${prose(', par-devant ')}${president}${prose(', statuant en référé.')}]`);
	} else {
		lines.push(`#label-line[${prose(PARTY_LABELS.mesures)}]`);
		lines.push(`#party[${defendant}${prose('.')}]`);
	}
	lines.push('#v(1.5em)');
	return lines.join('\n');
}

/**
 * Everything after the front matter, from the Markdown tree, so that bold, lists and quotes survive.
 * The tree's offsets are relative to the body; the model's spans, to the whole document.
 */
function renderBody(model: PleadingModel, body: string): string {
	const { tree, context } = bodyTree(model, body);
	const closingIndex = context.closingIndex ?? tree.children.length;
	const before = blocks(tree.children.slice(0, closingIndex - 1), context);
	const kept = tree.children[closingIndex - 1];
	// The block before the closing sticks to it (no page break in between), and the lawyer's own
	// closing, like the one the export writes, is kept in one piece.
	const last = kept === undefined ? '' : `#block(sticky: true, width: 100%)[${block(kept, context)}]`;
	const closing = context.closingIndex === undefined ? '' : `#block(breakable: false, width: 100%)[${blocks(tree.children.slice(closingIndex), context)}]`;
	return [before, last, closing].filter((markup) => markup.length > 0).join('\n\n');
}

type RenderContext = BodyContext;

function spanOf(node: Nodes): Span | undefined {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	return start === undefined || end === undefined ? undefined : { start, end };
}

/** The source text of a node Prétoire has no rendering for, shown as written rather than dropped. */
function verbatim(node: Nodes, context: RenderContext): string {
	const span = spanOf(node);
	return span === undefined ? '' : escapeMarkup(context.text.slice(span.start, span.end));
}

function block(node: RootContent | BlockContent | DefinitionContent, context: RenderContext): string {
	switch (node.type) {
		case 'heading':
			return `#heading(level: ${node.depth})[${inline(node.children, context)}]`;
		case 'paragraph': {
			const start = node.position?.start.offset;
			if (start !== undefined && context.dispositifTitles.has(start)) {
				return `#heading(level: 1)[${prose(verbatimText(node.children))}]`;
			}
			// A dispositif written as paragraphs: each measure paragraph opens with its verb too.
			return start !== undefined && context.measureStarts.has(start) ? measure(node, context) : inline(node.children, context);
		}
		case 'list':
			return list(node, context);
		case 'blockquote':
			return `#quotation[${blocks(node.children, context)}]`;
		case 'code': {
			// Kept line by line in the body face, indentation included: a pleading quotes messages, not programs.
			const lines = node.value.split(/\r?\n/u).map((line) => escapeMarkup(line.replace(/^ +/u, (indent) => '\u00A0'.repeat(indent.length))));
			return `#block({ set par(first-line-indent: 0pt, justify: false); [${lines.join(' #linebreak()\n')}] })`;
		}
		case 'html':
			return html(node.value);
		case 'thematicBreak':
			return '#align(center, line(length: 25%, stroke: 0.5pt))';
		case 'definition':
			// A link reference definition prints nothing in Markdown either.
			return '';
		default:
			return verbatim(node, context);
	}
}

function blocks(nodes: readonly (BlockContent | DefinitionContent | RootContent)[], context: RenderContext): string {
	return nodes.map((node) => block(node, context)).filter((markup) => markup.length > 0).join('\n\n');
}

function list(node: List, context: RenderContext): string {
	const start = node.position?.start.offset;
	const inDispositif = start !== undefined && context.dispositifs.some((span) => span.start <= start && start < span.end);
	const items = node.children.map((item) => `[${listItem(item, context, inDispositif)}]`).join(',\n');
	if (inDispositif) {
		return `#dispositif(\n${items},\n)`;
	}
	if (node.ordered === true) {
		return `#enum(start: ${node.start ?? 1}, tight: ${node.spread !== true},\n${items},\n)`;
	}
	return `#list(tight: ${node.spread !== true},\n${items},\n)`;
}

// "ORDONNER", "FAIRE INTERDICTION", "DIRE ET JUGER": the verbs that open each measure, set in bold
// as judges' orders and lawyers' dispositifs do.
const OPENING_VERB = /^((?:[\p{Lu}’'-]{2,}[ \u00A0]+)*[\p{Lu}’'-]{2,})(?=[\s,;:]|$)/u;

function listItem(item: ListItem, context: RenderContext, isMeasure: boolean): string {
	const [first, ...rest] = item.children;
	if (isMeasure && first?.type === 'paragraph') {
		return [measure(first, context), blocks(rest, context)].filter((markup) => markup.length > 0).join('\n\n');
	}
	return blocks(item.children, context);
}

/** A measure's paragraph, its opening verb in bold unless the lawyer already formatted it. */
function measure(paragraph: Paragraph, context: RenderContext): string {
	const [lead, ...rest] = paragraph.children;
	const verb = lead?.type === 'text' ? OPENING_VERB.exec(lead.value) : null;
	if (lead?.type !== 'text' || verb === null) {
		return inline(paragraph.children, context);
	}
	return `${strong(prose(verb[0]))}${prose(lead.value.slice(verb[0].length))}${inline(rest, context)}`;
}

/** The plain text of phrasing content, for a title whose emphasis markers are dropped. */
function verbatimText(nodes: readonly PhrasingContent[]): string {
	return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? verbatimText(node.children as PhrasingContent[]) : '')).join('').trim();
}

function inline(nodes: readonly PhrasingContent[], context: RenderContext): string {
	return nodes.map((node) => phrasing(node, context)).join('');
}

// Each `#call[...]` ends with `;` so that the lawyer's next character, whatever it is, cannot extend
// the call (a following "(pièce n° 2)" would otherwise be read as arguments).
function phrasing(node: PhrasingContent, context: RenderContext): string {
	switch (node.type) {
		case 'text':
			return typesetRun(node.value);
		case 'strong':
			return `#strong[${inline(node.children, context)}];`;
		case 'emphasis':
			return `#emph[${inline(node.children, context)}];`;
		case 'inlineCode':
			return escapeMarkup(node.value);
		case 'break':
			return '#linebreak();';
		case 'link':
			return isAllowedLink(node.url) ? `#link(${typstString(node.url)})[${inline(node.children, context)}];` : inline(node.children, context);
		case 'linkReference':
			return inline(node.children, context);
		case 'image':
		case 'imageReference':
			return prose(node.alt ?? '');
		case 'html':
			return html(node.value);
		default:
			return verbatim(node, context);
	}
}

/**
 * The body's text runs set in French typography, remembered: between two keystrokes of the preview
 * every run of the act but one is the same. Bounded: past the limit, the memory starts again.
 */
const typesetRuns = new Map<string, string>();
const TYPESET_RUNS_LIMIT = 20_000;

function typesetRun(text: string): string {
	let markup = typesetRuns.get(text);
	if (markup === undefined) {
		markup = prose(text);
		if (typesetRuns.size >= TYPESET_RUNS_LIMIT) {
			typesetRuns.clear();
		}
		typesetRuns.set(text, markup);
	}
	return markup;
}

/**
 * Comments are invisible in Markdown and carry the templates' markers (`<!-- pretoire:… -->`), so
 * they go; any other HTML is printed as typed rather than silently dropped.
 */
function html(value: string): string {
	const visible = value.replace(/<!--[\s\S]*?-->/gu, '');
	return visible.trim().length === 0 ? '' : escapeMarkup(visible);
}

/** "SOUS TOUTES RÉSERVES", and for a requête the date and the signing lawyer, unless already written. */
function closing(model: PleadingModel, act: keyof typeof ACT_TITLES, body: string): string {
	if (fold(body).includes('sous toutes reserves')) {
		return '';
	}
	const data = model.frontMatter?.data ?? {};
	const lines = [strong(prose(CLOSING))];
	if (act === 'requete') {
		lines.push(data.date === undefined ? missing('date') : prose(`Le ${frenchIsoDate(data.date)}`));
		lines.push(data.avocat?.nom === undefined ? missing('avocat signataire') : prose(data.avocat.nom));
	}
	// On the right and kept in one piece, as a signature block is.
	return `#align(right, block(breakable: false, above: 2.6em, { set par(first-line-indent: 0pt, justify: false); [${lines.join(' #linebreak()\n')}] }))`;
}

/** The bordereau, numbered as the lawyer numbered the pieces (CPC art. 56, last paragraph, and 961). */
export function bordereau(model: PleadingModel, act: keyof typeof ACT_TITLES): string {
	const pieces = (model.frontMatter?.data.pieces ?? []).filter((piece): piece is NonNullable<typeof piece> => piece !== undefined);
	if (pieces.length === 0) {
		return '';
	}
	const title = bordereauTitle(act);
	const rows = pieces.map((piece) => `[${piece.numero === undefined ? missing('n°') : prose(String(piece.numero))}], [${piece.intitule === undefined ? missing('intitulé') : prose(piece.intitule)}]`);
	return `#pagebreak(weak: true)
#heading(level: 1)[${prose(title)}]
#table(
	columns: (2.2cm, 1fr),
	inset: (x: 0.6em, y: 0.55em),
	stroke: 0.5pt,
	align: (center + horizon, left + horizon),
	table.header([#strong[${prose('N°')}]], [#strong[${prose('Pièce')}]]),
	${rows.join(',\n\t')},
)`;
}
