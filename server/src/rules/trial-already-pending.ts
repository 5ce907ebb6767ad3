import { citation } from '../knowledge';
import type { Rule } from './types';

const PENDING = new RegExp([
	// « l'instance au fond est pendante », « une action au fond a été engagée »
	'(?:instance|procedure|action|proces)s? au fond\\s+(?:est\\s+|a ete\\s+)?(?:toujours\\s+|actuellement\\s+|deja\\s+)?(?:pendante|en cours|engagee|introduite)',
	// « le juge du fond est saisi », « le tribunal correctionnel a été saisi »
	'(?:juge|tribunal|juridiction) (?:du fond|correctionnel)\\s+(?:est\\s+|a ete\\s+)?(?:deja\\s+)?saisi',
	// « l'instance est toujours pendante », « la procédure est actuellement pendante »
	'(?:instance|procedure)\\s+(?:est|demeure|reste)\\s+(?:toujours\\s+|actuellement\\s+|encore\\s+)?pendante',
	// « le tribunal est saisi au fond », « la juridiction a été saisie au fond »
	'(?:juge|tribunal|juridiction|cour)\\s+(?:\\S+\\s+){0,3}?(?:est|a ete)\\s+(?:deja\\s+)?saisie?\\s+au fond',
	// « une instance au fond est pendante devant… » written « pendante devant le tribunal »
	'(?:affaire|instance|procedure)\\s+(?:\\S+\\s+){0,2}?pendante devant',
].join('|'), 'u');
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
	messages: {
		trialPending: 'L’acte indique qu’un procès au fond est déjà engagé : l’{article} ne permet une mesure d’instruction qu’« avant tout procès » ; demandez-la au juge saisi du fond (une plainte, même avec constitution de partie civile, n’est pas un procès au fond : {complaint})',
	},
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
						messageId: 'trialPending',
						data: { article: citation('cpc145'), complaint: citation('tjParis20210225') },
					};
				}
				offset += sentence.length + 1;
			}
		}
	},
};

export default trialAlreadyPending;
