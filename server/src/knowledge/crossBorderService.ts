import knowledge from 'pretoire:knowledge';
import { resolveSource } from './sources';

const data = knowledge['cross-border-service'];

/**
 * Service of an act on a defendant seated in another member state of the European Union
 * (`server/knowledge/cross-border-service.yaml`): the months the receiving agency has to serve, the days
 * the addressee has to refuse an untranslated act, and the texts they come from, cited together.
 * How long the transmission itself takes is not fixed: any date computed from these is a floor.
 */
export const euService = {
	serviceMonths: data.serviceMonths,
	refusalDays: data.refusalDays,
	source: data.sources.map((reference) => resolveSource(reference).citation).join(' ; '),
} as const;

const memberStates = new Map(data.memberStates.map((state) => [state.fr, state]));

/** The member state (other than France) a seat address ends with, in the message language, and the languages of service when known. */
export function memberStateOfSeat(siege: string | undefined, language: 'fr' | 'en'): { state: string; languages?: string } | undefined {
	const last = siege?.split(',').pop()?.trim();
	const state = last === undefined ? undefined : memberStates.get(last);
	if (state === undefined) {
		return undefined;
	}
	return { state: state[language], languages: state.serviceLanguages?.[language] };
}
