/**
 * Service of an act on a defendant seated in another member state of the European Union, under
 * regulation (EU) 2020/1784 (service of documents), which article 693 of the code de procédure civile
 * makes applicable on pain of nullity (law.md §4). The periods come from practice research on the
 * regulation's text (EUR-Lex, e-Justice pages; high confidence): the receiving agency serves within
 * one month of receipt (art. 11), and the addressee may refuse, within two weeks, a document that is
 * neither in a language it understands nor in an official language of the place of service (art. 12).
 * How long the transmission itself takes is not fixed: any date computed from these is a floor.
 */
export const euService = {
	serviceMonths: 1,
	refusalDays: 14,
	source: 'règlement (UE) 2020/1784, art. 11 (signification dans le mois de la réception) et art. 12 (refus dans les deux semaines d’un acte non traduit) ; article 693 du code de procédure civile',
} as const;

/** Member states other than France, as the catalogue writes them at the end of a seat address, with their English names. */
const memberStates: Readonly<Record<string, string>> = {
	Allemagne: 'Germany', Autriche: 'Austria', Belgique: 'Belgium', Bulgarie: 'Bulgaria', Chypre: 'Cyprus', Croatie: 'Croatia', Danemark: 'Denmark',
	Espagne: 'Spain', Estonie: 'Estonia', Finlande: 'Finland', Grèce: 'Greece', Hongrie: 'Hungary', Irlande: 'Ireland', Italie: 'Italy', Lettonie: 'Latvia',
	Lituanie: 'Lithuania', Luxembourg: 'Luxembourg', Malte: 'Malta', 'Pays-Bas': 'Netherlands', Pologne: 'Poland', Portugal: 'Portugal', Roumanie: 'Romania',
	Slovaquie: 'Slovakia', Slovénie: 'Slovenia', Suède: 'Sweden', Tchéquie: 'Czechia',
};

/**
 * The languages of the place of service, where the research read them: Ireland's central body works
 * in English or Irish. Elsewhere the lawyer checks them (e-Justice portal).
 */
const serviceLanguages: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = { Irlande: { fr: 'anglais ou irlandais', en: 'English or Irish' } };

/** The member state (other than France) a seat address ends with, in the message language, and the languages of service when known. */
export function memberStateOfSeat(siege: string | undefined, language: 'fr' | 'en'): { state: string; languages?: string } | undefined {
	const last = siege?.split(',').pop()?.trim();
	if (last === undefined || !(last in memberStates)) {
		return undefined;
	}
	return { state: language === 'en' ? memberStates[last] : last, languages: serviceLanguages[last]?.[language] };
}
