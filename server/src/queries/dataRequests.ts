import type { Measure, PleadingModel } from '../document/model';
import { dataCategories, dataCategoryById, outOfScopeData, type DataCategory, type OutOfScopeTerm } from '../knowledge';
import { PhraseMatcher, type PhraseMatch } from '../language/phraseMatcher';
import type { QueryMemo } from './memo';
import { read } from './read';

const technicalCategory = dataCategoryById('donnees-techniques');

/** One year from the connection (article L. 34-1 II bis 3° CPCE; décret n° 2021-1362, art. 5), as the data says. */
export const TECHNICAL_RETENTION_MONTHS = technicalCategory.retention.months;

/** Phrases requesting L. 34-1 II bis 3° data (IP address, connection identifier…). */
const technicalLexicon = new PhraseMatcher<string>([
	['3°', technicalCategory.terms],
	...technicalCategory.items.map((item) => [item.id, item.terms] as const),
]);

const ipLexicon = new PhraseMatcher<'ip'>([
	['ip', ['adresse ip', 'adresses ip', 'adresse ipv4', 'adresses ipv4', 'adresse ipv6', 'adresses ipv6', 'adresse IP attribuée à la source de la connexion', 'adresses IP de connexion', 'adresse IP de connexion']],
]);
const PORT = /\bports?(?:[\s\u00a0-]+(?:source|sources|associ[ée]s?))?\b/iu;

const outOfScopeLexicon = new PhraseMatcher<OutOfScopeTerm>(outOfScopeData.map((term) => [term, term.terms] as const));

/** Every phrase requesting retained data, by tier (« les nom et prénom », « l’adresse IP »…). */
const retainedDataLexicon = new PhraseMatcher<DataCategory>(dataCategories.flatMap((category) => [
	[category, category.terms] as const,
	...category.items.map((item) => [category, item.terms] as const),
]));

/** The requests of a measure for data of article L. 34-1 II bis CPCE, any tier. */
export function retainedDataRequests(measure: Measure, memo: QueryMemo | undefined): PhraseMatch<DataCategory>[] {
	return [...retainedDataLexicon.matches(read(measure, memo))].filter((match) => !match.negated);
}

export function technicalDataRequests(measure: Measure, memo: QueryMemo | undefined): PhraseMatch<string>[] {
	return [...technicalLexicon.matches(read(measure, memo))].filter((match) => !match.negated);
}

export function requestsTechnicalData(model: PleadingModel, memo: QueryMemo | undefined): boolean {
	// The dispositif is where the data requests a judge will rule on are written.
	return model.body.measures.some((measure) => technicalDataRequests(measure, memo).length > 0);
}

export function ipAddressRequests(measure: Measure, memo: QueryMemo | undefined): PhraseMatch<'ip'>[] {
	return [...ipLexicon.matches(read(measure, memo))].filter((match) => !match.negated);
}

export function mentionsSourcePort(text: string): boolean {
	return PORT.test(text);
}

/**
 * Nouns of a connection act: « l’adresse IP à l’origine de l’envoi des messages privés » asks for the
 * connection data of the messages, not their content.
 */
const CONNECTION_ACTS: ReadonlySet<string> = new Set(['envoi', 'emission', 'expedition', 'transmission', 'creation', 'publication', 'diffusion', 'connexion', 'mise', 'ligne', 'redaction', 'origine']);
const DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'au', 'aux', 'ces', 'ce', 'se', 'leur', 'leurs', 'ses', 'son', 'sa', 'a', 'en']);

export function outOfScopeRequests(measure: Measure, memo: QueryMemo | undefined): PhraseMatch<OutOfScopeTerm>[] {
	const text = read(measure, memo);
	return [...outOfScopeLexicon.matches(text)].filter((match) => !match.negated && !objectOfConnectionAct(text.words, match.firstWord));
}

function objectOfConnectionAct(words: ReturnType<typeof read>['words'], index: number): boolean {
	for (let at = index - 1; at >= 0 && index - at <= 4; at--) {
		const word = words[at];
		if (word.boundary !== undefined) {
			return false;
		}
		if (!DETERMINERS.has(word.folded)) {
			return CONNECTION_ACTS.has(word.folded);
		}
	}
	return false;
}
