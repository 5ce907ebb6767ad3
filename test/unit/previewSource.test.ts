import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sourceOffsetOf } from '../../client/src/previewSource';

suite('Preview: from a printed line to the source', () => {
	const source = readFileSync('templates/requete-hebergeur.md', 'utf8');
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : source.slice(0, offset).split('\n').length);

	test('Should find a line that the export rewrote (apostrophes, spacing, line breaks)', () => {
		// Printed mid-paragraph, with typographic apostrophes and a break where the source has none.
		const printed = 'd’instruction légalement admissibles s’il existe un motif légitime de conserver ou';
		assert.equal(lineOf(sourceOffsetOf(source, printed)), source.split('\n').findIndex((line) => line.startsWith("d'instruction légalement admissibles")) + 1);
	});

	test('Should find a heading printed in capitals and a party read from the front matter', () => {
		assert.equal(lineOf(sourceOffsetOf(source, 'B. SUR LES CIRCONSTANCES JUSTIFIANT QU’IL SOIT DÉROGÉ')), source.split('\n').findIndex((line) => line.startsWith('## B. Sur les circonstances')) + 1);
		assert.equal(lineOf(sourceOffsetOf(source, '8 boulevard Malesherbes, 75008 Paris')), source.split('\n').findIndex((line) => line.includes('8 boulevard Malesherbes')) + 1);
	});

	test('Should find nothing for text that only the printed act has', () => {
		assert.equal(sourceOffsetOf(source, 'REQUÊTE AUX FINS DE MESURES D’INSTRUCTION'), undefined);
	});
});
