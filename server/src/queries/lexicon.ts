import { fold } from '../document/extract/text';
import type { Span } from '../document/model';

/** A phrase found in text, with the entry of the lexicon it belongs to. */
export interface LexiconMatch<T> {
	readonly entry: T;
	readonly phrase: string;
	readonly span: Span;
}

/** Words as lawyers write them: letters and digits, with inner apostrophes and hyphens ("d’identité", "user-agent"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * A set of phrases looked up word by word in a map: case- and accent-insensitive, tolerant of line
 * breaks, no-break spaces and both apostrophes, bounded by words, longest phrase first ("harcèlement
 * sexuel" wins over "harcèlement"). One pass over the words: linear in the text whatever the lexicon.
 */
export class Lexicon<T> {
	private readonly entries = new Map<string, T>();
	/** Most words start no phrase: they are skipped with one lookup. */
	private readonly firstWords = new Set<string>();
	private readonly longestPhrase: number;

	constructor(phrasesOf: readonly (readonly [T, readonly string[]])[]) {
		let longest = 1;
		for (const [entry, phrases] of phrasesOf) {
			for (const phrase of phrases) {
				const words = wordsOf(fold(phrase));
				const key = words.join(' ');
				if (words.length > 0 && !this.entries.has(key)) {
					this.entries.set(key, entry);
					this.firstWords.add(words[0]);
					longest = Math.max(longest, words.length);
				}
			}
		}
		this.longestPhrase = longest;
	}

	/** The phrases in `text`; `folded` is `fold(text)` when the caller already has it. */
	*matches(text: string, offset = 0, folded = fold(text)): Generator<LexiconMatch<T>> {
		// Folding keeps offsets for precomposed text; decomposed text is matched as written, lower-cased.
		const searched = folded.length === text.length ? folded : text.toLowerCase();
		const word = new RegExp(WORD.source, 'gu');
		const nextWord = new RegExp(`[\\s\\u00a0\\u202f]+(${WORD.source})`, 'uy');
		for (let match = word.exec(searched); match !== null; match = word.exec(searched)) {
			const first = match[0].replace(/’/gu, "'");
			if (!this.firstWords.has(first)) {
				continue;
			}
			// The phrase's words follow each other, separated by white space only.
			const words = [first];
			const ends = [match.index + match[0].length];
			nextWord.lastIndex = ends[0];
			while (words.length < this.longestPhrase) {
				const following = nextWord.exec(searched);
				if (following === null) {
					break;
				}
				words.push(following[1].replace(/’/gu, "'"));
				ends.push(nextWord.lastIndex);
			}
			for (let length = words.length; length > 0; length--) {
				const entry = this.entries.get(words.slice(0, length).join(' '));
				if (entry !== undefined) {
					const end = ends[length - 1];
					yield { entry, phrase: text.slice(match.index, end), span: { start: offset + match.index, end: offset + end } };
					word.lastIndex = end;
					break;
				}
			}
		}
	}
}

function wordsOf(text: string): string[] {
	return [...text.toLowerCase().matchAll(WORD)].map((match) => match[0].replace(/’/gu, "'"));
}
