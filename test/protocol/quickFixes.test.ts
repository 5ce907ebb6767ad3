import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	CodeActionKind,
	CodeActionRequest,
	DocumentDiagnosticRequest,
	type CodeAction,
	type FullDocumentDiagnosticReport,
	type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../helpers/lspClient';

const FIXTURES = join('test', 'rules');

/** Every fixture with a `.fixed.md`: the same repair must come out of the real server's code actions (its « fix all » when the rule fires several times). */
const fixable = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).flatMap((rule) =>
	readdirSync(join(FIXTURES, rule))
		.filter((file) => file.endsWith('.fixed.md'))
		.map((fixed) => ({ rule, source: join(FIXTURES, rule, fixed.replace(/\.fixed\.md$/u, '.md')), fixed: join(FIXTURES, rule, fixed) })),
);

function overlaps(left: TextEdit, right: TextEdit): boolean {
	const before = (a: TextEdit['range']['start'], b: TextEdit['range']['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
	return before(left.range.start, right.range.end) && before(right.range.start, left.range.end);
}

suite('Quick fixes round-trip through the server', () => {
	let client: TestClient;
	suiteSetup(async () => {
		({ client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } }));
	});
	suiteTeardown(async () => client.stop());

	for (const { rule, source, fixed } of fixable) {
		test(`Should repair ${source} into its .fixed.md`, async () => {
			const text = readFileSync(source, 'utf8');
			const uri = `file:///fixtures/${rule}/${source.split('/').pop()}`;
			await client.open(uri, text);
			const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
			const diagnostics = report.items.filter((diagnostic) => diagnostic.code === rule);
			const edits: TextEdit[] = [];
			// Several findings of the rule: its « fix all », composed by the server pass after pass.
			const firstActions = (await client.connection.sendRequest(CodeActionRequest.type, {
				textDocument: { uri },
				range: diagnostics[0].range,
				context: { diagnostics: [diagnostics[0]], only: [CodeActionKind.QuickFix] },
			})) as CodeAction[];
			const fixAll = firstActions.find((action) => action.kind === `${CodeActionKind.QuickFix}.fixAll`);
			for (const diagnostic of fixAll === undefined ? diagnostics : []) {
				const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
					textDocument: { uri },
					range: diagnostic.range,
					context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
				})) as CodeAction[];
				// The first fix of this diagnostic, as the light bulb offers it first (not "fix all").
				const fix = actions.find((action) => action.kind === CodeActionKind.QuickFix && action.diagnostics?.length === 1);
				const fixEdits = fix?.edit?.changes?.[uri] ?? [];
				if (!fixEdits.some((edit) => edits.some((other) => overlaps(edit, other)))) {
					edits.push(...fixEdits);
				}
			}
			edits.push(...(fixAll?.edit?.changes?.[uri] ?? []));
			assert.ok(edits.length > 0, 'no quick fix offered');
			const repaired = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
			assert.equal(repaired, readFileSync(fixed, 'utf8'));
		});
	}
});
