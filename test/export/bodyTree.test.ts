import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePleading } from '../../server/src/document/parse';
import { boundMarkdown } from '../../server/src/document/markdownLimits';
import { bodyTree } from '../../server/src/export/bodyTree';

/** The tree of the body parsed whole, in one piece: what the export read before parts were remembered. */
function wholeTree(text: string): unknown {
	const body = parsePleading(TextDocument.create('file:///arbre.md', 'markdown', 1, text));
	return unified().use(remarkParse).parse(boundMarkdown(text.slice(body.body.span.start)).text);
}

function treeOf(text: string, version = 1): unknown {
	const model = parsePleading(TextDocument.create('file:///arbre.md', 'markdown', version, text));
	return bodyTree(model, text.slice(model.body.span.start)).tree;
}

function pleadings(): { name: string; text: string }[] {
	const read = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md' && name !== 'FAILURES.md').map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
	return [...read('test/corpus'), ...read('templates'), ...read('examples')];
}

suite('Export: the body tree parsed by parts, each part remembered', () => {
	test('Should give the tree the whole body parses to, positions included, for every corpus pleading, template and example', () => {
		const samples = pleadings();
		assert.ok(samples.length > 40, `${samples.length} pleadings`);
		for (const { name, text } of samples) {
			assert.deepEqual(treeOf(text), wholeTree(text), name);
		}
	});

	test('Should give the same tree after edits that reuse remembered parts: a letter typed, a paragraph removed, a line ending changed', () => {
		const text = readFileSync('examples/assignation.md', 'utf8');
		treeOf(text);
		const faits = text.indexOf('\n\n', text.indexOf('\n# ', text.indexOf('\n---', 4))) + 2;
		const nextBlank = text.indexOf('\n\n', faits);
		const edits = [
			`${text.slice(0, faits)}Ajout. ${text.slice(faits)}`,
			`${text.slice(0, faits)}${text.slice(nextBlank + 2)}`,
			text.replace(/\n/gu, '\r\n'),
			`${text}\n\nUn dernier paragraphe.\n`,
		];
		edits.forEach((edited, index) => assert.deepEqual(treeOf(edited, index + 2), wholeTree(edited), `édition ${index + 1}`));
	});

	test('Should parse a body with a link reference definition in one piece: the definition reaches every part', () => {
		const filler = Array.from({ length: 12 }, (_, index) => `Paragraphe ${index} d’au moins quelques mots pour que les parties se forment au-delà de leur longueur minimale.`).join('\n\n');
		const text = `---\nacte: requete\n---\n# Faits\n\nVoir [le constat][c].\n\n${filler}\n\n[c]: https://exemple.fr/constat\n`;
		const tree = JSON.stringify(treeOf(text));
		assert.match(tree, /"type":"linkReference"/u);
		assert.deepEqual(treeOf(text), wholeTree(text));
	});
});
