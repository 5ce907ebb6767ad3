import type { Span } from '../document/model';

/** A phrase found in text, with the entry of the lexicon it belongs to. */
export interface LexiconMatch<T> {
	readonly entry: T;
	readonly phrase: string;
	readonly span: Span;
}

/**
 * A set of phrases compiled once into one alternation, longest first so that "harcèlement sexuel"
 * wins over "harcèlement". Matching is case-insensitive, tolerant of line breaks, no-break spaces and
 * both apostrophes, and bounded by letters (no match inside a word). The pattern has no nested
 * quantifier, so it runs in linear time.
 */
export class Lexicon<T> {
	private readonly pattern: RegExp;
	private readonly entries = new Map<string, T>();

	constructor(phrasesOf: readonly (readonly [T, readonly string[]])[]) {
		for (const [entry, phrases] of phrasesOf) {
			for (const phrase of phrases) {
				const key = normalize(phrase);
				if (!this.entries.has(key)) {
					this.entries.set(key, entry);
				}
			}
		}
		const alternatives = [...this.entries.keys()].sort((left, right) => right.length - left.length).map(toPattern);
		this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
	}

	*matches(text: string, offset = 0): Generator<LexiconMatch<T>> {
		for (const match of text.matchAll(this.pattern)) {
			const entry = this.entries.get(normalize(match[0]));
			if (entry !== undefined) {
				yield { entry, phrase: match[0], span: { start: offset + match.index, end: offset + match.index + match[0].length } };
			}
		}
	}
}

function normalize(phrase: string): string {
	return phrase.toLowerCase().replace(/[\s\u00a0\u202f]+/gu, ' ').replace(/’/gu, "'").trim();
}

function toPattern(phrase: string): string {
	return phrase
		.split(' ')
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/'/gu, "['’]"))
		.join('[\\s\\u00a0\\u202f]+');
}
