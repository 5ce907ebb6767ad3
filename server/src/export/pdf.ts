import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PleadingModel } from '../document/model';
import { compilePdf, type CompiledPdf, type EngineOptions } from './engine';
import { ExportError } from './errors';
import { pleadingToTypst } from './typst';

export { ExportError } from './errors';
export { FONT_FILES, findFontDirectory } from './engine';

export interface ExportOptions extends EngineOptions {
	/** Exported despite blanks to complete: every page is marked « PROJET ». */
	readonly draft?: boolean;
}

/**
 * The act as a tagged PDF/A file (PDF/A-2a, or PDF/A-2b when content without alternative text rules out
 * level A): fonts embedded, metadata and bookmarks from the headings. Every Typst warning is an
 * error here, because Typst "succeeds" with a warning where the act would lose text.
 */
export async function exportPdf(model: PleadingModel, options: ExportOptions = {}): Promise<Uint8Array> {
	return (await exportPleading(model, options)).pdf;
}

/** What an export produced, for callers that report the page count and the standard. */
export interface ExportedPdf extends CompiledPdf {
	readonly title: string;
}

/** `exportPdf`, with the page count, PDF/A level and title of the document. */
export async function exportPleading(model: PleadingModel, options: ExportOptions = {}): Promise<ExportedPdf> {
	if (model.act === undefined) {
		throw new ExportError('Export PDF impossible : le front matter doit indiquer `acte: assignation-refere` ou `acte: requete`');
	}
	const { markup, title } = pleadingToTypst(model, { draft: options.draft });
	return compileTypst(markup, title, options);
}

/** Compiles self-contained Typst markup (the act, its projet d'ordonnance, its bordereau) to a tagged PDF/A. */
export async function compileTypst(markup: string, title: string, options: ExportOptions = {}): Promise<ExportedPdf> {
	return { ...(await compilePdf(markup, options)), title };
}

/** The temporary files of exports under way: a process stopped by a signal removes them (`removeUnfinishedExports`). */
const unfinished = new Set<string>();

/** Removes the temporary files of the exports under way; synchronous, for a signal handler. */
export function removeUnfinishedExports(): void {
	unfinished.forEach((temporary) => rmSync(temporary, { force: true }));
	unfinished.clear();
}

/**
 * Writes an export (PDF, Word, agenda) next to nothing it could destroy: never over the source, a
 * Markdown file (an act), a YAML file (a dossier), a JSON file (settings) or a file the lawyer made
 * read-only, and through a temporary file readable by the lawyer alone (the act holds personal data),
 * renamed into place, so that a failure leaves the previous export intact and no temporary behind.
 */
export async function writeExportAtomically(bytes: Uint8Array, target: string, source: string): Promise<void> {
	const destination = resolve(target);
	if (/\.(?:md|markdown)$/iu.test(destination)) {
		throw new ExportError(`Export refusé : la destination ${destination} est un fichier Markdown ; choisissez un nom en .pdf ou .docx`);
	}
	if (/\.(?:ya?ml|json)$/iu.test(destination)) {
		throw new ExportError(`Export refusé : la destination ${destination} est un fichier YAML ou JSON (un dossier, des réglages) ; choisissez un nom en .pdf, .docx ou .ics`);
	}
	if (await isSameFile(destination, resolve(source))) {
		throw new ExportError(`Export refusé : la destination ${destination} est l’acte source lui-même`);
	}
	// A rename would replace a read-only file without a word (the folder, not the file, is checked):
	// the lawyer protected it, so it stays.
	const existing = await stat(destination).catch(() => undefined);
	if (existing !== undefined && existing.isFile() && (existing.mode & 0o222) === 0) {
		throw new ExportError(`Export refusé : ${destination} est protégé en écriture (lecture seule) ; retirez la protection ou choisissez un autre nom`);
	}
	const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	unfinished.add(temporary);
	try {
		await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
		await rename(temporary, destination);
	} catch (error) {
		await rm(temporary, { force: true }).catch(() => undefined);
		throw new ExportError(writeFailureMessage(error as NodeJS.ErrnoException, destination));
	} finally {
		unfinished.delete(temporary);
	}
}

/** The PDF's name for `writeExportAtomically`, which the other PDF exports call. */
export const writePdfAtomically = writeExportAtomically;

async function isSameFile(left: string, right: string): Promise<boolean> {
	// Windows and macOS volumes are case-insensitive by default: ACTE.MD is acte.md there.
	const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
	if (caseInsensitive ? left.toLowerCase() === right.toLowerCase() : left === right) {
		return true;
	}
	try {
		// A link or a second path to the same file.
		const [a, b] = await Promise.all([stat(left, { bigint: true }), stat(right, { bigint: true })]);
		return a.ino !== 0n && a.ino === b.ino && a.dev === b.dev;
	} catch {
		return false;
	}
}

function writeFailureMessage(error: NodeJS.ErrnoException, destination: string): string {
	const directory = dirname(destination);
	switch (error.code) {
		case 'ENOENT':
			return `Écriture impossible de ${destination} : le dossier ${directory} n’existe pas`;
		case 'EACCES':
			return `Écriture impossible de ${destination} : permission refusée (le fichier ou le dossier ${directory} est protégé en écriture)`;
		case 'EPERM':
			return `Écriture impossible de ${destination} : opération refusée (le fichier est peut-être ouvert dans un lecteur PDF ou protégé en écriture ; fermez-le puis recommencez)`;
		case 'EBUSY':
			return `Écriture impossible de ${destination} : le fichier est ouvert dans une autre application (un lecteur PDF ?) ; fermez-le puis recommencez`;
		case 'EISDIR':
			return `Écriture impossible de ${destination} : c’est un dossier ; indiquez un nom de fichier en .pdf ou .docx`;
		case 'EROFS':
			return `Écriture impossible de ${destination} : le disque est en lecture seule`;
		case 'ENOSPC':
			return `Écriture impossible de ${destination} : le disque est plein`;
		default:
			return `Écriture impossible de ${destination} : ${error.code ?? error.message}`;
	}
}
