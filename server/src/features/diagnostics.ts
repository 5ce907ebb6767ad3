import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { PleadingModel } from '../document/model';
import type { RuleFinding } from '../engine/analyze';
import type { Severity } from '../rules/types';
import { docsUrl } from './docsUrl';

export const DIAGNOSTIC_SOURCE = 'prétoire';

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	info: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to the server for its quick fixes (which keeps the server stateless). */
export interface DiagnosticData {
	readonly v: 1;
	readonly ruleId: string;
	readonly version: number;
	readonly fixes: readonly { readonly title: string; readonly edits: readonly TextEdit[] }[];
}

export function toDiagnostic(model: PleadingModel, finding: RuleFinding): Diagnostic {
	const data: DiagnosticData = {
		v: 1,
		ruleId: finding.ruleId,
		version: model.document.version,
		fixes: (finding.fixes ?? []).map((fix) => ({
			title: fix.title,
			edits: fix.edits.map((edit) => ({ range: model.rangeOf(edit.span), newText: edit.newText })),
		})),
	};
	return {
		range: model.rangeOf(finding.span),
		severity: severities[finding.severity],
		code: finding.ruleId,
		codeDescription: { href: docsUrl(finding.ruleId) },
		source: DIAGNOSTIC_SOURCE,
		message: finding.message,
		relatedInformation: finding.related?.map((related) => ({
			location: { uri: model.document.uri, range: model.rangeOf(related.span) },
			message: related.message,
		})),
		data,
	};
}
