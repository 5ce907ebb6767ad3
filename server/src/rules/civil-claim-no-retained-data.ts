import { citation } from '../knowledge';
import type { Rule } from './types';
import { retainedDataRequests } from '../queries/dataRequests';
import { civilWrongs, offenceMentions, uncataloguedQualifications } from '../queries/offences';

/**
 * The data of article L. 34-1 II bis CPCE are kept « pour les besoins des procédures pénales » (1°, 2°)
 * or of the fight against serious crime (3°): none for a civil claim as such. A claim resting only on
 * a civil wrong (dénigrement, concurrence déloyale: article 1240 of the code civil) opens none of
 * them (CA Paris, pôle 1, ch. 8, 27 avr. 2022, RG 21/14958, as quoted by its commentators); only a
 * criminal qualification of the same facts can (law.md A.12).
 */
const civilClaimNoRetainedData: Rule = {
	id: 'civil-claim-no-retained-data',
	description: 'Retained data (L. 34-1 II bis CPCE) requested on a civil wrong alone (dénigrement, concurrence déloyale), with no criminal qualification',
	defaultSeverity: 'error',
	fixable: false,
	messages: {
		civilWrong: '« {wrong} » est une faute civile ({article}), non une infraction : les données de l’{retention} ne sont conservées que pour les besoins des procédures pénales et de la sécurité publique ou nationale (1°, 2°) et de la lutte contre la criminalité et la délinquance grave (3°), et la cour d’appel de Paris a refusé toute communication pour une action civile ({refusal}) ; qualifiez pénalement les mêmes faits si c’est possible (diffamation, usurpation d’identité, escroquerie…) et montrez que l’action pénale n’est pas manifestement vouée à l’échec',
		dataRequested: 'Donnée demandée : {data}',
	},
	*check({ model, memo }) {
		const wrongs = civilWrongs(model, memo);
		if (wrongs.length === 0 || offenceMentions(model, memo).length > 0 || uncataloguedQualifications(model, memo).length > 0) {
			return;
		}
		const request = model.body.measures.map((measure) => retainedDataRequests(measure, memo)[0]).find((match) => match !== undefined);
		if (request === undefined) {
			return;
		}
		yield {
			span: wrongs[0].span,
			messageId: 'civilWrong',
			data: { wrong: { text: wrongs[0].label }, article: citation('cc1240'), retention: citation('cpceL341IIbis'), refusal: citation('caParis20220427') },
			related: [{ span: request.span, messageId: 'dataRequested', data: { data: request.phrase } }],
		};
	},
};

export default civilClaimNoRetainedData;
