import type { Span } from '../document/model';
import { PLACEHOLDER_PATTERN, TEMPLATE_SAMPLE_FACTS } from '../knowledge/placeholders';
import type { Finding, Rule } from './types';

const HTML_COMMENT = /<!--[\s\S]*?-->/gu;
const YAML_COMMENT = /(^|[ \t])#.*$/gmu;
const SAMPLE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${TEMPLATE_SAMPLE_FACTS.flat().map((value) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');

/** Which fact of the sample identity a matched value writes. */
function sampleFactOf(value: string): number {
	return TEMPLATE_SAMPLE_FACTS.findIndex((fact) => fact.includes(value));
}

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
	messages: {
		blankLeft: 'Texte à compléter laissé dans l’acte : « {blank} » ; remplacez-le avant de signifier ou de déposer l’acte',
		sampleLeft: 'Valeur d’exemple du modèle laissée dans l’acte : « {sample} » ; remplacez-la par celle de votre dossier',
	},
	*check({ model }) {
		const text = model.document.getText();
		const regions: Span[] = [];
		if (model.frontMatter !== undefined) {
			regions.push(model.frontMatter.span);
		}
		regions.push(model.body.span);
		const findings: Finding[] = [];
		const samples: Finding[] = [];
		const sampleFacts = new Set<number>();
		for (const region of regions) {
			const inFrontMatter = region === model.frontMatter?.span;
			// Comments are never printed: a blank inside one is no blank of the act.
			const source = text.slice(region.start, region.end).replace(inFrontMatter ? YAML_COMMENT : HTML_COMMENT, (comment) => ' '.repeat(comment.length));
			for (const match of source.matchAll(PLACEHOLDER_PATTERN)) {
				findings.push({
					span: { start: region.start + match.index, end: region.start + match.index + match[0].length },
					messageId: 'blankLeft',
					data: { blank: match[0] },
				});
			}
			for (const match of source.matchAll(SAMPLE_PATTERN)) {
				sampleFacts.add(sampleFactOf(match[0]));
				samples.push({
					span: { start: region.start + match.index, end: region.start + match.index + match[0].length },
					messageId: 'sampleLeft',
					data: { sample: match[0] },
				});
			}
		}
		// One sample fact alone is a namesake (a client who is called Claire MARTIN); two are the template's identity left in the act.
		yield* [...findings, ...(sampleFacts.size >= 2 ? samples : [])].sort((left, right) => left.span.start - right.span.start);
	},
};

export default placeholderLeft;
