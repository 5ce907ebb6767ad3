import { citation } from '../knowledge';
import type { Rule } from './types';

// `\w{0,20}`, not `\w*`: an unbounded word ending backtracks over a whole run of « interdiinterdi… ».
// The prohibition and its verb stay in one sentence, but the full stop of a company's abbreviation
// (« Google LLC Inc. », « Ireland Ltd. ») does not end it.
const PROHIBITION = /(?:interdi\w{0,20}|fai\w{0,20} defense|defense (?:est faite|de)|s.absti?en\w{0,20}|ne pas|ne point)(?:[^.;]|\b(?:inc|ltd|llc|corp|co|cie|plc|gmbh|sa|sas|sarl)\.){0,80}(?:informer|avertir|aviser|notifier|prevenir)/u;

/**
 * Alerted by the platform, the author can delete the account and the traces the action aims at. A
 * requête exists to avoid that; in référé too, TJ Paris forbade Google to inform the users (27 Oct.
 * 2025, RG 25/55080). The legal basis of that clause is not identified in our sources: information only.
 */
const userNotificationNotProhibited: Rule = {
	id: 'user-notification-not-prohibited',
	description: 'A dispositif that does not forbid the platform to inform the user of the measure',
	defaultSeverity: 'info',
	fixable: false,
	messages: {
		notProhibited: 'Le dispositif n’interdit pas à la plateforme d’informer l’utilisateur de la mesure : averti, l’auteur peut supprimer son compte et ses traces ; une telle interdiction a été ordonnée ({source}), son fondement n’étant pas identifié dans nos sources',
	},
	*check({ model }) {
		const measures = model.body.measures;
		if (measures.length === 0 || measures.some((measure) => PROHIBITION.test(measure.folded))) {
			return;
		}
		const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
		yield {
			span: dispositif?.headingSpan ?? measures[0].span,
			messageId: 'notProhibited',
			data: { source: citation('tjParis20251027') },
		};
	},
};

export default userNotificationNotProhibited;
