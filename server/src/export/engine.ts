import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineRequest, EngineResponse, PdfStandardId, SvgPart, TypstProblem } from './engineProtocol';
import { ExportError } from './errors';

/**
 * The typesetting engine of every export and of the preview: Typst (native compiler, Typst 0.14),
 * run in a child process (`engineHost.ts`). Nothing else in Prétoire loads the compiler.
 *
 * - `compilePdf(markup)`: the PDF (PDF/A-2a, tagged, or PDF/A-2b when the document cannot meet level A).
 * - `renderSvg(markup, known)`: the pages as SVG, one drawing each, for a preview; drawn again only
 *   where the act changed since the last render (typst.ts's incremental renderer, see `engineSvg.ts`).
 *
 * A compiler panic or a document that takes longer than the budget ends the child, never the caller:
 * the pending request fails with a French `ExportError`, and the next request starts a new child.
 */

/** Regular, italic, bold and bold italic: every face the template uses, and nothing else. */
export const FONT_FILES = ['SourceSerif4-Regular.ttf', 'SourceSerif4-It.ttf', 'SourceSerif4-Bold.ttf', 'SourceSerif4-BoldIt.ttf'] as const;

/** How long one compilation may take before the engine is stopped; a 40-page act takes well under a second. */
export const COMPILE_BUDGET_MS = 120_000;

export interface EngineOptions {
	/** Where the four Source Serif 4 files are; by default `fonts/` next to the bundle. */
	readonly fontDirectory?: string;
	/** The creation date written in the PDF and its XMP metadata; the current time by default. */
	readonly now?: Date;
}

export interface CompiledPdf {
	readonly pdf: Uint8Array;
	readonly pages: number;
	/** `PDF/A-2a` (accessible level) or `PDF/A-2b`. */
	readonly standard: 'PDF/A-2a' | 'PDF/A-2b';
}

export interface RenderedSvg {
	/** The styles and glyph outlines every page draws with, as an SVG that draws nothing. */
	readonly head: SvgPart;
	/** Each page as an SVG of its own, in order. */
	readonly pages: readonly SvgPart[];
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

/** `typstHost.js` beside the bundle (dist/), or in the dist/ of the repository for the test bundles. */
function hostScript(): string {
	const candidates = [join(__dirname, 'typstHost.js')];
	for (let directory = __dirname; dirname(directory) !== directory; directory = dirname(directory)) {
		candidates.push(join(directory, 'dist', 'typstHost.js'));
	}
	const found = candidates.find((path) => existsSync(path));
	if (found === undefined) {
		throw new ExportError(`Export PDF impossible : le moteur d'export (typstHost.js) est introuvable à côté de ${__dirname}. Réinstallez l'extension`);
	}
	return found;
}

interface Pending {
	readonly resolve: (response: EngineResponse) => void;
	readonly reject: (error: ExportError) => void;
	readonly timer: NodeJS.Timeout;
}

let child: ChildProcess | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

const CRASH = 'Export PDF impossible : le moteur de mise en page Typst s’est arrêté brutalement sur cet acte (erreur interne de Typst) ; aucun fichier n’a été écrit. Cherchez un caractère inhabituel collé dans le texte (caractère invisible, écriture de droite à gauche) ou des citations et listes imbriquées très profondément, et réessayez';
const TIMEOUT = `Export PDF impossible : la mise en page a dépassé ${COMPILE_BUDGET_MS / 1000} secondes et a été interrompue ; aucun fichier n’a été écrit`;

function failAll(message: string): void {
	for (const [id, request] of pending) {
		clearTimeout(request.timer);
		pending.delete(id);
		request.reject(new ExportError(message));
	}
}

function startChild(): ChildProcess {
	// No stdout/stderr: a panic message quotes the pleading, which must never reach a log.
	const started = fork(hostScript(), [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
	started.on('message', (response: EngineResponse) => {
		const request = pending.get(response.id);
		if (request !== undefined) {
			clearTimeout(request.timer);
			pending.delete(response.id);
			request.resolve(response);
		}
		idle(started);
	});
	started.on('exit', () => {
		if (child === started) {
			child = undefined;
		}
		failAll(CRASH);
	});
	started.on('error', () => {
		started.kill();
	});
	return started;
}

/** An idle engine must not keep the CLI alive. */
function idle(engine: ChildProcess): void {
	if (pending.size === 0) {
		engine.unref();
		engine.channel?.unref();
	}
}

function send(request: Omit<EngineRequest, 'id'>): Promise<EngineResponse> {
	child ??= startChild();
	const target = child;
	const id = nextId++;
	target.ref();
	target.channel?.ref();
	return new Promise<EngineResponse>((resolve, reject) => {
		const timer = setTimeout(() => {
			pending.delete(id);
			reject(new ExportError(TIMEOUT));
			// The compilation cannot be interrupted inside Typst: the child goes, with its cache.
			if (child === target) {
				child = undefined;
			}
			target.kill('SIGKILL');
		}, COMPILE_BUDGET_MS);
		pending.set(id, { resolve, reject, timer });
		target.send({ ...request, id });
	});
}

/** The Typst source as a PDF/A file: fonts embedded, tagged, metadata and bookmarks from the headings. */
export async function compilePdf(markup: string, options: EngineOptions = {}): Promise<CompiledPdf> {
	const response = await send({
		output: 'pdf',
		markup,
		fontDirectory: findFontDirectory(options.fontDirectory),
		creationTimestamp: Math.floor((options.now ?? new Date()).getTime() / 1000),
	});
	if (!response.ok) {
		throw refusal(response);
	}
	if (response.output !== 'pdf') {
		throw new ExportError(CRASH);
	}
	return { pdf: response.pdf, pages: response.pages, standard: STANDARD_NAMES[response.standard] };
}

/**
 * The Typst source's pages as SVG, with the same fonts and the same layout as the PDF. The parts whose
 * keys are `known` (the caller holds them from an earlier render) come back as their key alone.
 */
export async function renderSvg(markup: string, known: readonly string[] = [], options: EngineOptions = {}): Promise<RenderedSvg> {
	const response = await send({ output: 'svg', markup, fontDirectory: findFontDirectory(options.fontDirectory), creationTimestamp: 0, known });
	if (!response.ok) {
		throw refusal(response);
	}
	if (response.output !== 'svg') {
		throw new ExportError(CRASH);
	}
	return { head: response.head, pages: response.pages };
}

const STANDARD_NAMES: Record<PdfStandardId, CompiledPdf['standard']> = { 'a-2a': 'PDF/A-2a', 'a-2b': 'PDF/A-2b' };

function refusal(response: Extract<EngineResponse, { ok: false }>): ExportError {
	if ('unavailable' in response) {
		return new ExportError(`Export PDF impossible : le moteur Typst ne se charge pas sur cette plate-forme (${response.unavailable}). Installez le paquet de l'extension prévu pour votre système (voir le README)`);
	}
	const problems = response.problems.map(describe);
	const count = problems.length === 1 ? 'un problème' : `${problems.length} problèmes`;
	return new ExportError(`Export PDF impossible : Typst a signalé ${count}, aucun fichier n’a été écrit\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
}

function describe(problem: TypstProblem): string {
	return `${problem.severity === 'warning' ? 'avertissement' : 'erreur'} : ${translate(problem.message)}`;
}

/** The Typst messages a lawyer can act on, in French; the others as Typst wrote them. */
function translate(message: string): string {
	// "the text "😀" could not be displayed with any font" (layout), or, from the PDF/A writer,
	// "PDF/A-2b error: the text `"😀"` could not be displayed with font `"Source Serif 4"`".
	const glyph = /^(?:PDF\/A-\w+ error: )?the text `?"(.*)"`? could not be displayed with (?:any font|font .*)$/su.exec(message);
	if (glyph !== null) {
		return `le texte « ${glyph[1]} » n’existe pas dans les polices du PDF (Source Serif 4, Libertinus Serif) : remplacez-le ou décrivez-le entre crochets`;
	}
	const font = /^unknown font family: (.*)$/su.exec(message);
	if (font !== null) {
		return `police inconnue : ${font[1]}`;
	}
	return `Typst : ${message}`;
}
