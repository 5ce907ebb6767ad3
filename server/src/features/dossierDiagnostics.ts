import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isInherited, type FrontMatterModel, type PleadingModel } from '../document/model';
import type { RuleFinding } from '../engine/analyze';
import type { Translator } from '../l10n';
import { toDiagnostic } from '../engine/diagnostics';
import { frontMatterIssueMessage } from '../engine/messages';

const FRONT_MATTER_INVALID = 'front-matter-invalid';

/** An open act that names a dossier, with what its analysis found and the diagnostics published for it. */
export interface AnalysedAct {
	readonly model: PleadingModel;
	readonly inheritedFindings: readonly RuleFinding[];
}

/**
 * The diagnostics of an open `dossier.yaml`: its own YAML and schema problems, then every finding an
 * open act makes about a value it inherits, placed where the dossier writes that value, with a link
 * back to the act. The same finding from two acts is shown once.
 * @param own the dossier's reading, made on the analysis thread (a large dossier is not parsed here)
 */
export function dossierDiagnostics(dossier: TextDocument, acts: readonly AnalysedAct[], own: FrontMatterModel, { t, language }: Translator): Diagnostic[] {
	const range = (span: { start: number; end: number }) => ({ start: dossier.positionAt(span.start), end: dossier.positionAt(span.end) });
	const diagnostics: Diagnostic[] = own.issues.map((issue) => ({
		range: range(issue.span),
		severity: issue.kind === 'unknown-key' ? DiagnosticSeverity.Information : DiagnosticSeverity.Error,
		code: FRONT_MATTER_INVALID,
		source: 'prétoire',
		message: frontMatterIssueMessage(issue, language),
	}));
	const seen = new Set<string>();
	for (const act of acts) {
		if (act.model.dossier?.document?.uri !== dossier.uri) {
			continue;
		}
		act.inheritedFindings.forEach((finding: RuleFinding) => {
			// The dossier's own problems are listed above, read from the dossier itself.
			if (!isInherited(finding.span) || finding.ruleId === FRONT_MATTER_INVALID) {
				return;
			}
			const key = `${finding.span.origin.start}:${finding.span.origin.end}:${finding.ruleId}:${finding.message}`;
			if (seen.has(key)) {
				return;
			}
			seen.add(key);
			const inAct = toDiagnostic(act.model, finding);
			diagnostics.push({
				...inAct,
				range: range(finding.span.origin),
				data: undefined,
				relatedInformation: [{ location: { uri: act.model.document.uri, range: inAct.range }, message: t('Relevé dans l’acte qui hérite de cette valeur') }],
			});
		});
	}
	return diagnostics;
}
