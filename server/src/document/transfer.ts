import type { TextDocument } from 'vscode-languageserver-textdocument';
import { shared } from '../util/sharedStrings';
import { fold } from './extract/text';
import { FrontMatterPositions, positionQueries } from './frontMatter';
import type { BodyModel, FrontMatterModel, LegalInstrument, LegalReference, Measure, PieceCitation, PleadingModel, ProseBlock, ProseDateTime, Section, Span } from './model';

/**
 * A model as plain data, for the copy between the analysis thread and the server's main thread
 * (structured clone: no functions, no document). The main thread rebuilds it around its own document.
 */
export interface TransferableModel {
	readonly oversized: boolean;
	readonly act: PleadingModel['act'];
	readonly frontMatter: TransferableFrontMatter | undefined;
	readonly body: TransferableBody;
}

/** A front matter (an act's, or a dossier's) as plain data. */
export type TransferableFrontMatter = Omit<FrontMatterModel, 'locate' | 'itemCount' | 'positions'> & { positions: ReturnType<FrontMatterPositions['transferable']> };

export function frontMatterToTransferable(frontMatter: FrontMatterModel): TransferableFrontMatter {
	return { span: frontMatter.span, data: frontMatter.data, issues: frontMatter.issues, positions: frontMatter.positions.transferable() };
}

export function frontMatterFromTransferable(frontMatter: TransferableFrontMatter): FrontMatterModel {
	return { span: frontMatter.span, data: frontMatter.data, issues: frontMatter.issues, ...positionQueries(FrontMatterPositions.fromTransferable(frontMatter.positions)) };
}

/** The body without the texts the main thread slices again, nor the folded copies it computes on demand. */
interface TransferableBody extends Omit<BodyModel, 'prose' | 'measures' | 'legalReferences' | 'dateTimes'> {
	readonly prose: readonly Omit<ProseBlock, 'text' | 'folded'>[];
	readonly measures: readonly Span[];
	readonly legalReferences: readonly Omit<LegalReference, 'text'>[];
	readonly dateTimes: readonly Omit<ProseDateTime, 'text'>[];
}

/**
 * The texts of blocks, measures, references and dates are left out of the copy: they are slices of
 * the document, which the main thread already holds, and are sliced again there (a slice shares the
 * document's characters, where a copied string would hold them a second time). The folded copies
 * are left out too: the rules read them on the analysis thread; the main thread's features seldom do.
 */
export function toTransferable(model: PleadingModel): TransferableModel {
	const frontMatter = model.frontMatter;
	const body = model.body;
	return {
		oversized: model.oversized,
		act: model.act,
		frontMatter: frontMatter === undefined ? undefined : frontMatterToTransferable(frontMatter),
		body: {
			span: body.span,
			sections: body.sections,
			prose: body.prose.map(({ span, kind, sectionIndex }) => ({ span, kind, sectionIndex })),
			measures: body.measures.map((measure) => measure.span),
			pieceCitations: body.pieceCitations,
			legalReferences: body.legalReferences.map(({ span, articles, alineas, instrument }) => ({ span, articles, alineas, instrument })),
			dateTimes: body.dateTimes.map(({ span, date, time, zone, zoneOffsetMinutes }) => ({ span, date, time, zone, zoneOffsetMinutes })),
			neutralised: body.neutralised,
		},
	};
}

/**
 * The main thread holds one model per open pleading, fifty of them at times: each object is built
 * with all its fields at once (one shape, no property store beside it), the folded text is computed
 * when read, and the short strings that recur in every model are shared (see `shared`).
 */
export function fromTransferable(data: TransferableModel, document: TextDocument): PleadingModel {
	const frontMatter = data.frontMatter;
	const body = data.body;
	const text = document.getText();
	const slice = (span: Span): string => text.slice(span.start, span.end);
	return {
		document,
		oversized: data.oversized,
		act: data.act,
		frontMatter: frontMatter === undefined ? undefined : frontMatterFromTransferable(frontMatter),
		body: {
			span: body.span,
			sections: body.sections.map((section): Section => ({ title: section.title, depth: section.depth, kind: shared(section.kind), headingSpan: section.headingSpan, span: section.span })),
			prose: body.prose.map((block) => new SlicedBlock(block.span, slice(block.span), shared(block.kind), block.sectionIndex)),
			measures: body.measures.map((span) => new SlicedMeasure(span, slice(span))),
			pieceCitations: body.pieceCitations.map((citation): PieceCitation => ({ span: citation.span, numbers: citation.numbers, mentions: citation.mentions })),
			legalReferences: body.legalReferences.map((reference): LegalReference => ({
				span: reference.span,
				articles: reference.articles.map(shared),
				alineas: reference.alineas.map(({ article, alinea }) => ({ article: shared(article), alinea })),
				instrument: reference.instrument === undefined ? undefined : sharedInstrument(reference.instrument),
				text: slice(reference.span),
			})),
			dateTimes: body.dateTimes.map((dateTime): ProseDateTime => ({
				span: dateTime.span,
				text: slice(dateTime.span),
				date: dateTime.date,
				time: dateTime.time,
				zone: dateTime.zone === undefined ? undefined : shared(dateTime.zone),
				zoneOffsetMinutes: dateTime.zoneOffsetMinutes,
			})),
			neutralised: body.neutralised,
		},
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
}

/** A prose block on the main thread: its folded text is computed when a feature asks for it. */
class SlicedBlock implements ProseBlock {
	constructor(readonly span: Span, readonly text: string, readonly kind: ProseBlock['kind'], readonly sectionIndex: number) {}

	get folded(): string {
		return fold(this.text);
	}
}

/** A measure on the main thread: its folded text is computed when a feature asks for it. */
class SlicedMeasure implements Measure {
	constructor(readonly span: Span, readonly text: string) {}

	get folded(): string {
		return fold(this.text);
	}
}

function sharedInstrument(instrument: LegalInstrument): LegalInstrument {
	switch (instrument.kind) {
		case 'code':
			return { kind: 'code', code: shared(instrument.code) };
		case 'loi':
			return { kind: 'loi', name: shared(instrument.name) };
		case 'decret':
			return { kind: 'decret', number: shared(instrument.number) };
	}
}
