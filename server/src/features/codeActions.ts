import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { z } from 'zod';
import { t } from '../l10n';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../engine/diagnostics';

const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
/** `diagnostic.data` comes back from the client: it is untrusted and checked before use. */
const diagnosticDataSchema = z.object({
	v: z.literal(1),
	ruleId: z.string(),
	version: z.number().int(),
	fixes: z.array(
		z.object({
			title: z.string(),
			edits: z.array(z.object({ range: z.object({ start: position, end: position }), newText: z.string() })).max(1000),
		}),
	).max(50),
});

function dataOf(diagnostic: Diagnostic, version: number): DiagnosticData | undefined {
	if (diagnostic.source !== DIAGNOSTIC_SOURCE) {
		return undefined;
	}
	const parsed = diagnosticDataSchema.safeParse(diagnostic.data);
	// Fixes computed for another version of the text would corrupt it.
	return parsed.success && parsed.data.version === version ? parsed.data : undefined;
}

/**
 * Quick fixes travel in the diagnostics; this turns them into code actions, plus one "fix all" per
 * rule when the document has several fixable problems of that rule.
 */
export function codeActions(uri: string, version: number, context: CodeActionContext, documentDiagnostics: readonly Diagnostic[]): CodeAction[] {
	if (context.only !== undefined && !context.only.some((kind) => kind === CodeActionKind.QuickFix || kind.startsWith(`${CodeActionKind.QuickFix}.`))) {
		return [];
	}
	const actions: CodeAction[] = [];
	const rulesSeen = new Set<string>();
	for (const diagnostic of context.diagnostics) {
		const data = dataOf(diagnostic, version);
		if (data === undefined) {
			continue;
		}
		for (const fix of data.fixes) {
			actions.push({
				title: fix.title,
				kind: CodeActionKind.QuickFix,
				diagnostics: [diagnostic],
				isPreferred: data.fixes.length === 1,
				edit: { changes: { [uri]: [...fix.edits] } },
			});
		}
		if (data.fixes.length > 0 && !rulesSeen.has(data.ruleId)) {
			rulesSeen.add(data.ruleId);
			const fixAll = fixAllAction(uri, version, data.ruleId, documentDiagnostics);
			if (fixAll !== undefined) {
				actions.push(fixAll);
			}
		}
	}
	return actions;
}

function fixAllAction(uri: string, version: number, ruleId: string, documentDiagnostics: readonly Diagnostic[]): CodeAction | undefined {
	const fixable = documentDiagnostics
		.map((diagnostic) => ({ diagnostic, data: dataOf(diagnostic, version) }))
		.filter((entry): entry is { diagnostic: Diagnostic; data: DiagnosticData } => entry.data?.ruleId === ruleId && entry.data.fixes.length > 0);
	if (fixable.length < 2) {
		return undefined;
	}
	const edits: TextEdit[] = [];
	for (const { data } of fixable) {
		for (const edit of data.fixes[0].edits) {
			// Two fixes touching the same text cannot both apply; the first one wins.
			if (!edits.some((other) => overlaps(other, edit))) {
				edits.push(edit);
			}
		}
	}
	return {
		title: t('Corriger tous les problèmes {0} du document', ruleId),
		kind: `${CodeActionKind.QuickFix}.fixAll`,
		diagnostics: fixable.map((entry) => entry.diagnostic),
		edit: { changes: { [uri]: edits } },
	};
}

function overlaps(left: TextEdit, right: TextEdit): boolean {
	const before = (a: TextEdit['range']['start'], b: TextEdit['range']['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
	return before(left.range.start, right.range.end) && before(right.range.start, left.range.end)
		|| (left.range.start.line === right.range.start.line && left.range.start.character === right.range.start.character);
}
