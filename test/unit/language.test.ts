import * as assert from 'node:assert/strict';
import { isNegated } from '../../server/src/language/negation';
import { PhraseMatcher, readText } from '../../server/src/language/phraseMatcher';
import { reduceEndings, wordsOf } from '../../server/src/language/words';

/** The phrases of each entry the matcher finds, by the entry's id. */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
	'ip': ['adresse IP'],
	'identifiant-connexion': ['identifiant de la connexion'],
	'usurpation': ['usurpation d’identité'],
	'injure': ['injure publique', 'injure'],
	'menace': ['menace'],
	'menace-de-mort': ['menaces de mort'],
	'sous-condition': ['menaces de mort sous condition'],
	'historique': ['historique de navigation'],
	'port': ['port source'],
};

const matcher = new PhraseMatcher<string>(Object.entries(PHRASES));

function found(text: string): string[] {
	return [...matcher.matches(readText(text))].map((match) => `${match.entry}${match.negated ? ' (nié)' : ''}:${match.phrase}`);
}

suite('French words', () => {
	const cases: readonly (readonly [string, readonly string[]])[] = [
		['dont l’adresse IP', ['ip:adresse IP']],
		["dont l'adresse IP", ['ip:adresse IP']],
		['L’ADRESSE IP', ['ip:ADRESSE IP']],
		['les adresses IP', ['ip:adresses IP']],
		["l'identifiant de la connexion", ['identifiant-connexion:identifiant de la connexion']],
		["l’identifiant de la connexion", ['identifiant-connexion:identifiant de la connexion']],
		['le délit d’usurpation d’identité', ['usurpation:usurpation d’identité']],
		["le délit d'usurpation d'identité", ["usurpation:usurpation d'identité"]],
		['le délit d’injure publique', ['injure:injure publique']],
		['des injures publiques', ['injure:injures publiques']],
		['jusqu’à l’historique de navigation', ['historique:historique de navigation']],
		['l’historique de navigation', ['historique:historique de navigation']],
		['menacée', ['menace:menacée']],
		['menaces de mort sous condition', ['sous-condition:menaces de mort sous condition']],
		['des menaces de mort', ['menace-de-mort:menaces de mort']],
		['le port-source', ['port:port-source']],
		['le port\u00a0source', ['port:port\u00a0source']],
		['l’adresse\nIP', ['ip:adresse\nIP']],
		['adresse. IP', []],
		['sans injure ni menace', ['injure (nié):injure', 'menace (nié):menace']],
		['aucune menace', ['menace (nié):menace']],
		['les messages ne sont pas une menace', ['menace (nié):menace']],
		['il n’est pas contesté que les messages sont une menace', ['menace:menace']],
		['sans revenir sur le contexte, la menace est établie', ['menace:menace']],
		['en l’absence de menace', ['menace (nié):menace']],
		['non seulement une injure, mais une menace', ['injure:injure', 'menace:menace']],
		['l’injure non publique', ['injure:injure']],
		['des faits non constitutifs de menace', ['menace (nié):menace']],
		['les faits non contestés caractérisent une menace', ['menace:menace']],
		['sans préjudice de l’action pour injure', ['injure:injure']],
	];
	for (const [text, expected] of cases) {
		test(`« ${text.replace(/\n/gu, '⏎')} »`, () => {
			assert.deepEqual(found(text), expected);
		});
	}

	test('Plural and feminine forms share a key', () => {
		const groups = [['menace', 'menaces', 'menacée', 'menacées'], ['injurieux', 'injurieuse', 'injurieuses'], ['pénal', 'pénaux', 'pénale', 'pénales'], ['public', 'publique', 'publiques', 'publics'], ['constitutif', 'constitutifs', 'constitutive', 'constitutives'], ['personnel', 'personnelle', 'personnelles']];
		for (const group of groups) {
			const keys = new Set(group.map((word) => reduceEndings(wordsOf(word)[0].folded)));
			assert.equal(keys.size, 1, group.join(', '));
		}
	});

	test('Elided words keep their offsets and apostrophe', () => {
		const words = wordsOf('qu’il lorsqu\'on puisqu’elle');
		assert.deepEqual(words.map((word) => [word.key, word.start, word.end]), [['que', 0, 3], ['il', 3, 5], ['lorsque', 6, 13], ['on', 13, 15], ['puisque', 16, 23], ['elle', 23, 27]]);
	});

	test('A negation does not cross a sentence', () => {
		const words = wordsOf('Il n’y a pas de doute. La menace est là');
		const index = words.findIndex((word) => word.folded === 'menace');
		assert.equal(isNegated(words, index), false);
	});

	test('Linear time: 10^5 characters are read with work proportional to their length', () => {
		const sentence = 'Les messages, sans injure ni menace, l’adresse IP et l’identifiant de la connexion ; ';
		const small = sentence.repeat(100);
		const large = sentence.repeat(1200);
		assert.ok(large.length >= 100_000);
		// Count the words read, not the time: growth must stay proportional.
		const smallMatches = [...matcher.matches(readText(small))].length;
		const largeMatches = [...matcher.matches(readText(large))].length;
		assert.equal(largeMatches, smallMatches * 12);
		assert.equal(wordsOf(large).length, wordsOf(small).length * 12);
	});
});
