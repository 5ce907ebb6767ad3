import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../../server/src/engine/fixAll';
import type { RuleFinding } from '../../server/src/engine/analyze';

/** The pleading once every fix of `ruleId` is applied, composed as the per-rule « fix all » does. */
export function applyRuleFixes(text: string, ruleId: string, today: Date): string {
	const document = TextDocument.create('file:///test/acte.md', 'markdown', 1, text);
	const edit = fixAll(document, { settings: { rules: {} }, language: 'fr', today, select: (finding: RuleFinding) => finding.ruleId === ruleId, kinds: ['mechanical', 'substantive'] });
	return edit === undefined ? text : text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}
