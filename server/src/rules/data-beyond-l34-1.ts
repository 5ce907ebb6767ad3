import { citation } from '../knowledge';
import { lowerFirst } from '../util/text';
import type { Rule } from './types';
import { outOfScopeRequests } from '../queries/dataRequests';
import { Enumerations } from './util/enumeration';

/**
 * A platform can only be ordered to hand over data the law requires it to keep: the categories of
 * article L. 34-1 II bis CPCE as listed by décret n° 2021-1362 (and R. 10-13 for operators). Courts
 * order "celles des données suivantes qui sont en sa possession" and strike the rest (TJ Paris, réf.,
 * 15 mars 2024, RG 23/57958).
 */
const dataBeyondL341: Rule = {
	id: 'data-beyond-l34-1',
	description: `A data item requested in the dispositif that falls outside ${citation('cpceL341IIbis')} and the ${citation('decret20211362')}`,
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		outOfScope: 'Donnée hors des catégories conservées ({article} ; {decree}) : « {data} » ; {reason}',
		removeData: 'Retirer « {data} » de la demande',
	},
	*check({ model, memo }) {
		const text = model.document.getText();
		for (const measure of model.body.measures) {
			const enumerations = new Enumerations(text, measure.span);
			for (const request of outOfScopeRequests(measure, memo)) {
				const term = request.entry;
				// The item goes with its determiner and separator, and the enumeration is rewritten to stay French.
				const removal = enumerations.remove([request.span]);
				yield {
					span: request.span,
					// Where no text or decision settles the point, the finding is a caution, not a warning.
					severity: term.confirmed ? undefined : 'info',
					messageId: 'outOfScope',
					data: { data: request.phrase, reason: { text: { fr: asClause(term.reason.fr), en: asClause(term.reason.en) } }, article: citation('cpceL341IIbis'), decree: citation('decret20211362') },
					fixes: removal === undefined ? undefined : [{ title: { messageId: 'removeData', data: { data: request.phrase } }, kind: 'substantive', edits: [removal] }],
				};
			}
		}
	},
};

/** The knowledge base's reason, a sentence, as the end of the message's sentence. */
function asClause(reason: string): string {
	return lowerFirst(reason.replace(/\.$/u, ''));
}

export default dataBeyondL341;
