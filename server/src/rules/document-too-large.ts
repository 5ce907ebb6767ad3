import { MAX_CONTAINER_MARKERS, MAX_INLINE_DELIMITERS } from '../document/markdownLimits';
import { MAX_ANALYSED_CHARACTERS } from '../document/parse';
import type { Finding, Rule } from './types';

/**
 * A pleading of several million characters is a paste gone wrong or a generated file: its body is not
 * analysed, and this says so rather than staying silent. Likewise for structures past the Markdown
 * parser's limits (thousands of nested quotes or list levels, thousands of `*` in one paragraph):
 * they are read as plain text, and the lawyer is told where.
 */
const documentTooLarge: Rule = {
	id: 'document-too-large',
	description: 'A document too large, or too deeply nested, for its body to be analysed as written',
	defaultSeverity: 'warning',
	fixable: false,
	readsFrontMatterOnly: true,
	messages: {
		tooLarge: 'Document trop volumineux ({characters} caractères) : seul le front matter est analysé, le corps dépasse la limite de {limit} caractères',
		nestingTooDeep: 'Imbrication trop profonde ({count} ligne(s)) : au-delà de {limit} niveaux de citations ou de listes, la suite est lue comme du texte ; le reste de l’acte est analysé',
		tooManyDelimiters: 'Trop de marques de mise en forme (`*`, `_`, `[`, `]`) dans un même paragraphe ({count} passage(s)) : au-delà de {limit}, elles sont lues comme du texte ; le reste de l’acte est analysé',
	},
	*check({ model }): Generator<Finding> {
		if (model.oversized) {
			yield {
				span: { start: 0, end: 3 },
				messageId: 'tooLarge',
				data: { characters: model.document.getText().length.toLocaleString('fr-FR'), limit: MAX_ANALYSED_CHARACTERS.toLocaleString('fr-FR') },
			};
		}
		for (const place of model.body.neutralised) {
			yield {
				span: place.span,
				messageId: place.kind === 'nesting' ? 'nestingTooDeep' : 'tooManyDelimiters',
				data: { count: place.count.toLocaleString('fr-FR'), limit: place.kind === 'nesting' ? MAX_CONTAINER_MARKERS : MAX_INLINE_DELIMITERS },
			};
		}
	},
};

export default documentTooLarge;
