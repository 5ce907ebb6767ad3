import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
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

/**
 * Parses and analyses each document version once; every feature (diagnostics, outline, code
 * actions…) reads the same analysis instead of re-parsing.
 */
export class AnalysisCache {
	private readonly entries = new Map<string, { version: number; settingsKey: string; analysis: Analysis | undefined }>();

	constructor(private readonly onRuleError: (ruleId: string, error: unknown) => void) {}

	/** Undefined for a Markdown file that is not a pleading: it gets no analysis at all. */
	get(document: TextDocument, settings: Settings, today: Date): Analysis | undefined {
		const settingsKey = JSON.stringify([settings.language, settings.rules, today.toISOString().slice(0, 10)]);
		const cached = this.entries.get(document.uri);
		if (cached !== undefined && cached.version === document.version && cached.settingsKey === settingsKey) {
			return cached.analysis;
		}
		const analysis = looksLikePleading(document.getText()) ? this.compute(document, settings, today, cached?.analysis?.model) : undefined;
		this.entries.set(document.uri, { version: document.version, settingsKey, analysis });
		return analysis;
	}

	/** The last analysis computed for the document, whatever its version. */
	peek(uri: string): Analysis | undefined {
		return this.entries.get(uri)?.analysis;
	}

	delete(uri: string): void {
		this.entries.delete(uri);
	}

	clear(): void {
		this.entries.clear();
	}

	private compute(document: TextDocument, settings: Settings, today: Date, previous: PleadingModel | undefined): Analysis {
		const model = parsePleading(document, previous);
		const findings = analyze(model, { settings, today, onRuleError: this.onRuleError });
		return { model, findings, diagnostics: findings.map((finding) => toDiagnostic(model, finding)) };
	}
}
