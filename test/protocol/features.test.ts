import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
	CodeLensRequest,
	CompletionRequest,
	InsertTextMode,
	DefinitionRequest,
	DocumentLinkRequest,
	HoverRequest,
	PrepareRenameRequest,
	ReferencesRequest,
	RenameRequest,
	type CompletionItem,
	type CompletionList,
	type Location,
	type MarkupContent,
	type Position,
	type TextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NewPleadingRequest, RenumberPiecesRequest, TemplatesRequest } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

const template = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8');
const uri = 'file:///assignation.md';

/** The position of the `occurrence`-th `needle` in `text`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0, occurrence = 1): Position {
	let index = -1;
	for (let count = 0; count < occurrence; count++) {
		index = text.indexOf(needle, index + 1);
	}
	assert.notEqual(index, -1, `${needle} not found`);
	return TextDocument.create(uri, 'markdown', 1, text).positionAt(index + shift);
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
	const document = TextDocument.create(uri, 'markdown', 1, text);
	return TextDocument.applyEdits(document, [...edits]);
}

suite('Language features over stdio', () => {
	let client: TestClient;
	setup(async () => {
		({ client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } }));
		await client.open(uri, template);
	});
	teardown(async () => client.stop());

	test('Should complete front-matter keys at the right level', async () => {
		const text = template.replace('  plateforme: x\n', '  plateforme: x\n  \n');
		await client.open('file:///keys.md', text);
		const position = positionOf(text, '  plateforme: x\n  \n', '  plateforme: x\n  '.length);
		const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///keys.md' }, position })) as CompletionItem[];
		// `plateforme` is already written in this entry: offering it again would duplicate a key.
		assert.deepEqual(items.map((item) => item.label).sort(), ['denomination', 'forme', 'siege']);
	});

	test('Should not offer the keys a list entry already has', async () => {
		const text = template.replace('  - qualification: menaces de mort\n    texte: article 222-17, alinéa 2, du code pénal\n', '  - qualification: menaces de mort\n    \n    texte: article 222-17, alinéa 2, du code pénal\n');
		await client.open('file:///entry-keys.md', text);
		const position = positionOf(text, '  - qualification: menaces de mort\n    \n', '  - qualification: menaces de mort\n    '.length);
		const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///entry-keys.md' }, position })) as CompletionItem[];
		assert.deepEqual(items.map((item) => item.label).filter((label) => label === 'qualification' || label === 'texte'), []);
	});

	test('Should complete platforms with their legal entity, and offences with their text', async () => {
		const text = template.replace('  plateforme: x', '  plateforme: ').replace('  - qualification: menaces de mort', '  - qualification: ');
		await client.open('file:///values.md', text);
		const platforms = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///values.md' }, position: positionOf(text, '  plateforme: ', '  plateforme: '.length) })) as CompletionItem[];
		const google = platforms.find((item) => item.label === 'google');
		assert.equal(google?.detail, 'Google Ireland Limited');
		assert.match(String(google?.textEdit?.newText), /^google\n  denomination: Google Ireland Limited\n(?:  forme: .*\n)?  siege: \$\{1:Gordon House/u);
		const offences = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///values.md' }, position: positionOf(text, '  - qualification: ', '  - qualification: '.length) })) as CompletionItem[];
		// The entry has a `texte:` already: it is replaced, not doubled; the text is inserted as is (no client re-indents it).
		const threats = offences.find((item) => item.detail === 'article 222-17, alinéa 2, du code pénal');
		assert.equal(threats?.textEdit?.newText, 'menace de mort');
		assert.equal(threats?.insertTextMode, InsertTextMode.asIs);
		const afterTexte = TextDocument.applyEdits(TextDocument.create('file:///values.md', 'markdown', 1, text), [threats!.textEdit as TextEdit, ...(threats!.additionalTextEdits ?? [])]);
		assert.match(afterTexte, /  - qualification: menace de mort\n    texte: article 222-17, alinéa 2, du code pénal\n  - qualification: harcèlement moral en ligne\n/u);
		// Without `texte:`, the line is added at the entry's own column, once.
		const bare = template.replace('  - qualification: harcèlement moral en ligne\n    texte: article 222-33-2-2, 4°, du code pénal\n', '  - qualification: harc\n');
		await client.open('file:///bare.md', bare);
		const harassment = ((await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///bare.md' }, position: positionOf(bare, '  - qualification: harc', '  - qualification: harc'.length) })) as CompletionItem[]).find((item) => item.label === 'harcèlement moral');
		const completed = TextDocument.applyEdits(TextDocument.create('file:///bare.md', 'markdown', 1, bare), [harassment!.textEdit as TextEdit]);
		assert.match(completed, /\n  - qualification: harcèlement moral\n    texte: article 222-33-2-2, 4°, du code pénal\n/u);
	});

	test('Should propose the bordereau after « pièce n° »', async () => {
		const text = template.replace('Madame Claire MARTIN est journaliste (pièce n° 1).', 'Madame Claire MARTIN est journaliste (pièce n° ');
		await client.open('file:///pieces.md', text);
		const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///pieces.md' }, position: positionOf(text, '(pièce n° ', '(pièce n° '.length) })) as CompletionItem[] | CompletionList;
		const items = Array.isArray(result) ? result : result.items;
		assert.deepEqual(items.map((item) => item.label), ['1', '2', '3', '4']);
		assert.equal(items[0].detail, "Pièce d'identité de Madame Claire MARTIN");
	});

	test('Should go from a citation to its bordereau entry, and find every reference', async () => {
		const position = positionOf(template, 'pièce n° 2)', 'pièce n° '.length);
		const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
		assert.equal(definition.length, 1);
		assert.equal(template.split('\n')[definition[0].range.start.line].trim(), '- numero: 2');
		const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } })) as Location[];
		// The bordereau entry, the publication's `piece` and the body citation.
		assert.equal(references.length, 3);
	});

	test('Should rename a pièce everywhere, and refuse a number already taken', async () => {
		const position = positionOf(template, 'pièce n° 4)', 'pièce n° '.length);
		const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
		assert.ok(prepared);
		const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '6' })) as WorkspaceEdit;
		const renamed = applyEdits(template, edit.changes![uri]);
		assert.match(renamed, /- numero: 6\n {4}intitule: Récépissé de plainte/u);
		assert.match(renamed, /plainte le 5 novembre 2024 \(pièce n° 6\)/u);
		await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '2' }), /existe déjà/u);
	});

	test('Should renumber the pièces in the order of their first citation', async () => {
		const text = template
			.replace('Madame Claire MARTIN est journaliste (pièce n° 1).', 'Madame Claire MARTIN est journaliste (pièce n° 1), elle a porté plainte (pièce n° 4).');
		const reordered = text.replace('(pièce n° 4). Aucune instance', '(pièce n° 4). Aucune instance');
		await client.open('file:///renumber.md', reordered);
		const edit = (await client.connection.sendRequest(RenumberPiecesRequest.method, { uri: 'file:///renumber.md' })) as WorkspaceEdit;
		const result = applyEdits(reordered, edit.changes!['file:///renumber.md']);
		assert.match(result, /journaliste \(pièce n° 1\), elle a porté plainte \(pièce n° 2\)/u);
		assert.match(result, /- numero: 2\n {4}intitule: Récépissé de plainte du 5 novembre 2024\n {2}- numero: 3\n {4}intitule: Procès-verbal de constat de commissaire de justice du 4 novembre 2024 \(publication du 1er/u);
		assert.match(result, /horodatage: 2024-11-01T21:04:31\+01:00\n {4}piece: 3/u);
		// Idempotent: renumbering the result again changes nothing.
		await client.open('file:///renumbered.md', result);
		const again = (await client.connection.sendRequest(RenumberPiecesRequest.method, { uri: 'file:///renumbered.md' })) as WorkspaceEdit;
		assert.equal(applyEdits(result, again.changes!['file:///renumbered.md']), result);
	});

	test('Should keep comments between bordereau entries, and never make a citation designate another pièce', async () => {
		const commented = template
			.replace('(pièce n° 4). Aucune instance', '(pièce n° 4), (pièce n° 2). Aucune instance')
			.replace('  - numero: 4\n', '  # pièce reçue le 6 novembre\n  - numero: 4\n');
		await client.open('file:///commented.md', commented);
		const edit = (await client.connection.sendRequest(RenumberPiecesRequest.method, { uri: 'file:///commented.md' })) as WorkspaceEdit;
		const result = applyEdits(commented, edit.changes!['file:///commented.md']);
		assert.match(result, /  # pièce reçue le 6 novembre\n  - numero: \d\n {4}intitule: Récépissé de plainte/u);
		// Each citation still designates the same exhibit, by its title.
		const titleOf = (text: string, numero: string): string => new RegExp(`- numero: ${numero}\\n {4}intitule: ([^\\n]+)`, 'u').exec(text)![1];
		const citedAfter = /plainte le 5 novembre 2024 \(pièce n° (\d+)\)/u.exec(result)![1];
		assert.equal(titleOf(result, citedAfter), titleOf(commented, '4'));
		// A cited number the bordereau lacks: refused, nothing renumbered around it.
		const missing = commented.replace('(pièce n° 4), (pièce n° 2)', '(pièce n° 4), (pièce n° 8)');
		await client.open('file:///missing.md', missing);
		await assert.rejects(client.connection.sendRequest(RenumberPiecesRequest.method, { uri: 'file:///missing.md' }), /pièce n° 8 est citée mais absente du bordereau/u);
	});

	test('Should explain an offence on hover, with penalty, prescription and its L. 34-1 assessment', async () => {
		const position = positionOf(template, 'menaces de mort, délit prévu', 3);
		const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
		const value = (result?.contents as MarkupContent).value;
		assert.match(value, /Menace de mort\*\* — article 222-17, alinéa 2, du code pénal/u);
		assert.match(value, /3 ans d’emprisonnement et 45\s000 € d’amende/u);
		assert.match(value, /TJ Paris, réf\., 31 déc\. 2024, RG 24\/57566/u);
	});

	test('Should quote a procedural article on hover, with its source', async () => {
		const position = positionOf(template, "L'article 145 du code de procédure civile", 5);
		const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
		const value = (result?.contents as MarkupContent).value;
		assert.match(value, /Article 145 du code de procédure civile\*\* — Mesures d’instruction in futurum/u);
		assert.match(value, /S’il existe un motif légitime de conserver ou d’établir avant tout procès/u);
	});

	test('Should show the time encoded in a publication URL on hover, and link it', async () => {
		const position = positionOf(template, 'status/1852441610286007506', 10);
		const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
		assert.match((result?.contents as MarkupContent).value, /2024-11-01T20:04:31Z UTC, soit 1er novembre 2024 à 21:04:31 \(UTC\+1\), heure de Paris/u);
		const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
		assert.deepEqual(links?.map((link) => link.target), ['https://x.com/anonyme_75/status/1852441610286007506', 'https://x.com/anonyme_75/status/1853184638579638349']);
	});

	test('Should show retention deadlines above each publication and the dispositif, and the hearing’s deadlines', async () => {
		const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
		const titles = (lenses ?? []).map((lens) => lens.command?.title ?? '');
		// Hearing, placement (art. 754, uncertain) and service in Ireland; two publications; the nearest.
		assert.equal(titles.length, 6);
		assert.match(titles[0], /^Audience le 4 février 2025 à 09:30/u);
		assert.match(titles[1], /^Placement au greffe au plus tard le 20 janvier 2025 .* — art\. 754 CPC — à vérifier/u);
		assert.match(titles[2], /^Signification en Irlande : transmettre l’acte avant le 21 décembre 2024 au plus tard .*traduction en anglais ou irlandais/u);
		assert.match(titles[3], /^Données techniques conservées jusqu’au 1er novembre 2025 \((J-\d+|expiré depuis \d+ jours)\)/u);
		assert.match(titles[5], /^Échéance la plus proche : 1er novembre 2025/u);
	});

	test('Should list templates and instantiate one for another platform and offences', async () => {
		const templates = (await client.connection.sendRequest(TemplatesRequest.method)) as TemplatesRequest.Result;
		assert.ok(templates.templates.some((choice) => choice.id === 'assignation-refere-hebergeur'));
		assert.ok(templates.platforms.some((choice) => choice.id === 'tiktok'));
		const { text } = (await client.connection.sendRequest(NewPleadingRequest.method, {
			template: 'assignation-refere-hebergeur',
			platform: 'tiktok',
			court: 'Tribunal judiciaire de Lyon',
			offences: ['harcelement-moral'],
			date: '2025-01-20',
		})) as NewPleadingRequest.Result;
		assert.match(text, /plateforme: tiktok/u);
		assert.match(text, /ORDONNER à la société TikTok Technology Limited/u);
		assert.match(text, /juridiction: Tribunal judiciaire de Lyon/u);
		assert.match(text, /date: 2025-01-20/u);
		// TikTok Technology Limited is seated in Ireland: a month to serve and two weeks to refuse (regulation (EU) 2020/1784).
		assert.match(text, /audience: 2025-03-03T09:30:00\+01:00/u);
		assert.match(text, /infractions:\n {2}- qualification: harcèlement moral\n {4}texte: article 222-33-2-2/u);
		assert.doesNotMatch(text, /Twitter International/u);
	});
});
