import { courtCitation } from '../knowledge/sources';

/**
 * The fixed wording of an act, shared by the PDF (Typst) and Word renderers so that the two files
 * say the same thing.
 */

export const ACT_TITLES = {
	'assignation-refere': { title: 'ASSIGNATION EN RÉFÉRÉ', label: 'Assignation en référé' },
	requete: { title: 'REQUÊTE AUX FINS DE MESURES D\'INSTRUCTION', label: 'Requête aux fins de mesures d\'instruction' },
} as const;

export type ActKind = keyof typeof ACT_TITLES;

/** The articles an act rests on, under its title: a requête is also the non-adversarial procedure of articles 493 and 845, as its ordonnance says. */
export const LEGAL_BASES: Readonly<Record<ActKind, string>> = {
	'assignation-refere': `(${courtCitation('cpc145')})`,
	requete: `(${courtCitation('cpc145_493_845')})`,
};

/** The bold lines that introduce each party on the first page. */
export const PARTY_LABELS = {
	requerant: 'À LA REQUÊTE DE :',
	avocatConstitue: 'AYANT POUR AVOCAT CONSTITUÉ :',
	avocat: 'AYANT POUR AVOCAT :',
	// The commissaire de justice completes the date of service by hand, after "ET LE".
	assignation: 'J\'AI, COMMISSAIRE DE JUSTICE SOUSSIGNÉ, DONNÉ ASSIGNATION À :',
	comparaitre: 'D\'AVOIR À COMPARAÎTRE :',
	mesures: 'MESURES SOLLICITÉES À L\'ENCONTRE DE :',
} as const;

export const CLOSING = 'SOUS TOUTES RÉSERVES';

/** A requête is not served: its pieces are produced to the judge, not communicated to an opponent. */
export function bordereauTitle(act: ActKind): string {
	return act === 'requete' ? 'BORDEREAU DES PIÈCES PRODUITES' : 'BORDEREAU DES PIÈCES COMMUNIQUÉES';
}
