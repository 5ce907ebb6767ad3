/**
 * French words as lawyers type them, reduced to a comparison key: one tokenizer under every lexicon
 * and keyword rule, so that « l’adresse IP », « L'ADRESSE IP » and « adresses IP » are the same words.
 */

/** One word of the text, or one punctuation mark that ends a clause. */
export interface Word {
	/** Offsets in the text the word was read from (the elided article keeps its apostrophe). */
	readonly start: number;
	readonly end: number;
	/** Comparison key: folded, elision expanded (« l’ » → `le`), plural and feminine endings reduced. */
	readonly key: string;
	/** Folded form before the endings are reduced (`constitutifs`), for prefix tests. */
	readonly folded: string;
	/** A clause boundary (. ; : ! ? ( ) and line ends of a list) rather than a word. */
	readonly boundary?: 'sentence' | 'comma';
}

/** Elided words and the full word they stand for: « l’ » is `le` whether it stands for le or la. */
const ELISIONS: ReadonlyMap<string, string> = new Map([
	['l', 'le'],
	['d', 'de'],
	['qu', 'que'],
	['j', 'je'],
	['n', 'ne'],
	['s', 'se'],
	['c', 'ce'],
	['m', 'me'],
	['t', 'te'],
	['jusqu', 'jusque'],
	['lorsqu', 'lorsque'],
	['puisqu', 'puisque'],
	['quoiqu', 'quoique'],
	['presqu', 'presque'],
]);

/** Letters and digits; an apostrophe (straight, curly or modifier) right after a word may mark an elision. */
const TOKEN = /([\p{L}\p{M}\p{N}]+)(['’ʼ‘](?=\p{L}))?|([.;:!?()[\]«»"])|(,)/gu;

/** Lower-case without accents or ligatures: « Œuvre » → `oeuvre`. */
export function foldWord(word: string): string {
	return word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/œ/gu, 'oe').replace(/æ/gu, 'ae');
}

/**
 * Reduces plural and feminine endings so that one form of a phrase finds the others: `menacées`,
 * `menaces` and `menace` share a key, as do `injurieux`/`injurieuse`, `pénal`/`pénaux`,
 * `publique`/`public`, `constitutif`/`constitutive`. A light, regular reduction: both the lexicon and
 * the text go through it, so it needs to be consistent, not linguistically exact.
 */
export function reduceEndings(folded: string): string {
	if (folded.length <= 3 || /\d/u.test(folded)) {
		return folded;
	}
	let word = folded;
	if (word.endsWith('euses')) {
		word = `${word.slice(0, -5)}eux`;
	} else if (word.endsWith('euse')) {
		word = `${word.slice(0, -4)}eux`;
	} else if (word.endsWith('aux') && word.length > 4) {
		word = `${word.slice(0, -3)}al`;
	} else if (word.endsWith('ives') || word.endsWith('ifs')) {
		word = `${word.slice(0, word.endsWith('ives') ? -4 : -3)}if`;
	} else if (word.endsWith('ive')) {
		word = `${word.slice(0, -3)}if`;
	}
	if (word.length > 3 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss')) {
		word = word.slice(0, -1);
	}
	if (word.endsWith('ique')) {
		word = `${word.slice(0, -4)}ic`;
	} else if (word.length > 5 && (word.endsWith('elle') || word.endsWith('enne'))) {
		word = word.slice(0, -2);
	}
	if (word.length > 4 && word.endsWith('ee')) {
		word = word.slice(0, -2);
	} else if (word.length > 4 && word.endsWith('e')) {
		word = word.slice(0, -1);
	}
	return word;
}

/** The words of `text` in order, one regular-expression pass: linear in the text. */
export function wordsOf(text: string, offset = 0): Word[] {
	const words: Word[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const start = offset + match.index;
		if (match[3] !== undefined) {
			words.push({ start, end: start + 1, key: match[3], folded: match[3], boundary: 'sentence' });
			continue;
		}
		if (match[4] !== undefined) {
			words.push({ start, end: start + 1, key: ',', folded: ',', boundary: 'comma' });
			continue;
		}
		const folded = foldWord(match[1]);
		const elided = match[2] === undefined ? undefined : ELISIONS.get(folded);
		if (elided !== undefined) {
			words.push({ start, end: start + match[0].length, key: elided, folded: elided });
		} else {
			words.push({ start, end: start + match[1].length, key: reduceEndings(folded), folded });
		}
	}
	return words;
}

/** The comparison keys of a phrase of the lexicon (no punctuation inside a phrase). */
export function phraseKeys(phrase: string): string[] {
	return wordsOf(phrase).filter((word) => word.boundary === undefined).map((word) => word.key);
}
