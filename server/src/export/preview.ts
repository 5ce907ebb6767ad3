import type { PleadingModel } from '../document/model';
import { ExportError, compilerFor, findFontDirectory } from './pdf';
import { pleadingToTypst } from './typst';

/** What the preview shows: the pages as they will print. */
export interface RenderedPreview {
	readonly svg: string;
	readonly pages: number;
}

/**
 * The act as the export will print it, as SVG for a webview: the same Typst markup and fonts as the
 * PDF. Typst's warnings do not stop the preview (the export refuses them, and says why).
 */
export function renderPreview(model: PleadingModel): RenderedPreview {
	if (model.act === undefined) {
		throw new ExportError('Aperçu impossible : le front matter doit indiquer `acte: assignation-refere` ou `acte: requete`');
	}
	return renderSvg(pleadingToTypst(model).markup);
}

/** The preview's only use of the Typst compiler: markup in, the pages as one SVG out. */
function renderSvg(markup: string): RenderedPreview {
	const compiler = compilerFor(findFontDirectory());
	try {
		const result = compiler.compile({ mainFileContent: markup });
		const document = result.result;
		if (document === null) {
			const error = result.takeError();
			throw new ExportError(`Aperçu impossible : Typst n’a produit aucune page${error === null ? '' : ` (${error.shortDiagnostics.map((diagnostic: { message?: string }) => diagnostic.message ?? '').join(' ; ')})`}`);
		}
		return { svg: compiler.svg(document), pages: document.numOfPages };
	} finally {
		// Same bound as the export: incremental re-renders while typing, bounded memory.
		compiler.evictCache(30);
	}
}
