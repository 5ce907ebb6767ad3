import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PreviewRequest } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

suite('Preview through the server', () => {
	let client: TestClient;
	const uri = 'untitled:Sans-titre-1';
	const text = readFileSync('templates/requete-hebergeur.md', 'utf8');

	setup(async () => {
		({ client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } }));
		await client.open(uri, text);
	});
	teardown(async () => client.stop());

	test('Should render the pages of an unsaved pleading as SVG, with their text', async () => {
		const result = (await client.connection.sendRequest(PreviewRequest.method, { uri })) as PreviewRequest.Result;
		assert.ok(result.pages >= 2, `${result.pages} pages`);
		assert.equal([...result.svg.matchAll(/class="typst-page"/gu)].length, result.pages);
		assert.match(result.svg, /REQUÊTE AUX FINS DE MESURES D’INSTRUCTION/u);
		assert.match(result.svg, /Twitter International Unlimited Company/u);
	});

	test('Should explain that a document which is not a pleading has no preview', async () => {
		await client.open('file:///tmp/notes.md', '# Notes\n');
		await assert.rejects(client.connection.sendRequest(PreviewRequest.method, { uri: 'file:///tmp/notes.md' }), /n’est pas un acte/u);
	});
});
