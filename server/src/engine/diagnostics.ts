import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { PleadingModel } from '../document/model';
import type { RuleFinding } from './analyze';
import type { FixKind, Severity } from '../rules/types';
import { docsUrl } from './docsUrl';
import { shared } from '../util/sharedStrings';

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
	readonly fixes: readonly { readonly title: string; readonly kind: FixKind; readonly edits: readonly TextEdit[] }[];
}

export function toDiagnostic(model: Pick<PleadingModel, 'document' | 'rangeOf'> & Partial<Pick<PleadingModel, 'dossier'>>, finding: RuleFinding): Diagnostic {
	// One copy of each rule id, whatever the number of open pleadings (see `shared`).
	const ruleId = shared(finding.ruleId);
	const data: DiagnosticData = {
		v: 1,
		ruleId,
		version: model.document.version,
		fixes: (finding.fixes ?? []).map((fix) => ({
			title: fix.title,
			kind: fix.kind,
			edits: fix.edits.map((edit) => ({ range: model.rangeOf(edit.span), newText: edit.newText })),
		})),
	};
	return {
		range: model.rangeOf(finding.span),
		severity: severities[finding.severity],
		code: ruleId,
		codeDescription: { href: docsUrl(ruleId) },
		source: DIAGNOSTIC_SOURCE,
		message: finding.message,
		relatedInformation: finding.related?.map((related) => {
			const dossier = related.inDossier === true ? model.dossier?.document : undefined;
			const range = dossier === undefined ? model.rangeOf(related.span) : { start: dossier.positionAt(related.span.start), end: dossier.positionAt(related.span.end) };
			return { location: { uri: dossier?.uri ?? model.document.uri, range }, message: related.message };
		}),
		data,
	};
}
