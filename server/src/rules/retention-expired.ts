import { citation } from '../knowledge';
import { t } from '../l10n';
import type { Rule } from './types';
import { requestsTechnicalData, TECHNICAL_RETENTION_MONTHS } from '../queries/dataRequests';
import { actDate, addMonths, compareDates, formatMessageDate, formatMessagePeriod, publicationDates } from '../queries/dates';

/**
 * Technical data is kept one year from the connection (or the creation of the content): asking for the
 * IP address behind a post older than that asks for data the platform has lawfully erased. "Probably",
 * because the data may have been frozen in time by an "injonction de conservation rapide" (L. 34-1 III bis).
 */
const retentionExpired: Rule = {
	id: 'retention-expired',
	description: 'Technical data requested for a publication whose one-year retention period has probably run out at the act’s date',
	defaultSeverity: 'warning',
	fixable: false,
	*check({ model }) {
		const date = actDate(model);
		if (date === undefined || !requestsTechnicalData(model)) {
			return;
		}
		for (const publication of publicationDates(model)) {
			const expiry = addMonths(publication.date, TECHNICAL_RETENTION_MONTHS);
			if (compareDates(date, expiry) > 0) {
				yield {
					span: publication.span,
					message: t(
						'Données techniques probablement effacées : elles ne sont conservées que pendant {3} à compter de la connexion ({4} ; {5}) ; pour une publication du {0}, ce délai a expiré le {1}, avant la date de l’acte ({2})',
						formatMessageDate(publication.date),
						formatMessageDate(expiry),
						formatMessageDate(date),
						formatMessagePeriod(TECHNICAL_RETENTION_MONTHS),
						citation('cpceL341IIbis3'),
						citation('decret20211362Art5'),
					),
				};
			}
		}
	},
};

export default retentionExpired;
