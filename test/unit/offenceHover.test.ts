import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryMemo } from '../../server/src/queries/memo';
import { hover } from '../../server/src/features/hover';
import { translator } from '../../server/src/l10n';
import { modelOf } from '../helpers/text';

const TODAY = new Date('2025-03-01T12:00:00Z');
const template = readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8').replace(/\r\n/gu, '\n');

/** The hover on the article of `sentence`, put into the requête template's qualification paragraph. */
function hoverOn(sentence: string, article: string): string {
	const text = template.replace(/<!-- pretoire:qualification -->[\s\S]*<!-- \/pretoire:qualification -->/u, sentence);
	assert.notEqual(text, template);
	const model = modelOf(text);
	const result = hover(model, model.document.positionAt(text.indexOf(article) + 2), TODAY, translator('fr'), new QueryMemo());
	assert.ok(result !== undefined && typeof result.contents === 'object' && 'value' in result.contents, `no hover on ${article}`);
	return result.contents.value;
}

/** What law.md (§6, addendum A.0, A.2, A.6, A.10) says the hover must tell the lawyer. */
suite('Offence hovers: the penalty of each form and the prescription notes', () => {
	test('Should give the simple form’s penalty, then the aggravated forms (312-2: ten years, 150 000 €)', () => {
		const value = hoverOn('Les faits caractérisent une extorsion (article 312-1 du code pénal).', '312-1');
		assert.match(value, /Peine encourue \(forme simple\) : 7 ans d’emprisonnement et 100\s000 € d’amende/u);
		assert.match(value, /Forme aggravée \(circonstances de l'article 312-2[^)]*\) : 10 ans d’emprisonnement et 150\s000 € d’amende/u);
		assert.doesNotMatch(value, /Peine maximale/u);
	});

	test('Should say ten years from majority for an offence of the 706-47 list committed against a minor', () => {
		const value = hoverOn('Les faits caractérisent des propositions sexuelles à un mineur de quinze ans (article 227-22-1 du code pénal).', '227-22-1');
		assert.match(value, /Prescription de l’action publique : 6 ans/u);
		assert.match(value, /dix ans à compter de sa majorité \(article 8, alinéa 2, du code de procédure pénale\), l'infraction figurant à l'article 706-47, 9°/u);
		assert.match(hoverOn('Les faits caractérisent un harcèlement sexuel (article 222-33 du code pénal).', '222-33 '), /l'article 706-47, 4°, visant les articles 222-27 à 222-33/u);
	});

	test('Should not extend it to an offence the 706-47 list read does not name', () => {
		const value = hoverOn('Les faits caractérisent la sollicitation d’images pornographiques d’un mineur (article 227-23-1 du code pénal).', '227-23-1');
		assert.match(value, /L'article 227-23-1 ne figure pas dans la liste de l'article 706-47/u);
		assert.doesNotMatch(value, /l'infraction figurant à l'article 706-47/u);
	});
});
