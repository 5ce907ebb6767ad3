import type { RuleFinding } from '../../server/src/engine/analyze';
import type { SpanEdit } from '../../server/src/rules/types';

/** Applies the first fix of every finding, skipping edits that overlap an earlier one (as "fix all" does). */
export function applyFirstFixes(text: string, findings: readonly RuleFinding[]): string {
	const edits: SpanEdit[] = [];
	for (const finding of findings) {
		const fix = finding.fixes?.[0];
		if (fix !== undefined && !fix.edits.some((edit) => edits.some((other) => edit.span.start < other.span.end && other.span.start < edit.span.end))) {
			edits.push(...fix.edits);
		}
	}
	let result = text;
	// From the end of the text backwards; inserts at the same place keep their order, as in LSP.
	const ordered = edits.map((edit, index) => ({ edit, index })).sort((left, right) => right.edit.span.start - left.edit.span.start || right.edit.span.end - left.edit.span.end || right.index - left.index);
	for (const { edit } of ordered) {
		result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
	}
	return result;
}
