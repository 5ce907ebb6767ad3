import { citation } from '../knowledge';
import type { Rule } from './types';

/** A measure that puts costs on the defendant: "CONDAMNER la défenderesse aux dépens", "… au titre de l'article 700". */
const CONDEMNATION = /condamn/u;
const COSTS = /depens|article 700/u;
// Word endings bounded (`\w{0,20}`): an unbounded `\w*` backtracks over a whole run of « laisslaiss… ».
const ON_CLAIMANT = /(?:a la charge (?:du|de la|des) (?:demandeu|requerant)|chaque partie conserv|laiss\w{0,20} (?:les )?depens)/u;

/**
 * "La partie défenderesse à une demande de mesure d'instruction, ordonnée sur le fondement de
 * l'article 145 […] ne peut être considérée comme une partie perdante au sens de l'article 696"
 * (Cass. 2e civ., 21 nov. 2024, n° 22-16.763, publié). TJ Paris had put costs on X where it resisted
 * (15 mars 2024), but before that judgment: the claim is fragile since, hence a warning.
 */
const costsAgainstNonLosingParty: Rule = {
	id: 'costs-against-non-losing-party',
	description: `Costs (dépens, article 700) claimed against the defendant to an article 145 measure, who is not a "partie perdante" (${citation('civ2e20241121')})`,
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		costsClaimed: 'Dépens ou frais de l’article 700 demandés contre le défendeur à une mesure de l’article 145 : demande fragile depuis {judgment}, selon lequel ce défendeur n’est pas une « partie perdante » au sens de l’{article} ; la décision qui avait mis les dépens à la charge d’une plateforme qui résistait ({earlier}) est antérieure à cet arrêt',
	},
	*check({ model }) {
		for (const measure of model.body.measures) {
			const folded = measure.folded;
			if (CONDEMNATION.test(folded) && COSTS.test(folded) && !ON_CLAIMANT.test(folded)) {
				yield {
					span: measure.span,
					messageId: 'costsClaimed',
					data: { article: citation('cpc696'), judgment: citation('civ2e20241121'), earlier: citation('tjParis20240315') },
				};
			}
		}
	},
};

export default costsAgainstNonLosingParty;
