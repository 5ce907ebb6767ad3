import { t } from '../l10n';
import type { Rule } from './types';
import { textMismatches } from '../queries/offences';

/**
 * A qualification and its text must designate the same offence: « menaces de mort » under
 * « article 222-16 » (messages malveillants) or « diffamation publique envers un particulier » under
 * « article 32, alinéa 2 » (the discriminatory diffamation) leaves the judge to guess which offence
 * the motif légitime rests on, and the two differ in penalty, prescription and access to technical
 * data. For press offences the assignation must « qualifier le fait incriminé » and « énoncer le texte
 * de loi applicable » (art. 53, applied before civil courts by Ass. plén., 15 févr. 2013); its
 * application to a pure article 145 request is not established.
 */
const qualificationTextMismatch: Rule = {
	id: 'qualification-text-mismatch',
	description: 'A qualification whose cited article or alinéa designates another offence (« menaces de mort » with article 222-16)',
	defaultSeverity: 'warning',
	fixable: true,
	*check({ model }) {
		for (const { mention, cited, span, citedText } of textMismatches(model)) {
			const { offence } = mention;
			const press = offence.legalText.code === 'loi du 29 juillet 1881' || cited.legalText.code === 'loi du 29 juillet 1881';
			yield {
				span,
				message: t(
					'La qualification « {0} » et le texte cité ne concordent pas : « {1} » désigne « {2} » ; citez « {3} » ou corrigez la qualification, car peine, prescription et accès aux données techniques en dépendent ({4})',
					offence.label,
					citedText.trim(),
					cited.label,
					offence.citation,
					press
						? t('article 53 de la loi du 29 juillet 1881 et Ass. plén., 15 févr. 2013 : qualification et texte applicable doivent être précis ; leur application à une demande fondée sur l’article 145 n’est pas établie')
						: t('TJ Paris, réf., 15 mars 2024, RG 23/57958 : les faits doivent être « pénalement répréhensibles »'),
				),
				related: [{ span: mention.span, message: t('Qualification : {0}', offence.label) }],
				fixes: mention.origin === 'front-matter' ? [{ title: t('Remplacer par « {0} »', offence.citation), edits: [{ span, newText: offence.citation }] }] : undefined,
			};
		}
	},
};

export default qualificationTextMismatch;
