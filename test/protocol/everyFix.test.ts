import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import {
	CodeActionKind,
	CodeActionRequest,
	CodeActionResolveRequest,
	DiagnosticSeverity,
	DocumentDiagnosticRequest,
	ExecuteCommandRequest,
	type CodeAction,
	type Diagnostic,
	type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { frontMatterBounds } from '../../server/src/document/parse';
import { RENUMBER_PIECES_COMMAND } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

const FIXTURES = join('test', 'rules');
const invalidFixtures = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((directory) =>
	readdirSync(join(FIXTURES, directory.name)).filter((file) => file.startsWith('invalid-') && file.endsWith('.md') && !file.endsWith('.fixed.md')).map((file) => join(FIXTURES, directory.name, file)),
);

/** Blanks the fixes scaffold on purpose: flagged by placeholder-left, never a regression. */
const SCAFFOLD = 'placeholder-left';
/** What an edit of ours must never leave in French prose. */
const BROKEN_FRENCH = [/[^\s\u00a0]  +[^\s\u00a0]/u, / ,/u, /,\s*,/u, /\bet et\b/u, /,\s*;/u, /\bet\s*;/u, /\b(?:le|la|les|du|des|de)\s*[;,.]/u];

/**
 * The one new finding a fix may bring: a pièce cited only by a publication's `piece:` and added to
 * the bordereau is then reported as cited nowhere in the body (piece-unused), which it already was.
 */
function tolerated(fixed: Diagnostic, code: string): boolean {
	return fixed.code === 'piece-undefined' && code === 'piece-unused';
}

let client: TestClient;
let counter = 0;

async function diagnosticsOf(text: string): Promise<{ uri: string; items: Diagnostic[] }> {
	const uri = `file:///every-fix/${++counter}.md`;
	await client.open(uri, text);
	const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
	return { uri, items: report.items };
}

function loud(items: readonly Diagnostic[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) {
		if ((item.severity === DiagnosticSeverity.Error || item.severity === DiagnosticSeverity.Warning) && item.code !== SCAFFOLD) {
			counts.set(String(item.code), (counts.get(String(item.code)) ?? 0) + 1);
		}
	}
	return counts;
}

function frontMatterErrors(text: string): number {
	const bounds = frontMatterBounds(text);
	return bounds === undefined ? 0 : parseDocument(text.slice(bounds.contentStart, bounds.contentEnd), { uniqueKeys: true }).errors.length;
}

/** Patterns of broken French found more often after the fix than before (indentation ignored). */
function brokenFrenchIn(before: string, after: string): string[] {
	const count = (text: string, pattern: RegExp): number => text.replace(/^[ \t]+/gmu, '').match(new RegExp(pattern.source, 'gu'))?.length ?? 0;
	return BROKEN_FRENCH.filter((pattern) => count(after, pattern) > count(before, pattern)).map(String);
}

async function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
	return (await client.connection.sendRequest(CodeActionRequest.type, {
		textDocument: { uri },
		range: diagnostic.range,
		context: { diagnostics: [diagnostic], ...(only === undefined ? {} : { only }) },
	})) as CodeAction[];
}

function apply(uri: string, text: string, action: CodeAction): string {
	return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), action.edit?.changes?.[uri] ?? []);
}

suite('Every quick fix of every fixture, alone, through the server', () => {
	suiteSetup(async () => {
		({ client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { applyEdit: true } }));
	});
	suiteTeardown(async () => client.stop());

	for (const fixture of invalidFixtures) {
		test(`Should repair without damage: ${fixture}`, async function () {
			this.timeout(120_000);
			const text = readFileSync(fixture, 'utf8');
			const { uri, items } = await diagnosticsOf(text);
			const before = loud(items);
			let anyFix = false;
			for (const diagnostic of items) {
				for (const action of await actionsFor(uri, diagnostic, [CodeActionKind.QuickFix])) {
					if (action.kind !== CodeActionKind.QuickFix) {
						continue;
					}
					anyFix ||= !action.title.startsWith('Ignorer');
					const fixed = apply(uri, text, action);
					const label = `${fixture}: « ${action.title} »`;
					assert.notEqual(fixed, text, `${label} changes nothing`);
					assert.ok(frontMatterErrors(fixed) <= frontMatterErrors(text), `${label} breaks the YAML`);
					const after = await diagnosticsOf(fixed);
					const sameFinding = after.items.filter((item) => item.code === diagnostic.code && item.message === diagnostic.message);
					const scaffolded = after.items.some((item) => item.code === SCAFFOLD) && !items.some((item) => item.code === SCAFFOLD && after.items.some((other) => other.message === item.message && other.range.start.line === item.range.start.line));
					assert.ok(sameFinding.length < items.filter((item) => item.code === diagnostic.code && item.message === diagnostic.message).length || scaffolded, `${label} leaves its finding`);
					for (const [code, count] of loud(after.items)) {
						assert.ok(count <= (before.get(code) ?? 0) || tolerated(diagnostic, code), `${label} adds a ${code} finding`);
					}
					assert.deepEqual(brokenFrenchIn(text, fixed), [], `${label} leaves broken French`);
				}
			}
			// Wherever a mechanical fix is, source.fixAll.pretoire is too, and as safe; it never changes substance.
			const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
				textDocument: { uri },
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
			})) as CodeAction[];
			const kindsOf = (item: Diagnostic): string[] => ((item.data as { fixes?: { kind: string }[] } | undefined)?.fixes ?? []).map((fix) => fix.kind);
			const anyMechanicalFix = items.some((item) => kindsOf(item).includes('mechanical'));
			assert.ok(!anyMechanicalFix || anyFix, `${fixture}: a mechanical fix not offered in the light bulb`);
			assert.equal(fixAll.length, anyMechanicalFix ? 1 : 0, `${fixture}: source.fixAll offered ${fixAll.length} time(s)`);
			if (anyMechanicalFix) {
				const fixed = apply(uri, text, fixAll[0]);
				assert.ok(frontMatterErrors(fixed) <= frontMatterErrors(text), `${fixture}: source.fixAll breaks the YAML`);
				const after = await diagnosticsOf(fixed);
				assert.ok(after.items.filter((item) => (item.data as { fixes?: unknown[] } | undefined)?.fixes?.length).length < items.filter((item) => (item.data as { fixes?: unknown[] } | undefined)?.fixes?.length).length, `${fixture}: source.fixAll repairs nothing`);
				for (const [code, count] of loud(after.items)) {
					assert.ok(count <= (before.get(code) ?? 0) || code === 'piece-unused', `${fixture}: source.fixAll adds a ${code} finding`);
				}
				assert.deepEqual(brokenFrenchIn(text, fixed), [], `${fixture}: source.fixAll leaves broken French`);
				const substantiveOnly = items.filter((item) => kindsOf(item).length > 0 && !kindsOf(item).includes('mechanical'));
				for (const item of substantiveOnly) {
					assert.ok(after.items.some((other) => other.code === item.code && other.message === item.message), `${fixture}: source.fixAll applied a substantive fix (${String(item.code)})`);
				}
			}
		});
	}

	test('Should repair every piece-undefined finding with source.fixAll.pretoire (codeActionsOnSave)', async () => {
		const text = readFileSync(join(FIXTURES, 'piece-undefined', 'invalid-unlisted.md'), 'utf8');
		const { uri, items } = await diagnosticsOf(text);
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
		})) as CodeAction[];
		assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll.pretoire']);
		const fixed = apply(uri, text, actions[0]);
		assert.equal(frontMatterErrors(fixed), 0);
		const after = await diagnosticsOf(fixed);
		assert.equal(after.items.filter((item) => item.code === 'piece-undefined').length, 0);
		assert.ok(items.some((item) => item.code === 'piece-undefined'));
		for (const [code, count] of loud(after.items)) {
			assert.ok(count <= (loud(items).get(code) ?? 0) || code === 'piece-unused', `fix all adds a ${code} finding`);
		}
	});

	test('Should silence a finding with « Ignorer ce constat ici », in the body and in the front matter', async () => {
		for (const fixture of [join(FIXTURES, 'data-beyond-l34-1', 'invalid-out-of-scope.md'), join(FIXTURES, 'offence-unqualified', 'invalid-flow-style.md')]) {
			const text = readFileSync(fixture, 'utf8');
			const { uri, items } = await diagnosticsOf(text);
			const target = items.find((item) => item.code === 'data-beyond-l34-1' || item.code === 'offence-unqualified')!;
			const ignore = (await actionsFor(uri, target)).find((action) => action.title.startsWith('Ignorer ce constat ici'));
			assert.ok(ignore !== undefined, `no « Ignorer » on ${fixture}`);
			const silenced = apply(uri, text, ignore);
			assert.match(silenced, new RegExp(`pretoire-disable-next-line ${String(target.code)}`, 'u'));
			const after = await diagnosticsOf(silenced);
			assert.equal(after.items.filter((item) => item.code === target.code && item.message === target.message).length, 0);
			// Line-based, as in ESLint: the other findings of that code on other lines stay.
			const elsewhere = items.filter((item) => item.code === target.code && item.range.start.line !== target.range.start.line).length;
			assert.equal(after.items.filter((item) => item.code === target.code).length, elsewhere, 'only that line is silenced');
			assert.equal(frontMatterErrors(silenced), 0);
		}
	});

	test('Should defer a « fix all » edit to codeAction/resolve when the client can resolve it', async () => {
		const { client: resolving } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { resolveSupport: { properties: ['edit'] } } } });
		try {
			const uri = 'file:///every-fix/resolve.md';
			const text = readFileSync(join(FIXTURES, 'data-beyond-l34-1', 'invalid-out-of-scope.md'), 'utf8');
			await resolving.open(uri, text);
			const report = (await resolving.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
			const diagnostic = report.items.find((item) => item.code === 'data-beyond-l34-1')!;
			const actions = (await resolving.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
			const fixAll = actions.find((action) => action.kind === `${CodeActionKind.QuickFix}.fixAll`)!;
			assert.equal(fixAll.edit, undefined);
			const resolved = await resolving.connection.sendRequest(CodeActionResolveRequest.type, fixAll);
			assert.equal(apply(uri, text, resolved), readFileSync(join(FIXTURES, 'data-beyond-l34-1', 'invalid-out-of-scope.fixed.md'), 'utf8'));
		} finally {
			await resolving.stop();
		}
	});

	test('Should renumber through workspace/executeCommand, and refuse when a cited pièce is missing', async () => {
		const edits: unknown[] = [];
		client.connection.onRequest('workspace/applyEdit', (params: unknown) => {
			edits.push(params);
			return { applied: true };
		});
		const missing = await diagnosticsOf(readFileSync(join(FIXTURES, 'piece-undefined', 'invalid-unlisted.md'), 'utf8'));
		await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_PIECES_COMMAND, arguments: [missing.uri] }), /citée mais absente du bordereau/u);
		const valid = await diagnosticsOf(readFileSync(join(FIXTURES, 'piece-undefined', 'valid-listed.md'), 'utf8'));
		await client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_PIECES_COMMAND, arguments: [valid.uri] });
		assert.equal(edits.length, 1);
	});
});
