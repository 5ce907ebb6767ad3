import { citation } from '../knowledge';
import { localized, t } from '../l10n';
import type { Rule } from './types';
import { actDate, addMonths, compareDates, formatMessageDate, formatMessagePeriod, publicationDates } from '../queries/dates';
import { invokedOffences } from '../queries/offences';

/** Words of an act that may have interrupted the prescription, which the product cannot verify. */
const INTERRUPTION = /constitution de partie civile|requisitions? aux fins d.enquete|acte interruptif|interrompu/u;

/**
 * Press offences (loi du 29 juillet 1881) are prescribed after three months (one year for the
 * discriminatory ones, art. 65-3) from publication (art. 65). Before prosecution, only réquisitions
 * aux fins d'enquête interrupt it (art. 65 al. 2), and whether the 145 action itself does is not
 * established: the message says so. A prescribed offence cannot found the motif légitime.
 */
const pressPrescription: Rule = {
	id: 'press-prescription',
	description: 'A press offence (1881 press law) whose prescription has probably run out at the act’s date',
	defaultSeverity: 'warning',
	fixable: false,
	*check({ model }) {
		const date = actDate(model);
		const invoked = invokedOffences(model);
		const pressOffences = invoked.filter((offence) => offence.press !== undefined);
		if (date === undefined || pressOffences.length === 0) {
			return;
		}
		// The shortest period decides: if the 3-month offence is prescribed, say so for it.
		const offence = [...pressOffences].sort((left, right) => left.press!.prescriptionMonths - right.press!.prescriptionMonths)[0];
		const months = offence.press!.prescriptionMonths;
		const interruptionMentioned = model.body.prose.some((block) => INTERRUPTION.test(block.folded));
		const otherOffences = invoked.some((candidate) => candidate.press === undefined);
		for (const publication of publicationDates(model)) {
			const expiry = addMonths(publication.date, months);
			if (compareDates(date, expiry) <= 0) {
				continue;
			}
			// Period and article come from the data (art. 65: three months; art. 65-3: one year, wording unverified).
			const regime = offence.press!;
			const period = regime.source.confirmed
				? t('{0} ({1})', formatMessagePeriod(months), regime.source.citation)
				: t('{0} ({1}, dont le texte exact n’est pas vérifié dans nos sources)', formatMessagePeriod(months), regime.source.citation);
			yield {
				span: publication.span,
				// The pleading mentions an interruption: whether it worked is a judgement call.
				severity: interruptionMentioned ? 'info' : undefined,
				message: t(
					'{0} : la prescription de {1}, qui court de la publication du {2}, a probablement expiré le {3}, avant la date de l’acte ({4}), sauf acte interruptif : avant toute poursuite, seules les réquisitions aux fins d’enquête interrompent ({6}), puis les actes de poursuite ou d’instruction, comme ceux qui suivent une plainte avec constitution de partie civile ; l’action au fond serait alors vouée à l’échec{5}',
					localized(offence.label),
					period,
					formatMessageDate(publication.date),
					formatMessageDate(expiry),
					formatMessageDate(date),
					otherOffences ? t(' et le motif légitime devra reposer sur les autres infractions invoquées') : '',
					citation('loi1881Art65Al2'),
				),
			};
		}
	},
};

export default pressPrescription;
