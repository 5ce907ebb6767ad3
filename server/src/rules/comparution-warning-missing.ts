import { citation, comparutionParagraph } from '../knowledge';
import type { Rule } from './types';
import { PhraseMatcher } from '../language/phraseMatcher';
import { read } from '../queries/read';
import { lineBreakOf } from '../util/text';

const NO_APPEARANCE = new PhraseMatcher<true>([[true, ['faute pour le défendeur de comparaître', 'faute pour la défenderesse de comparaître', 'faute de comparaître', 'à défaut de comparaître', 'à défaut de comparution', 's’il ne comparaît pas', 'si elle ne comparaît pas']]]);
const ADVERSARY_ONLY = new PhraseMatcher<true>([[true, ['seuls éléments fournis par son adversaire', 'seuls éléments fournis par le demandeur', 'seuls éléments fournis par la demanderesse', 'seuls éléments fournis par la partie adverse', 'seuls éléments fournis par les demandeurs']]]);

/**
 * Since 1 January 2021 an assignation must state, on pain of nullity, « l'indication des modalités de
 * comparution devant la juridiction et la précision que, faute pour le défendeur de comparaître, il
 * s'expose à ce qu'un jugement soit rendu contre lui sur les seuls éléments fournis par son
 * adversaire » (CPC 56, 4°, inserted by décret n° 2020-1452). Arts 54 and 56 govern every assignation,
 * the référé one included (CPC 485); no decision applying it to a référé was found, and a vice de forme
 * annuls only on proof of a grievance (CPC 114 al. 2): a warning, worded as a risk.
 */
const comparutionWarningMissing: Rule = {
	id: 'comparution-warning-missing',
	description: 'An assignation without the modalités de comparution and the warning of article 56, 4°, CPC (judgment on the plaintiff’s evidence alone)',
	defaultSeverity: 'warning',
	fixable: true,
	appliesTo: ['assignation-refere'],
	messages: {
		warningMissing: 'Risque de nullité : l’assignation n’indique pas les modalités de comparution ni que, « faute pour le défendeur de comparaître, il s’expose à ce qu’un jugement soit rendu contre lui sur les seuls éléments fournis par son adversaire » ({article}, applicable à toute assignation, y compris en référé ; la nullité suppose un grief, {grievance}) ; aucune décision appliquant ce texte au référé n’a été relevée',
		addWarning: 'Ajouter les modalités de comparution et l’avertissement de l’article 56, 4°',
	},
	*check({ model, memo }) {
		// The warning may run over two paragraphs (« TRÈS IMPORTANT » blocks often break it).
		const says = (matcher: PhraseMatcher<true>): boolean => model.body.prose.some((block) => [...matcher.matches(read(block, memo))].some((match) => !match.negated));
		if (says(NO_APPEARANCE) && says(ADVERSARY_ONLY)) {
			return;
		}
		const firstHeading = model.body.sections[0]?.headingSpan;
		const anchor = firstHeading ?? model.frontMatter?.span ?? { start: 0, end: 0 };
		const text = model.document.getText();
		const eol = lineBreakOf(text);
		yield {
			span: firstHeading ?? { start: anchor.start, end: anchor.start + 3 },
			messageId: 'warningMissing',
			data: { article: citation('cpc56_4'), grievance: citation('cpc114_2') },
			fixes: firstHeading === undefined ? undefined : [{
				title: { messageId: 'addWarning' },
				kind: 'mechanical',
				// Inserted into the pleading: French whatever the message language.
				edits: [{ span: { start: firstHeading.start, end: firstHeading.start }, newText: `${comparutionParagraph()}${eol}${eol}` }],
			}],
		};
	},
};

export default comparutionWarningMissing;
