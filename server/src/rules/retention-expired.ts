import { citation } from '../knowledge';
import type { Rule } from './types';
import { requestsTechnicalData, TECHNICAL_RETENTION_MONTHS } from '../queries/dataRequests';
import { actDate, compareDates } from '../queries/dates';
import { againstAccessProvider } from '../queries/connexions';
import { deadlineFacts } from '../queries/deadlines';

/**
 * Technical data is kept one year from the connection (or the creation of the content): asking for the
 * IP address behind a post older than that asks for data the platform has lawfully erased. "Probably",
 * because the data may have been frozen in time by an "injonction de conservation rapide" (L. 34-1 III bis).
 */
const retentionExpired: Rule = {
	id: 'retention-expired',
	description: 'Technical data requested for a publication, or a connection in an act against an access provider, whose one-year retention period has probably run out at the act’s date',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		connexionDataErased: 'Données de connexion probablement effacées : le fournisseur d’accès ne conserve les données permettant d’identifier la source d’une connexion que pendant {period} à compter de celle-ci ({source} ; {decree}) ; pour la connexion du {from}, ce délai a expiré le {expiry}, avant la date de l’acte ({actDate})',
		technicalDataErased: 'Données techniques probablement effacées : elles ne sont conservées que pendant {period} à compter de la connexion ({source} ; {decree}) ; pour une publication du {from}, ce délai a expiré le {expiry}, avant la date de l’acte ({actDate})',
	},
	*check({ model, memo }) {
		const date = actDate(model);
		if (date === undefined) {
			return;
		}
		// The access provider ties an IP address to its subscriber through data kept one year from
		// each connection: the step-2 act depends on every connection's own deadline. Against it, with
		// connections, the query dates no publication's retention.
		const facts = deadlineFacts(model);
		const expired = [
			...(againstAccessProvider(model) ? facts.filter((fact) => fact.kind === 'connexion-retention') : []),
			...(requestsTechnicalData(model, memo) ? facts.filter((fact) => fact.kind === 'publication-retention') : []),
		].filter((fact) => compareDates(date, fact.date) > 0);
		for (const fact of expired) {
			yield {
				span: fact.anchor,
				messageId: fact.kind === 'connexion-retention' ? 'connexionDataErased' : 'technicalDataErased',
				data: {
					from: { date: fact.kind === 'connexion-retention' ? fact.connected : fact.publication.date },
					expiry: { date: fact.date },
					actDate: { date },
					period: { period: TECHNICAL_RETENTION_MONTHS },
					source: citation(fact.source),
					decree: citation('decret20211362Art5'),
				},
			};
		}
	},
};

export default retentionExpired;
