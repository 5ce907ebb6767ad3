import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { inheritDossier, type DossierSource } from '../document/dossier';
import type { PleadingModel } from '../document/model';
import { looksLikePleading, parsePleading } from '../document/parse';
import { analyze, type RuleFinding } from '../engine/analyze';
import { toDiagnostic } from '../engine/diagnostics';
import type { Settings } from '../settings';

export interface Analysis {
	readonly model: PleadingModel;
	readonly findings: readonly RuleFinding[];
	readonly diagnostics: readonly Diagnostic[];
}

/** Reads the dossier a parsed act names (I/O stays in the wiring layer). */
export type DossierLoader = (model: PleadingModel) => DossierSource | undefined;

interface Entry {
	readonly version: number;
	readonly settingsKey: string;
	/** What the dossier was when the analysis ran: a changed dossier re-analyses the act. */
	readonly dossierKey: string;
	/** The act's own model, reused by the next parse (the analysed model may hold dossier values). */
	readonly parsed: PleadingModel | undefined;
	readonly analysis: Analysis | undefined;
}

/**
 * Parses and analyses each document version once; every feature (diagnostics, outline, code
 * actions…) reads the same analysis instead of re-parsing.
 */
export class AnalysisCache {
	private readonly entries = new Map<string, Entry>();

	constructor(private readonly onRuleError: (ruleId: string, error: unknown) => void) {}

	/** Undefined for a Markdown file that is not a pleading: it gets no analysis at all. */
	get(document: TextDocument, settings: Settings, today: Date, loadDossier: DossierLoader = () => undefined): Analysis | undefined {
		const settingsKey = JSON.stringify([settings.language, settings.rules, today.toISOString().slice(0, 10)]);
		const cached = this.entries.get(document.uri);
		if (!looksLikePleading(document.getText())) {
			this.entries.set(document.uri, { version: document.version, settingsKey, dossierKey: '', parsed: undefined, analysis: undefined });
			return undefined;
		}
		const parsed = cached?.version === document.version && cached.parsed !== undefined ? cached.parsed : parsePleading(document, cached?.parsed);
		const dossier = loadDossier(parsed);
		const dossierKey = dossier === undefined ? '' : `${dossier.uri}\n${'text' in dossier ? dossier.text : dossier.failure}`;
		if (cached !== undefined && cached.version === document.version && cached.settingsKey === settingsKey && cached.dossierKey === dossierKey) {
			return cached.analysis;
		}
		const analysis = this.compute(inheritDossier(parsed, dossier), settings, today);
		this.entries.set(document.uri, { version: document.version, settingsKey, dossierKey, parsed, analysis });
		return analysis;
	}

	/** The last analysis computed for the document, whatever its version. */
	peek(uri: string): Analysis | undefined {
		return this.entries.get(uri)?.analysis;
	}

	/** The acts analysed with this dossier, to re-analyse when it changes. */
	actsOfDossier(dossierUri: string): string[] {
		return [...this.entries].filter(([, entry]) => entry.analysis?.model.dossier?.document?.uri === dossierUri || entry.dossierKey.startsWith(`${dossierUri}\n`)).map(([uri]) => uri);
	}

	delete(uri: string): void {
		this.entries.delete(uri);
	}

	clear(): void {
		this.entries.clear();
	}

	private compute(model: PleadingModel, settings: Settings, today: Date): Analysis {
		const findings = analyze(model, { settings, today, onRuleError: this.onRuleError });
		return { model, findings, diagnostics: findings.map((finding) => toDiagnostic(model, finding)) };
	}
}
