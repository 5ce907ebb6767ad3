import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	AlignmentType,
	BorderStyle,
	Document,
	ExternalHyperlink,
	Footer,
	Header,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IParagraphOptions,
	type IRunOptions,
	type ParagraphChild,
} from 'docx';
import type { BlockContent, DefinitionContent, List, Paragraph as MdParagraph, PhrasingContent, RootContent } from 'mdast';
import { parseIsoDateTime } from '../document/frontMatterSchema';
import { courtCitation } from '../knowledge/sources';
import type { PleadingModel } from '../document/model';
import { fold } from '../document/extract/text';
import { bodyTree, type BodyContext } from './bodyTree';
import { defendantOf } from '../queries/defendant';
import { ACT_TITLES, bordereauTitle, CLOSING, LEGAL_BASES, PARTY_LABELS, type ActKind } from './actText';
import { ExportError } from './errors';
import { stylesOfTemplate } from './wordTemplate';
import { frenchHearing, frenchIsoDate, yearInWords } from './frenchDates';
import { isAllowedLink } from './links';
import { withoutControls } from './markup';
import { avocatRuns, defendantRuns, demandeurRuns, ofJurisdiction, type Run } from './parties';
import { actMetadata, BODY_FONT } from './typst';
import { findFontDirectory } from './engine';
import { frenchTypography } from './typography';

/**
 * The act as a Word document, from the same model, wording and typography pass as the PDF: the
 * lawyer sends it to a client, a confrère or the commissaire de justice, who completes the date of
 * service and « où étant et parlant à » by hand, so those stay blank as on the PDF. The page design
 * follows the PDF (A4, same margins, running header from page 2, « page X / Y »); a firm's reference
 * document (`pretoire.export.wordTemplate`) lends its styles (fonts, sizes, heading looks).
 */

export interface WordOptions {
	/** The firm's reference document (.docx or .dotx), whose styles the export uses. */
	readonly template?: Uint8Array;
	/** Exported despite blanks to complete: every page is headed « PROJET ». */
	readonly draft?: boolean;
}

export interface ExportedWord {
	readonly docx: Uint8Array;
	readonly title: string;
}

// Twentieths of a point, the unit of Word page geometry: 1 cm = 567.
const CM = 567;
const LANGUAGE = { value: 'fr-FR' } as const;

// What XML 1.0 forbids in a document (§ 2.2): C0 controls but tab, line feed and carriage return,
// the noncharacters U+FFFE and U+FFFF, and surrogates not part of a pair (the `u` flag matches a
// pair as one code point). One of them in case data, pasted or crafted, makes the whole .docx
// unreadable to Word.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

/** Every string from the case data or the body enters the document through here. */
function wordText(value: string): string {
	return withoutControls(value).replace(XML_ILLEGAL, '');
}

/** Runs of French prose: the same typography pass as the PDF, no-break and narrow spaces included. */
function text(value: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
	return new TextRun({ ...options, text: frenchTypography(wordText(value)).replace(/[\t\n\v\f\r\u2028\u2029]+/gu, ' '), language: LANGUAGE });
}

function missing(what: string): TextRun {
	return text(`[À compléter : ${what}]`, { bold: true });
}

function runsOf(runs: readonly Run[]): TextRun[] {
	return runs.map((run) => ('missing' in run ? missing(run.missing) : text(run.text, { bold: run.bold === true })));
}

/** Builds the DOCX file of the act. */
export async function exportWord(model: PleadingModel, options: WordOptions = {}): Promise<ExportedWord> {
	if (model.act === undefined) {
		throw new ExportError('Export Word impossible : le front matter doit indiquer `acte: assignation-refere` ou `acte: requete`');
	}
	const act = model.act;
	const data = model.frontMatter?.data ?? {};
	const body = model.document.getText().slice(model.body.span.start);
	const metadata = actMetadata(model);
	const externalStyles = options.template === undefined ? undefined : await stylesOfTemplate(options.template);
	const children = [
		...firstPage(model, act, body),
		...renderBody(model, body),
		...closing(model, act, body),
		...bordereau(model, act),
	];
	const document = new Document({
		title: wordText(metadata.title),
		subject: wordText(metadata.subject),
		creator: metadata.author === undefined ? 'Prétoire' : wordText(metadata.author),
		keywords: courtCitation('cpc145'),
		externalStyles,
		// Without a firm template: the PDF's typeface and sizes (templates in export/typst.ts: body and
		// headings 11.5 pt, first-level headings 12.5 pt, running header and page number 9 pt), for
		// the body, every heading (never the theme's sans-serif) and the header and footer fields.
		styles: externalStyles !== undefined ? undefined : {
			default: {
				document: { run: { font: BODY_FONT, size: 23, language: LANGUAGE }, paragraph: { spacing: { after: 160, line: 288 } } },
				heading1: { run: { font: BODY_FONT, bold: true, size: 25, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 440, after: 240 }, keepNext: true } },
				heading2: { run: { font: BODY_FONT, bold: true, size: 23, color: '000000' }, paragraph: { spacing: { before: 440, after: 240 }, keepNext: true } },
				heading3: { run: { font: BODY_FONT, bold: true, italics: true, size: 23, color: '000000' }, paragraph: { spacing: { before: 360, after: 200 }, keepNext: true } },
				heading4: { run: { font: BODY_FONT, italics: true, size: 23, color: '000000' }, paragraph: { spacing: { before: 360, after: 200 }, keepNext: true } },
			},
			paragraphStyles: [
				{ id: 'Header', name: 'header', basedOn: 'Normal', run: { font: BODY_FONT, size: SMALL }, paragraph: { spacing: { after: 0 } } },
				{ id: 'Footer', name: 'footer', basedOn: 'Normal', run: { font: BODY_FONT, size: SMALL }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
			],
		},
		// The regular face travels with the document: it reads the same where Source Serif 4 is not installed.
		fonts: embeddedFont(),
		sections: [{
			properties: {
				titlePage: true,
				page: { size: { width: 11906, height: 16838 }, margin: { top: 3 * CM, bottom: Math.round(2.5 * CM), left: Math.round(2.5 * CM), right: Math.round(2.5 * CM) } },
			},
			headers: {
				first: new Header({ children: options.draft === true ? [draftMark()] : [] }),
				default: new Header({
					children: [
						...(options.draft === true ? [draftMark()] : []),
						new Paragraph({
							style: 'Header',
							border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 } },
							children: [
								...(data.juridiction === undefined ? [] : [text(data.juridiction, { size: SMALL }), new TextRun({ text: ' — ', size: SMALL })]),
								text(`${ACT_TITLES[act].label} ${LEGAL_BASES[act]}`, { size: SMALL }),
							],
						}),
					],
				}),
			},
			footers: {
				first: pageFooter(),
				default: pageFooter(),
			},
			children,
		}],
	});
	const docx = await Packer.toBuffer(document);
	return { docx: new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength), title: metadata.title };
}

/** 9 pt, in half-points: the PDF's running header and page number. */
const SMALL = 18;

function pageFooter(): Footer {
	// The style carries the size too: Word sets a field's result in the paragraph's style.
	return new Footer({
		children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ font: BODY_FONT, size: SMALL, children: ['page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
	});
}

/** « PROJET » at the head of every page, as the PDF's mark across it: an act with blanks is not the one to serve. */
function draftMark(): Paragraph {
	return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: 'PROJET', bold: true, size: 32, color: '808080', characterSpacing: 60, font: BODY_FONT })] });
}

/** The PDF's regular face, embedded; none when the fonts cannot be found (the style still names it). */
function embeddedFont(): { name: string; data: Buffer }[] {
	try {
		return [{ name: BODY_FONT, data: readFileSync(join(findFontDirectory(), 'SourceSerif4-Regular.ttf')) }];
	} catch {
		return [];
	}
}

const PARTY_INDENT = { left: Math.round(1.25 * CM) };

function label(value: string): Paragraph {
	return new Paragraph({ keepNext: true, spacing: { before: 360, after: 160 }, children: [text(value, { bold: true })] });
}

function party(runs: readonly TextRun[]): Paragraph {
	return new Paragraph({ indent: PARTY_INDENT, alignment: AlignmentType.JUSTIFIED, children: [...runs] });
}

function firstPage(model: PleadingModel, act: ActKind, body: string): Paragraph[] {
	const data = model.frontMatter?.data ?? {};
	const juridiction = data.juridiction === undefined ? [missing('juridiction')] : [text(data.juridiction)];
	const president = (bold: boolean): TextRun[] => (data.juridiction === undefined
		? [text('Madame ou Monsieur le Président ', { bold }), missing('juridiction')]
		: [text(`Madame ou Monsieur le Président ${ofJurisdiction(data.juridiction)}`, { bold })]);
	const paragraphs: Paragraph[] = [
		new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [text(ACT_TITLES[act].title, { bold: true, size: 32 })] }),
		new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [text(LEGAL_BASES[act], { italics: true })] }),
	];
	const hearingKnown = data.audience !== undefined && parseIsoDateTime(data.audience) !== undefined;
	if (act === 'assignation-refere') {
		const box = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 6 };
		paragraphs.push(new Paragraph({
			alignment: AlignmentType.CENTER,
			border: { top: box, bottom: box, left: box, right: box },
			indent: { left: 2 * CM, right: 2 * CM },
			spacing: { after: 440 },
			children: [...juridiction, new TextRun({ break: 1 }), text('Audience des référés du '), hearingKnown ? text(frenchHearing(data.audience as string)) : missing('date et heure de l’audience')],
		}));
		const year = data.date === undefined ? undefined : Number(data.date.slice(0, 4));
		// The commissaire de justice completes the date of service by hand, after "ET LE": left blank.
		paragraphs.push(new Paragraph({ spacing: { after: 360 }, children: [text(`L'AN ${year === undefined || Number.isNaN(year) ? '' : `${yearInWords(year).toUpperCase()} `}ET LE`, { bold: true })] }));
	} else {
		paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text('À ', { bold: true }), ...president(true)] }));
	}
	paragraphs.push(label(PARTY_LABELS.requerant));
	const demandeurs = (data.demandeurs ?? []).filter((person): person is NonNullable<typeof person> => person !== undefined);
	if (demandeurs.length === 0) {
		paragraphs.push(party([missing('demandeurs')]));
	}
	for (const person of demandeurs) {
		paragraphs.push(party([...runsOf(demandeurRuns(person, body)), text(',')]));
	}
	paragraphs.push(label(act === 'assignation-refere' ? PARTY_LABELS.avocatConstitue : PARTY_LABELS.avocat));
	paragraphs.push(party([...runsOf(avocatRuns(data.avocat)), text('.')]));
	const defendant = runsOf(defendantRuns(defendantOf(model)));
	if (act === 'assignation-refere') {
		paragraphs.push(label(PARTY_LABELS.assignation));
		paragraphs.push(party([...defendant, text('.')]));
		paragraphs.push(label(PARTY_LABELS.comparaitre));
		const hearing = hearingKnown ? [text(`le ${frenchHearing(data.audience as string)}`)] : [missing('date et heure de l’audience')];
		paragraphs.push(party([...hearing, text(', par-devant '), ...president(false), text(', statuant en référé.')]));
	} else {
		paragraphs.push(label(PARTY_LABELS.mesures));
		paragraphs.push(party([...defendant, text('.')]));
	}
	return paragraphs;
}

type RenderContext = BodyContext;

/** The lawyer's body from the Markdown tree, read exactly as the PDF renderer reads it. */
function renderBody(model: PleadingModel, body: string): (Paragraph | Table)[] {
	const { tree, context } = bodyTree(model, body);
	const closingIndex = context.closingIndex ?? tree.children.length;
	return [
		...blocks(tree.children.slice(0, closingIndex), context, {}),
		// The lawyer's own closing holds together, as the one the export writes does.
		...blocks(tree.children.slice(closingIndex), context, { keepNext: true }),
	];
}

interface BlockStyle {
	/** Inside a quotation: indented both sides, smaller. */
	readonly quoted?: boolean;
	/** A list item's first paragraph carries its marker. */
	readonly marker?: string;
	readonly depth?: number;
	/** Kept on the page of the next paragraph (the closing block's lines). */
	readonly keepNext?: boolean;
}

/** The closing block and the paragraph before it stay on one page: « SOUS TOUTES RÉSERVES » never stands alone. */
function keeping(node: { readonly position?: { readonly start: { readonly offset?: number } } }, context: RenderContext, style: BlockStyle): IParagraphOptions {
	return style.keepNext === true || (node.position?.start.offset !== undefined && node.position.start.offset === context.keptWithClosing) ? { keepNext: true, keepLines: true } : {};
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

function paragraph(children: ParagraphChild[], style: BlockStyle, options: IParagraphOptions = {}): Paragraph {
	const depth = style.depth ?? 0;
	const listIndent = depth > 0 ? { left: Math.round((0.6 + 0.9 * depth) * CM), hanging: Math.round(0.9 * CM) } : undefined;
	const quoteIndent = style.quoted === true ? { left: Math.round(1.25 * CM) + (listIndent?.left ?? 0), right: Math.round(0.6 * CM) } : undefined;
	return new Paragraph({
		alignment: AlignmentType.JUSTIFIED,
		indent: listIndent ?? quoteIndent ?? { firstLine: Math.round(1.25 * CM) },
		...options,
		children: style.marker === undefined ? children : [text(`${style.marker}\t`), ...children],
	});
}

function block(node: RootContent | BlockContent | DefinitionContent, context: RenderContext, style: BlockStyle): (Paragraph | Table)[] {
	switch (node.type) {
		case 'heading':
			return [new Paragraph({ heading: HEADINGS[node.depth - 1], ...keeping(node, context, style), children: inline(node.children, context) })];
		case 'paragraph': {
			const start = node.position?.start.offset;
			if (start !== undefined && context.dispositifTitles.has(start)) {
				return [new Paragraph({ heading: HeadingLevel.HEADING_1, ...keeping(node, context, style), children: [text(plainText(node.children))] })];
			}
			const children = start !== undefined && context.measureStarts.has(start) ? measure(node, context) : inline(node.children, context);
			return [paragraph(children, style, keeping(node, context, style))];
		}
		case 'list':
			return list(node, context, style);
		case 'blockquote':
			return blocks(node.children, context, { ...style, quoted: true });
		case 'code': {
			const lines = node.value.split(/\r?\n/u);
			return [paragraph(lines.flatMap((line, index) => [...(index > 0 ? [new TextRun({ break: 1 })] : []), new TextRun({ text: wordText(line).replace(/^ +/u, (indent) => '\u00A0'.repeat(indent.length)), language: LANGUAGE })]), style, { alignment: AlignmentType.LEFT, indent: { left: 0 }, ...keeping(node, context, style) })];
		}
		case 'html': {
			const visible = html(node.value);
			return visible === '' ? [] : [paragraph([text(visible)], style, keeping(node, context, style))];
		}
		case 'thematicBreak':
			return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } }, indent: { left: 6 * CM, right: 6 * CM }, children: [] })];
		case 'definition':
			return [];
		default: {
			const span = node.position;
			return span?.start.offset === undefined || span.end.offset === undefined ? [] : [paragraph([text(context.text.slice(span.start.offset, span.end.offset))], style)];
		}
	}
}

function blocks(nodes: readonly (BlockContent | DefinitionContent | RootContent)[], context: RenderContext, style: BlockStyle): (Paragraph | Table)[] {
	return nodes.flatMap((node, index) => block(node, context, index === 0 ? style : { ...style, marker: undefined }));
}

function list(node: List, context: RenderContext, style: BlockStyle): (Paragraph | Table)[] {
	const start = node.position?.start.offset;
	const inDispositif = start !== undefined && context.dispositifs.some((span) => span.start <= start && start < span.end);
	const depth = (style.depth ?? 0) + 1;
	return node.children.flatMap((item, index) => {
		// The same markers as the PDF: a dash for bullets and measures, the lawyer's numbers for enumerations.
		const marker = node.ordered === true && !inDispositif ? `${(node.start ?? 1) + index}.` : '–';
		const [first, ...rest] = item.children;
		if (inDispositif && first?.type === 'paragraph') {
			return [paragraph(measure(first, context), { ...style, marker, depth }, keeping(first, context, style)), ...blocks(rest, context, { ...style, depth })];
		}
		return blocks(item.children, context, { ...style, marker, depth });
	});
}

// The same opening verbs the PDF sets in bold.
const OPENING_VERB = /^((?:[\p{Lu}’'-]{2,}[ \u00A0]+)*[\p{Lu}’'-]{2,})(?=[\s,;:]|$)/u;

function measure(node: MdParagraph, context: RenderContext): ParagraphChild[] {
	const [lead, ...rest] = node.children;
	const verb = lead?.type === 'text' ? OPENING_VERB.exec(lead.value) : null;
	if (lead?.type !== 'text' || verb === null) {
		return inline(node.children, context);
	}
	return [text(verb[0], { bold: true }), text(lead.value.slice(verb[0].length)), ...inline(rest, context)];
}

function plainText(nodes: readonly PhrasingContent[]): string {
	return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : '')).join('').trim();
}

interface InlineStyle {
	readonly bold?: boolean;
	readonly italics?: boolean;
}

function inline(nodes: readonly PhrasingContent[], context: RenderContext, style: InlineStyle = {}): ParagraphChild[] {
	return nodes.flatMap((node) => phrasing(node, context, style));
}

function phrasing(node: PhrasingContent, context: RenderContext, style: InlineStyle): ParagraphChild[] {
	switch (node.type) {
		case 'text':
			return [text(node.value, style)];
		case 'strong':
			return inline(node.children, context, { ...style, bold: true });
		case 'emphasis':
			return inline(node.children, context, { ...style, italics: true });
		case 'inlineCode':
			return [new TextRun({ ...style, text: wordText(node.value), language: LANGUAGE })];
		case 'break':
			return [new TextRun({ break: 1 })];
		case 'link': {
			const children = inline(node.children, context, style);
			return isAllowedLink(node.url) ? [new ExternalHyperlink({ link: wordText(node.url), children: children.filter((child): child is TextRun => child instanceof TextRun) })] : children;
		}
		case 'linkReference':
			return inline(node.children, context, style);
		case 'image':
		case 'imageReference':
			return [text(node.alt ?? '', style)];
		case 'html': {
			const visible = html(node.value);
			return visible === '' ? [] : [text(visible, style)];
		}
		default: {
			const span = node.position;
			return span?.start.offset === undefined || span.end.offset === undefined ? [] : [text(context.text.slice(span.start.offset, span.end.offset), style)];
		}
	}
}

/** As in the PDF: comments (the templates' markers) go, other HTML is printed as typed. */
function html(value: string): string {
	const visible = value.replace(/<!--[\s\S]*?-->/gu, '');
	return visible.trim().length === 0 ? '' : visible;
}

function closing(model: PleadingModel, act: ActKind, body: string): Paragraph[] {
	if (fold(body).includes('sous toutes reserves')) {
		return [];
	}
	const data = model.frontMatter?.data ?? {};
	const lines: TextRun[][] = [[text(CLOSING, { bold: true })]];
	if (act === 'requete') {
		lines.push([data.date === undefined ? missing('date') : text(`Le ${frenchIsoDate(data.date)}`)]);
		lines.push([data.avocat?.nom === undefined ? missing('avocat signataire') : text(data.avocat.nom)]);
	}
	return [new Paragraph({
		alignment: AlignmentType.RIGHT,
		keepLines: true,
		spacing: { before: 480 },
		children: lines.flatMap((line, index) => [...(index > 0 ? [new TextRun({ break: 1 })] : []), ...line]),
	})];
}

function bordereau(model: PleadingModel, act: ActKind): (Paragraph | Table)[] {
	const pieces = (model.frontMatter?.data.pieces ?? []).filter((piece): piece is NonNullable<typeof piece> => piece !== undefined);
	if (pieces.length === 0) {
		return [];
	}
	const cell = (children: TextRun[], width: number, center = false): TableCell => new TableCell({
		width: { size: width, type: WidthType.DXA },
		children: [new Paragraph({ alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT, children })],
	});
	const numberWidth = Math.round(2.2 * CM);
	const titleWidth = 11906 - 5 * CM - numberWidth;
	return [
		new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [text(bordereauTitle(act))] }),
		new Table({
			width: { size: numberWidth + titleWidth, type: WidthType.DXA },
			columnWidths: [numberWidth, titleWidth],
			rows: [
				new TableRow({ tableHeader: true, children: [cell([text('N°', { bold: true })], numberWidth, true), cell([text('Pièce', { bold: true })], titleWidth)] }),
				...pieces.map((piece) => new TableRow({
					cantSplit: true,
					children: [
						cell([piece.numero === undefined ? missing('n°') : text(String(piece.numero))], numberWidth, true),
						cell([piece.intitule === undefined ? missing('intitulé') : text(piece.intitule)], titleWidth),
					],
				})),
			],
		}),
	];
}
