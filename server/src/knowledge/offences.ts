import knowledge from 'pretoire:knowledge';
import { type Resolved, resolveSource } from './sources';
import type { KnowledgeData } from './schema';

/**
 * An offence a pleading may rely on to show a motif légitime (`server/knowledge/offences.yaml`, whose
 * schema documents each field), its sources resolved.
 */
export type Offence = Resolved<KnowledgeData['offences']['offences'][number]>;

/** Text in which an offence is defined or punished. */
export type LegalCode = Offence['legalText']['code'];

/** Limitation period of the public action. */
export type Prescription = Offence['prescription'];

/**
 * How a court is likely to answer « délinquance grave » (L. 34-1, II bis, 3° CPCE), which conditions
 * the communication of IP addresses and other technical data.
 * - `held-serious` / `held-not-serious`: a court decided it in a 145 / L. 34-1 case;
 * - `meets-60-1-2-threshold` / `below-threshold`: only the criminal-procedure yardstick of art. 60-1-2 CPP
 *   (≥ 3 years, or ≥ 1 year when committed through an electronic communications network);
 * - `uncertain`: sources conflict.
 */
export type SeriousCrimeVerdict = Offence['seriousCrime']['verdict'];

/** The kind of content the facts of a composed act tell of (a message, a profile opened in the victim's name…). */
export type PleadedFacts = Offence['plaidoirie']['recit'];

/** Offences of law.md §6, in the order of its table (`server/knowledge/offences.yaml`). */
export const offences: readonly Offence[] = knowledge.offences.offences.map((entry) => ({
	...entry,
	press: entry.press && { ...entry.press, source: resolveSource(entry.press.source) },
	prescription: { ...entry.prescription, source: resolveSource(entry.prescription.source) },
	seriousCrime: { ...entry.seriousCrime, sources: entry.seriousCrime.sources.map(resolveSource) },
	plaintRequired: entry.plaintRequired === undefined ? undefined : resolveSource(entry.plaintRequired),
	sources: entry.sources.map(resolveSource),
}));

const byId = new Map(offences.map((offence) => [offence.id, offence]));

/** The offence with this id, if any. */
export function offenceById(id: string): Offence | undefined {
	return byId.get(id);
}

// Pleadings write `R. 621-1`, `R.621-1`, `R621-1` or `222-17` with odd spacing.
function articleKey(article: string): string {
	return article.toLowerCase().replace(/[\s.\u00a0]/g, '').replace(/[\u2010-\u2013]/g, '-');
}

/** Offences qualified by citing this article (several may share one, e.g. 222-17 al. 1 and al. 2). */
export function offencesByArticle(article: string, code?: LegalCode): readonly Offence[] {
	const key = articleKey(article);
	return offences.filter((offence) => (code === undefined || offence.legalText.code === code) && offence.articles.some((a) => articleKey(a) === key));
}

/**
 * The offence on which technical data are pleaded and ordered: one a court held serious (first one that
 * also meets the three-year threshold), else one meeting the three-year threshold (60-1-2, 1°). An offence meeting the threshold only through 2° (one
 * year, online) carries them only when the lawyer opts in (`secondBranch`): the cour d'appel de Paris
 * refused technical data for two such offences (law.md §7.3, A.8), so acts ask for identity data only.
 */
export function technicalDataGround(invoked: readonly Offence[], secondBranch = false): Offence | undefined {
	const carrying = invoked.filter((offence) => technicalDataFor(offence) === 'yes' || (secondBranch && technicalDataFor(offence) === 'second-branch'));
	// A held-serious offence that also meets the three-year threshold (a death threat) outweighs one held serious at two years (harassment).
	const heldSerious = carrying.filter((offence) => offence.seriousCrime.verdict === 'held-serious');
	return heldSerious.find((offence) => offence.branche6012 === '1°') ?? heldSerious[0] ?? carrying.find((offence) => technicalDataFor(offence) === 'yes') ?? carrying[0];
}

/** Whether an act asks the technical data for an offence: yes, only if the lawyer opts in (2° of 60-1-2), or no. */
export function technicalDataFor(offence: Offence): 'yes' | 'second-branch' | 'no' {
	if (offence.seriousCrime.verdict === 'held-serious' || (offence.seriousCrime.verdict === 'meets-60-1-2-threshold' && offence.branche6012 === '1°')) {
		return 'yes';
	}
	return offence.seriousCrime.verdict === 'meets-60-1-2-threshold' && offence.branche6012 === '2°' ? 'second-branch' : 'no';
}
