import { citation } from '../knowledge';
import type { Rule } from './types';
import { invokedOffences, offenceMentions } from '../queries/offences';

// The word's ending is bounded (`\w{0,20}`, not `\w*`): an unbounded run backtracks over the whole of a
// long word for each occurrence, quadratic on « dénoncdénonc… ». No French ending is that long.
const NOTICE = /(?:denonc|notifi|signifi|communiqu)\w{0,20}[^.]{0,80}(?:ministere public|parquet|procureur)|(?:ministere public|parquet|procureur)[^.]{0,80}(?:denonc|notifi)/u;

/**
 * Before civil courts, a press action must be notified to the ministère public (art. 53 of the loi du
 * 29 juillet 1881, applied to civil actions since Cass. 2e civ., 9 déc. 1999). Whether art. 53 governs
 * a pure article 145 request is not established; TJ Paris practice is to denounce the assignation to
 * the parquet (TJ Paris, réf., 15 mars 2024, RG 23/57958). A prudence rule, hence information.
 */
const parquetNoticeMissing: Rule = {
	id: 'parquet-notice-missing',
	description: `Press offences invoked without mention of the dénonciation to the ministère public (${citation('loi1881Art53')})`,
	defaultSeverity: 'info',
	fixable: false,
	messages: {
		noticeMissing: 'Infraction de presse invoquée ({offence}) sans mention de la dénonciation de l’acte au ministère public : par prudence, dénoncez-le au parquet comme le veut l’{article} devant le juge civil ({civilCase}) ; son application à une demande fondée sur l’article 145 n’est pas établie, mais c’est la pratique relevée au tribunal judiciaire de Paris ({practice})',
	},
	*check({ model, memo }) {
		const pressOffence = invokedOffences(model, memo).find((offence) => offence.press !== undefined);
		if (pressOffence === undefined || model.body.prose.some((block) => NOTICE.test(block.folded))) {
			return;
		}
		const mention = offenceMentions(model, memo).find((candidate) => candidate.offence === pressOffence);
		yield {
			span: mention?.span ?? { start: 0, end: 3 },
			messageId: 'noticeMissing',
			data: { offence: { text: pressOffence.label }, article: citation('loi1881Art53'), civilCase: citation('civ2e19991209'), practice: citation('tjParis20240315') },
		};
	},
};

export default parquetNoticeMissing;
