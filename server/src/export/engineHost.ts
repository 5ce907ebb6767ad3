import type { NodeCompiler, NodeError, NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RenderSession, TypstRenderer } from '@myriaddreamin/typst-ts-renderer';
import { PreviewPages, styleSheetOf, type SplitSvg } from './engineSvg';
import { PDF_STANDARDS, type EngineRequest, type EngineResponse, type PdfStandardId, type TypstProblem } from './engineProtocol';

/**
 * The child process that runs the native Typst compiler for `engine.ts`. A panic inside the compiler
 * aborts the process it runs in; here that is this child, never the language server or the CLI. Its
 * standard error is discarded by the parent, because a panic message quotes the document's text.
 */

const FONT_FILES = ['SourceSerif4-Regular.ttf', 'SourceSerif4-It.ttf', 'SourceSerif4-Bold.ttf', 'SourceSerif4-BoldIt.ttf'];

// Typst's project root: an empty folder only this process knows, so that no `read`, `image` or
// `import` of a path can reach the lawyer's files (the markup never contains one: every character of
// the pleading is escaped, but the root must not depend on that alone).
const workspace = mkdtempSync(join(tmpdir(), 'pretoire-typst-'));
process.on('exit', () => rmSync(workspace, { recursive: true, force: true }));
// No package either: an `@preview` import would be downloaded from packages.typst.org and `@local`
// ones read from the user's data folder. The compiler reads its environment when it needs it: its
// package folders (XDG, Linux) point into the empty root, and its downloads go to a proxy on the
// discard port, which refuses at once, before any name is even looked up (checked with strace).
const nowhere = 'http://127.0.0.1:9';
Object.assign(process.env, { XDG_DATA_HOME: workspace, XDG_CACHE_HOME: workspace, HTTPS_PROXY: nowhere, HTTP_PROXY: nowhere, ALL_PROXY: nowhere, NO_PROXY: '' });
delete process.env.TYPST_PACKAGE_PATH;
delete process.env.TYPST_PACKAGE_CACHE_PATH;

// One layout thread: with several, Typst numbers the glyphs of a page in the order its threads
// finish, so the same markup gives other fingerprints on every page, and the preview, keyed by them,
// would redraw the whole act at every other keystroke. Read by the compiler when it first lays out.
process.env.RAYON_NUM_THREADS = '1';

let typst: typeof import('@myriaddreamin/typst-ts-node-compiler') | undefined;
let loadFailure: string | undefined;
try {
	typst = require('@myriaddreamin/typst-ts-node-compiler') as typeof import('@myriaddreamin/typst-ts-node-compiler');
} catch (error) {
	loadFailure = `${process.platform}-${process.arch} : ${(error as Error).message.split('\n')[0]}`;
}

// One compiler per font directory, kept for the life of the process: Typst memoizes layout between
// compilations, so a re-export after an edit only redoes what changed.
const compilers = new Map<string, NodeCompiler>();

function compilerFor(fontDirectory: string): NodeCompiler {
	let compiler = compilers.get(fontDirectory);
	if (compiler === undefined && typst !== undefined) {
		const fontBlobs = FONT_FILES.map((file) => readFileSync(join(fontDirectory, file)));
		compiler = typst.NodeCompiler.create({ workspace, fontArgs: [{ fontBlobs }] });
		compilers.set(fontDirectory, compiler);
	}
	return compiler as NodeCompiler;
}

/**
 * The preview's renderer: typst.ts's SVG renderer (WebAssembly, shipped as `typst_ts_renderer_bg.wasm`
 * beside this script), given Typst's vector form of the act at each render. Its session remembers the
 * last drawing, so that it draws again only the pages that changed (see `engineSvg.ts`). Should it
 * fail to load or to draw (a WebAssembly instance that failed cannot be trusted, nor loaded again in
 * this process), the compiler's own SVG of the whole act serves: the same pages, drawn all at once.
 */
class PreviewRenderer {
	private renderer: TypstRenderer | undefined;
	private failed = false;
	private session: RenderSession | undefined;
	private readonly pages = new PreviewPages();
	private styleSheet: string | undefined;

	render(compiler: NodeCompiler, document: NodeTypstDocument, known: ReadonlySet<string>): SplitSvg {
		if (!this.failed) {
			this.styleSheet ??= styleSheetOf(compiler.svg(compiler.compile({ mainFileContent: '' }).result!));
			const vector = compiler.vector(document);
			try {
				const drawn = this.draw(vector, this.styleSheet, known) ?? this.draw(vector, this.styleSheet, known, true);
				if (drawn !== undefined) {
					return drawn;
				}
			} catch {
				// Thrown by the renderer (or it cannot be loaded): not used again in this process.
			}
			// A whole drawing the pages cannot be cut from is not expected either: the compiler draws from now on.
			this.failed = true;
			this.session = undefined;
			this.pages.clear();
		}
		// The compiler's SVG carries its style sheet and draws every page: nothing to take from a drawing before.
		return this.pages.split(compiler.svg(document), '', known, true)!;
	}

	/** Undefined when the drawing needs a page or a definition that only a whole drawing gives. */
	private draw(vector: Buffer, styleSheet: string, known: ReadonlySet<string>, whole = false): SplitSvg | undefined {
		if (this.renderer === undefined) {
			const wasm = require('@myriaddreamin/typst-ts-renderer/pkg/typst_ts_renderer.mjs') as typeof import('@myriaddreamin/typst-ts-renderer');
			wasm.initSync({ module: readFileSync(join(__dirname, 'typst_ts_renderer_bg.wasm')) });
			this.renderer = new wasm.TypstRenderer();
		}
		const wholeDrawing = this.session === undefined || whole;
		let session = this.session;
		if (session === undefined || whole) {
			session = this.renderer.session_from_artifact(vector, 'vector');
			this.session = session;
			this.pages.clear();
		} else {
			// `reset`, not `merge`: the session's items are rebuilt, so a page that changed is drawn whole
			// (merged, its unchanged lines would come as references to the drawing before).
			this.renderer.manipulate_data(session, 'reset', vector);
		}
		const diff = this.renderer.render_svg_diff(session, 0, 0, session.doc_width, session.doc_height);
		return this.pages.split(diff, styleSheet, known, wholeDrawing);
	}
}

const preview = new PreviewRenderer();

interface TypstDiagnostic {
	readonly message?: string;
	readonly severity?: number | string;
}

function problemsOf(error: NodeError | null, severity: 'error' | 'warning'): TypstProblem[] {
	if (error === null) {
		return [];
	}
	const diagnostics = error.shortDiagnostics as TypstDiagnostic[];
	if (diagnostics.length === 0) {
		return [{ severity, message: error.kind }];
	}
	return diagnostics.map((diagnostic) => ({
		severity: diagnostic.severity === 2 || diagnostic.severity === 'warning' ? 'warning' : severity,
		message: diagnostic.message ?? '',
	}));
}

/** The messages in the `SourceDiagnostic { … message: "…" … }` debug text the PDF writer throws. */
function problemsOfThrown(error: unknown): TypstProblem[] {
	const raw = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : String((error as Error)?.message ?? error);
	const messages = [...raw.matchAll(/message: "((?:[^"\\]|\\.)*)"/gu)].map((match) => match[1].replace(/\\(["\\])/gu, '$1'));
	return (messages.length > 0 ? messages : [raw]).map((message) => ({ severity: 'error', message }));
}

function handle(request: EngineRequest): EngineResponse {
	const { id } = request;
	if (typst === undefined) {
		return { id, ok: false, unavailable: loadFailure ?? 'unknown' };
	}
	const compiler = compilerFor(request.fontDirectory);
	try {
		let result: ReturnType<NodeCompiler['compile']>;
		try {
			result = compiler.compile({ mainFileContent: request.markup });
		} catch (error) {
			return { id, ok: false, problems: problemsOfThrown(error) };
		}
		// Every warning is an error here: Typst "succeeds" with a warning where the act would lose text.
		const problems = [...problemsOf(result.takeError(), 'error'), ...problemsOf(result.takeWarnings(), 'warning')];
		const document = result.result;
		if (problems.length > 0 || document === null) {
			return { id, ok: false, problems: problems.length > 0 ? problems : [{ severity: 'error', message: 'no document' }] };
		}
		if (request.output === 'svg') {
			return { id, ok: true, output: 'svg', ...preview.render(compiler, document, new Set(request.known)) };
		}
		// The accessible level when the document allows it; Typst refuses to write a file that breaks
		// the standard, and content without alternative text (an image, a figure) breaks level A only.
		let refusal: TypstProblem[] = [];
		for (const standard of PDF_STANDARDS) {
			try {
				const pdf = compiler.pdf(document, { pdfStandard: standard, creationTimestamp: request.creationTimestamp });
				return { id, ok: true, output: 'pdf', pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages: document.numOfPages, standard: standard as PdfStandardId };
			} catch (error) {
				refusal = problemsOfThrown(error);
			}
		}
		return { id, ok: false, problems: refusal };
	} finally {
		// Results unused for 30 compilations go: enough for incremental re-exports, bounded memory.
		compiler.evictCache(30);
	}
}

process.on('message', (request: EngineRequest) => {
	process.send?.(handle(request));
});
process.on('disconnect', () => process.exit(0));
