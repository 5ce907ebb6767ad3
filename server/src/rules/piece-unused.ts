import type { Rule } from './types';
import { bordereau } from '../queries/pieces';

/**
 * A pièce in the bordereau that the act never cites: either a citation was forgotten or the pièce
 * has no place in the bordereau. The judge reads the pièces through the act's citations.
 */
const pieceUnused: Rule = {
	id: 'piece-unused',
	description: 'A pièce listed in the bordereau but cited nowhere in the body',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		unused: 'La pièce n° {piece} figure au bordereau mais n’est citée nulle part dans l’acte : citez-la là où elle prouve un fait (« pièce n° {piece} ») ou retirez-la',
	},
	*check({ model }) {
		const cited = new Set(model.body.pieceCitations.flatMap((citation) => citation.numbers));
		for (const entry of bordereau(model)) {
			if (!cited.has(entry.numero)) {
				yield {
					span: entry.span,
					messageId: 'unused',
					data: { piece: entry.numero },
				};
			}
		}
	},
};

export default pieceUnused;
