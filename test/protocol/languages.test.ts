import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CodeLensRequest, DocumentDiagnosticRequest, HoverRequest, type ConfigurationParams, type FullDocumentDiagnosticReport, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';

const template = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8');
const french = 'file:///cabinet-paris/assignation.md';
const english = 'file:///cabinet-london/assignation.md';

/** Where the template names the offence its hover explains. */
function offencePosition(): { line: number; character: number } {
	const before = template.slice(0, template.indexOf('menaces de mort, délit prévu') + 3).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

suite('Two folders, two message languages, requests at the same time', () => {
	let client: TestClient;

	suiteSetup(async function () {
		this.timeout(60_000);
		({ client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } }));
		// Each folder has its own `pretoire.language`, as two workspace folders of two firms would.
		client.connection.onRequest('workspace/configuration', (params: ConfigurationParams) => params.items.map((item) => ({ language: item.scopeUri === english ? 'en' : 'fr' })));
		await client.open(french, template);
		await client.open(english, template);
	});
	suiteTeardown(async () => client.stop());

	test('Should answer each document’s hovers, lenses and diagnostics in its own language, whatever the interleaving', async function () {
		this.timeout(120_000);
		const position = offencePosition();
		const hoverOf = async (uri: string) => ((await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }))?.contents as MarkupContent | undefined)?.value ?? '';
		const lensesOf = async (uri: string) => ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []).map((lens) => lens.command?.title ?? '').join('\n');
		const messagesOf = async (uri: string) => ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items.map((diagnostic) => diagnostic.message);
		// The first round waits for both analyses; the later ones read the cache. Each round sends every request before any answer.
		for (let round = 0; round < 3; round++) {
			const [frenchHover, englishHover, frenchLenses, englishLenses, frenchMessages, englishMessages] = await Promise.all([hoverOf(french), hoverOf(english), lensesOf(french), lensesOf(english), messagesOf(french), messagesOf(english)]);
			assert.match(frenchHover, /Peine encourue \(forme simple\)/u, `round ${round}`);
			assert.match(frenchHover, /Base de connaissances revue le/u, `round ${round}`);
			assert.doesNotMatch(frenchHover, /Penalty incurred|Knowledge base reviewed/u, `round ${round}`);
			assert.match(englishHover, /Penalty incurred \(simple form\)/u, `round ${round}`);
			assert.match(englishHover, /Knowledge base reviewed on/u, `round ${round}`);
			assert.doesNotMatch(englishHover, /Peine encourue|Base de connaissances/u, `round ${round}`);
			assert.match(frenchLenses, /Échéance la plus proche/u, `round ${round}`);
			assert.match(englishLenses, /Nearest deadline/u, `round ${round}`);
			assert.doesNotMatch(englishLenses, /Échéance/u, `round ${round}`);
			assert.ok(frenchMessages.length > 0 && frenchMessages.length === englishMessages.length, `round ${round}: the same findings`);
			assert.deepEqual(frenchMessages.filter((message) => englishMessages.includes(message)), [], `round ${round}: no message shared by the two languages`);
		}
	});
});
