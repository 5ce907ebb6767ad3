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
		const held = [first.head, ...first.pages];
		const known = held.map((part) => part.key);
		// Keys name contents: a part comes back with its drawing only when that drawing differs from the one the
		// preview holds at its place. How many parts differ is Typst's: the same markup compiled twice gave the same
		// drawings when this suite ran alone, but another head (and pages) in some full runs on a loaded machine,
		// so the exact count is checked on fixed drawings (test/export/engineSvg.test.ts), not here.
		const sentAgainUnchanged = (result: PreviewRequest.Result) =>
			[result.head, ...result.pages].flatMap((part, index) => (part.svg !== undefined && part.svg === held[index]?.svg ? [index] : []));
		const again = (await client.connection.sendRequest(PreviewRequest.method, { uri, known })) as PreviewRequest.Result;
		assert.deepEqual(sentAgainUnchanged(again), []);
		assert.ok([again.head, ...again.pages].every((part) => part.svg !== undefined || known.includes(part.key)), 'a part sent as its key alone is one the preview holds');
		// The last measure edited: the new words come back, and no part the preview holds unchanged.
		const edited = text.replace('LAISSER les dépens à la charge de la demanderesse.', 'LAISSER les dépens à la charge de la requérante.');
		assert.notEqual(edited, text);
		await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
		const after = (await client.connection.sendRequest(PreviewRequest.method, { uri, known })) as PreviewRequest.Result;
		assert.equal(after.pages.length, first.pages.length);
		assert.ok(after.pages.some((page) => /la requérante/u.test(page.svg ?? '')), 'the page of the edit is sent');
		assert.deepEqual(sentAgainUnchanged(after), []);
		assert.ok([after.head, ...after.pages].every((part) => part.svg !== undefined || known.includes(part.key)), 'a part sent as its key alone is one the preview holds');
	});

	test('Should explain that a document which is not a pleading has no preview', async () => {
		await client.open('file:///tmp/notes.md', '# Notes\n');
		await assert.rejects(client.connection.sendRequest(PreviewRequest.method, { uri: 'file:///tmp/notes.md' }), /n’est pas un acte/u);
	});
});
