import type { Word } from './words';

/**
 * Whether the words before `index` deny it, within its clause: « sans injure ni menace », « aucune
 * menace », « les faits ne sont pas constitutifs de harcèlement », « en l’absence de diffamation ».
 * A negation does not cross a sentence mark, a subordinating word (« il n’est pas contesté que les
 * faits caractérisent… » affirms them) or, except for « ni », a comma.
 */
export function isNegated(words: readonly Word[], index: number): boolean {
	let sawNegativeAdverb = false;
	let crossedComma = false;
	for (let at = index - 1, seen = 0; at >= 0 && seen < LOOKBACK; at--, seen++) {
		const word = words[at];
		if (word.boundary === 'sentence' || CLAUSE_OPENERS.has(word.folded)) {
			return false;
		}
		if (word.boundary === 'comma') {
			// « sans injure, ni menace » : a comma ends « sans » or « en l’absence de », but « ni » starts its own item.
			crossedComma = true;
			continue;
		}
		if (word.folded === 'ni') {
			return true;
		}
		if (crossedComma) {
			continue;
		}
		// « sans préjudice de l’action pour harcèlement » reserves the offence, it does not deny it.
		if (NEGATORS.has(word.folded) || (word.folded === 'sans' && words[at + 1]?.folded !== 'prejudice')) {
			return true;
		}
		if (NEGATIVE_ADVERBS.has(word.folded)) {
			sawNegativeAdverb = true;
		}
		if (word.folded === 'ne' && sawNegativeAdverb) {
			return true;
		}
		// « non » denies the words right after it (« non constitutifs de menace »), not a whole clause
		// (« les faits non contestés caractérisent le délit de harcèlement »).
		if (word.folded === 'non' && words[at + 1]?.folded !== 'seulement' && index - at <= 3) {
			return true;
		}
	}
	return false;
}

/** Clause length beyond which a negation is too far to govern the word. */
const LOOKBACK = 14;

/** Words that deny what follows them in the clause on their own. */
const NEGATORS: ReadonlySet<string> = new Set(['aucun', 'aucune', 'aucuns', 'aucunes', 'nul', 'nulle', 'absence', 'exclusion']);

const NEGATIVE_ADVERBS: ReadonlySet<string> = new Set(['pas', 'jamais', 'point', 'nullement', 'aucunement', 'guere', 'rien', 'plus']);

/** Words that open a new clause: a negation before them governs another verb. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['que', 'qui', 'dont', 'lorsque', 'puisque', 'quand', 'mais', 'car', 'toutefois', 'cependant', 'neanmoins', 'pourtant', 'si', 'alors']);
