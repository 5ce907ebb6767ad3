import type { PleadingModel } from '../document/model';
import { renderSvg, type RenderedSvg } from './engine';
import { ExportError } from './errors';
import { pleadingToTypst } from './typst';

/**
 * The act as the export will print it, as SVG for a webview: the same Typst markup, fonts and engine
 * process as the PDF, so the preview can never disagree with the exported document. The parts the
 * webview already holds (`known` keys) come back without their SVG: a keystroke sends the pages it changed.
 */
export async function renderPreview(model: PleadingModel, known: readonly string[] = []): Promise<RenderedSvg> {
	if (model.act === undefined) {
		throw new ExportError('Aperçu impossible : le front matter doit indiquer `acte: assignation-refere` ou `acte: requete`');
	}
	return renderSvg(pleadingToTypst(model).markup, known);
}
