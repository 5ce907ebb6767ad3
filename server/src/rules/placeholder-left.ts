import { t } from '../l10n';
import type { Span } from '../document/model';
import { PLACEHOLDER_PATTERN, TEMPLATE_SAMPLE_VALUES } from '../knowledge/placeholders';
import type { Finding, Rule } from './types';

const HTML_COMMENT = /<!--[\s\S]*?-->/gu;
const YAML_COMMENT = /(^|[ \t])#.*$/gmu;
const SAMPLE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${TEMPLATE_SAMPLE_VALUES.map((value) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');

/**
 * A blank left in the act (« À compléter », `[…]`, `XXX`) or a sample identity of a template would be
 * served or filed as is: the product writes such blanks itself (templates, quick fixes), so it must
 * also point at every one left, in the front matter as in the body, before the export prints it.
 */
const placeholderLeft: Rule = {
	id: 'placeholder-left',
	description: 'A blank left to complete (« À compléter », […], XXX) or a sample value of a template, in the front matter or the body',
	defaultSeverity: 'warning',
	fixable: false,
	*check({ model }) {
		const text = model.document.getText();
		const regions: Span[] = [];
		if (model.frontMatter !== undefined) {
			regions.push(model.frontMatter.span);
		}
		regions.push(model.body.span);
		const findings: Finding[] = [];
		for (const region of regions) {
			const inFrontMatter = region === model.frontMatter?.span;
			// Comments are never printed: a blank inside one is no blank of the act.
			const source = text.slice(region.start, region.end).replace(inFrontMatter ? YAML_COMMENT : HTML_COMMENT, (comment) => ' '.repeat(comment.length));
			for (const match of source.matchAll(PLACEHOLDER_PATTERN)) {
				findings.push({
					span: { start: region.start + match.index, end: region.start + match.index + match[0].length },
					message: t('Texte à compléter laissé dans l’acte : « {0} » ; remplacez-le avant de signifier ou de déposer l’acte', match[0]),
				});
			}
			for (const match of source.matchAll(SAMPLE_PATTERN)) {
				findings.push({
					span: { start: region.start + match.index, end: region.start + match.index + match[0].length },
					message: t('Valeur d’exemple du modèle laissée dans l’acte : « {0} » ; remplacez-la par celle de votre dossier', match[0]),
				});
			}
		}
		yield* findings.sort((left, right) => left.span.start - right.span.start);
	},
};

export default placeholderLeft;
