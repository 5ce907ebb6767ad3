import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
	CodeLensRequest,
	createProtocolConnection,
	DidChangeTextDocumentNotification,
	DidOpenTextDocumentNotification,
	DocumentLinkRequest,
	DocumentSymbolRequest,
	FoldingRangeRequest,
	HoverRequest,
	InitializedNotification,
	InitializeRequest,
	PublishDiagnosticsNotification,
	StreamMessageReader,
	StreamMessageWriter,
	type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parsePleading } from '../server/src/document/parse';
import { isInherited, type PleadingModel } from '../server/src/document/model';
import { fromTransferable, toTransferable } from '../server/src/document/transfer';
import { toDiagnostic } from '../server/src/engine/diagnostics';
import { analyze } from '../server/src/engine/analyze';
import { exportPdf } from '../server/src/export/pdf';
import { PreviewRequest } from '../server/src/protocol';
import { PREVIEW_RENDER_DELAY_MS } from '../client/src/previewSource';
import { previewPageHtml } from '../client/src/previewPage';
import { defaultSettings } from '../server/src/settings';
import { generatePleading } from './generate';

/**
 * `npm run bench`: every figure next to a floor measured in the same run, as a ratio, with its goal.
 * The machine is noisy: each figure is a median of repeated runs. Writes docs/BENCHMARKS.md.
 */
const quick = process.argv.includes('--quick');
const REPEAT = quick ? 5 : 15;
const rows: { measure: string; value: string; ratio: string; goal: string; met: string }[] = [];
const today = new Date('2025-03-01T12:00:00Z');

function median(values: readonly number[]): number {
	const sorted = [...values].sort((left, right) => left - right);
	return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((left, right) => left - right);
	return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)];
}

function timeMedian(run: () => void, repeat = REPEAT): number {
	run();
	const times: number[] = [];
	for (let index = 0; index < repeat; index++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return median(times);
}

function record(measure: string, value: string, ratio: number | undefined, goal: string, met: boolean | undefined): void {
	rows.push({ measure, value, ratio: ratio === undefined ? '—' : `${ratio.toFixed(2)}×`, goal, met: met === undefined ? '—' : met ? 'oui' : '**non**' });
	console.log(`${measure}: ${value}${ratio === undefined ? '' : ` (${ratio.toFixed(2)}×)`} — objectif : ${goal} — ${met === undefined ? '' : met ? 'atteint' : 'MANQUÉ'}`);
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The floor: what any tool must do, parse the Markdown and the YAML. */
function floorParse(text: string): void {
	const tree = markdown.parse(text);
	const yamlNode = tree.children[0];
	if (yamlNode?.type === 'yaml') {
		parseDocument(yamlNode.value);
	}
}

function fullAnalysis(text: string): void {
	analyze(parsePleading(TextDocument.create('file:///bench.md', 'markdown', 1, text)), { settings: defaultSettings, language: defaultSettings.language, today });
}

const sizes = [
	{ pages: 5, publications: 10 },
	{ pages: 50, publications: 600 },
	{ pages: 200, publications: 600 },
];
const texts = new Map(sizes.map((size) => [size.pages, generatePleading(size.pages, size.publications)]));

function analysisBenchmarks(): Map<number, number> {
	const floors = new Map<number, number>();
	for (const { pages, publications } of sizes) {
		const text = texts.get(pages)!;
		const floor = timeMedian(() => floorParse(text));
		const full = timeMedian(() => fullAnalysis(text));
		const peer = timeMedian(() => lint({ strings: { pleading: text } }));
		floors.set(pages, floor);
		record(`Analyse complète, ${pages} pages, ${publications} publications (${(text.length / 1000).toFixed(0)} k caractères)`, `${full.toFixed(1)} ms (plancher ${floor.toFixed(1)} ms)`, full / floor, '≤ 1,5 × le plancher', full / floor <= 1.5);
		record(`markdownlint sur le même texte, ${pages} pages`, `${peer.toFixed(1)} ms ; Prétoire ${full.toFixed(1)} ms`, full / peer, 'comparaison (ratio Prétoire / markdownlint)', undefined);
	}
	// An edit in the body reuses the front matter and the body's unchanged parts (and the reverse): it
	// must cost less than a full parse. Each version differs from the one before (a character typed, then deleted).
	const text50 = texts.get(50)!;
	let previous = parsePleading(TextDocument.create('file:///bench.md', 'markdown', 1, text50));
	const at = text50.indexOf('# PAR CES MOTIFS') - 2;
	let version = 1;
	const bodyEdit = timeMedian(() => {
		version++;
		const edited = `${text50.slice(0, at)}${version % 2 === 0 ? 'x' : ''}${text50.slice(at)}`;
		previous = parsePleading(TextDocument.create('file:///bench.md', 'markdown', version, edited), previous);
		analyze(previous, { settings: defaultSettings, language: defaultSettings.language, today });
	});
	record('Analyse après la frappe d’un caractère dans le corps (50 pages, front matter et parties inchangées du corps réutilisés)', `${bodyEdit.toFixed(1)} ms (plancher d’une analyse complète ${floors.get(50)!.toFixed(1)} ms)`, bodyEdit / floors.get(50)!, '< 1 × le plancher', bodyEdit < floors.get(50)!);
	const small = sizes[0];
	const large = sizes[sizes.length - 1];
	const perCharacterSmall = timeMedian(() => fullAnalysis(texts.get(small.pages)!)) / texts.get(small.pages)!.length;
	const perCharacterLarge = timeMedian(() => fullAnalysis(texts.get(large.pages)!)) / texts.get(large.pages)!.length;
	record('Linéarité : coût par caractère, 200 pages / 5 pages', `${(perCharacterLarge * 1e6).toFixed(1)} / ${(perCharacterSmall * 1e6).toFixed(1)} ns`, perCharacterLarge / perCharacterSmall, '≤ 2 (linéaire)', perCharacterLarge / perCharacterSmall <= 2);
	return floors;
}

async function startServer(): Promise<{ connection: ProtocolConnection; pid: number; stop: () => Promise<void>; startupMs: number }> {
	const start = performance.now();
	const child = spawn(process.execPath, [join('dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	connection.listen();
	await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
	const startupMs = performance.now() - start;
	await connection.sendNotification(InitializedNotification.type, {});
	return {
		connection,
		pid: child.pid!,
		startupMs,
		stop: async () => {
			connection.dispose();
			child.kill();
		},
	};
}

function waitForVersion(connection: ProtocolConnection, uri: string, version: number): Promise<void> {
	return new Promise((resolve) => {
		const subscription = connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
			if (params.uri === uri && params.version === version) {
				subscription.dispose();
				resolve();
			}
		});
	});
}

async function lspBenchmarks(floors: Map<number, number>): Promise<void> {
	const startups: number[] = [];
	for (let run = 0; run < (quick ? 3 : 7); run++) {
		const server = await startServer();
		startups.push(server.startupMs);
		await server.stop();
	}
	const nodeFloor = median(Array.from({ length: quick ? 3 : 7 }, () => {
		const start = performance.now();
		spawnSync(process.execPath, ['-e', '0']);
		return performance.now() - start;
	}));
	record('Démarrage du serveur jusqu’à la réponse à initialize', `${median(startups).toFixed(0)} ms (Node seul : ${nodeFloor.toFixed(0)} ms)`, median(startups) / nodeFloor, 'comparaison au démarrage de Node', undefined);

	const server = await startServer();
	const { connection } = server;
	const uri = 'file:///bench-50.md';
	const text = texts.get(50)!;
	let version = 1;
	let ready = waitForVersion(connection, uri, version);
	await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
	await ready;
	const document = TextDocument.create(uri, 'markdown', 1, text);
	const bodyOffset = text.indexOf('# PAR CES MOTIFS') - 2;
	const position = document.positionAt(bodyOffset);
	const latencies: number[] = [];
	for (let edit = 0; edit < (quick ? 10 : 30); edit++) {
		version++;
		ready = waitForVersion(connection, uri, version);
		const start = performance.now();
		await connection.sendNotification(DidChangeTextDocumentNotification.type, {
			textDocument: { uri, version },
			// Types a character, then deletes it: every version is a real edit of the body.
			contentChanges: [edit % 2 === 0 ? { range: { start: position, end: position }, text: 'x' } : { range: { start: position, end: { line: position.line, character: position.character + 1 } }, text: '' }],
		});
		await ready;
		latencies.push(performance.now() - start);
	}
	const debounce = defaultSettings.debounceMs;
	const goal = 1.5 * floors.get(50)! + debounce;
	record('Frappe d’un caractère → diagnostics publiés (50 pages, 600 publications), médiane', `${median(latencies).toFixed(0)} ms (p95 ${percentile(latencies, 0.95).toFixed(0)} ms, dont ${debounce} ms d’attente de frappe)`, median(latencies) / (floors.get(50)! + debounce), `≤ 1,5 × plancher + attente = ${goal.toFixed(0)} ms`, median(latencies) <= goal);

	// Fifty open 50-page pleadings with 600 publications each (plus the one typed in above).
	for (let index = 0; index < 50; index++) {
		const pleading = `file:///memory-${index}.md`;
		const opened = waitForVersion(connection, pleading, 1);
		await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pleading, languageId: 'markdown', version: 1, text: texts.get(50)!.replace('MARTIN', `MARTIN${index}`) } });
		await opened;
	}
	const rssMb = (): number => Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
	const busy = rssMb();
	record('Mémoire du serveur avec 51 actes de 50 pages (600 publications) ouverts, dès le dernier analysé', `${busy.toFixed(0)} Mo`, undefined, '< 300 Mo', busy < 300);
	// V8 gives back the pages it no longer needs once the server has been idle for a few seconds.
	await new Promise((resolve) => setTimeout(resolve, 20_000));
	record('La même mémoire après 20 s sans frappe', `${rssMb().toFixed(0)} Mo`, undefined, 'à titre d’information', undefined);
	// What an editor asks of each act it shows (VS Code: lenses, outline, folding, links; a hover).
	const lines = texts.get(50)!.split('\n');
	const hoverLine = lines.findIndex((line) => line.includes('222-17'));
	for (let index = 0; index < 50; index++) {
		const textDocument = { uri: `file:///memory-${index}.md` };
		await connection.sendRequest(CodeLensRequest.type, { textDocument });
		await connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
		await connection.sendRequest(FoldingRangeRequest.type, { textDocument });
		await connection.sendRequest(DocumentLinkRequest.type, { textDocument });
		await connection.sendRequest(HoverRequest.type, { textDocument, position: { line: hoverLine, character: lines[hoverLine].indexOf('222-17') + 2 } });
	}
	record('La même mémoire après les requêtes d’un éditeur sur chaque acte (lentilles, plan, replis, liens, survol)', `${rssMb().toFixed(0)} Mo`, undefined, 'à titre d’information', undefined);
	await server.stop();
}

/** The median export of an act by a compiler already loaded and warm (the same process). */
async function warmExportMs(model: PleadingModel): Promise<number> {
	await exportPdf(model);
	const runs: number[] = [];
	for (let run = 0; run < (quick ? 3 : 7); run++) {
		const start = performance.now();
		await exportPdf(model);
		runs.push(performance.now() - start);
	}
	return median(runs);
}

/** Debian's Chromium, the peer of the export and the preview's browser; absent, those lines say so. */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

async function exportBenchmarks(): Promise<void> {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-bench-'));
	const source = join(directory, 'acte-30-pages.md');
	const text = generatePleading(30, 40);
	writeFileSync(source, text);
	const model = parsePleading(TextDocument.create('file:///acte.md', 'markdown', 1, text));
	const coldRuns = Array.from({ length: quick ? 2 : 5 }, () => {
		const start = performance.now();
		// The generated act keeps the templates' sample identities: the export is forced, as after the warning.
		execFileSync(process.execPath, [join('dist', 'cli.js'), 'export', source, '-o', join(directory, 'cold.pdf'), '--force']);
		return performance.now() - start;
	});
	const cold = median(coldRuns);
	const warm = await warmExportMs(model);
	const pages = /Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [join(directory, 'cold.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1] ?? '?';
	if (CHROMIUM === undefined) {
		record(`Export PDF (${pages} pages), processus complet`, `${cold.toFixed(0)} ms`, undefined, 'plus rapide que Chromium (absent : non mesuré)', undefined);
	} else {
		const html = join(directory, 'acte.html');
		const body = text.split('\n---\n')[1].split('\n\n').map((block) => `<p>${block.replace(/[&<>]/gu, (character) => `&#${character.charCodeAt(0)};`)}</p>`).join('\n');
		writeFileSync(html, `<!doctype html><html lang="fr"><meta charset="utf-8"><style>@page{size:A4;margin:2.5cm}body{font-family:serif;text-align:justify;hyphens:auto}</style><body>${body}</body></html>`);
		const chromiumRuns = Array.from({ length: quick ? 2 : 5 }, () => {
			const start = performance.now();
			spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${join(directory, 'profile')}`, `--print-to-pdf=${join(directory, 'chromium.pdf')}`, `file://${html}`], { stdio: 'ignore' });
			return performance.now() - start;
		});
		const reference = median(chromiumRuns);
		record(`Export PDF à froid (${pages} pages, processus complet) contre une impression Chromium du même texte`, `${cold.toFixed(0)} ms ; Chromium ${reference.toFixed(0)} ms`, cold / reference, 'plus rapide que Chromium (< 1×)', cold < reference);
	}
	record('Export PDF à chaud (même processus, compilateur réutilisé)', `${warm.toFixed(0)} ms`, warm / cold, 'comparaison à l’export à froid', undefined);
}

/** What the benchmark uses of the preview page's window in Chromium (the bench is not compiled with the DOM's types). */
interface PreviewWindow {
	said: { type?: string }[];
	acquireVsCodeApi: () => unknown;
	addEventListener(type: 'message', listener: () => void, options: { once: boolean }): void;
	postMessage(message: unknown, target: string): void;
	requestAnimationFrame(callback: () => void): number;
}

/**
 * Keystrokes in a 50-page act until its preview shows them, as the editor does it: the change sent to
 * the language server, the preview's pause after typing, the preview request and its answer — the
 * server's whole path (the act parsed, the Typst source, the pages drawn again by the engine process
 * where they changed, only those the webview does not hold sent) — then the answer posted to the
 * preview's own page (`client/src/previewPage.ts`) in Chromium, until the frame after its update is
 * painted. Against the warm export of the same act in the same run. Each keystroke adds a letter of a
 * sentence typed in the body, so that no version is one the compiler has seen. Not counted: VS Code's
 * own relay of the message from the extension host to the webview.
 */
async function previewBenchmark(): Promise<void> {
	if (CHROMIUM === undefined) {
		record('Frappe d’un caractère → aperçu redessiné', 'non mesuré : Chromium absent (apt-get install chromium)', undefined, '≤ 300 ms, attente comprise', undefined);
		return;
	}
	const text = generatePleading(50, 40);
	const warmExport = await warmExportMs(parsePleading(TextDocument.create('file:///apercu.md', 'markdown', 1, text)));
	// Loaded here only: the analysis measures above run in a process that has not loaded it.
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	const server = await startServer();
	try {
		const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
		// The webview's API, as VS Code gives it: the page says `ready`, then shows what it is posted.
		await page.addInitScript(() => {
			const view = globalThis as unknown as PreviewWindow;
			view.said = [];
			view.acquireVsCodeApi = () => ({ postMessage: (message: { type?: string }) => view.said.push(message), getState: () => undefined, setState: () => undefined });
		});
		const texts = { page: 'Page {0} sur {1}', zoomIn: 'Agrandir (+)', zoomOut: 'Réduire (-)', fitWidth: 'Ajuster à la largeur (0)', pages: 'Pages de l’acte' };
		// A page of its own (the blank page a browser opens with runs no init script).
		const pagePath = join(mkdtempSync(join(tmpdir(), 'pretoire-apercu-')), 'apercu.html');
		writeFileSync(pagePath, previewPageHtml({ nonce: 'banc', cspSource: 'none', language: 'fr', uri: undefined, texts, labels: { toolbar: 'Aperçu', rendering: 'Mise en page…' } }));
		await page.goto(`file://${pagePath}`);
		await page.waitForFunction(() => (globalThis as unknown as PreviewWindow).said.some((message) => message.type === 'ready'));
		// Posted as the extension posts it; resolves once the frame after the page's update is painted.
		const show = (result: PreviewRequest.Result): Promise<void> =>
			page.evaluate((message) => new Promise<void>((resolve) => {
				const view = globalThis as unknown as PreviewWindow;
				view.addEventListener('message', () => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())), { once: true });
				view.postMessage(message, '*');
			}), { type: 'pages', head: result.head, pages: result.pages, label: `${result.pages.length} pages`, uri: 'file:///apercu-50.md' });
		const { connection } = server;
		const uri = 'file:///apercu-50.md';
		await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
		const render = (known: readonly string[]): Promise<PreviewRequest.Result> => connection.sendRequest<PreviewRequest.Result>(PreviewRequest.method, { uri, known });
		let rendered = await render([]);
		await show(rendered);
		const pages = rendered.pages.length;
		let known = [rendered.head.key, ...rendered.pages.map((part) => part.key)];
		const position = TextDocument.create(uri, 'markdown', 1, text).positionAt(text.indexOf('# PAR CES MOTIFS') - 2);
		const typed = ' Le constat est joint aux débats et chacun peut le lire.';
		const latencies: number[] = [];
		const serverLatencies: number[] = [];
		const sent: number[] = [];
		let editedPage = -1;
		for (let version = 2; version < (quick ? 12 : 36); version++) {
			const letter = { line: position.line, character: position.character + version - 2 };
			const start = performance.now();
			await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: letter, end: letter }, text: typed[version - 2] }] });
			await new Promise((resolve) => setTimeout(resolve, PREVIEW_RENDER_DELAY_MS));
			rendered = await render(known);
			const answered = performance.now();
			await show(rendered);
			if (editedPage < 0) {
				// The first letters that change a page, not timed, find the page typed in: the lawyer looks
				// at what they type, so it is the page in view (a space at the end of a paragraph changes none).
				editedPage = rendered.pages.findIndex((part) => part.svg !== undefined);
				if (editedPage >= 0) {
					await page.locator('#pages > .page').nth(editedPage).scrollIntoViewIfNeeded();
				}
			} else {
				latencies.push(performance.now() - start);
				serverLatencies.push(answered - start);
				sent.push([rendered.head, ...rendered.pages].reduce((total, part) => total + (part.svg?.length ?? 0), 0));
			}
			known = [rendered.head.key, ...rendered.pages.map((part) => part.key)];
		}
		const shownPages = await page.locator('#pages > .page').count();
		const whole = await render([]);
		assertBench(editedPage >= 0 && shownPages === pages, 'the preview did not show the edited act');
		const everything = [whole.head, ...whole.pages].reduce((total, part) => total + (part.svg?.length ?? 0), 0);
		const latency = median(latencies);
		const load = loadavg()[0];
		record(
			`Frappe d’un caractère → aperçu redessiné (acte de ${pages} pages : serveur, puis la page de l’aperçu dans Chromium), médiane`,
			`${latency.toFixed(0)} ms (p95 ${percentile(latencies, 0.95).toFixed(0)} ms, dont ${PREVIEW_RENDER_DELAY_MS} ms d’attente de frappe et ${median(serverLatencies).toFixed(0)} ms jusqu’à la réponse du serveur ; export PDF à chaud du même acte ${warmExport.toFixed(0)} ms ; envoyé à l’aperçu ${(median(sent) / 1000).toFixed(0)} ko par frappe au lieu de ${(everything / 1e6).toFixed(1)} Mo ; charge moyenne de la machine ${load.toFixed(1)} sur ${cpus().length} cœurs)`,
			latency / warmExport,
			'≤ 300 ms, attente comprise',
			latency <= 300,
		);
	} finally {
		await server.stop();
		await browser.close();
	}
}

function batchBenchmark(): void {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-batch-'));
	const files: string[] = [];
	const base = texts.get(5)!;
	const count = quick ? 200 : 1000;
	for (let index = 0; index < count; index++) {
		const file = join(directory, `acte-${index}.md`);
		writeFileSync(file, base.replace('MARTIN', `MARTIN${index}`));
		files.push(file);
	}
	mkdirSync(join(directory, 'out'), { recursive: true });
	const run = (jobs: number): number => {
		const start = performance.now();
		spawnSync(process.execPath, [join('dist', 'cli.js'), 'check', '--format', 'json', '--jobs', String(jobs), ...files], { stdio: 'ignore', maxBuffer: 1 << 30 });
		return performance.now() - start;
	};
	const one = median([run(1), run(1), run(1)]);
	const all = median([run(cpus().length), run(cpus().length), run(cpus().length)]);
	record(`pretoire check sur ${count} actes, ${cpus().length} cœurs contre 1`, `${all.toFixed(0)} ms contre ${one.toFixed(0)} ms`, all / one, `< 1× (les deux cœurs travaillent)`, all < one);
}

const ENGINE_CHOICE_HEADING = '## Choix du moteur d’export';
/**
 * What the server's main thread keeps per open document, against the text's own size: the model
 * copied from the analysis thread and rebuilt around the document, the diagnostics, and the findings
 * about inherited values (none here). The analysis itself runs on a model of its own, as on the
 * analysis thread, which keeps only the last two documents it read.
 */
function retainedMemoryBenchmark(): void {
	setFlagsFromString('--expose-gc');
	const collect = runInNewContext('gc') as () => void;
	const text = texts.get(50)!;
	const count = 20;
	collect();
	const before = process.memoryUsage().heapUsed;
	const kept: unknown[] = [];
	for (let index = 0; index < count; index++) {
		// A distinct copy per document, as each open editor holds its own text.
		const document = TextDocument.create(`file:///retained-${index}.md`, 'markdown', 1, `${text} `.slice(0, -1));
		const analysed = parsePleading(document);
		const reply = structuredClone({ model: toTransferable(analysed), findings: analyze(analysed, { settings: defaultSettings, language: defaultSettings.language, today }) });
		const model = fromTransferable(reply.model, document);
		kept.push({ model, inheritedFindings: reply.findings.filter((finding) => isInherited(finding.span)), diagnostics: reply.findings.map((finding) => toDiagnostic(model, finding)) });
	}
	collect();
	const perDocument = (process.memoryUsage().heapUsed - before) / count;
	// The text is held once by the editor's document in any case: it is the yardstick.
	const textBytes = text.length * (/^[\u0000-\u00ff]*$/u.test(text) ? 1 : 2);
	record('Mémoire retenue par acte ouvert sur le fil principal du serveur (50 pages, 600 publications), texte compris', `${(perDocument / 1024 / 1024).toFixed(2)} Mio pour un texte de ${(textBytes / 1024 / 1024).toFixed(2)} Mio`, perDocument / textBytes, '≤ 5 × la taille du texte', perDocument / textBytes <= 5);
	assertBench(kept.length === count, 'retained-memory benchmark lost its documents');
}

function assertBench(condition: boolean, failure: string): void {
	if (!condition) {
		throw new Error(failure);
	}
}

/**
 * The shapes that froze the server (issue 14), at 10^5 characters: the worst analysis time against
 * the floor (Markdown and YAML parse) of a regular pleading of the same length, measured in this run.
 */
function hostileShapeBenchmarks(): void {
	const regular = texts.get(50)!;
	const base = generatePleading(5, 10);
	const size = 100_000;
	const floorPerCharacter = timeMedian(() => floorParse(regular)) / regular.length;
	const shapes: Record<string, string> = {
		'« dénonc » répété': `${base}\n\n${'dénonc'.repeat(size / 6)}\n`,
		'30 000 titres « PAR CES MOTIFS »': `${base}\n\n${'# PAR CES MOTIFS\n\n- ORDONNER ;\n\n'.repeat(size / 31)}`,
		'10 000 clés de front matter inconnues': base.replace('acte: assignation-refere\n', `acte: assignation-refere\n${Array.from({ length: 10_000 }, (_, index) => `inconnue${index}: x\n`).join('')}`),
		'heures dans un seul paragraphe': `${base}\n\n${'le message publié le 3 novembre 2024 à 21h04, '.repeat(size / 47)}\n`,
		'20 000 citations imbriquées (>)': `${base}\n\n${'> '.repeat(20_000)}x\n`,
		'listes imbriquées sur 300 niveaux': `${base}\n\n${Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')}\n`,
		'50 000 « * » en alternance': `${base}\n\n${'*a'.repeat(50_000)}\n`,
		'50 000 « [ »': `${base}\n\n${'['.repeat(50_000)}\n`,
		'listes et paragraphes alternés': `${base}\n\n${'Texte.\n\n- item\n\n> citation\n\n'.repeat(size / 29)}`,
	};
	for (const [name, text] of Object.entries(shapes)) {
		const time = Math.max(...Array.from({ length: quick ? 1 : 3 }, () => timeMedian(() => fullAnalysis(text), 1)));
		const floor = floorPerCharacter * text.length;
		record(`Forme hostile : ${name} (${(text.length / 1000).toFixed(0)} k caractères), pire des essais`, `${time.toFixed(0)} ms (plancher ${floor.toFixed(0)} ms)`, time / floor, '≤ 20 × le plancher au caractère', time / floor <= 20);
	}
}

async function main(): Promise<void> {
	if (process.argv.includes('--preview')) {
		// The preview's line alone, as while working on it: docs/BENCHMARKS.md is not rewritten.
		await previewBenchmark();
		return;
	}
	const floors = analysisBenchmarks();
	retainedMemoryBenchmark();
	hostileShapeBenchmarks();
	await lspBenchmarks(floors);
	await exportBenchmarks();
	await previewBenchmark();
	batchBenchmark();
	const table = ['| mesure | valeur | ratio | objectif | atteint |', '|---|---|---|---|---|', ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.ratio} | ${row.goal} | ${row.met} |`)].join('\n');
	const report = `# Mesures de performance\n\nProduit par \`npm run bench\`${quick ? ' --quick' : ''} le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'processeur inconnu'}), Node ${process.version}. Chaque valeur est une médiane de mesures répétées ; chaque ratio compare à un plancher ou à un pair mesuré dans la même exécution. Le plancher de l’analyse est l’analyse Markdown (unified + remark-parse + remark-frontmatter) et YAML seule du même texte.\n\n${table}\n`;
	if (!quick) {
		// The export engine's comparison was measured by hand (other engines are not dependencies): kept.
		const path = join('docs', 'BENCHMARKS.md');
		const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
		const engineChoice = previous.indexOf(ENGINE_CHOICE_HEADING);
		writeFileSync(path, engineChoice < 0 ? report : `${report}\n${previous.slice(engineChoice)}`);
	}
	console.log(quick ? '\n(--quick : docs/BENCHMARKS.md non réécrit)' : '\nÉcrit : docs/BENCHMARKS.md');
}

void main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
