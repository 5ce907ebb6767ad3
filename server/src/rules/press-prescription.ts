import { citation, type Offence } from '../knowledge';
import type { Message, MessageValue, Rule } from './types';
import { actDate, compareDates, publicationDates, type CalendarDate } from '../queries/dates';
import { deadlineFacts } from '../queries/deadlines';
import { invokedOffences } from '../queries/offences';

/** Acts that may have interrupted the prescription, which the product cannot verify. */
const GENUINE_INTERRUPTION = /constitution de partie civile|constitue partie civile|requisitions? aux fins d.enquete|citation directe|acte interruptif/u;
/** A claim that something interrupted the prescription. */
const INTERRUPTION_CLAIM = /interromp|interrupti/u;
/** A plain complaint: before prosecution only réquisitions aux fins d'enquête interrupt (art. 65 al. 2). */
const PLAIN_COMPLAINT = /plainte/u;

/** How the pleading speaks of an interruption: a possible one (judgement call) or a plainte simple said to interrupt (wrong in press law). */
function interruptionClaims(folded: readonly string[]): { genuine: boolean; plainComplaint: boolean } {
	let genuine = false;
	let plainComplaint = false;
	for (const block of folded) {
		for (const sentence of block.split(/(?<=[.;!?])\s/u)) {
			if (GENUINE_INTERRUPTION.test(sentence)) {
				genuine = true;
			} else if (INTERRUPTION_CLAIM.test(sentence) && PLAIN_COMPLAINT.test(sentence)) {
				plainComplaint = true;
			} else if (INTERRUPTION_CLAIM.test(sentence)) {
				genuine = true;
			}
		}
	}
	return { genuine, plainComplaint };
}

/** The offence's period and its article, from the data (art. 65: three months; art. 65-3: one year, wording unverified). */
function periodOf(offence: Offence): MessageValue {
	const regime = offence.press!;
	return { message: regime.source.confirmed ? 'period' : 'periodUnverified', data: { period: { period: regime.prescriptionMonths }, article: regime.source.citation } };
}

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
	messages: {
		prescribedOtherAlive: '{offences} : la prescription de {period}, qui court de la publication du {published}, a probablement expiré le {expiry}, avant la date de l’acte ({actDate}), sauf acte interruptif ; « {survivor} » reste en revanche dans son délai de {survivorPeriod} jusqu’au {survivorExpiry} : le motif légitime doit reposer sur elle{notes}',
		prescribed: '{offences} : la prescription de {period}, qui court de la publication du {published}, a probablement expiré le {expiry}, avant la date de l’acte ({actDate}), sauf acte interruptif : avant toute poursuite, seules les réquisitions aux fins d’enquête interrompent ({interruption}), puis les actes de poursuite ou d’instruction, comme ceux qui suivent une plainte avec constitution de partie civile ; l’action au fond serait alors vouée à l’échec{notes}',
		period: '{period} ({article})',
		periodUnverified: '{period} ({article}, dont le texte exact n’est pas vérifié dans nos sources)',
		separator: ' ; ',
		plainComplaint: ' ; l’acte présente une plainte comme interruptive, mais une plainte simple n’interrompt pas cette prescription ({article})',
		orOtherOffences: ' ou sur les autres infractions invoquées',
		andOtherOffences: ' et le motif légitime devra reposer sur les autres infractions invoquées',
	},
	*check({ model, memo }) {
		const date = actDate(model);
		const invoked = invokedOffences(model, memo);
		const pressOffences = invoked.filter((offence) => offence.press !== undefined);
		if (date === undefined || pressOffences.length === 0) {
			return;
		}
		const claims = interruptionClaims(model.body.prose.map((block) => block.folded));
		const otherOffences = invoked.some((candidate) => candidate.press === undefined);
		const prescriptions = deadlineFacts(model).filter((fact) => fact.kind === 'press-prescription');
		for (const publication of publicationDates(model)) {
			// Each press offence keeps its own period: three months (art. 65) or one year (art. 65-3).
			const expiryOf = (offence: Offence): CalendarDate => prescriptions.find((fact) => fact.publication.index === publication.index && fact.months === offence.press!.prescriptionMonths)!.date;
			const prescribed = pressOffences.filter((offence) => compareDates(date, expiryOf(offence)) > 0);
			if (prescribed.length === 0) {
				continue;
			}
			const alive = pressOffences.filter((offence) => !prescribed.includes(offence));
			const offence = [...prescribed].sort((left, right) => left.press!.prescriptionMonths - right.press!.prescriptionMonths)[0];
			const months = offence.press!.prescriptionMonths;
			const expiry = expiryOf(offence);
			const period = periodOf(offence);
			const labels: MessageValue = { list: prescribed.filter((candidate) => candidate.press!.prescriptionMonths === months).map((candidate) => ({ text: candidate.label })), separator: { message: 'separator' } };
			const plainComplaintNote: MessageValue[] = claims.plainComplaint ? [{ message: 'plainComplaint', data: { article: citation('loi1881Art65Al2') } }] : [];
			const dates = { published: { date: publication.date }, expiry: { date: expiry }, actDate: { date } };
			let message: Message;
			if (alive.length > 0) {
				// Never « vouée à l'échec » while a one-year offence still stands.
				const survivor = alive[0];
				message = {
					messageId: 'prescribedOtherAlive',
					data: {
						...dates,
						offences: labels,
						period,
						survivor: { text: survivor.label },
						survivorPeriod: periodOf(survivor),
						survivorExpiry: { date: expiryOf(survivor) },
						notes: { list: [...(otherOffences ? [{ message: 'orOtherOffences' }] : []), ...plainComplaintNote], separator: '' },
					},
				};
			} else {
				message = {
					messageId: 'prescribed',
					data: {
						...dates,
						offences: labels,
						period,
						notes: { list: [...(otherOffences ? [{ message: 'andOtherOffences' }] : []), ...plainComplaintNote], separator: '' },
						interruption: citation('loi1881Art65Al2'),
					},
				};
			}
			yield {
				span: publication.span,
				// A possible interruption the pleading mentions is a judgement call; a plainte simple is not one.
				severity: claims.genuine && !claims.plainComplaint ? 'info' : undefined,
				...message,
			};
		}
	},
};

export default pressPrescription;
