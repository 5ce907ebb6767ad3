import type { NodeCompiler, NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PleadingModel } from '../document/model';
import { pleadingToTypst } from './typst';

/** Regular, italic, bold and bold italic: every face the template uses, and nothing else. */
export const FONT_FILES = ['SourceSerif4-Regular.ttf', 'SourceSerif4-It.ttf', 'SourceSerif4-Bold.ttf', 'SourceSerif4-BoldIt.ttf'] as const;

export interface ExportOptions {
	/** Where the four Source Serif 4 files are; by default `fonts/` next to the bundle. */
	readonly fontDirectory?: string;
	/** The creation date written in the PDF and its XMP metadata; the current time by default. */
	readonly now?: Date;
}

/** An export that must not produce a file, with a French message for the lawyer. */
export class ExportError extends Error {
	override readonly name = 'ExportError';
}

/**
 * The fonts shipped with the bundles (`dist/fonts`, copied by esbuild.mjs), then the npm package the
 * copies come from, for the test bundles that run from `out/`. System fonts are never looked up:
 * the act must look the same on every machine.
 */
export function findFontDirectory(explicit?: string): string {
	const candidates = explicit !== undefined ? [explicit] : [join(__dirname, 'fonts')];
	if (explicit === undefined) {
		for (let directory = __dirname; ; directory = dirname(directory)) {
			candidates.push(join(directory, 'node_modules', 'source-serif', 'TTF'));
			if (dirname(directory) === directory) {
				break;
			}
		}
	}
	const found = candidates.find((directory) => FONT_FILES.every((file) => existsSync(join(directory, file))));
	if (found === undefined) {
		throw new ExportError(`Export PDF impossible : polices Source Serif 4 introuvables (${FONT_FILES.join(', ')}) ; cherchées dans ${candidates[0]}. Réinstallez l'extension`);
	}
	return found;
}

// One compiler per font directory, kept for the life of the process: Typst memoizes layout between
// compilations, so a re-export after an edit only redoes what changed.
const compilers = new Map<string, NodeCompiler>();

function compilerFor(fontDirectory: string): NodeCompiler {
	const existing = compilers.get(fontDirectory);
	if (existing !== undefined) {
		return existing;
	}
	// Loaded on first export only, so that a platform without the native binary can still lint; by
	// `require`, because esbuild leaves `import()` of an external to Node's ESM resolver, which
	// ignores NODE_PATH and is needless for this CommonJS addon.
	let typst: typeof import('@myriaddreamin/typst-ts-node-compiler');
	try {
		typst = require('@myriaddreamin/typst-ts-node-compiler') as typeof import('@myriaddreamin/typst-ts-node-compiler');
	} catch (error) {
		throw new ExportError(`Export PDF impossible : le moteur Typst ne se charge pas sur cette plate-forme (${process.platform}-${process.arch}) : ${(error as Error).message}`);
	}
	const fontBlobs = FONT_FILES.map((file) => readFileSync(join(fontDirectory, file)));
	const compiler = typst.NodeCompiler.create({ fontArgs: [{ fontBlobs }] });
	compilers.set(fontDirectory, compiler);
	return compiler;
}

/**
 * The act as a PDF/A-2b file: fonts embedded, metadata and bookmarks from the headings. Every Typst
 * warning is an error here, because Typst "succeeds" with a warning where the act would lose text
 * (an unknown font gives a PDF with no text at all).
 */
export async function exportPdf(model: PleadingModel, options: ExportOptions = {}): Promise<Uint8Array> {
	return (await exportPleading(model, options)).pdf;
}

/** What an export produced, for callers that report the page count. */
export interface ExportedPdf {
	readonly pdf: Uint8Array;
	readonly pages: number;
	readonly title: string;
}

/** `exportPdf`, with the page count and title of the document. */
export async function exportPleading(model: PleadingModel, options: ExportOptions = {}): Promise<ExportedPdf> {
	if (model.act === undefined) {
		throw new ExportError('Export PDF impossible : le front matter doit indiquer `acte: assignation-refere` ou `acte: requete`');
	}
	const { markup, title } = pleadingToTypst(model);
	return compileTypst(markup, title, options);
}

/** Compiles self-contained Typst markup (the act, its projet d'ordonnance, its bordereau) to PDF/A-2b. */
export async function compileTypst(markup: string, title: string, options: ExportOptions = {}): Promise<ExportedPdf> {
	const compiler = compilerFor(findFontDirectory(options.fontDirectory));
	try {
		let result: ReturnType<NodeCompiler['compile']>;
		try {
			result = compiler.compile({ mainFileContent: markup });
		} catch (error) {
			// An internal failure of the compiler, not a diagnostic: still the lawyer's message format.
			throw failure(messagesOfThrown(error));
		}
		const problems = [...diagnosticsOf(result.takeError()), ...diagnosticsOf(result.takeWarnings())];
		const document = result.result;
		if (problems.length > 0 || document === null) {
			throw failure(problems.length > 0 ? problems : ['Typst n’a produit aucun document']);
		}
		const creationTimestamp = Math.floor((options.now ?? new Date()).getTime() / 1000);
		let pdf: Buffer;
		try {
			pdf = compiler.pdf(document, { pdfStandard: 'a-2b', creationTimestamp });
		} catch (error) {
			// The PDF writer reports its refusals (a glyph missing from every font, a PDF/A breach) by throwing.
			throw failure(messagesOfThrown(error));
		}
		return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages: document.numOfPages, title };
	} finally {
		// Results unused for 30 compilations go: enough for incremental re-exports, bounded memory.
		compiler.evictCache(30);
	}
}

interface TypstDiagnostic {
	readonly message?: string;
	readonly severity?: number | string;
}

function diagnosticsOf(error: NodeError | null): string[] {
	if (error === null) {
		return [];
	}
	const diagnostics = error.shortDiagnostics as TypstDiagnostic[];
	if (diagnostics.length === 0) {
		return [`erreur : ${error.kind}`];
	}
	return diagnostics.map((diagnostic) => {
		const severity = diagnostic.severity === 2 || diagnostic.severity === 'warning' ? 'avertissement' : 'erreur';
		return `${severity} : ${translate(diagnostic.message ?? '')}`;
	});
}

/** The messages in the `SourceDiagnostic { … message: "…" … }` debug text the PDF writer throws. */
function messagesOfThrown(error: unknown): string[] {
	const raw = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : String((error as Error)?.message ?? error);
	const messages = [...raw.matchAll(/message: "((?:[^"\\]|\\.)*)"/gu)].map((match) => match[1].replace(/\\(["\\])/gu, '$1'));
	return (messages.length > 0 ? messages : [raw]).map((message) => `erreur : ${translate(message)}`);
}

/** The Typst messages a lawyer can act on, in French; the others as Typst wrote them. */
function translate(message: string): string {
	const glyph = /^the text "(.*)" could not be displayed with any font$/su.exec(message);
	if (glyph !== null) {
		return `le texte « ${glyph[1]} » n’existe pas dans les polices du PDF (Source Serif 4, Libertinus Serif) : remplacez-le ou décrivez-le entre crochets`;
	}
	const font = /^unknown font family: (.*)$/su.exec(message);
	if (font !== null) {
		return `police inconnue : ${font[1]}`;
	}
	return `Typst : ${message}`;
}

function failure(problems: readonly string[]): ExportError {
	const count = problems.length === 1 ? 'un problème' : `${problems.length} problèmes`;
	return new ExportError(`Export PDF impossible : Typst a signalé ${count}, aucun fichier n’a été écrit\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
}

/**
 * Writes the PDF next to nothing it could destroy: never over the source or any Markdown file, and
 * through a temporary file renamed into place, so that a failure leaves the previous PDF intact.
 */
export async function writePdfAtomically(pdf: Uint8Array, target: string, source: string): Promise<void> {
	const destination = resolve(target);
	if (/\.(?:md|markdown)$/iu.test(destination)) {
		throw new ExportError(`Export refusé : la destination ${destination} est un fichier Markdown ; choisissez un nom en .pdf`);
	}
	if (await isSameFile(destination, resolve(source))) {
		throw new ExportError(`Export refusé : la destination ${destination} est l’acte source lui-même`);
	}
	const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	try {
		await writeFile(temporary, pdf, { flag: 'wx' });
		await rename(temporary, destination);
	} catch (error) {
		await rm(temporary, { force: true }).catch(() => undefined);
		throw new ExportError(writeFailureMessage(error as NodeJS.ErrnoException, destination));
	}
}

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
			return `Écriture impossible de ${destination} : c’est un dossier ; indiquez un nom de fichier en .pdf`;
		case 'EROFS':
			return `Écriture impossible de ${destination} : le disque est en lecture seule`;
		case 'ENOSPC':
			return `Écriture impossible de ${destination} : le disque est plein`;
		default:
			return `Écriture impossible de ${destination} : ${error.code ?? error.message}`;
	}
}
