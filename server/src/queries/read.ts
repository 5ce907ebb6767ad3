import type { Measure, ProseBlock } from '../document/model';
import { readText, type ReadText } from '../language/phraseMatcher';
import type { QueryMemo } from './memo';

/**
 * The words of a prose block or a measure, read once per analysis and shared by every rule through its
 * `memo`; without one (a single question outside an analysis), read afresh.
 */
export function read(part: ProseBlock | Measure, memo: QueryMemo | undefined): ReadText {
	const compute = (): ReadText => readText(part.text, part.span.start);
	return memo === undefined ? compute() : memo.remembered('words', part, compute);
}
