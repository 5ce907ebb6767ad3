import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Worker } from 'node:worker_threads';
import { inheritDossier, type DossierSource } from '../document/dossier';
import { isInherited, type FrontMatterModel, type PleadingModel } from '../document/model';
import { looksLikePleading } from '../document/parse';
import { frontMatterFromTransferable, fromTransferable } from '../document/transfer';
import type { RuleFinding } from '../engine/analyze';
import { toDiagnostic } from '../engine/diagnostics';
import { translator } from '../l10n';
import type { Settings } from '../settings';
import { dossierReferenceOf } from './dossierFiles';
import type { AnalysisJob, AnalysisReply, DossierJob, DossierReply, ForgetJob, ParsedReply } from './analysisWorker';

export interface Analysis {
	/** The act with what it inherits from its dossier, if it names one. */
	readonly model: PleadingModel;
	/** The findings about values the act inherits, which an open `dossier.yaml` shows too; only those are kept (memory). */
	readonly inheritedFindings: readonly RuleFinding[];
	readonly diagnostics: readonly Diagnostic[];
}

/** Reads the dossier an act's `dossier:` value names (I/O stays in the wiring layer, off the main thread). */
export type DossierLoader = (reference: string | undefined) => Promise<DossierSource | undefined>;

/** How many dossier readings the main thread keeps (see `DossierReadings` on the analysis thread). */
const KEPT_DOSSIER_READINGS = 2;

/** What a dossier was when an act was analysed with it: a changed dossier re-analyses the act. */
function dossierKeyOf(source: DossierSource | undefined): string {
	return source === undefined ? '' : `${source.uri}\n${'text' in source ? source.text : source.failure}`;
}

interface Entry {
	readonly version: number;
	readonly text: string;
	readonly settingsKey: string;
	readonly result: Promise<Analysis | InterruptedAnalysis | undefined>;
	/** The act as parsed, with what it inherits: known before the rules have run. */
	readonly model: Promise<PleadingModel | InterruptedAnalysis | undefined>;
	/** Set once the analysis is done: the dossier it read, and the analysis itself for `peek`. */
	settled?: { readonly dossierKey: string; readonly analysis: Analysis | InterruptedAnalysis };
}

/** A document whose analysis did not complete: one finding says so; features have no model. */
export interface InterruptedAnalysis {
	readonly interrupted: true;
	readonly diagnostics: readonly Diagnostic[];
}

/** Time one analysis may take before it is stopped; far above any real pleading (a 50-page act takes well under a second). */
export const DEFAULT_ANALYSIS_BUDGET_MS = 20_000;

/** How a failure of the analysis is logged: never its message, which may quote the pleading. */
export type AnalysisLog = (line: string) => void;

/**
 * Parses and analyses each document content once, on the analysis thread; every feature (diagnostics,
 * outline, code actions…) reads the same analysis. Entries are keyed by version AND content: a client
 * that reuses a version number for other content is not served a stale analysis.
 */
export class AnalysisCache {
	private readonly entries = new Map<string, Entry>();
	private readonly thread: AnalysisThread;
	/** The dossiers' readings, sent once per content by the analysis thread, by dossier key: never parsed here. */
	private readonly dossierReadings = new Map<string, FrontMatterModel>();

	constructor(workerScript: string, budgetMs: number, private readonly log: AnalysisLog) {
		this.thread = new AnalysisThread(workerScript, budgetMs, log);
	}

	/** Undefined for a Markdown file that is not a pleading: it gets no analysis at all. */
	get(document: TextDocument, settings: Settings, today: Date, loadDossier: DossierLoader = () => Promise.resolve(undefined)): Promise<Analysis | InterruptedAnalysis | undefined> {
		const settingsKey = JSON.stringify([settings.language, settings.rules, today.toISOString().slice(0, 10)]);
		const text = document.getText();
		const cached = this.entries.get(document.uri);
		if (cached !== undefined && cached.version === document.version && cached.settingsKey === settingsKey && cached.text === text) {
			return cached.settled === undefined ? cached.result : this.revalidated(cached, document, settings, today, loadDossier);
		}
		return this.start(document, text, settingsKey, settings, today, loadDossier);
	}

	/**
	 * The act as parsed, with what it inherits, for a request that prints it (the preview): it does
	 * not wait for the rules of a version being analysed.
	 */
	model(document: TextDocument, settings: Settings, today: Date, loadDossier: DossierLoader = () => Promise.resolve(undefined)): Promise<PleadingModel | InterruptedAnalysis | undefined> {
		const analysis = this.get(document, settings, today, loadDossier);
		const entry = this.entries.get(document.uri);
		if (entry !== undefined && entry.settled === undefined && entry.version === document.version) {
			return entry.model;
		}
		// Analysed (and checked against its dossier): an act whose rules were interrupted was still parsed, and printable.
		return analysis.then((result) => (result === undefined ? undefined : 'interrupted' in result ? (this.entries.get(document.uri)?.model ?? result) : result.model));
	}

	/** An act is analysed again when the dossier it inherits from was edited since (read again, off this thread). */
	private async revalidated(cached: Entry, document: TextDocument, settings: Settings, today: Date, loadDossier: DossierLoader): Promise<Analysis | InterruptedAnalysis | undefined> {
		const analysis = cached.settled?.analysis;
		if (analysis === undefined || 'interrupted' in analysis || dossierKeyOf(await loadDossier(analysis.model.frontMatter?.data.dossier)) === cached.settled!.dossierKey) {
			return cached.result;
		}
		// Another request may have started the new analysis while the dossier was read.
		const current = this.entries.get(document.uri);
		return current !== undefined && current !== cached ? current.result : this.start(document, cached.text, cached.settingsKey, settings, today, loadDossier);
	}

	private start(document: TextDocument, text: string, settingsKey: string, settings: Settings, today: Date, loadDossier: DossierLoader): Promise<Analysis | InterruptedAnalysis | undefined> {
		let parsed: (model: PleadingModel | InterruptedAnalysis | undefined) => void = () => undefined;
		let failed: (error: unknown) => void = () => undefined;
		const model = new Promise<PleadingModel | InterruptedAnalysis | undefined>((resolve, reject) => {
			parsed = resolve;
			failed = reject;
		});
		// Awaited by the preview only: a failure nobody asked about is not an unhandled rejection.
		model.catch(() => undefined);
		// Both callbacks run after the computation's first wait, once `entry` exists.
		const result = looksLikePleading(text)
			? this.compute(document, text, settings, today, loadDossier, parsed, () => this.entries.get(document.uri) === entry, (dossierKey, analysis) => {
				entry.settled = { dossierKey, analysis };
			})
			: Promise.resolve(undefined);
		// Whatever happened before the act was parsed (a failure, an interruption), its model is the result's.
		result.then((analysis) => parsed(analysis === undefined || 'interrupted' in analysis ? analysis : analysis.model), failed);
		const entry: Entry = { version: document.version, text, settingsKey, result, model };
		this.entries.set(document.uri, entry);
		return entry.result;
	}

	/** The last analysis completed for the document, whatever its version. */
	peek(uri: string): Analysis | undefined {
		const analysis = this.entries.get(uri)?.settled?.analysis;
		return analysis === undefined || 'interrupted' in analysis ? undefined : analysis;
	}

	/** The acts analysed with this dossier, to re-analyse when it changes. */
	actsOfDossier(dossierUri: string): string[] {
		return [...this.entries].filter(([, entry]) => entry.settled?.dossierKey.startsWith(`${dossierUri}\n`) === true).map(([uri]) => uri);
	}

	delete(uri: string): void {
		this.entries.delete(uri);
		this.thread.forget(uri);
	}

	clear(): void {
		this.entries.clear();
	}

	dispose(): void {
		this.thread.dispose();
	}

	/**
	 * The act is sent with the dossier its `dossier:` line names, read here first (I/O stays on this
	 * thread): one analysis per version. Only when the analysis thread reads that line otherwise (a
	 * form `dossierReferenceOf` does not read) is the act analysed a second time, with the dossier
	 * its reading names.
	 */
	private async compute(document: TextDocument, text: string, settings: Settings, today: Date, loadDossier: DossierLoader, parsed: (model: PleadingModel | InterruptedAnalysis | undefined) => void, isCurrent: () => boolean, settle: (dossierKey: string, analysis: Analysis | InterruptedAnalysis) => void): Promise<Analysis | InterruptedAnalysis> {
		const job = {
			kind: 'analyse',
			id: 0,
			uri: document.uri,
			version: document.version,
			text,
			settings: { language: settings.language, rules: settings.rules },
			today: today.toISOString(),
		} as const;
		const written = dossierReferenceOf(text);
		let dossier = await loadDossier(written);
		// The model of the last run, with what it inherits; passed on at once when that run reads the dossier the act names.
		const last: { model?: PleadingModel } = {};
		const onParsed = (final: (reference: string | undefined) => boolean) => (reply: ParsedReply): void => {
			last.model = inheritDossier(fromTransferable(reply.parsed, document), dossier, this.dossierReading(dossier, reply));
			if (final(reply.parsed.frontMatter?.data.dossier)) {
				parsed(last.model);
			}
		};
		const analyse = async (final: (reference: string | undefined) => boolean): Promise<Outcome> => {
			let ran: Outcome;
			// Displaced while still the document's entry (by an older version's second run, or an older
			// version's job sent late): nothing newer answers for this version, so it runs again.
			do {
				ran = await this.thread.run({ ...job, dossier, sendDossier: this.needsReading(dossier) }, onParsed(final));
			} while (ran.kind === 'superseded' && isCurrent());
			return ran;
		};
		let outcome = await analyse((reference) => reference === written);
		const reference = outcome.kind === 'done' ? last.model?.frontMatter?.data.dossier : undefined;
		if (outcome.kind === 'done' && reference !== written) {
			const named = await loadDossier(reference);
			// Read again with its dossier only while this entry is the document's: a later version's job,
			// displaced by this second run, would have nothing to answer for it.
			if (dossierKeyOf(named) !== dossierKeyOf(dossier) && isCurrent()) {
				dossier = named;
				outcome = await analyse(() => true);
			} else if (last.model !== undefined) {
				parsed(last.model);
			}
		}
		if (outcome.kind === 'superseded') {
			// A newer version was asked for meanwhile (never this entry: see `analyse`): its analysis
			// answers this request too, and its model as soon as parsed.
			const newer = this.entries.get(document.uri);
			newer?.model.then(parsed, () => undefined);
			return (await newer?.result) ?? { interrupted: true, diagnostics: [] };
		}
		const { model } = last;
		if (outcome.kind === 'done' && model !== undefined) {
			outcome.reply.ruleErrors.forEach(({ ruleId, errorClass, frames }) => this.log(`Rule ${ruleId} failed: ${errorClass}\n${frames}`));
			const analysis: Analysis = { model, inheritedFindings: outcome.reply.findings.filter((finding) => isInherited(finding.span)), diagnostics: outcome.reply.findings.map((finding) => toDiagnostic(model, finding)) };
			settle(dossierKeyOf(dossier), analysis);
			return analysis;
		}
		const { t } = translator(settings.language);
		const finding: RuleFinding = {
			ruleId: 'document-too-large',
			severity: 'warning',
			span: { start: 0, end: Math.min(3, text.length) },
			messageId: outcome.kind === 'interrupted' ? 'analysisInterrupted' : 'analysisFailed',
			message: outcome.kind === 'interrupted'
				? t('Analyse interrompue : ce document demande plus de {0} secondes d’analyse ; rien n’y a été vérifié. Cherchez un collage accidentel ou scindez l’acte ; les autres documents restent analysés', Math.round(this.thread.budgetMs / 1000))
				: t('Analyse impossible : erreur interne de Prétoire ({0}) ; rien n’a été vérifié dans ce document. Signalez-la aux mainteneurs', outcome.kind === 'failed' ? outcome.errorClass : 'model'),
		};
		const located = { document, rangeOf: (span: { start: number; end: number }) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }) };
		const interrupted: InterruptedAnalysis = { interrupted: true, diagnostics: [toDiagnostic(located, finding)] };
		settle('', interrupted);
		return interrupted;
	}

	/**
	 * The reading of an open `dossier.yaml` for its own diagnostics: the one an act's analysis brought
	 * back for the same text, else parsed on the analysis thread. Undefined when that was interrupted.
	 */
	async openDossierReading(uri: string, text: string): Promise<FrontMatterModel | undefined> {
		const key = dossierKeyOf({ uri, text });
		const kept = this.dossierReadings.get(key);
		if (kept !== undefined) {
			return kept;
		}
		const outcome = await this.thread.run<DossierReply>({ kind: 'readDossier', id: 0, uri, text });
		if (outcome.kind !== 'done') {
			return undefined;
		}
		const reading = frontMatterFromTransferable(outcome.reply.dossier);
		this.keepReading(key, reading);
		return reading;
	}

	private keepReading(key: string, reading: FrontMatterModel): void {
		this.dossierReadings.delete(key);
		this.dossierReadings.set(key, reading);
		if (this.dossierReadings.size > KEPT_DOSSIER_READINGS) {
			this.dossierReadings.delete(this.dossierReadings.keys().next().value!);
		}
	}

	private needsReading(dossier: DossierSource | undefined): boolean {
		return dossier !== undefined && 'text' in dossier && !this.dossierReadings.has(dossierKeyOf(dossier));
	}

	/** The dossier's reading: the one the analysis thread just sent, or the one it sent for the same content before. */
	private dossierReading(dossier: DossierSource | undefined, reply: ParsedReply): FrontMatterModel | undefined {
		if (dossier === undefined || !('text' in dossier)) {
			return undefined;
		}
		const key = dossierKeyOf(dossier);
		const reading = reply.dossier === undefined ? this.dossierReadings.get(key) : frontMatterFromTransferable(reply.dossier);
		if (reading !== undefined) {
			this.keepReading(key, reading);
		}
		return reading;
	}
}

type Outcome<Reply = AnalysisReply> = { kind: 'done'; reply: Reply } | { kind: 'interrupted' } | { kind: 'superseded' } | { kind: 'failed'; errorClass: string };

/**
 * One analysis thread, one document at a time. A document that exceeds the budget has its thread
 * terminated (synchronous code cannot be interrupted any other way) and a new thread starts for the
 * next document; the main thread never waits on an analysis.
 */
class AnalysisThread {
	private worker: Worker | undefined;
	private queue: Promise<unknown> = Promise.resolve();
	private nextId = 1;
	private readonly latest = new Map<string, number>();

	constructor(private readonly script: string, readonly budgetMs: number, private readonly log: AnalysisLog) {}

	/** `onParsed` receives the act's model, sent before the findings. */
	run<Reply extends { readonly id: number } = AnalysisReply>(job: AnalysisJob | DossierJob, onParsed?: (reply: ParsedReply) => void): Promise<Outcome<Reply>> {
		const numbered = { ...job, id: this.nextId++ };
		this.latest.set(job.uri, numbered.id);
		// Typing in a slow document queues a version per keystroke: only the latest is analysed.
		const outcome = this.queue.then(() => (this.latest.get(job.uri) === numbered.id ? this.runNow<Reply>(numbered, onParsed) : { kind: 'superseded' as const }));
		this.queue = outcome;
		return outcome;
	}

	forget(uri: string): void {
		this.latest.delete(uri);
		this.worker?.postMessage({ kind: 'forget', uri } satisfies ForgetJob);
	}

	dispose(): void {
		void this.worker?.terminate();
		this.worker = undefined;
	}

	private runNow<Reply extends { readonly id: number }>(job: AnalysisJob | DossierJob, onParsed?: (reply: ParsedReply) => void): Promise<Outcome<Reply>> {
		const worker = (this.worker ??= this.spawn());
		return new Promise<Outcome<Reply>>((settle) => {
			const finish = (outcome: Outcome<Reply>): void => {
				clearTimeout(timer);
				worker.off('message', onMessage);
				worker.off('error', onError);
				worker.off('exit', onExit);
				settle(outcome);
			};
			const onMessage = (reply: Reply | ParsedReply): void => {
				if (reply.id !== job.id) {
					return;
				}
				if ('parsed' in reply) {
					onParsed?.(reply);
				} else {
					finish({ kind: 'done', reply });
				}
			};
			const onError = (error: unknown): void => {
				this.log(`Analysis thread failed: ${error instanceof Error ? error.name : typeof error}`);
				this.stop(worker);
				finish({ kind: 'failed', errorClass: error instanceof Error ? error.name : typeof error });
			};
			const onExit = (): void => {
				this.stop(worker);
				finish({ kind: 'failed', errorClass: 'exit' });
			};
			const timer = setTimeout(() => {
				this.log(`Analysis stopped after ${this.budgetMs} ms (time budget)`);
				this.stop(worker);
				finish({ kind: 'interrupted' });
			}, this.budgetMs);
			worker.on('message', onMessage);
			worker.once('error', onError);
			worker.once('exit', onExit);
			worker.postMessage(job);
		});
	}

	private spawn(): Worker {
		const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 } });
		// An idle analysis thread must not keep the server process alive after the connection ends.
		worker.unref();
		return worker;
	}

	private stop(worker: Worker): void {
		if (this.worker === worker) {
			this.worker = undefined;
		}
		worker.removeAllListeners('exit');
		void worker.terminate();
	}
}
