import knowledge from 'pretoire:knowledge';

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
 * The sample identity the templates ship with (`server/knowledge/template-samples.yaml`), one fact per
 * entry, each with the ways an act writes it: a sample is taken for the template's only when two facts
 * of the sample identity stand in the same act.
 */
export const TEMPLATE_SAMPLE_FACTS: readonly (readonly string[])[] = knowledge['template-samples'].facts;
