import {
	CodeActionKind,
	createConnection,
	DiagnosticSeverity,
	DidChangeConfigurationNotification,
	DocumentDiagnosticReportKind,
	ProposedFeatures,
	ResponseError,
	TextDocuments,
	TextDocumentSyncKind,
	type Connection,
	type Diagnostic,
	type DiagnosticServerCancellationData,
	type DocumentDiagnosticReport,
	type WorkspaceEdit,
	type RenameParams,
	type TextEdit,
	type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PleadingModel } from './document/model';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeActions, FIX_ALL_KIND, fixAllDataOf, type FixAllSelection } from './features/codeActions';
import { dossierDiagnostics } from './features/dossierDiagnostics';
import { fixAll } from './engine/fixAll';
import { codeLenses } from './features/codeLens';
import { completion } from './features/completion';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { documentLinks, foldingRanges } from './features/navigation';
import { pieceDefinition, pieceReferences, preparePieceRename, renamePiece, renumberPieces } from './features/pieces';
import { offences, platforms, technicalDataFor } from './knowledge';
import { AccessProviderActRequest, ExportCaseFileRequest, ExportGateRequest, ExportPdfRequest, ExportWordRequest, ImportConnexionsRequest, NewPleadingRequest, PreviewRequest, RENUMBER_PIECES_COMMAND, RenumberPiecesRequest, TemplatesRequest, WorkspaceTrustedNotification } from './protocol';
import { hearingDays, instantiateTemplate, newActFileName, newDossierText, readTemplates, templateChoices } from './templates/newPleading';
import { translator, type Translator } from './l10n';
import { QueryMemo } from './queries/memo';
import { AnalysisCache, DEFAULT_ANALYSIS_BUDGET_MS, type Analysis, type DossierLoader, type InterruptedAnalysis } from './services/analysisCache';
import { stackFrames } from './services/analysisWorker';
import { rules } from './rules';
import { defaultSettings, parseSettings, type Settings } from './settings';
import { runSafe } from './util/runSafe';
import { loadDossier, loadDossierAsync } from './services/dossierFiles';
import { exportGateOfDiagnostics } from './services/exportGate';
import type { PathPolicy } from './services/repositoryPaths';
import { FILE_SIZE_LIMITS } from './services/safeFile';
import { isDossierFileName, type DossierSource } from './document/dossier';

/** The analysis thread's own bundle, beside this one (esbuild.mjs). */
const ANALYSIS_THREAD_SCRIPT = join(__dirname, 'analysisThread.js');

/** The rule ids `pretoire.rules` may set; levels for other ids are dropped. */
const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));

export function startServer(): void {
	const connection = createConnection(ProposedFeatures.all);
	// Under --stdio, stdout is the transport: a stray console.log would corrupt the protocol.
	console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
	console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
	process.setSourceMapsEnabled(true);
	process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describe(reason)}`));
	process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${describe(error)}`));
	const server = new PretoireServer(connection);
	// Stopped mid-export (the editor quitting, a kill): no temporary file holding the act stays behind.
	// `exit` runs on every way out, `process.exit` included; a signal has to be turned into one.
	process.on('exit', () => server.removeUnfinishedExports());
	for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
		process.on(signal, () => process.exit(code));
	}
	server.listen();
}

/** `templates/` ships next to `dist/`, where this bundle runs from. */
function templatesDirectory(): string {
	return join(__dirname, '..', 'templates');
}

/** The error's class and stack frames (mapped to the sources), never its message: it may quote the pleading. */
function describe(error: unknown): string {
	return error instanceof Error ? `${error.name}\n${stackFrames(error)}` : typeof error;
}

function folderPath(uri: string): string | undefined {
	return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

function isInsideFolder(folder: string, path: string): boolean {
	const inside = relative(folder, path);
	return !inside.startsWith('..') && !isAbsolute(inside);
}

/**
 * What one request reads, taken once when it starts, in the manner of rust-analyzer's
 * `GlobalStateSnapshot`: the analysis of the document's version, its settings, the messages of its
 * language, today's date and the memo of its queries. Handlers receive it and read nothing else of the server: two folders
 * with different `pretoire.language` each answer in theirs, whatever the order their requests run in.
 */
interface RequestSnapshot {
	readonly uri: string;
	readonly analysis: Analysis;
	/** The act with what it inherits from its dossier (`analysis.model`). */
	readonly model: PleadingModel;
	readonly settings: Settings;
	readonly translator: Translator;
	readonly today: Date;
	/** What the request's queries compute once (the words of each block, the front matter's YAML), let go with it. */
	readonly memo: QueryMemo;
}

/** How long a client may take to answer `workspace/configuration` before the defaults apply. */
const CONFIGURATION_TIMEOUT_MS = 5_000;

class PretoireServer {
	private readonly documents = new TextDocuments(TextDocument);
	/** Failures are logged by rule id and error class only: the message may quote the pleading (personal data). */
	private cache = new AnalysisCache(ANALYSIS_THREAD_SCRIPT, DEFAULT_ANALYSIS_BUDGET_MS, (line) => this.connection.console.error(line));
	private readonly settingsByUri = new Map<string, Promise<Settings>>();
	private readonly pendingPushes = new Map<string, ReturnType<typeof setTimeout>>();
	private pullDiagnostics = false;
	/** Whether the client resolves a code action's edit lazily (`codeAction/resolve`). */
	private resolveCodeActionEdits = false;
	private configurationRequests = false;
	private initialSettings: Settings = defaultSettings;
	/** The workspace folders' paths: the files an act names stay inside the one that holds it. */
	private workspaceFolders: string[] = [];
	/** VS Code says when a workspace is untrusted; other clients have no such notion. */
	private workspaceTrusted = true;
	/** Removes the temporary files of the exports under way; replaced once the exports are loaded (before, there are none). */
	removeUnfinishedExports: () => void = () => undefined;

	constructor(private readonly connection: Connection) {}

	listen(): void {
		this.listenToLifecycle();
		this.listenToDocuments();
		this.listenToFeatures();
		this.listenToCommands();
		this.listenToCaseFile();
		this.documents.listen(this.connection);
		this.connection.listen();
	}

	/** Initialisation, settings, trust and workspace folders: what every later snapshot is taken from. */
	private listenToLifecycle(): void {
		const { connection, documents } = this;
		connection.onInitialize((params) => this.initialize(params));
		connection.onInitialized(() => {
			if (this.configurationRequests) {
				void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pretoire' });
			}
		});
		connection.onDidChangeConfiguration((change) => {
			this.settingsByUri.clear();
			this.cache.clear();
			if (!this.configurationRequests) {
				this.initialSettings = parseSettings((change.settings as { pretoire?: unknown } | undefined)?.pretoire, ruleIds);
			}
			if (this.pullDiagnostics) {
				// A client that fails to refresh keeps its diagnostics until the next edit: say so, do not crash.
				connection.languages.diagnostics.refresh().catch((error: unknown) => connection.console.error(`Diagnostics refresh failed: ${error instanceof Error ? error.message : String(error)}`));
			} else {
				documents.all().forEach((document) => this.schedulePush(document.uri, 0));
			}
		});
		connection.onNotification(WorkspaceTrustedNotification.method, () => {
			this.workspaceTrusted = true;
			this.cache.clear();
			documents.all().forEach((document) => this.schedulePush(document.uri, 0));
		});
		connection.onNotification('workspace/didChangeWorkspaceFolders', (params: { event: { added: { uri: string }[]; removed: { uri: string }[] } }) => {
			const removed = new Set(params.event.removed.map((folder) => folderPath(folder.uri)));
			this.workspaceFolders = [...this.workspaceFolders.filter((folder) => !removed.has(folder)), ...params.event.added.map((folder) => folderPath(folder.uri)).filter((folder): folder is string => folder !== undefined)];
		});
	}

	/** Opening, editing and closing documents; diagnostics, pulled or pushed. */
	private listenToDocuments(): void {
		const { connection, documents } = this;
		documents.onDidOpen(({ document }) => this.schedulePush(document.uri, 0));
		documents.onDidChangeContent(({ document }) => {
			this.schedulePush(document.uri);
			if (isDossierFileName(document.uri)) {
				this.dossierChanged(document.uri);
			}
		});
		documents.onDidClose(({ document }) => {
			this.cache.delete(document.uri);
			this.settingsByUri.delete(document.uri);
			clearTimeout(this.pendingPushes.get(document.uri));
			if (!this.pullDiagnostics) {
				void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
			}
		});
		connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>> => {
			const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
			const report = await this.safely(token, empty, 'diagnostics', async (): Promise<DocumentDiagnosticReport> => {
				return { kind: DocumentDiagnosticReportKind.Full, items: await this.diagnosticsOf(params.textDocument.uri) };
			});
			// A cancelled pull is asked again by the client for the newer version.
			return report instanceof ResponseError ? new ResponseError(report.code, report.message, { retriggerRequest: true }) : report;
		});
	}

	/** The features that read a pleading's analysis: each handler gets the request's snapshot, nothing else. */
	private listenToFeatures(): void {
		const { connection } = this;
		connection.onDocumentSymbol(this.onSnapshot('documentSymbol', [], (snapshot) => documentSymbols(snapshot.model, snapshot.translator)));
		connection.onCodeAction(this.onSnapshot('codeAction', [], (snapshot, params) =>
			// Actions computed for another version than the editor's would point at the wrong text.
			snapshot.model.document.version !== this.documents.get(snapshot.uri)?.version
				? []
				: codeActions(snapshot.model, params.context, snapshot.analysis.diagnostics, (select) => this.repairAll(snapshot, select), this.resolveCodeActionEdits, snapshot.translator, snapshot.memo),
		));
		connection.onCodeActionResolve((action, token) =>
			this.safely(token, action, 'codeActionResolve', async () => {
				const deferred = fixAllDataOf(action);
				const snapshot = deferred === undefined ? undefined : await this.snapshotOf(deferred.uri);
				// A « fix all » computed for another version of the text would corrupt it: then it does nothing.
				if (deferred === undefined || snapshot === undefined || snapshot.model.document.version !== deferred.version) {
					return action;
				}
				const edit = this.repairAll(snapshot, deferred.select);
				return edit === undefined ? action : { ...action, edit: { changes: { [deferred.uri]: [edit] } } };
			}),
		);
		connection.onHover(this.onSnapshot('hover', null, (snapshot, params) => hover(snapshot.model, params.position, snapshot.today, snapshot.translator, snapshot.memo) ?? null));
		connection.onCompletion(this.onSnapshot('completion', [], (snapshot, params) => completion(snapshot.model, params.position, snapshot.translator)));
		connection.onDefinition(this.onSnapshot('definition', [], (snapshot, params) => pieceDefinition(snapshot.model, params.position)));
		connection.onReferences(this.onSnapshot('references', [], (snapshot, params) => pieceReferences(snapshot.model, params.position, params.context.includeDeclaration)));
		connection.onPrepareRename(this.onSnapshot('prepareRename', null, (snapshot, params) => preparePieceRename(snapshot.model, params.position) ?? null));
		const rename = this.onSnapshot<RenameParams, WorkspaceEdit | ResponseError<void> | null>('rename', null, (snapshot, params) => renamePiece(snapshot.model, params.position, params.newName, snapshot.translator));
		connection.onRenameRequest(async (params, token) => {
			const result = await rename(params, token);
			// A refused rename travels as an error so that the editor shows its reason.
			if (result instanceof ResponseError) {
				throw result;
			}
			return result;
		});
		connection.onDocumentLinks(this.onSnapshot('documentLinks', [], (snapshot) => documentLinks(snapshot.model, snapshot.translator)));
		connection.onFoldingRanges(this.onSnapshot('foldingRanges', [], (snapshot) => foldingRanges(snapshot.model)));
		connection.onCodeLens(this.onSnapshot('codeLens', [], (snapshot) => codeLenses(snapshot.model, snapshot.today, snapshot.translator, snapshot.memo)));
	}

	/** Renumbering the pièces, as a command (code lens) or a request (command palette). */
	private listenToCommands(): void {
		const { connection } = this;
		connection.onExecuteCommand(async (params, token) => {
			if (params.command !== RENUMBER_PIECES_COMMAND) {
				return null;
			}
			const [uri] = params.arguments ?? [];
			const result = typeof uri === 'string' ? await this.renumber(uri, token) : new ResponseError(0, 'Argument attendu : l’URI du document');
			if (result instanceof ResponseError) {
				throw result;
			}
			if (result !== null) {
				await connection.workspace.applyEdit({ label: 'Renuméroter les pièces', edit: result });
			}
			return null;
		});
		connection.onRequest(RenumberPiecesRequest.method, async (params: RenumberPiecesRequest.Params, token) => {
			const result = await this.renumber(params.uri, token);
			// A refused renumbering (cited number missing, bordereau inherited from the dossier) travels as an error with its reason.
			if (result instanceof ResponseError) {
				throw result;
			}
			return result;
		});
	}

	/** The exports, the preview, the step-2 act, the import of connections and « Nouvel acte ». */
	private listenToCaseFile(): void {
		const { connection, documents } = this;
		// The exports (Word, pdf-lib, the case file) are loaded on the first export: many sessions never
		// export, and the memory is better spent on the open pleadings.
		const withExports = async <Module>(load: Promise<Module>): Promise<Module> => {
			({ removeUnfinishedExports: this.removeUnfinishedExports } = await import('./export/pdf'));
			return load;
		};
		const exportService = () => withExports(import('./services/exportService'));
		const caseFileRequests = () => withExports(import('./services/caseFileRequests'));
		connection.onRequest(ExportGateRequest.method, (params: ExportGateRequest.Params) =>
			this.onPleading(params.uri, 'Export impossible', async (snapshot): Promise<ExportGateRequest.Result> => {
				const gate = exportGateOfDiagnostics(snapshot.analysis.diagnostics);
				return { blanks: gate.blanks.length, errors: gate.errors.length };
			}),
		);
		connection.onRequest(ExportPdfRequest.method, (params: ExportPdfRequest.Params) => this.onPleading(params.uri, 'Export PDF impossible', async (snapshot) => (await exportService()).exportToPdf(snapshot.model, params)));
		connection.onRequest(ExportWordRequest.method, (params: ExportWordRequest.Params) => this.onPleading(params.uri, 'Export Word impossible', async (snapshot) => (await exportService()).exportToWord(snapshot.model, params, snapshot.translator)));
		// The preview prints the act as parsed: it does not wait for the rules.
		connection.onRequest(PreviewRequest.method, (params: PreviewRequest.Params) => this.onParsed(params.uri, 'Aperçu impossible', async (model) => (await import('./export/preview')).renderPreview(model, params.known ?? [])));
		connection.onRequest(ExportCaseFileRequest.method, (params: ExportCaseFileRequest.Params) =>
			this.onPleading(params.uri, 'Export impossible', async (snapshot) => (await caseFileRequests()).exportCaseFileToDisk(snapshot.model, params, this.pathPolicyFor(params.uri, snapshot.settings), snapshot.translator)),
		);
		// The step-2 act from a dossier, and the connections a platform answered: in the language of the dossier's folder.
		connection.onRequest(AccessProviderActRequest.method, (params: AccessProviderActRequest.Params) =>
			this.inLanguageOf(params.dossierUri, async (translator) => (await caseFileRequests()).accessProviderActText(params, (uri) => documents.get(uri)?.getText(), translator)).catch((error: unknown) => new ResponseError(0, error instanceof Error ? error.message : String(error))),
		);
		connection.onRequest(ImportConnexionsRequest.method, (params: ImportConnexionsRequest.Params) =>
			this.inLanguageOf(params.dossierUri, async (translator) => (await import('./services/importConnexions')).importConnexionsRequest(params, translator)).catch((error: unknown) => new ResponseError(0, error instanceof Error ? error.message : String(error))),
		);
		// « Nouvel acte » has no document yet: the settings of the workspace.
		connection.onRequest(TemplatesRequest.method, (params: TemplatesRequest.Params | undefined) =>
			this.inLanguageOf(undefined, (translator): TemplatesRequest.Result => {
				const date = params?.date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(params.date) ? params.date : new Date().toISOString().slice(0, 10);
				return {
					templates: templateChoices(readTemplates(templatesDirectory()), translator),
					platforms: platforms.map((platform) => ({ id: platform.key, label: translator.localized(platform.name), detail: platform.denomination, kind: platform.kind, domains: platform.domains, hearingDays: hearingDays(date, platform) })),
					offences: offences.map((offence) => ({ id: offence.id, label: translator.localized(offence.label), detail: offence.citation, keywords: offence.aliases, technicalData: technicalDataFor(offence) })),
					hearingDays: hearingDays(date),
				};
			}),
		);
		connection.onRequest(NewPleadingRequest.method, (params: NewPleadingRequest.Params) =>
			this.inLanguageOf(undefined, async (translator): Promise<NewPleadingRequest.Result> => ({
				text: instantiateTemplate(readTemplates(templatesDirectory()), params, translator, await (await caseFileRequests()).newActDossier(params.dossierUri, (uri) => documents.get(uri)?.getText(), translator)),
				fileName: newActFileName(params),
				dossierText: newDossierText(params.court),
			})),
		);
	}

	private initialize(params: InitializeParams): InitializeResult {
		this.pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
		this.resolveCodeActionEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
		this.configurationRequests = params.capabilities.workspace?.configuration === true;
		const options = params.initializationOptions as { settings?: unknown; analysisBudgetMs?: unknown; workspaceTrusted?: unknown } | undefined;
		this.initialSettings = parseSettings(options?.settings, ruleIds);
		this.workspaceTrusted = options?.workspaceTrusted !== false;
		const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri === null || params.rootUri === undefined ? [] : [params.rootUri]);
		this.workspaceFolders = folders.map(folderPath).filter((folder): folder is string => folder !== undefined);
		// Clients other than VS Code may give the analysis more (or less) time per document.
		const budget = options?.analysisBudgetMs;
		if (typeof budget === 'number' && Number.isFinite(budget) && budget > 0) {
			this.cache.dispose();
			this.cache = new AnalysisCache(ANALYSIS_THREAD_SCRIPT, budget, (line) => this.connection.console.error(line));
		}
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Prétoire' },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
				executeCommandProvider: { commands: [RENUMBER_PIECES_COMMAND] },
				hoverProvider: true,
				completionProvider: { triggerCharacters: [':', ' ', '°'] },
				definitionProvider: true,
				referencesProvider: true,
				renameProvider: { prepareProvider: true },
				documentLinkProvider: { resolveProvider: false },
				foldingRangeProvider: true,
				codeLensProvider: { resolveProvider: false },
				...(this.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
				workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
			},
			serverInfo: { name: 'prétoire' },
		};
	}

	private safely<T>(token: Parameters<typeof runSafe>[0], fallback: T, label: string, handler: () => Promise<T>) {
		return runSafe(token, fallback, label, (message) => this.connection.console.error(message), handler);
	}

	private renumber(uri: string, token: Parameters<typeof runSafe>[0]): Promise<WorkspaceEdit | ResponseError<void> | null> {
		return this.onSnapshot<{ textDocument: { uri: string } }, WorkspaceEdit | ResponseError<void> | null>('renumberPieces', null, (snapshot) => renumberPieces(snapshot.model, snapshot.translator))({ textDocument: { uri } }, token);
	}

	/**
	 * A feature's handler: the snapshot of the request's document is taken once (settings, analysis,
	 * language, date), then the handler runs on it; no snapshot (not a pleading, analysis interrupted,
	 * disabled) answers the fallback.
	 */
	private onSnapshot<Params extends { textDocument: { uri: string } }, Result>(label: string, fallback: Result, handler: (snapshot: RequestSnapshot, params: Params) => Result) {
		return (params: Params, token: Parameters<typeof runSafe>[0]) =>
			this.safely(token, fallback, label, async () => {
				const snapshot = await this.snapshotOf(params.textDocument.uri);
				return snapshot === undefined ? fallback : handler(snapshot, params);
			});
	}

	/** The snapshot a request on `uri` reads; undefined for a non-pleading or an interrupted analysis. */
	private async snapshotOf(uri: string): Promise<RequestSnapshot | undefined> {
		const settings = await this.settingsFor(uri);
		const analysis = await this.resultOf(uri, settings);
		return analysis === undefined || 'interrupted' in analysis ? undefined : this.snapshotFrom(uri, analysis, settings);
	}

	private snapshotFrom(uri: string, analysis: Analysis, settings: Settings): RequestSnapshot {
		const { language } = settings;
		return {
			uri,
			analysis,
			model: analysis.model,
			settings,
			translator: translator(language),
			today: new Date(),
			memo: new QueryMemo(),
		};
	}

	/** Runs a request that has no analysis to read (templates, imports) in the language of `uri`'s folder, or of the workspace. */
	private async inLanguageOf<Result>(uri: string | undefined, run: (translator: Translator) => Result | Promise<Result>): Promise<Result> {
		const { language } = await this.settingsFor(uri);
		return run(translator(language));
	}

	/** Every selected fix of the document, composed by the engine, as one text edit. */
	private repairAll(snapshot: RequestSnapshot, select: FixAllSelection): TextEdit | undefined {
		const { model, settings, today, uri } = snapshot;
		const edit = fixAll(model.document, {
			settings,
			language: settings.language,
			today,
			select: (finding) => select === 'all' || finding.ruleId === select.ruleId,
			kinds: select === 'all' ? ['mechanical'] : ['mechanical', 'substantive'],
			dossierOf: (repaired) => this.dossierOf(repaired, uri, settings),
		});
		return edit === undefined ? undefined : { range: model.rangeOf(edit.span), newText: edit.newText };
	}

	/** The settings of `uri`'s folder; without a URI, the workspace's. */
	private settingsFor(uri: string | undefined): Promise<Settings> {
		if (!this.configurationRequests) {
			return Promise.resolve(this.initialSettings);
		}
		let settings = this.settingsByUri.get(uri ?? '');
		if (settings === undefined) {
			// A client that never answers must not hang every request: past the timeout, the defaults.
			settings = Promise.race([
				this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'pretoire' }).then((raw: unknown) => parseSettings(raw, ruleIds), () => defaultSettings),
				new Promise<Settings>((resolve) => setTimeout(() => resolve(defaultSettings), CONFIGURATION_TIMEOUT_MS).unref()),
			]);
			this.settingsByUri.set(uri ?? '', settings);
		}
		return settings;
	}

	/**
	 * A request that writes or renders the pleading (exports, preview): refused in French when the
	 * document is no pleading or its analysis was interrupted, and any failure returned as the lawyer's
	 * message (it names the file and the cause: locked, not writable…).
	 */
	private async onPleading<R>(uri: string, refusal: string, run: (snapshot: RequestSnapshot) => Promise<R>): Promise<R | ResponseError<void>> {
		const settings = await this.settingsFor(uri);
		return this.refusedOrRun(refusal, await this.resultOf(uri, settings), (result) => run(this.snapshotFrom(uri, result, settings)));
	}

	/** Like `onPleading`, for a request that needs only the act as parsed. */
	private async onParsed<R>(uri: string, refusal: string, run: (model: PleadingModel) => Promise<R>): Promise<R | ResponseError<void>> {
		const settings = await this.settingsFor(uri);
		const document = this.documents.get(uri);
		const model = document === undefined || !settings.enable ? undefined : await this.cache.model(document, settings, new Date(), this.dossierLoader(uri, settings));
		return this.refusedOrRun(refusal, model, run);
	}

	/** The refusals of a pleading request (no pleading, an interrupted analysis), else its run, whose failure is the lawyer's message. */
	private async refusedOrRun<T extends object, R>(refusal: string, found: T | InterruptedAnalysis | undefined, run: (found: T) => Promise<R>): Promise<R | ResponseError<void>> {
		if (found === undefined) {
			return new ResponseError(0, `${refusal} : ce fichier n’est pas un acte (aucune clé \`acte:\` dans le front matter)`);
		}
		if ('interrupted' in found) {
			return new ResponseError(0, `${refusal} : l’analyse de ce document a été interrompue (voir le constat au début du document)`);
		}
		try {
			return await run(found);
		} catch (error) {
			return new ResponseError(0, error instanceof Error ? error.message : String(error));
		}
	}

	private async resultOf(uri: string, settings: Settings): Promise<Analysis | InterruptedAnalysis | undefined> {
		const document = this.documents.get(uri);
		if (document === undefined || !settings.enable) {
			return undefined;
		}
		return this.cache.get(document, settings, new Date(), this.dossierLoader(uri, settings));
	}

	/** The dossier's refusals (unreadable, outside the folder…) are written in the document's language. */
	private dossierLoader(uri: string, settings: Settings): DossierLoader {
		return (reference) => loadDossierAsync(uri, reference, this.pathPolicyFor(uri, settings), (dossierUri) => this.documents.get(dossierUri)?.getText(), translator(settings.language));
	}

	/**
	 * The `dossier.yaml` an act names, for a fix-all's passes: the editor's copy when it is open, else
	 * the file on disk through the safe reader (bounded, never blocking on a FIFO or a device).
	 */
	private dossierOf(model: PleadingModel, uri: string, settings: Settings): DossierSource | undefined {
		return loadDossier(model, translator(settings.language), this.pathPolicyFor(uri, settings), (dossierUri) => this.documents.get(dossierUri)?.getText());
	}

	/**
	 * Where the files an act names may be: inside the workspace folder that holds it (the act's own
	 * folder for a file opened alone), unless the lawyer allows more in a trusted workspace.
	 */
	private pathPolicyFor(uri: string, settings: Settings): PathPolicy {
		const path = uri.startsWith('file:') ? fileURLToPath(uri) : '';
		const folder = this.workspaceFolders.filter((candidate) => isInsideFolder(candidate, path)).sort((left, right) => right.length - left.length)[0];
		return { root: folder ?? dirname(path), allowOutside: settings.allowFilesOutsideWorkspace && this.workspaceTrusted };
	}

	/** An act's diagnostics; for an open `dossier.yaml`, its own and those the open acts make about its values. */
	private async diagnosticsOf(uri: string): Promise<Diagnostic[]> {
		const document = this.documents.get(uri);
		const settings = await this.settingsFor(uri);
		if (document !== undefined && isDossierFileName(uri)) {
			const { t } = translator(settings.language);
			if (Buffer.byteLength(document.getText(), 'utf8') > FILE_SIZE_LIMITS.dossier) {
				// The same limit as on disk: a huge YAML file is not parsed on this thread.
				const message = t('Dossier trop volumineux (plus de {0} Mo) : il n’est pas lu, et les actes qui le nomment n’en héritent rien', FILE_SIZE_LIMITS.dossier / (1024 * 1024));
				return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: 'front-matter-invalid', source: 'prétoire', message }];
			}
			const acts = await Promise.all(this.documents.all().filter((other) => other.uri !== uri).map(async (other) => (await this.snapshotOf(other.uri))?.analysis));
			const reading = await this.cache.openDossierReading(uri, document.getText());
			// An interrupted reading shows nothing rather than parse a large file on this thread.
			return reading === undefined ? [] : dossierDiagnostics(document, acts.filter((act): act is Analysis => act !== undefined), reading, translator(settings.language));
		}
		// An interrupted analysis has its one finding to show, and no model.
		return [...((await this.resultOf(uri, settings))?.diagnostics ?? [])];
	}

	/** Editing a dossier changes what the open acts inherit: analyse them again. */
	private dossierChanged(dossierUri: string): void {
		if (this.pullDiagnostics) {
			this.connection.languages.diagnostics.refresh().catch((error: unknown) => this.connection.console.error(`Diagnostics refresh failed: ${error instanceof Error ? error.name : typeof error}`));
			return;
		}
		this.cache.actsOfDossier(dossierUri).filter((uri) => this.documents.get(uri) !== undefined).forEach((uri) => this.schedulePush(uri));
	}

	/** Push mode (clients without pull diagnostics): re-analyse after a quiet period, latest version only. */
	private schedulePush(uri: string, delay?: number): void {
		if (this.pullDiagnostics) {
			return;
		}
		clearTimeout(this.pendingPushes.get(uri));
		const run = async (): Promise<void> => {
			this.pendingPushes.delete(uri);
			const document = this.documents.get(uri);
			if (document === undefined) {
				return;
			}
			const version = document.version;
			const diagnostics = await this.safely(undefined, undefined, 'publishDiagnostics', () => this.diagnosticsOf(uri));
			if (this.documents.get(uri)?.version !== version || diagnostics instanceof Error) {
				return;
			}
			await this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics ?? [] });
			// An open dossier shows what its acts find in it: it follows their edits too.
			const dossierUri = this.cache.peek(uri)?.model.dossier?.document?.uri;
			if (dossierUri !== undefined && this.documents.get(dossierUri) !== undefined) {
				this.schedulePush(dossierUri);
			}
		};
		const wait = delay ?? this.initialSettings.debounceMs;
		this.pendingPushes.set(uri, setTimeout(() => void run(), wait));
	}
}
