import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FrontMatterPositions, positionQueries } from './frontMatter';
import type { BodyModel, FrontMatterModel, PleadingModel, Span } from './model';

/**
 * A model as plain data, for the copy between the analysis thread and the server's main thread
 * (structured clone: no functions, no document). The main thread rebuilds it around its own document.
 */
export interface TransferableModel {
	readonly oversized: boolean;
	readonly act: PleadingModel['act'];
	readonly frontMatter: (Omit<FrontMatterModel, 'locate' | 'itemCount' | 'positions'> & { positions: ReturnType<FrontMatterPositions['transferable']> }) | undefined;
	readonly body: BodyModel;
}

/**
 * The texts of blocks, measures, references and dates are left out of the copy: they are slices of
 * the document, which the main thread already holds, and are sliced again there (a slice shares the
 * document's characters, where a copied string would hold them a second time).
 */
export function toTransferable(model: PleadingModel): TransferableModel {
	const frontMatter = model.frontMatter;
	const body = model.body;
	return {
		oversized: model.oversized,
		act: model.act,
		frontMatter: frontMatter === undefined ? undefined : { span: frontMatter.span, data: frontMatter.data, issues: frontMatter.issues, positions: frontMatter.positions.transferable() },
		body: {
			...body,
			prose: body.prose.map((block) => ({ ...block, text: '' })),
			measures: body.measures.map((measure) => ({ ...measure, text: '' })),
			legalReferences: body.legalReferences.map((reference) => ({ ...reference, text: '' })),
			dateTimes: body.dateTimes.map((dateTime) => ({ ...dateTime, text: '' })),
		},
	};
}

export function fromTransferable(data: TransferableModel, document: TextDocument): PleadingModel {
	const frontMatter = data.frontMatter;
	const body = data.body;
	const text = document.getText();
	const slice = (span: Span): string => text.slice(span.start, span.end);
	return {
		document,
		oversized: data.oversized,
		act: data.act,
		frontMatter: frontMatter === undefined ? undefined : { span: frontMatter.span, data: frontMatter.data, issues: frontMatter.issues, ...positionQueries(FrontMatterPositions.fromTransferable(frontMatter.positions)) },
		body: {
			...body,
			prose: body.prose.map((block) => ({ ...block, text: slice(block.span) })),
			measures: body.measures.map((measure) => ({ ...measure, text: slice(measure.span) })),
			legalReferences: body.legalReferences.map((reference) => ({ ...reference, text: slice(reference.span) })),
			dateTimes: body.dateTimes.map((dateTime) => ({ ...dateTime, text: slice(dateTime.span) })),
		},
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
}
