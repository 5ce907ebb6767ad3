import { citation } from '../knowledge';
import type { Finding, Rule } from './types';
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
	messages: {
		mismatch: 'La qualification « {qualification} » et le texte cité ne concordent pas : « {citedText} » désigne « {cited} » ; citez « {citation} » ou corrigez la qualification, car peine, prescription et accès aux données techniques en dépendent ({requirement})',
		pressPrecision: '{article} et {ruling} : qualification et texte applicable doivent être précis ; leur application à une demande fondée sur l’article 145 n’est pas établie',
		criminalFacts: '{decision} : les faits doivent être « pénalement répréhensibles »',
		qualification: 'Qualification : {qualification}',
		replaceCitation: 'Remplacer par « {citation} »',
	},
	*check({ model, memo }): Generator<Finding> {
		for (const { mention, cited, span, citedText } of textMismatches(model, memo)) {
			const { offence } = mention;
			const press = offence.legalText.code === 'loi du 29 juillet 1881' || cited.legalText.code === 'loi du 29 juillet 1881';
			yield {
				span,
				messageId: 'mismatch',
				data: {
					qualification: { text: offence.label },
					citedText: citedText.trim(),
					cited: { text: cited.label },
					citation: offence.citation,
					requirement: press
						? { message: 'pressPrecision', data: { article: citation('loi1881Art53'), ruling: citation('assPlen20130215') } }
						: { message: 'criminalFacts', data: { decision: citation('tjParis20240315') } },
				},
				related: [{ span: mention.span, messageId: 'qualification', data: { qualification: { text: offence.label } } }],
				fixes: mention.origin === 'front-matter' ? [{ title: { messageId: 'replaceCitation', data: { citation: offence.citation } }, kind: 'substantive', edits: [{ span, newText: offence.citation }] }] : undefined,
			};
		}
	},
};

export default qualificationTextMismatch;
