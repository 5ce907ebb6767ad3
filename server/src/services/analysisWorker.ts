import { parentPort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inheritDossier, type DossierSource } from '../document/dossier';
import type { PleadingModel } from '../document/model';
import { parsePleading } from '../document/parse';
import { toTransferable, type TransferableModel } from '../document/transfer';
import { analyze, type RuleFinding } from '../engine/analyze';
import { setMessageLanguage } from '../l10n';
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
}

export interface AnalysisReply {
	readonly id: number;
	readonly model: TransferableModel;
	readonly findings: readonly RuleFinding[];
	/** Failed rules: their id and the error's class and stack frames, never its message (it may quote the pleading). */
	readonly ruleErrors: readonly { ruleId: string; errorClass: string; frames: string }[];
}

/** A closed document: its previous model is no longer needed for incremental parsing. */
export interface ForgetJob {
	readonly kind: 'forget';
	readonly uri: string;
}

/** How many recently analysed documents keep their model for incremental parsing. */
const KEPT_MODELS = 2;

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
	parentPort?.on('message', (job: AnalysisJob | ForgetJob) => {
		if (job.kind === 'forget') {
			previous.delete(job.uri);
			return;
		}
		setMessageLanguage(job.settings.language);
		const model = parsePleading(TextDocument.create(job.uri, 'markdown', job.version, job.text), previous.get(job.uri));
		// Only the documents analysed last keep their model here: typing happens in one or two at a
		// time, and fifty open pleadings must not be held twice (once on each thread).
		previous.delete(job.uri);
		previous.set(job.uri, model);
		if (previous.size > KEPT_MODELS) {
			previous.delete(previous.keys().next().value!);
		}
		const ruleErrors: { ruleId: string; errorClass: string; frames: string }[] = [];
		const findings = analyze(inheritDossier(model, job.dossier), {
			settings: job.settings,
			today: new Date(job.today),
			onRuleError: (ruleId, error) => ruleErrors.push({ ruleId, errorClass: error instanceof Error ? error.name : typeof error, frames: stackFrames(error) }),
		});
		// The act's own model crosses (the merged one holds closures); the main thread merges it again.
		parentPort?.postMessage({ id: job.id, model: toTransferable(model), findings, ruleErrors } satisfies AnalysisReply);
	});
}
