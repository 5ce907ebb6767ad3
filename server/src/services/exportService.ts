import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, parse, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PleadingModel } from '../document/model';
import { ExportError, exportPleading, writePdfAtomically } from '../export/pdf';
import type { ExportPdfRequest } from '../protocol';

/**
 * Where the PDF of `source` goes: beside it, or in `outputDirectory` (absolute, or relative to the
 * pleading's folder). A relative setting may not climb out of that folder (`..`): a shared
 * workspace setting must not make the export write elsewhere on the lawyer's disk.
 */
export function exportTarget(source: string, outputDirectory: string | undefined): string {
	const name = `${parse(source).name}.pdf`;
	const setting = outputDirectory?.trim() ?? '';
	if (setting === '') {
		return join(dirname(source), name);
	}
	if (isAbsolute(setting)) {
		return join(normalize(setting), name);
	}
	if (normalize(setting).split(sep).includes('..')) {
		throw new ExportError(`Réglage pretoire.export.outputDirectory refusé : « ${setting} » sort du dossier de l’acte (..) ; indiquez un sous-dossier ou un chemin absolu`);
	}
	return join(resolve(dirname(source), setting), name);
}

/** Exports the analysed pleading to its PDF and says where it went. */
export async function exportToPdf(model: PleadingModel, params: ExportPdfRequest.Params): Promise<ExportPdfRequest.Result> {
	if (!params.uri.startsWith('file:')) {
		throw new ExportError('Export PDF impossible : enregistrez d’abord l’acte dans un fichier local');
	}
	const source = fileURLToPath(params.uri);
	const target = exportTarget(source, params.outputDirectory);
	const exported = await exportPleading(model);
	if (params.outputDirectory?.trim()) {
		// The lawyer named the folder in the settings: create it rather than fail on first use.
		await mkdir(dirname(target), { recursive: true });
	}
	await writePdfAtomically(exported.pdf, target, source);
	return { path: target, pages: exported.pages };
}
