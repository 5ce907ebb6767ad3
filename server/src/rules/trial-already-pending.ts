import { citation } from '../knowledge';
import { t } from '../l10n';
import type { Rule } from './types';

const PENDING = /(?:instance|procedure|action|proces)s? au fond\s+(?:est\s+|a ete\s+)?(?:pendante|en cours|engagee|introduite)|(?:juge|tribunal|juridiction) (?:du fond|correctionnel)\s+(?:est\s+|a ete\s+)?saisi/u;
const NEGATION = /\b(?:aucun\w*|absence d|pas (?:encore |d|de |ete)|n.(?:est|a|ont|sont) (?:pas|jamais|aucun)|ni |sans )/u;

/**
 * Article 145 CPC allows a measure "avant tout procès": once the merits are before a court, the
 * measure must be asked of that court. A complaint, even with constitution de partie civile, is not
 * such a trial (TJ Paris, 25 févr. 2021; TJ Paris, réf., 12 nov. 2024, RG 24/57625).
 */
const trialAlreadyPending: Rule = {
	id: 'trial-already-pending',
	description: 'The pleading says a trial on the merits is already pending, while article 145 requires "avant tout procès"',
	defaultSeverity: 'warning',
	fixable: false,
	*check({ model }) {
		for (const block of model.body.prose) {
			const folded = block.folded;
			// Sentence by sentence, so that "aucune instance au fond n'est pendante" stays silent.
			let offset = 0;
			for (const sentence of folded.split(/(?<=[.;!?])\s/u)) {
				const match = PENDING.exec(sentence);
				if (match !== null && !NEGATION.test(sentence)) {
					const start = block.span.start + offset + match.index;
					yield {
						span: { start, end: start + match[0].length },
						message: t('L’acte indique qu’un procès au fond est déjà engagé : l’{0} ne permet une mesure d’instruction qu’« avant tout procès » ; demandez-la au juge saisi du fond (une plainte, même avec constitution de partie civile, n’est pas un procès au fond : {1})', citation('cpc145'), citation('tjParis20210225')),
					};
				}
				offset += sentence.length + 1;
			}
		}
	},
};

export default trialAlreadyPending;
