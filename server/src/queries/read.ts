import type { Measure, ProseBlock } from '../document/model';
import { readText, type ReadText } from '../language/phraseMatcher';
import { remembered } from './memo';

/** The words of a prose block or a measure, read once per analysis and shared by every rule (see `memo`). */
export function read(part: ProseBlock | Measure): ReadText {
	return remembered('words', part, () => readText(part.text, part.span.start));
}
