import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { analyze } from '../../server/src/engine/analyze';
import { pleadingToTypst } from '../../server/src/export/typst';
import { readFileSync } from 'node:fs';
import { frontMatterBounds } from '../../server/src/document/parse';
import { Enumerations } from '../../server/src/rules/util/enumeration';
import { QueryMemo } from '../../server/src/queries/memo';
import { addToFrontMatterMap, appendToFrontMatterList } from '../../server/src/rules/util/frontMatterEdits';
import type { SpanEdit } from '../../server/src/rules/types';
import { modelOf } from '../helpers/text';

function applied(text: string, edit: SpanEdit | undefined): string {
	assert.ok(edit !== undefined, 'no edit');
	return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

function removing(text: string, ...terms: string[]): string | undefined {
	const edit = new Enumerations(text, { start: 0, end: text.length }).remove(terms.map((term) => ({ start: text.indexOf(term), end: text.indexOf(term) + term.length })));
	return edit === undefined ? undefined : applied(text, edit);
}

function yamlOf(text: string): unknown {
	const bounds = frontMatterBounds(text)!;
	const document = parseDocument(text.slice(bounds.contentStart, bounds.contentEnd), { uniqueKeys: true });
	assert.deepEqual(document.errors, []);
	return document.toJS();
}

suite('Removing a data item keeps the enumeration French', () => {
	const cases: [string, string[], string | undefined][] = [
		['de communiquer le type de navigateur et le système d\'exploitation utilisés ;', ['type de navigateur'], 'de communiquer le système d\'exploitation utilisé ;'],
		['de communiquer le type de navigateur et la version du système utilisées ;', ['type de navigateur'], 'de communiquer la version du système utilisée ;'],
		['de communiquer l\'adresse IP et le type de navigateur utilisé ;', ['type de navigateur'], 'de communiquer l\'adresse IP ;'],
		['de communiquer : l\'adresse, le nom, le type de navigateur et le port ;', ['type de navigateur'], 'de communiquer : l\'adresse, le nom et le port ;'],
		['de communiquer : l\'adresse, le nom et le type de navigateur ;', ['type de navigateur'], 'de communiquer : l\'adresse et le nom ;'],
		['de communiquer : l\'identifiant et le pseudonyme, la liste des contacts ;', ['liste des contacts'], 'de communiquer : l\'identifiant et le pseudonyme ;'],
		['la communication du type de navigateur, de l\'adresse IP et du port ;', ['type de navigateur'], 'la communication de l\'adresse IP et du port ;'],
		['de communiquer : les nom et prénom, le type de navigateur, la géolocalisation et le port ;', ['type de navigateur', 'géolocalisation'], 'de communiquer : les nom et prénom et le port ;'],
		['de communiquer l\'adresse IP et le type de navigateur utilisés ;', ['type de navigateur'], 'de communiquer l\'adresse IP ;'],
		['de communiquer l’adresse IP (pièce n° 7), ainsi que le type de navigateur et le système d’exploitation utilisés ;', ['type de navigateur', 'système d’exploitation'], 'de communiquer l’adresse IP (pièce n° 7) ;'],
		['de communiquer les données du titulaire, dont l’adresse IP, le type de navigateur et la géolocalisation ;', ['type de navigateur', 'géolocalisation'], 'de communiquer les données du titulaire, dont l’adresse IP ;'],
		['de communiquer les données du titulaire, dont le type de navigateur et l’adresse IP ;', ['type de navigateur'], 'de communiquer les données du titulaire, dont l’adresse IP ;'],
		['de communiquer l’adresse IP (notamment le type de navigateur, le port) ;', ['type de navigateur'], 'de communiquer l’adresse IP (notamment le port) ;'],
		// Nothing would be left to communicate: only the lawyer can rewrite the sentence.
		['de la communication du type de navigateur utilisé ;', ['type de navigateur'], undefined],
	];
	for (const [text, terms, expected] of cases) {
		test(`Should rewrite « ${text} » without « ${terms.join(' », « ')} »`, () => {
			assert.equal(removing(text, ...terms), expected);
		});
	}
});

suite('Front-matter edits keep the YAML valid and the lawyer\'s layout', () => {
	const body = '\n# Faits\n\nVoir pièce n° 2.\n';
	const entry = { numero: 2, intitule: '[À compléter : intitulé de la pièce]' };

	test('Should append to a block list at its own indentation, comments kept', () => {
		const text = `---\nacte: requete\npieces:\n    - numero: 1 # constat\n      intitule: Constat\n# fin du bordereau\n---\n${body}`;
		const fixed = applied(text, appendToFrontMatterList(modelOf(text), new QueryMemo(), 'pieces', entry));
		assert.match(fixed, /- numero: 1 # constat\n {6}intitule: Constat\n {4}- numero: 2\n {6}intitule: "\[À compléter : intitulé de la pièce\]"\n# fin du bordereau/u);
		assert.deepEqual(yamlOf(fixed), { acte: 'requete', pieces: [{ numero: 1, intitule: 'Constat' }, entry] });
	});

	test('Should append to a flow list, and create a missing list on its own line (CRLF kept)', () => {
		const flow = `---\nacte: requete\npieces: [ {numero: 1, intitule: Constat} ]\n---\n${body}`;
		assert.deepEqual(yamlOf(applied(flow, appendToFrontMatterList(modelOf(flow), new QueryMemo(), 'pieces', entry))), { acte: 'requete', pieces: [{ numero: 1, intitule: 'Constat' }, entry] });
		const crlf = `---\r\nacte: requete\r\n---\r\n${body.replace(/\n/gu, '\r\n')}`;
		const created = applied(crlf, appendToFrontMatterList(modelOf(crlf), new QueryMemo(), 'pieces', entry));
		assert.equal(created.replace(/\r\n/gu, '').includes('\n'), false, 'a bare line feed in a CRLF file');
		assert.deepEqual(yamlOf(created), { acte: 'requete', pieces: [entry] });
	});

	test('Should fill an empty `pieces:` and add `texte` to a flow entry', () => {
		const empty = `---\nacte: requete\npieces:\n---\n${body}`;
		assert.deepEqual(yamlOf(applied(empty, appendToFrontMatterList(modelOf(empty), new QueryMemo(), 'pieces', entry))), { acte: 'requete', pieces: [entry] });
		const flow = `---\nacte: requete\ninfractions: [{qualification: harcèlement moral}]\n---\n${body}`;
		const fixed = applied(flow, addToFrontMatterMap(modelOf(flow), new QueryMemo(), ['infractions', 0], 'texte', 'article 222-33-2-2 du code pénal'));
		assert.deepEqual(yamlOf(fixed), { acte: 'requete', infractions: [{ qualification: 'harcèlement moral', texte: 'article 222-33-2-2 du code pénal' }] });
	});

	test('Should offer no edit on a front matter YAML cannot read', () => {
		const broken = `---\nacte: requete\npieces: [\n---\n${body}`;
		assert.equal(appendToFrontMatterList(modelOf(broken), new QueryMemo(), 'pieces', entry), undefined);
	});
});

suite('Inline suppression', () => {
	const pleading = (comment: string): string => `---\nacte: requete\n${comment.startsWith('#') ? `${comment}\n` : ''}pieces:\n  - numero: 1\n    intitule: "[…]"\n---\n\n# Faits\n\n${comment.startsWith('<') ? `${comment}\n` : ''}Voir la pièce n° 1, puis [À compléter].\n\nEt encore [À compléter].\n`;
	const codesOf = (text: string): number => analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: new Date('2025-03-01') }).filter((finding) => finding.ruleId === 'placeholder-left').length;

	test('Should silence the next line only, for the codes named', () => {
		const before = codesOf(pleading(''));
		assert.equal(codesOf(pleading('<!-- pretoire-disable-next-line placeholder-left -->')), before - 1);
		assert.equal(codesOf(pleading('<!-- pretoire-disable-next-line piece-unused -->')), before);
		assert.equal(codesOf(pleading('# pretoire-disable-next-line placeholder-left')), before);
	});

	test('Should silence between disable and enable, and to the end when never enabled', () => {
		const text = pleading('');
		const ranged = text.replace('Voir la pièce', '<!-- pretoire-disable placeholder-left -->\nVoir la pièce').replace('\nEt encore', '\n<!-- pretoire-enable placeholder-left -->\n\nEt encore');
		assert.equal(codesOf(ranged), codesOf(text) - 1);
		assert.equal(codesOf(text.replace('Voir la pièce', '<!-- pretoire-disable -->\nVoir la pièce')), codesOf(text) - 2);
	});

	test('Should silence a front-matter line with a YAML comment', () => {
		const text = pleading('').replace('    intitule: "[…]"', '    # pretoire-disable-next-line placeholder-left\n    intitule: "[…]"');
		assert.equal(codesOf(text), codesOf(pleading('')) - 1);
	});

	test('Should never print a suppression comment in the exported act', () => {
		const template = readFileSync('templates/requete-hebergeur.md', 'utf8');
		const silenced = template
			.replace('# PAR CES MOTIFS', '<!-- pretoire-disable-next-line placeholder-left -->\n# PAR CES MOTIFS')
			.replace('Madame Claire MARTIN est journaliste', 'Madame Claire MARTIN <!-- pretoire-disable-next-line placeholder-left --> est journaliste')
			.replace('  nom: Maître Jeanne DUPONT', '  # pretoire-disable-next-line placeholder-left\n  nom: Maître Jeanne DUPONT');
		assert.notEqual(silenced, template);
		const { markup } = pleadingToTypst(modelOf(silenced));
		assert.equal(markup.includes('pretoire-disable'), false);
		assert.match(markup, /PAR CES MOTIFS/u);
	});
});
