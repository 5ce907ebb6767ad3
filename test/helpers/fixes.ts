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
	for (const edit of [...edits].sort((left, right) => right.span.start - left.span.start || right.span.end - left.span.end)) {
		result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
	}
	return result;
}
