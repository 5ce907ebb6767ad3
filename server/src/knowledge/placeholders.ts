/**
 * The placeholders the product writes where only the lawyer can supply the text (a quick fix's new
 * bordereau entry, a template's blank), and the sample values the templates ship with. The
 * convention, shared by the templates, the « Nouvel acte » wizard and the quick fixes: a blank is
 * written `[À compléter : what is expected]`, or `[…]` when the context says it all.
 */
export function placeholder(description: string): string {
	return `[À compléter : ${description}]`;
}

/** `[…]`, `[...]`, `[À compléter]`, `[À compléter : …]`, « À compléter » and `XXX` (accents and case ignored by the reader). */
export const PLACEHOLDER_PATTERN = /\[[\s\u00a0]*(?:…|\.\.\.)[\s\u00a0]*\]|\[[\s\u00a0]*[àa][\s\u00a0]+compl[ée]ter\b[^\]\n]*\]|\b[àa][\s\u00a0]+compl[ée]ter\b|\bX{3,}\b/giu;

const WHOLE_PLACEHOLDER = new RegExp(`^[\\s\\u00a0]*(?:${PLACEHOLDER_PATTERN.source})[\\s\\u00a0]*$`, 'iu');

/** A value that is nothing but a blank (`"[À compléter : adresse de la publication]"`, `XXX`, `[…]`). */
export function isPlaceholder(value: unknown): boolean {
	return typeof value === 'string' && WHOLE_PLACEHOLDER.test(value);
}

/**
 * Sample identities of the templates (fictitious client, counsel, account): left in an act, they
 * would name the wrong person. Matched whole, case included.
 */
export const TEMPLATE_SAMPLE_VALUES: readonly string[] = [
	'Claire MARTIN',
	'Claire Anne',
	'Jeanne DUPONT',
	'12 rue des Lilas',
	'C1234',
	'anonyme_75',
];
