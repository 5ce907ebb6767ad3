import { MAX_CONTAINER_MARKERS, MAX_INLINE_DELIMITERS } from '../document/markdownLimits';
import { MAX_ANALYSED_CHARACTERS } from '../document/parse';
import { t } from '../l10n';
import type { Rule } from './types';

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
	*check({ model }) {
		if (model.oversized) {
			yield {
				span: { start: 0, end: 3 },
				message: t('Document trop volumineux ({0} caractères) : seul le front matter est analysé, le corps dépasse la limite de {1} caractères', model.document.getText().length.toLocaleString('fr-FR'), MAX_ANALYSED_CHARACTERS.toLocaleString('fr-FR')),
			};
		}
		for (const place of model.body.neutralised) {
			yield {
				span: place.span,
				message: place.kind === 'nesting'
					? t('Imbrication trop profonde ({0} ligne(s)) : au-delà de {1} niveaux de citations ou de listes, la suite est lue comme du texte ; le reste de l’acte est analysé', place.count.toLocaleString('fr-FR'), MAX_CONTAINER_MARKERS)
					: t('Trop de marques de mise en forme (`*`, `_`, `[`, `]`) dans un même paragraphe ({0} passage(s)) : au-delà de {1}, elles sont lues comme du texte ; le reste de l’acte est analysé', place.count.toLocaleString('fr-FR'), MAX_INLINE_DELIMITERS),
			};
		}
	},
};

export default documentTooLarge;
