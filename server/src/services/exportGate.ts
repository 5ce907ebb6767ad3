import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { RuleFinding } from '../engine/analyze';

/** The rule whose findings are blanks left to complete (« À compléter », […]): printed as is, they would be served. */
const BLANK_RULE = 'placeholder-left';

/**
 * What must be confirmed before an act is exported, the same for the command palette and the command
 * line: the blanks left to complete (always asked, or refused without `--force`), and the errors
 * (asked unless `pretoire.export.askWhenErrors` is off; named on the command line). One function,
 * so that the two front ends cannot drift.
 */
export interface ExportGate<T> {
	readonly blanks: readonly T[];
	readonly errors: readonly T[];
}

/** The gate over the findings of an analysis (command line). */
export function exportGateOfFindings(findings: readonly RuleFinding[]): ExportGate<RuleFinding> {
	return gate(findings, (finding) => ({ ruleId: finding.ruleId, error: finding.severity === 'error' }));
}

/** The gate over the diagnostics the editor shows (language server): the same findings, as published. */
export function exportGateOfDiagnostics(diagnostics: readonly Diagnostic[]): ExportGate<Diagnostic> {
	return gate(diagnostics, (diagnostic) => ({ ruleId: String(diagnostic.code ?? ''), error: diagnostic.severity === DiagnosticSeverity.Error }));
}

function gate<T>(items: readonly T[], read: (item: T) => { ruleId: string; error: boolean }): ExportGate<T> {
	return {
		blanks: items.filter((item) => read(item).ruleId === BLANK_RULE),
		errors: items.filter((item) => read(item).error),
	};
}
