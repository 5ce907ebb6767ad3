import type { TextDocument } from 'vscode-languageserver-textdocument';
import { shared } from '../util/sharedStrings';
import { fold } from './extract/text';
import { FrontMatterPositions, positionQueries } from './frontMatter';
import type { BodyModel, FrontMatterModel, LegalInstrument, LegalReference, Measure, PieceCitation, PleadingModel, ProseBlock, ProseDateTime, Section, Span } from './model';

/**
 * A model as plain data, for the copy between the analysis thread and the server's main thread
 * (structured clone: no functions, no document). The main thread rebuilds it around its own document.
 * Every field crosses as it is, unless it is named here; the main thread rebuilds each object naming
 * all its fields (`Complete`), so a field added to the model fails the build until it is copied there
 * (test/unit/transfer.test.ts compares a model with its copy, field by field).
 * The merged `dossier` stays behind: the main thread merges the dossier again, where it read it.
 */
export type TransferableModel = Omit<PleadingModel, 'document' | 'rangeOf' | 'dossier' | 'frontMatter' | 'body'> & {
	readonly frontMatter: TransferableFrontMatter | undefined;
	readonly body: TransferableBody;
};

/** A front matter (an act's, or a dossier's) as plain data. */
export type TransferableFrontMatter = Omit<FrontMatterModel, 'locate' | 'itemCount' | 'positions'> & { positions: ReturnType<FrontMatterPositions['transferable']> };

export function frontMatterToTransferable(frontMatter: FrontMatterModel): TransferableFrontMatter {
	const { locate: _locate, itemCount: _itemCount, positions, ...plain } = frontMatter;
	return { ...plain, positions: positions.transferable() };
}

export function frontMatterFromTransferable(frontMatter: TransferableFrontMatter): FrontMatterModel {
	const { positions, ...plain } = frontMatter;
	return { ...plain, ...positionQueries(FrontMatterPositions.fromTransferable(positions)) };
}

/** The texts sliced again from the document on the main thread, and the folded copies computed there on demand. */
type Sliced<Part> = Omit<Part, 'text' | 'folded'>;

/** The body without the texts the main thread slices again, nor the folded copies it computes on demand. */
interface TransferableBody extends Omit<BodyModel, 'prose' | 'measures' | 'legalReferences' | 'dateTimes'> {
	readonly prose: readonly Sliced<ProseBlock>[];
	readonly measures: readonly Sliced<Measure>[];
	readonly legalReferences: readonly Sliced<LegalReference>[];
	readonly dateTimes: readonly Sliced<ProseDateTime>[];
}

/**
 * The texts of blocks, measures, references and dates are left out of the copy: they are slices of
 * the document, which the main thread already holds, and are sliced again there (a slice shares the
 * document's characters, where a copied string would hold them a second time). The folded copies
 * are left out too: the rules read them on the analysis thread; the main thread's features seldom do.
 */
export function toTransferable(model: PleadingModel): TransferableModel {
	const { document: _document, rangeOf: _rangeOf, dossier: _dossier, frontMatter, body, ...plain } = model;
	const { prose, measures, legalReferences, dateTimes, ...plainBody } = body;
	return {
		...plain,
		frontMatter: frontMatter === undefined ? undefined : frontMatterToTransferable(frontMatter),
		body: {
			...plainBody,
			prose: prose.map(({ text: _text, folded: _folded, ...block }) => block),
			measures: measures.map(({ text: _text, folded: _folded, ...measure }) => measure),
			legalReferences: legalReferences.map(({ text: _text, ...reference }) => reference),
			dateTimes: dateTimes.map(({ text: _text, ...dateTime }) => dateTime),
		},
	};
}

/**
 * Every field of `Part`, the optional ones included: an object the main thread rebuilds names them
 * all, so that a field added to the model fails the build here until it is copied.
 */
type Complete<Part> = { [Field in keyof Required<Part>]: Part[Field] };

/**
 * The main thread holds one model per open pleading, fifty of them at times: each object is built
 * with all its fields at once (one shape, no property store beside it: a spread followed by the
 * sliced text would take one), the folded text is computed when read, and the short strings that
 * recur in every model are shared (see `shared`).
 */
export function fromTransferable(data: TransferableModel, document: TextDocument): PleadingModel {
	const { frontMatter, body } = data;
	const { sections, prose, measures, pieceCitations, legalReferences, dateTimes } = body;
	const text = document.getText();
	const slice = (span: Span): string => text.slice(span.start, span.end);
	// The dossier is merged again by the main thread, which read it.
	const model: Complete<Omit<PleadingModel, 'dossier'>> = {
		document,
		oversized: data.oversized,
		act: data.act,
		frontMatter: frontMatter === undefined ? undefined : frontMatterFromTransferable(frontMatter),
		body: {
			span: body.span,
			sections: sections.map((section): Complete<Section> => ({ title: section.title, depth: section.depth, kind: shared(section.kind), headingSpan: section.headingSpan, span: section.span })),
			prose: prose.map((block) => new SlicedBlock(block, slice(block.span))),
			measures: measures.map((measure) => new SlicedMeasure(measure, slice(measure.span))),
			pieceCitations: pieceCitations.map((citation): Complete<PieceCitation> => ({ span: citation.span, numbers: citation.numbers, mentions: citation.mentions })),
			legalReferences: legalReferences.map((reference): Complete<LegalReference> => ({
				span: reference.span,
				articles: reference.articles.map(shared),
				alineas: reference.alineas.map(({ article, alinea }) => ({ article: shared(article), alinea })),
				instrument: reference.instrument === undefined ? undefined : sharedInstrument(reference.instrument),
				text: slice(reference.span),
			})),
			dateTimes: dateTimes.map((dateTime): Complete<ProseDateTime> => ({
				span: dateTime.span,
				text: slice(dateTime.span),
				date: dateTime.date,
				time: dateTime.time,
				zone: dateTime.zone === undefined ? undefined : shared(dateTime.zone),
				zoneOffsetMinutes: dateTime.zoneOffsetMinutes,
			})),
			neutralised: body.neutralised,
		} satisfies Complete<BodyModel>,
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
	return model;
}

/** A prose block on the main thread: its folded text is computed when a feature asks for it. */
class SlicedBlock implements ProseBlock {
	readonly span: Span;
	readonly kind: ProseBlock['kind'];
	readonly sectionIndex: number;

	// A field added to `ProseBlock` fails the build here until it is copied: `implements` checks it.
	constructor(block: Sliced<ProseBlock>, readonly text: string) {
		this.span = block.span;
		this.kind = shared(block.kind);
		this.sectionIndex = block.sectionIndex;
	}

	get folded(): string {
		return fold(this.text);
	}
}

/** A measure on the main thread: its folded text is computed when a feature asks for it. */
class SlicedMeasure implements Measure {
	readonly span: Span;

	constructor(measure: Sliced<Measure>, readonly text: string) {
		this.span = measure.span;
	}

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
