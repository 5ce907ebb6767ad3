import { citation } from '../knowledge';
import { localized, t } from '../l10n';
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
					localized(offence.label),
					citedText.trim(),
					localized(cited.label),
					offence.citation,
					press
						? t('{0} et {1} : qualification et texte applicable doivent être précis ; leur application à une demande fondée sur l’article 145 n’est pas établie', citation('loi1881Art53'), citation('assPlen20130215'))
						: t('{0} : les faits doivent être « pénalement répréhensibles »', citation('tjParis20240315')),
				),
				related: [{ span: mention.span, message: t('Qualification : {0}', localized(offence.label)) }],
				fixes: mention.origin === 'front-matter' ? [{ title: t('Remplacer par « {0} »', offence.citation), kind: 'substantive', edits: [{ span, newText: offence.citation }] }] : undefined,
			};
		}
	},
};

export default qualificationTextMismatch;
