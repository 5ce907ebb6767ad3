import { citation } from '../knowledge';
import type { Finding, Rule } from './types';
import { appendToFrontMatterList } from './util/frontMatterEdits';
import { bordereau, bordereauSource } from '../queries/pieces';
import { placeholder } from '../knowledge/placeholders';

/**
 * A pièce cited in the body (or by a publication) must be in the bordereau: the act lists the
 * pièces on which the demand is founded (CPC 56 3° for an assignation; 57 and 494 for a requête).
 * A warning, not an error: a vice de forme annuls the act only on proof of a grievance (CPC 114 al. 2).
 */
const pieceUndefined: Rule = {
	id: 'piece-undefined',
	description: 'A pièce cited in the body or by a publication but absent from the bordereau (`pieces`), or a number given to two entries of the bordereau',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		notInBordereau: 'La pièce n° {piece} est citée mais absente du bordereau (`pieces`) : toute pièce invoquée doit y figurer ({article}) ; l’omission n’annule l’acte que si elle cause un grief ({grievance})',
		addToBordereau: 'Ajouter la pièce n° {piece} au bordereau',
		numberRepeated: 'Le numéro {piece} est donné à plusieurs pièces du bordereau : une citation de la pièce n° {piece} ne désigne plus une pièce certaine ({article})',
	},
	*check({ model, memo }) {
		const listed = new Set(bordereau(model).map((entry) => entry.numero));
		const fixed = new Set<number>();
		const finding = (numero: number, span: Finding['span']): Finding => {
			const edit = fixed.has(numero) ? undefined : appendToFrontMatterList(model, memo, 'pieces', { numero, intitule: placeholder('intitulé de la pièce') });
			fixed.add(numero);
			return {
				span,
				messageId: 'notInBordereau',
				data: { piece: numero, article: bordereauSource(model), grievance: citation('cpc114_2') },
				fixes: edit === undefined ? undefined : [{ title: { messageId: 'addToBordereau', data: { piece: numero } }, kind: 'mechanical', edits: [edit] }],
			};
		};
		for (const citation of model.body.pieceCitations) {
			for (const mention of citation.mentions) {
				if (!listed.has(mention.numero)) {
					yield finding(mention.numero, mention.span);
				}
			}
			// Numbers inside a range ("pièces 2 à 4") are cited without being written.
			for (const numero of citation.numbers) {
				if (!listed.has(numero) && !citation.mentions.some((mention) => mention.numero === numero)) {
					yield finding(numero, citation.span);
				}
			}
		}
		const frontMatter = model.frontMatter;
		// Two entries with one number: a citation of that number no longer designates one pièce.
		const seen = new Set<number>();
		for (const entry of bordereau(model)) {
			if (seen.has(entry.numero)) {
				yield {
					span: entry.span,
					messageId: 'numberRepeated',
					data: { piece: entry.numero, article: bordereauSource(model) },
				};
			}
			seen.add(entry.numero);
		}
		for (const [index, publication] of (frontMatter?.data.publications ?? []).entries()) {
			const span = frontMatter?.locate(['publications', index, 'piece']);
			if (publication?.piece !== undefined && span !== undefined && !listed.has(publication.piece)) {
				yield finding(publication.piece, span);
			}
		}
	},
};

export default pieceUndefined;
