import { citation } from '../knowledge';
import { localized, t } from '../l10n';
import type { Rule } from './types';
import { addToFrontMatterMap, setFrontMatterValue } from './util/frontMatterEdits';
import { offenceMentions, offencesWithTextCited, textMismatches } from '../queries/offences';

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
				const path = ['infractions', mention.index ?? 0, 'texte'];
				const value = model.frontMatter?.locate(path);
				// An empty `texte:` has an empty value: the finding points at the key instead.
				const texte = value !== undefined && value.start === value.end ? model.frontMatter?.locate(path, 'key') : value;
				if (texte === undefined) {
					const edit = addToFrontMatterMap(model, ['infractions', mention.index ?? 0], 'texte', offence.citation);
					yield {
						span: mention.span,
						message: t('« {0} » est invoquée sans son texte d’incrimination : ajoutez `texte: {1}` ({2})', localized(offence.label), offence.citation, source),
						fixes: edit === undefined ? undefined : [{ title: t('Ajouter `texte: {0}`', offence.citation), kind: 'mechanical', edits: [edit] }],
					};
					continue;
				}
				const replacement = setFrontMatterValue(model, path, offence.citation);
				yield {
					span: texte,
					message: t('Le texte indiqué pour « {0} » ne cite pas son texte d’incrimination : attendu « {1} » ({2})', localized(offence.label), offence.citation, source),
					fixes: replacement === undefined ? undefined : [{ title: t('Remplacer par « {0} »', offence.citation), kind: 'mechanical', edits: [replacement] }],
				};
			} else {
				yield {
					span: mention.span,
					message: t('Infraction citée sans son texte d’incrimination : ajoutez « {0} » ({1})', offence.citation, source),
					fixes: [{ title: t('Insérer « ({0}) »', offence.citation), kind: 'mechanical', edits: [{ span: { start: mention.span.end, end: mention.span.end }, newText: ` (${offence.citation})` }] }],
				};
			}
		}
	},
};

export default offenceUnqualified;
