import type { Measure, ProseBlock } from '../document/model';
import { readText, type ReadText } from '../language/phraseMatcher';

const cache = new WeakMap<ProseBlock | Measure, ReadText>();

/** The words of a prose block or a measure, read once per model and shared by every rule. */
export function read(part: ProseBlock | Measure): ReadText {
	let words = cache.get(part);
	if (words === undefined) {
		words = readText(part.text, part.span.start);
		cache.set(part, words);
	}
	return words;
}
