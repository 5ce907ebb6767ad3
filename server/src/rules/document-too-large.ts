import { MAX_ANALYSED_CHARACTERS } from '../document/parse';
import { t } from '../l10n';
import type { Rule } from './types';

/**
 * A pleading of several million characters is a paste gone wrong or a generated file: its body is not
 * analysed, and this says so rather than staying silent.
 */
const documentTooLarge: Rule = {
	id: 'document-too-large',
	description: 'A document too large for its body to be analysed',
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
	},
};

export default documentTooLarge;
