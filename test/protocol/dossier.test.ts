import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	DidChangeTextDocumentNotification,
	DidOpenTextDocumentNotification,
	DocumentDiagnosticRequest,
	HoverRequest,
	type FullDocumentDiagnosticReport,
	type MarkupContent,
	type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { AccessProviderActRequest, ExportCaseFileRequest } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

/** Waits for the diagnostics of `uri` that satisfy `accept` (pushed diagnostics may come in several rounds). */
async function diagnosticsUntil(client: TestClient, uri: string, accept: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
	for (;;) {
		const params = await client.nextDiagnostics(uri);
		if (accept(params)) {
			return params;
		}
	}
}

suite('dossier.yaml in the language server', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-lsp-dossier-'));
	cpSync(join('examples', 'dossier-martin'), directory, { recursive: true });
	const actPath = join(directory, 'assignation-orange.md');
	const actUri = pathToFileURL(actPath).toString();
	const dossierUri = pathToFileURL(join(directory, 'dossier.yaml')).toString();
	const dossierText = readFileSync(join(directory, 'dossier.yaml'), 'utf8');
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	test('Should re-analyse the open act when the open dossier changes, and show the finding on both', async () => {
		const { client } = await TestClient.start({});
		try {
			const first = client.nextDiagnostics(actUri);
			await client.open(actUri, readFileSync(actPath, 'utf8'));
			assert.deepEqual((await first).diagnostics.filter((diagnostic) => diagnostic.code === 'source-port-missing'), []);

			await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: dossierUri, languageId: 'yaml', version: 1, text: dossierText } });
			const withoutPort = dossierText.replace('    port: 40321\n', '');
			const hasPortFinding = (params: PublishDiagnosticsParams): boolean => params.diagnostics.some((diagnostic) => diagnostic.code === 'source-port-missing');
			const actPushed = diagnosticsUntil(client, actUri, hasPortFinding);
			const dossierPushed = diagnosticsUntil(client, dossierUri, hasPortFinding);
			await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: dossierUri, version: 2 }, contentChanges: [{ text: withoutPort }] });
			const act = await actPushed;
			const finding = act.diagnostics.find((diagnostic) => diagnostic.code === 'source-port-missing')!;
			assert.equal(finding.range.start.line, 2, 'on the act’s `dossier:` line');
			assert.equal(finding.relatedInformation?.[0].location.uri, dossierUri);
			const dossier = await dossierPushed;
			const inDossier = dossier.diagnostics.find((diagnostic) => diagnostic.code === 'source-port-missing')!;
			assert.equal(inDossier.range.start.line, withoutPort.split('\n').findIndex((line) => line.includes('86.247.33.210')));
			assert.equal(inDossier.relatedInformation?.[0].location.uri, actUri);
		} finally {
			await client.stop();
		}
	});

	test('Should follow the act when it stops naming its dossier, and when it names it again', async () => {
		const { client } = await TestClient.start({});
		try {
			const actText = readFileSync(actPath, 'utf8');
			// The court is written only in the dossier: without it, the act lacks a required key.
			const lacksCourt = (params: PublishDiagnosticsParams): boolean => params.diagnostics.some((diagnostic) => diagnostic.code === 'front-matter-invalid' && /juridiction/u.test(String(diagnostic.message)));
			const opened = client.nextDiagnostics(actUri);
			await client.open(actUri, actText);
			assert.equal(lacksCourt(await opened), false);
			const edited = [
				{ version: 2, text: actText.replace('dossier: dossier.yaml\n', ''), lacks: true },
				{ version: 3, text: actText, lacks: false },
				{ version: 4, text: actText.replace('dossier: dossier.yaml', 'dossier: autre.yaml'), lacks: true },
			];
			for (const { version, text, lacks } of edited) {
				const pushed = diagnosticsUntil(client, actUri, (params) => params.version === version);
				await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: actUri, version }, contentChanges: [{ text }] });
				assert.equal(lacksCourt(await pushed), lacks, `version ${version}`);
			}
		} finally {
			await client.stop();
		}
	});

	test('Should write the step-2 act from the dossier and export the case file through the server', async () => {
		const { client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
		try {
			const targetUri = pathToFileURL(join(directory, 'sous-dossier', 'requete-orange.md')).toString();
			const { text } = (await client.connection.sendRequest(AccessProviderActRequest.method, { dossierUri, platform: 'orange', targetUri, date: '2025-03-10', acte: 'requete' })) as AccessProviderActRequest.Result;
			assert.match(text, /^dossier: \.\.\/dossier\.yaml$/mu);
			assert.match(text, /^acte: requete$/mu);
			assert.match(text, /plateforme: orange/u);
			// The example's connexions are Orange's: an act against SFR would cite another provider's addresses.
			await assert.rejects(client.connection.sendRequest(AccessProviderActRequest.method, { dossierUri, platform: 'sfr', targetUri, date: '2025-03-10' }), /Aucune connexion du dossier n’est attribuée à SFR/u);
			await client.open(actUri, readFileSync(actPath, 'utf8'));
			const exported = (await client.connection.sendRequest(ExportCaseFileRequest.method, { uri: actUri, kind: 'bundle' })) as ExportCaseFileRequest.Result;
			assert.equal(exported.path, join(directory, 'assignation-orange-avec-pieces.pdf'));
			assert.ok(existsSync(exported.path));
			await assert.rejects(client.connection.sendRequest(ExportCaseFileRequest.method, { uri: actUri, kind: 'ordonnance' }), /accompagne une requête/u);
		} finally {
			await client.stop();
		}
	});

	test('Should give pulled diagnostics to the dossier and a hover on the act’s dossier line', async () => {
		const { client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
		try {
			await client.open(actUri, readFileSync(actPath, 'utf8'));
			await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: dossierUri, languageId: 'yaml', version: 1, text: dossierText.replace('juridiction: Tribunal judiciaire de Paris', 'juridiction: [') } });
			const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: dossierUri } })) as FullDocumentDiagnosticReport;
			assert.ok(report.items.some((diagnostic) => diagnostic.code === 'front-matter-invalid' && /Erreur de syntaxe YAML/u.test(String(diagnostic.message))));
			const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: actUri }, position: { line: 2, character: 12 } });
			assert.match((hover?.contents as MarkupContent).value, /L’acte en hérite : .*`connexions` \(2\)/u);
		} finally {
			await client.stop();
		}
	});
});
