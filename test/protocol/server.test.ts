import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
	CodeActionRequest,
	DocumentDiagnosticRequest,
	DocumentSymbolRequest,
	type Diagnostic,
	type DocumentSymbol,
	type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';
import { joinLines } from '../helpers/text';

const brokenDate = joinLines('---', 'acte: assignation-refere', 'juridiction: Tribunal judiciaire de Paris', 'date: 2025-02-30', '---', '', '# EXPOSÉ DES FAITS');

suite('Language server over stdio', () => {
	suite('Push diagnostics (clients without pull support, e.g. Neovim)', () => {
		let client: TestClient;
		setup(async () => {
			({ client } = await TestClient.start({}));
		});
		teardown(async () => client.stop());

		test('Should answer initialize without a diagnostic provider', async () => {
			const { initializeResult } = await TestClient.start({}).then(async (started) => {
				await started.client.stop();
				return started;
			});
			assert.equal(initializeResult.capabilities.diagnosticProvider, undefined);
			assert.equal(initializeResult.serverInfo?.name, 'prétoire');
		});

		test('Should publish front-matter-invalid on the line of a broken date', async () => {
			const uri = 'file:///acte.md';
			const published = client.nextDiagnostics(uri);
			await client.open(uri, brokenDate);
			const { diagnostics } = await published;
			const dateDiagnostic = diagnostics.find((diagnostic) => diagnostic.code === 'front-matter-invalid');
			assert.ok(dateDiagnostic, JSON.stringify(diagnostics));
			assert.deepEqual(dateDiagnostic.range, { start: { line: 3, character: 6 }, end: { line: 3, character: 16 } });
			assert.equal(dateDiagnostic.source, 'prétoire');
			assert.match(dateDiagnostic.codeDescription!.href, /docs\/rules\/front-matter-invalid\.md$/u);
		});

		test('Should publish nothing for a Markdown file that is not a pleading', async () => {
			const uri = 'file:///notes.md';
			const published = client.nextDiagnostics(uri);
			await client.open(uri, '# Notes\n\ndate: 2025-02-30\n');
			assert.deepEqual((await published).diagnostics, []);
		});
	});

	suite('Pull diagnostics (VS Code)', () => {
		let client: TestClient;
		let diagnosticProvider: unknown;
		setup(async () => {
			const started = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
			client = started.client;
			diagnosticProvider = started.initializeResult.capabilities.diagnosticProvider;
		});
		teardown(async () => client.stop());

		async function pull(uri: string): Promise<Diagnostic[]> {
			const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
			return report.items;
		}

		test('Should declare a diagnostic provider and answer pulls', async () => {
			// Inter-file: an act's diagnostics depend on its dossier.yaml, and a dossier's on its acts.
			assert.deepEqual(diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
			await client.open('file:///acte.md', brokenDate);
			const diagnostics = await pull('file:///acte.md');
			const frontMatterDiagnostics = diagnostics.filter((diagnostic) => diagnostic.code === 'front-matter-invalid');
			assert.deepEqual(frontMatterDiagnostics.map((diagnostic) => diagnostic.range.start.line), [3]);
		});

		test('Should list sections, publications and pièces in the outline', async () => {
			const uri = 'file:///sample.md';
			await client.open(uri, readFileSync('examples/assignation.md', 'utf8'));
			const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
			const names = symbols.map((symbol) => symbol.name);
			assert.deepEqual(names.slice(0, 2), ['Publications', 'Pièces']);
			assert.ok(names.includes('PAR CES MOTIFS'), names.join(', '));
			assert.equal(symbols[1].children?.length, 3);
			const discussion = symbols.find((symbol) => symbol.name === 'DISCUSSION');
			assert.deepEqual(discussion?.children?.map((child) => child.name), ['Sur le motif légitime']);
		});

		test('Should survive hostile input and forged diagnostic data, and keep answering', async function () {
			this.timeout(600_000);
			const hostile = [
				'\u0000\u0001\uD800garbage\r\n---\r\n',
				`---\nacte: requete\n${'x: '.repeat(10000)}\n---\n`,
				`---\nacte: requete\njuridiction: TJ\ndate: 2024-01-01\n---\n${'pièce n°1 '.repeat(200000)}`,
				'---\nacte: requete\n' + '- '.repeat(5000) + '\n---\n',
			];
			for (const [index, text] of hostile.entries()) {
				const uri = `file:///hostile-${index}.md`;
				await client.open(uri, text);
				await pull(uri);
			}
			const actions = await client.connection.sendRequest(CodeActionRequest.type, {
				textDocument: { uri: 'file:///hostile-2.md' },
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'prétoire', data: { v: 1, ruleId: 'x', version: 1, fixes: [{ title: 'evil', edits: [{ range: null, newText: 'x' }] }] } }] },
			});
			assert.deepEqual(actions, []);
			await client.open('file:///after.md', brokenDate);
			assert.equal((await pull('file:///after.md')).filter((diagnostic) => diagnostic.code === 'front-matter-invalid').length, 1);
		});
	});
});
