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

export function toTransferable(model: PleadingModel): TransferableModel {
	const frontMatter = model.frontMatter;
	return {
		oversized: model.oversized,
		act: model.act,
		frontMatter: frontMatter === undefined ? undefined : { span: frontMatter.span, data: frontMatter.data, issues: frontMatter.issues, positions: frontMatter.positions.transferable() },
		body: model.body,
	};
}

export function fromTransferable(data: TransferableModel, document: TextDocument): PleadingModel {
	const frontMatter = data.frontMatter;
	return {
		document,
		oversized: data.oversized,
		act: data.act,
		frontMatter: frontMatter === undefined ? undefined : { span: frontMatter.span, data: frontMatter.data, issues: frontMatter.issues, ...positionQueries(FrontMatterPositions.fromTransferable(frontMatter.positions)) },
		body: data.body,
		rangeOf: (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
	};
}
