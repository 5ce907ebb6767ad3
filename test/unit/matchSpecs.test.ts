import * as assert from 'node:assert/strict';
import { civilWrongCatalogue, dataCategoryById, offences, outOfScopeData, type MatchSpecs } from '../../server/src/knowledge';
import { civilWrongs, offenceMentions } from '../../server/src/queries/offences';
import { outOfScopeRequests, technicalDataRequests } from '../../server/src/queries/dataRequests';
import { frontMatter, joinLines, modelOf } from '../helpers/text';

/**
 * The knowledge files carry, for each offence and each datum the rules look for, sentences in which it
 * must be found and sentences in which it must not (`specs`). They run here through the functions the
 * rules call — this file's only contact with the matcher is the two functions below, so a new matcher
 * is tested by the same data.
 */

/** The offences the rules see invoked in a paragraph of the body: named in words that qualify the facts, never in narrative (issue 11). */
function offencesNamedIn(sentence: string): string[] {
	const model = modelOf(joinLines(...frontMatter(), '', '# EXPOSÉ DES FAITS', '', sentence));
	return offenceMentions(model).filter((mention) => mention.origin === 'prose').map((mention) => mention.offence.id);
}

/** The civil wrongs the rules see relied on in a paragraph of the discussion: qualified or cited with article 1240, never merely told. */
function civilWrongsNamedIn(sentence: string): string[] {
	const model = modelOf(joinLines(...frontMatter(), '', '# DISCUSSION', '', sentence));
	return civilWrongs(model).flatMap((mention) => (mention.wrong === undefined ? [] : [mention.wrong.id]));
}

/** The data the rules see requested in a measure of the dispositif: technical items and out-of-scope data. */
function dataRequestedIn(sentence: string): string[] {
	const model = modelOf(joinLines(...frontMatter(), '', '# PAR CES MOTIFS', '', `- ORDONNER à la défenderesse de communiquer ${sentence}`));
	return model.body.measures.flatMap((measure) => [
		...technicalDataRequests(measure, undefined).map((match) => match.entry),
		...outOfScopeRequests(measure, undefined).map((match) => match.entry.id),
	]);
}

/** The specs an entry fails, one line each (all of them, so a reviewer sees every gap at once). */
function failedSpecs(id: string, specs: MatchSpecs | undefined, found: (sentence: string) => string[]): string[] {
	if (specs === undefined || specs.matches.length === 0) {
		return [`${id} has no specs`];
	}
	return [
		...specs.matches.filter((sentence) => !found(sentence).includes(id)).map((sentence) => `${id} not found in « ${sentence} » (found: ${found(sentence).join(', ') || 'nothing'})`),
		...(specs.rejects ?? []).filter((sentence) => found(sentence).includes(id)).map((sentence) => `${id} wrongly found in « ${sentence} »`),
	];
}

suite('Knowledge specs through the rules’ matcher', () => {
	test('Should find each offence in its sentences, and not in the look-alikes', () => {
		assert.deepEqual(offences.flatMap((offence) => failedSpecs(offence.id, offence.specs, offencesNamedIn)), []);
	});

	test('Should resolve every alias, alone in a sentence, to its own offence', () => {
		for (const offence of offences) {
			for (const alias of offence.aliases) {
				assert.deepEqual(offencesNamedIn(`Les faits sont qualifiés de ${alias}.`), [offence.id], alias);
			}
		}
	});

	test('Should resolve aliases written with typographic apostrophes, capitals and odd spacing', () => {
		assert.deepEqual(offencesNamedIn('Les faits sont constitutifs d’une Usurpation d’identité.'), ['usurpation-identite']);
		assert.deepEqual(offencesNamedIn('Sous la qualification de  Menaces\u00a0de  mort.'), ['menace-de-mort']);
		assert.deepEqual(offencesNamedIn('Ces faits caractérisent un harcèlement persistant.'), ['harcelement-moral']);
	});

	test('Should find each technical datum in its sentences, and not in the look-alikes', () => {
		const items = dataCategoryById('donnees-techniques')?.items ?? [];
		assert.ok(items.length > 5);
		assert.deepEqual(items.flatMap((item) => failedSpecs(item.id, item.specs, dataRequestedIn)), []);
	});

	test('Should find each out-of-scope datum in its sentences, and not in the look-alikes', () => {
		assert.deepEqual(outOfScopeData.flatMap((entry) => failedSpecs(entry.id, entry.specs, dataRequestedIn)), []);
	});

	test('Should find each civil wrong in its sentences, and not in the look-alikes', () => {
		assert.deepEqual(civilWrongCatalogue.flatMap((wrong) => failedSpecs(wrong.id, wrong.specs, civilWrongsNamedIn)), []);
	});

	test('Should resolve every civil-wrong term, qualifying the facts, to its own entry', () => {
		for (const wrong of civilWrongCatalogue) {
			for (const term of wrong.terms) {
				assert.deepEqual(civilWrongsNamedIn(`Les faits sont constitutifs de ${term}.`), [wrong.id], term);
			}
		}
	});

	test('Should resolve every data term, alone in a measure, to its own entry', () => {
		const technical = dataCategoryById('donnees-techniques');
		assert.ok(technical !== undefined);
		const expectations: (readonly [string, readonly string[]])[] = [
			['3°', technical.terms],
			...technical.items.map((item) => [item.id, item.terms] as const),
			...outOfScopeData.map((entry) => [entry.id, entry.terms] as const),
		];
		for (const [id, terms] of expectations) {
			for (const term of terms) {
				assert.deepEqual(dataRequestedIn(`${term}.`), [id], term);
			}
		}
	});
});
