/**
 * Normalizes a French phrase for lookup in the knowledge base: lowercase, typographic apostrophes and
 * non-breaking spaces folded, whitespace collapsed. Accents are kept on purpose: they are part of the
 * official wording, and `prénom`/`prenom` must both be written by the data, not guessed here.
 */
export function normalizeTerm(phrase: string): string {
	return phrase
		.toLowerCase()
		// Word processors turn ' into ’ (or ʼ); pleadings pasted from Word carry them.
		.replace(/[\u2019\u02bc\u2018]/g, '\'')
		.replace(/[\u00a0\u202f\s]+/g, ' ')
		.trim();
}
