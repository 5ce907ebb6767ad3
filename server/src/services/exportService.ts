import { mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, parse, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PleadingModel } from '../document/model';
import { ExportError, exportPleading, writeExportAtomically } from '../export/pdf';
import { exportWord } from '../export/word';
import type { ExportPdfRequest, ExportWordRequest } from '../protocol';
import type { Translator } from '../l10n';
import { readLawyerFile } from './safeFile';

/**
 * Where the export of `source` goes: beside it, or in `outputDirectory` (absolute, or relative to the
 * pleading's folder). A relative setting may not climb out of that folder (`..`): a shared
 * workspace setting must not make the export write elsewhere on the lawyer's disk.
 */
export function exportTarget(source: string, outputDirectory: string | undefined, extension = '.pdf'): string {
	const name = `${parse(source).name}${extension}`;
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

/**
 * A relative `outputDirectory` must stay inside the pleading's folder once links are followed: a
 * sub-folder that is a symbolic link to elsewhere would carry the export out of it. Checked on the
 * deepest folder that exists, before the missing ones are created.
 */
async function ensureInsideFolder(source: string, target: string, setting: string | undefined): Promise<void> {
	if (setting === undefined || setting.trim() === '' || isAbsolute(setting.trim())) {
		return;
	}
	let existing = dirname(target);
	let real: string | undefined;
	while (real === undefined) {
		real = await realpath(existing).catch(() => undefined);
		if (real === undefined) {
			if (dirname(existing) === existing) {
				return;
			}
			existing = dirname(existing);
		}
	}
	const folder = await realpath(dirname(source));
	const inside = relative(folder, real);
	if (inside.startsWith('..') || isAbsolute(inside)) {
		throw new ExportError(`Réglage pretoire.export.outputDirectory refusé : « ${setting.trim()} » mène, par un lien symbolique, hors du dossier de l’acte (${real}) ; indiquez un vrai sous-dossier ou un chemin absolu`);
	}
}

/**
 * The one target resolution of every export the editor asks for (PDF, Word, projet d'ordonnance,
 * bordereau, bundle): `name` beside the act or in `outputDirectory`, never out of the act's folder by
 * `..` or a link; the folder is created when the lawyer named it. The writer then refuses the source,
 * a Markdown, YAML or JSON file (`writeExportAtomically`).
 */
export async function prepareExportTarget(uri: string, outputDirectory: string | undefined, name: (source: string) => string, label: string): Promise<{ source: string; target: string }> {
	if (!uri.startsWith('file:')) {
		throw new ExportError(`${label} impossible : enregistrez d’abord l’acte dans un fichier local`);
	}
	const source = fileURLToPath(uri);
	const target = join(dirname(exportTarget(source, outputDirectory)), name(source));
	await ensureInsideFolder(source, target, outputDirectory);
	if (outputDirectory?.trim()) {
		// The lawyer named the folder in the settings: create it rather than fail on first use.
		await mkdir(dirname(target), { recursive: true });
	}
	return { source, target };
}

function prepareTarget(params: ExportPdfRequest.Params, extension: string, kind: string): Promise<{ source: string; target: string }> {
	return prepareExportTarget(params.uri, params.outputDirectory, (source) => `${parse(source).name}${extension}`, `Export ${kind}`);
}

/** Exports the analysed pleading to its PDF and says where it went. */
export async function exportToPdf(model: PleadingModel, params: ExportPdfRequest.Params): Promise<ExportPdfRequest.Result> {
	const { source, target } = await prepareTarget(params, '.pdf', 'PDF');
	const exported = await exportPleading(model, { draft: params.draft });
	await writeExportAtomically(exported.pdf, target, source);
	return { path: target, pages: exported.pages };
}

/** Exports the analysed pleading to Word, with the firm's reference document if one is set. */
export async function exportToWord(model: PleadingModel, params: ExportWordRequest.Params, translator: Translator): Promise<ExportWordRequest.Result> {
	const { source, target } = await prepareTarget(params, '.docx', 'Word');
	const setting = params.wordTemplate?.trim() ?? '';
	let template: Uint8Array | undefined;
	if (setting !== '') {
		const path = resolve(dirname(source), setting);
		const read = await readLawyerFile(path, 'wordTemplate', translator);
		if ('refusal' in read) {
			throw new ExportError(`Export Word impossible : le modèle Word ${path} (pretoire.export.wordTemplate) est illisible (${read.refusal})`);
		}
		template = read.bytes;
	}
	const exported = await exportWord(model, { template, draft: params.draft });
	await writeExportAtomically(exported.docx, target, source);
	return { path: target };
}
