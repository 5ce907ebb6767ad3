import type { Span } from '../document/model';
import { isNegated } from './negation';
import { phraseKeys, wordsOf, type Word } from './words';

/** A phrase of the lexicon found in text. */
export interface PhraseMatch<T> {
	readonly entry: T;
	/** The words as written in the text. */
	readonly phrase: string;
	readonly span: Span;
	/** True when the clause denies it (« sans injure », « aucune menace »). */
	readonly negated: boolean;
	/** Index of the first and one past the last matched word in `words`. */
	readonly firstWord: number;
	readonly endWord: number;
}

/** The words of a text, read once and shared by every lexicon that searches it. */
export interface ReadText {
	readonly text: string;
	readonly offset: number;
	readonly words: readonly Word[];
}

export function readText(text: string, offset = 0): ReadText {
	return { text, offset, words: wordsOf(text, offset) };
}

/**
 * A set of French phrases looked up word by word: case, accents, both apostrophes, elision
 * (« l’adresse IP » holds `adresse IP`), plural and feminine forms and hyphens do not matter; the
 * longest phrase wins (« menaces de mort sous condition » over « menaces de mort »). One pass over the
 * words with a bounded look-ahead: linear in the text whatever the size of the lexicon.
 */
export class PhraseMatcher<T> {
	private readonly entries = new Map<string, T>();
	private readonly firstKeys = new Set<string>();
	private readonly longest: number;

	constructor(phrasesOf: readonly (readonly [T, readonly string[]])[]) {
		let longest = 1;
		for (const [entry, phrases] of phrasesOf) {
			for (const phrase of phrases) {
				const keys = phraseKeys(phrase);
				const key = keys.join(' ');
				if (keys.length > 0 && !this.entries.has(key)) {
					this.entries.set(key, entry);
					this.firstKeys.add(keys[0]);
					longest = Math.max(longest, keys.length);
				}
			}
		}
		this.longest = longest;
	}

	/** Every phrase in `read`, negated ones included (callers decide what a denial means to them). */
	*matches(read: ReadText): Generator<PhraseMatch<T>> {
		const { words } = read;
		for (let index = 0; index < words.length; index++) {
			if (words[index].boundary !== undefined || !this.firstKeys.has(words[index].key)) {
				continue;
			}
			let key = '';
			let found: { entry: T; end: number } | undefined;
			for (let at = index; at < words.length && at - index < this.longest && words[at].boundary === undefined; at++) {
				key = at === index ? words[at].key : `${key} ${words[at].key}`;
				const entry = this.entries.get(key);
				if (entry !== undefined) {
					found = { entry, end: at + 1 };
				}
			}
			if (found !== undefined) {
				const start = words[index].start;
				const end = words[found.end - 1].end;
				yield {
					entry: found.entry,
					phrase: read.text.slice(start - read.offset, end - read.offset),
					span: { start, end },
					negated: isNegated(words, index),
					firstWord: index,
					endWord: found.end,
				};
				index = found.end - 1;
			}
		}
	}

	/** The entry `phrase` names as a whole, if it is one of the lexicon's phrases in any of its forms. */
	exact(phrase: string): T | undefined {
		return this.entries.get(phraseKeys(phrase).join(' '));
	}
}
