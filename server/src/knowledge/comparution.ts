import knowledge from 'pretoire:knowledge';
import { courtCitation } from './sources';

/**
 * The modalités de comparution paragraph every assignation carries (`server/knowledge/comparution.yaml`),
 * its citations written out in French: the text is the court's, whatever the message language.
 */
const paragraph = knowledge.comparution.paragraph.replace(/\{([^{}]*)\}/gu, (_, key: string) => courtCitation(key));

/** The mention article 56, 4°, CPC requires of every assignation, the référé one included, on pain of nullity. */
export function comparutionParagraph(): string {
	return paragraph;
}
