import { parentPort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inheritDossier, readDossier, type DossierSource } from '../document/dossier';
import type { FrontMatterModel, PleadingModel } from '../document/model';
import { parsePleading } from '../document/parse';
import { frontMatterToTransferable, toTransferable, type TransferableFrontMatter, type TransferableModel } from '../document/transfer';
import { analyze, type RuleFinding } from '../engine/analyze';
import type { Settings } from '../settings';

/** A document to analyse, sent by the main thread. */
export interface AnalysisJob {
	readonly kind: 'analyse';
	readonly id: number;
	readonly uri: string;
	readonly version: number;
	readonly text: string;
	readonly settings: Pick<Settings, 'language' | 'rules'>;
	readonly today: string;
	/** The dossier the act names, read by the main thread: the act is analysed with what it inherits. */
	readonly dossier?: DossierSource;
	/** Whether the main thread needs this dossier's reading (it keeps the one it was last sent). */
	readonly sendDossier?: boolean;
}

/**
 * The act's model, sent as soon as it is parsed, before the rules run: the preview prints it without
 * waiting for them. The findings follow in the `AnalysisReply` of the same id.
 */
export interface ParsedReply {
	readonly id: number;
	readonly parsed: TransferableModel;
	/** The dossier's reading, when asked for: the main thread never parses it. */
	readonly dossier?: TransferableFrontMatter;
}

export interface AnalysisReply {
	readonly id: number;
	readonly findings: readonly RuleFinding[];
	/** Failed rules: their id and the error's class and stack frames, never its message (it may quote the pleading). */
	readonly ruleErrors: readonly { ruleId: string; errorClass: string; frames: string }[];
}

/** An open `dossier.yaml` to read for its own diagnostics: parsed here, never on the main thread. */
export interface DossierJob {
	readonly kind: 'readDossier';
	readonly id: number;
	readonly uri: string;
	readonly text: string;
}

export interface DossierReply {
	readonly id: number;
	readonly dossier: TransferableFrontMatter;
}

/** A closed document: its previous model is no longer needed for incremental parsing. */
export interface ForgetJob {
	readonly kind: 'forget';
	readonly uri: string;
}

/** How many recently analysed documents keep their model for incremental parsing. */
const KEPT_MODELS = 2;

/** How many dossiers keep their reading: one case is worked on at a time, two acts may name two dossiers. */
const KEPT_DOSSIERS = 2;

/** Each dossier content is parsed once: a 4 MB dossier takes seconds, and every edit of the act needs it. */
class DossierReadings {
	private readonly readings = new Map<string, { text: string; frontMatter: FrontMatterModel }>();

	of(source: DossierSource | undefined): FrontMatterModel | undefined {
		if (source === undefined || !('text' in source)) {
			return undefined;
		}
		const kept = this.readings.get(source.uri);
		const frontMatter = kept !== undefined && kept.text === source.text ? kept.frontMatter : readDossier(source.text);
		this.readings.delete(source.uri);
		this.readings.set(source.uri, { text: source.text, frontMatter });
		if (this.readings.size > KEPT_DOSSIERS) {
			this.readings.delete(this.readings.keys().next().value!);
		}
		return frontMatter;
	}
}

/** The stack without its first line, which holds the message. */
export function stackFrames(error: unknown): string {
	return error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
}

/**
 * The analysis thread: parses and analyses, so that a slow document never blocks the main thread,
 * which can stop this thread when a document exceeds its time budget. The previous model of the
 * documents analysed last is kept here for incremental parsing.
 */
export function runAnalysisWorker(): void {
	process.setSourceMapsEnabled(true);
	const previous = new Map<string, PleadingModel>();
	const dossiers = new DossierReadings();
	parentPort?.on('message', (job: AnalysisJob | DossierJob | ForgetJob) => {
		if (job.kind === 'forget') {
			previous.delete(job.uri);
			return;
		}
		if (job.kind === 'readDossier') {
			const reply: DossierReply = { id: job.id, dossier: frontMatterToTransferable(dossiers.of({ uri: job.uri, text: job.text })!) };
			parentPort?.postMessage(reply);
			return;
		}
		parentPort?.postMessage(analyseJob(job, previous, dossiers, (parsed) => parentPort?.postMessage(parsed)));
	});
}

/** Parses one document, sends its model, then analyses it in its own message language. */
function analyseJob(job: AnalysisJob, previous: Map<string, PleadingModel>, dossiers: DossierReadings, sendParsed: (parsed: ParsedReply) => void): AnalysisReply {
	const model = parsePleading(TextDocument.create(job.uri, 'markdown', job.version, job.text), previous.get(job.uri));
	// Only the documents analysed last keep their model here: typing happens in one or two at a
	// time, and fifty open pleadings must not be held twice (once on each thread).
	previous.delete(job.uri);
	previous.set(job.uri, model);
	if (previous.size > KEPT_MODELS) {
		previous.delete(previous.keys().next().value!);
	}
	const dossier = dossiers.of(job.dossier);
	// The act's own model crosses (the merged one holds closures); the main thread merges it again.
	sendParsed({ id: job.id, parsed: toTransferable(model), dossier: job.sendDossier === true && dossier !== undefined ? frontMatterToTransferable(dossier) : undefined });
	const ruleErrors: { ruleId: string; errorClass: string; frames: string }[] = [];
	const findings = analyze(inheritDossier(model, job.dossier, dossier), {
		settings: job.settings,
		language: job.settings.language,
		today: new Date(job.today),
		onRuleError: (ruleId, error) => ruleErrors.push({ ruleId, errorClass: error instanceof Error ? error.name : typeof error, frames: stackFrames(error) }),
	});
	return { id: job.id, findings, ruleErrors };
}
