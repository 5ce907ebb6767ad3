import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
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

	test('Should render the pages of an unsaved pleading as SVG, one drawing per page, with their text', async () => {
		const result = (await client.connection.sendRequest(PreviewRequest.method, { uri })) as PreviewRequest.Result;
		assert.ok(result.pages.length >= 2, `${result.pages.length} pages`);
		const pages = result.pages.map((page) => page.svg ?? '');
		assert.ok(pages.every((page) => [...page.matchAll(/class="typst-page"/gu)].length === 1), 'one page per drawing');
		assert.match(pages[0], /REQUÊTE AUX FINS DE MESURES D’INSTRUCTION/u);
		assert.match(pages.join(''), /Twitter International Unlimited Company/u);
		// The glyph outlines the pages draw with are in the head, which draws no page.
		assert.match(result.head.svg ?? '', /<defs class="glyph">/u);
		assert.doesNotMatch(result.head.svg ?? '', /typst-page/u);
	});

	test('Should send again only the parts an edit changed, the preview holding the others', async () => {
		const first = (await client.connection.sendRequest(PreviewRequest.method, { uri })) as PreviewRequest.Result;
		const known = [first.head, ...first.pages].map((part) => part.key);
		// Keys are Typst's fingerprints of what each part draws, the same for the same markup (one layout thread).
		const sent = (result: PreviewRequest.Result) => [result.head, ...result.pages].flatMap((part, index) => (part.svg === undefined ? [] : [index]));
		const again = (await client.connection.sendRequest(PreviewRequest.method, { uri, known })) as PreviewRequest.Result;
		assert.deepEqual(sent(again), []);
		assert.deepEqual([again.head, ...again.pages].map((part) => part.key), known);
		// The last measure edited: its page alone comes back, with the new words.
		const edited = text.replace('LAISSER les dépens à la charge de la demanderesse.', 'LAISSER les dépens à la charge de la requérante.');
		assert.notEqual(edited, text);
		await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
		const after = (await client.connection.sendRequest(PreviewRequest.method, { uri, known })) as PreviewRequest.Result;
		assert.equal(after.pages.length, first.pages.length);
		const measurePage = first.pages.findIndex((page) => /la demanderesse\./u.test(page.svg ?? ''));
		assert.ok(measurePage > 0, 'the measure is drawn on a page');
		assert.deepEqual(sent(after), [measurePage + 1]);
		assert.match(after.pages[measurePage].svg ?? '', /la requérante/u);
	});

	test('Should explain that a document which is not a pleading has no preview', async () => {
		await client.open('file:///tmp/notes.md', '# Notes\n');
		await assert.rejects(client.connection.sendRequest(PreviewRequest.method, { uri: 'file:///tmp/notes.md' }), /n’est pas un acte/u);
	});
});
