import { actDate, compareDates } from '../queries/dates';
import { deadlineFacts } from '../queries/deadlines';
import type { Rule } from './types';

/**
 * An assignation to a defendant seated in another member state is served under regulation (EU)
 * 2020/1784 (CPC 693): the receiving agency has up to one month to serve (art. 11) and the addressee
 * two weeks to refuse an untranslated act (art. 12). When the act's date leaves less than that before
 * the hearing, the hearing will likely come before the service is secure. Only information: service
 * is often quicker than its maximum, and the transmission time is not counted.
 */
const serviceAbroadTooLate: Rule = {
	id: 'service-abroad-too-late',
	description: 'An assignation to a defendant seated in another EU member state dated too close to the hearing for service under regulation (EU) 2020/1784 (one month to serve, two weeks to refuse)',
	defaultSeverity: 'info',
	fixable: false,
	readsFrontMatterOnly: true,
	appliesTo: ['assignation-refere'],
	messages: {
		hearingTooClose: 'Audience probablement trop proche pour une signification en {state} : l’entité requise dispose d’un mois pour signifier (règlement (UE) 2020/1784, art. 11) et le destinataire de deux semaines pour refuser un acte non traduit (art. 12) ; il faudrait transmettre l’acte au plus tard le {latest}, or il est daté du {actDate} ; demandez une audience plus éloignée, et faites traduire l’acte (à vérifier : la signification peut être plus rapide)',
	},
	*check({ model }) {
		const date = actDate(model);
		const service = deadlineFacts(model).find((fact) => fact.kind === 'eu-service');
		if (date === undefined || service === undefined || compareDates(date, service.date) <= 0) {
			return;
		}
		yield {
			span: service.anchor,
			messageId: 'hearingTooClose',
			data: { state: { text: service.seat.state }, latest: { date: service.date }, actDate: { date } },
		};
	},
};

export default serviceAbroadTooLate;
