import { citation } from '../knowledge';
import { localized, t } from '../l10n';
import type { Span } from '../document/model';
import type { Rule, SpanEdit } from './types';
import { endOfLine } from './util/frontMatterEdits';
import { offenceMentions, offencesWithTextCited, textMismatches } from '../queries/offences';
import { lineBreakOf } from '../util/text';

/**
 * The motif légitime rests on a future action "non manifestement vouée à l'échec": the judge checks
 * that the facts are "pénalement répréhensibles" (TJ Paris, réf., 15 mars 2024, RG 23/57958), which
 * starts with the text that punishes them. For press offences, art. 53 of the loi du 29 juillet 1881
 * requires the applicable text (Ass. plén., 15 févr. 2013).
 */
const offenceUnqualified: Rule = {
	id: 'offence-unqualified',
	description: 'An offence named in the pleading whose legal text (article and code or law) is cited nowhere',
	defaultSeverity: 'warning',
	fixable: true,
	*check({ model }) {
		const qualified = offencesWithTextCited(model);
		const contradicted = new Set(textMismatches(model).map((mismatch) => mismatch.mention));
		const reported = new Set<string>();
		for (const mention of offenceMentions(model)) {
			const { offence } = mention;
			// A contradicting text is reported by qualification-text-mismatch.
			if (reported.has(offence.id) || qualified.has(offence) || contradicted.has(mention)) {
				continue;
			}
			reported.add(offence.id);
			const source = offence.legalText.code === 'loi du 29 juillet 1881'
				? t('{0}, dont l’application à une demande fondée sur l’article 145 n’est pas établie ; {1}', citation('loi1881Art53'), citation('tjParis20240315'))
				: t('{0} : les faits doivent être « pénalement répréhensibles »', citation('tjParis20240315'));
			if (mention.origin === 'front-matter') {
				const texte = model.frontMatter?.locate(['infractions', mention.index ?? 0, 'texte']);
				if (texte === undefined) {
					yield {
						span: mention.span,
						message: t('« {0} » est invoquée sans son texte d’incrimination : ajoutez `texte: {1}` ({2})', localized(offence.label), offence.citation, source),
						fixes: [{ title: t('Ajouter `texte: {0}`', offence.citation), edits: [addTexteAfter(model.document.getText(), mention.span, offence.citation)] }],
					};
					continue;
				}
				yield {
					span: texte ?? mention.span,
					message: t('Le texte indiqué pour « {0} » ne cite pas son texte d’incrimination : attendu « {1} » ({2})', localized(offence.label), offence.citation, source),
					fixes: texte === undefined ? undefined : [{ title: t('Remplacer par « {0} »', offence.citation), edits: [{ span: texte, newText: offence.citation }] }],
				};
			} else {
				yield {
					span: mention.span,
					message: t('Infraction citée sans son texte d’incrimination : ajoutez « {0} » ({1})', offence.citation, source),
					fixes: [{ title: t('Insérer « ({0}) »', offence.citation), edits: [{ span: { start: mention.span.end, end: mention.span.end }, newText: ` (${offence.citation})` }] }],
				};
			}
		}
	},
};

/** A `texte:` line under the `qualification:` line, aligned with it. */
function addTexteAfter(text: string, qualification: Span, citation: string): SpanEdit {
	const lineStart = text.lastIndexOf('\n', qualification.start - 1) + 1;
	const keyColumn = text.slice(lineStart, qualification.start).search(/qualification\s*:/u);
	const end = endOfLine(text, qualification.end);
	const eol = lineBreakOf(text);
	return { span: { start: end, end }, newText: `${eol}${' '.repeat(Math.max(0, keyColumn))}texte: ${citation}` };
}

export default offenceUnqualified;
