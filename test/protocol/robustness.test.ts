import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DidChangeTextDocumentNotification, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { PULL_CAPABILITIES, withClient } from '../helpers/lspClient';

const template = readFileSync('templates/requete-hebergeur.md', 'utf8');
const impossibleDate = template.replace(/^date: .*$/mu, 'date: 2025-02-30');

suite('Language server: hostile documents, budget, unanswered configuration', () => {
	test('Should report one positioned finding when a document exceeds the analysis budget, and keep answering', async function () {
		this.timeout(120_000);
		// A budget of 1 ms: parsing a megabyte provably takes longer, on any machine.
		await withClient(PULL_CAPABILITIES, async (client) => {
			const uri = 'file:///long.md';
			await client.open(uri, `${template}\n\n${'Le compte a publié un message de menaces. '.repeat(25_000)}\n`);
			const diagnostics = await client.pullDiagnostics(uri);
			assert.equal(diagnostics.length, 1);
			assert.equal(diagnostics[0].code, 'document-too-large');
			assert.match(String(diagnostics[0].message), /^Analyse interrompue : ce document demande plus de \d+ secondes d’analyse/u);
			assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
			// Features get no model rather than a frozen server; the server still answers.
			assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
			const templates = (await client.connection.sendRequest('pretoire/templates', {})) as { templates: unknown[] };
			assert.ok(templates.templates.length > 0);
			assert.ok(client.logs.some((line) => line.includes('time budget')));
			assert.ok(!client.logs.some((line) => line.includes('menaces')), 'no pleading text in logs');
		}, { analysisBudgetMs: 1 });
	});

	test('Should analyse deep nesting and delimiter runs without failing open', async function () {
		this.timeout(120_000);
		await withClient(PULL_CAPABILITIES, async (client) => {
			const shapes = {
				quotes: `${impossibleDate}\n${'> '.repeat(20_000)}citation\n`,
				lists: `${impossibleDate}\n\n${Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')}\n`,
				brackets: `${impossibleDate}\n\n${'['.repeat(50_000)}\n`,
				stars: `${impossibleDate}\n\n${'*a'.repeat(50_000)}\n`,
			};
			for (const [name, text] of Object.entries(shapes)) {
				const uri = `file:///${name}.md`;
				await client.open(uri, text);
				const diagnostics = await client.pullDiagnostics(uri);
				const codes = diagnostics.map((diagnostic) => diagnostic.code);
				assert.ok(codes.includes('front-matter-invalid'), `${name}: the impossible date is still reported (${codes.join(', ')})`);
				const limit = diagnostics.find((diagnostic) => diagnostic.code === 'document-too-large');
				assert.ok(limit !== undefined, `${name}: the neutralised structure is reported`);
				assert.ok(limit.range.start.line > 100, `${name}: at the hostile place, not at the top`);
			}
		});
	});

	test('Should use the defaults when the client never answers workspace/configuration', async function () {
		this.timeout(60_000);
		await withClient({ ...PULL_CAPABILITIES, workspace: { configuration: true } }, async (client) => {
			client.connection.onRequest('workspace/configuration', () => new Promise(() => undefined));
			const uri = 'file:///acte.md';
			await client.open(uri, impossibleDate);
			const diagnostics = await client.pullDiagnostics(uri);
			assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'front-matter-invalid'));
		});
	});

	test('Should not serve a stale analysis when a version number is reused for other content', async function () {
		this.timeout(60_000);
		await withClient(PULL_CAPABILITIES, async (client) => {
			const uri = 'file:///acte.md';
			await client.open(uri, template);
			assert.ok(!(await client.pullDiagnostics(uri)).some((diagnostic) => diagnostic.code === 'front-matter-invalid'));
			await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 1 }, contentChanges: [{ text: impossibleDate }] });
			assert.ok((await client.pullDiagnostics(uri)).some((diagnostic) => diagnostic.code === 'front-matter-invalid'));
		});
	});
});
