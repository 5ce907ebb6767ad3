import knowledge from 'pretoire:knowledge';
import { type LegalSource, type LocalizedText, type MatchSpecs, resolveSource } from './sources';
import type { pleadedFacts } from './schema';

/** Text in which an offence is defined or punished. */
export type LegalCode = 'code pénal' | 'loi du 29 juillet 1881';

/** Maximum penalty incurred by a natural person. */
export interface Penalty {
	/** Years of imprisonment (0.5 = six months); absent for fine-only offences. */
	readonly imprisonmentYears?: number;
	readonly fineEuros: number;
	/** Other main penalties, in French (e.g. `peine de travail d'intérêt général`). */
	readonly otherPenalties?: readonly string[];
}

/** Aggravation that applies when the offence is committed online. */
export interface OnlineAggravation {
	/** Where the circumstance sits in the article (e.g. `4°`, `III, 6°`). */
	readonly paragraph: string;
	readonly imprisonmentYears: number;
	readonly fineEuros: number;
	/** Statutory wording of the circumstance, in French. */
	readonly wording: string;
	/** False when `wording` describes the circumstance instead of quoting it (law.md gives no verbatim text). */
	readonly wordingVerbatim: boolean;
	/** Canonical citation of the aggravated form (e.g. `article 222-33-2-2, 4°, du code pénal`). */
	readonly citation: string;
}

/** Another aggravating circumstance, kept for information (hovers); it does not drive the assessment. */
export interface Aggravation {
	/** The circumstance, in French. */
	readonly circumstance: string;
	readonly imprisonmentYears?: number;
	/** Absent when law.md gives only the prison term. */
	readonly fineEuros?: number;
}

/** Press-law regime of a loi 1881 offence (art. 65 and 65-3). */
export interface PressRegime {
	readonly prescriptionMonths: 3 | 12;
	readonly source: LegalSource;
}

/** Limitation period of the public action. */
export interface Prescription {
	/** Absent when law.md leaves the period open. */
	readonly months?: number;
	readonly source: LegalSource;
	/** Remark (starting point, minors, open questions). */
	readonly note?: LocalizedText;
}

/**
 * How a court is likely to answer « délinquance grave » (L. 34-1, II bis, 3° CPCE), which conditions
 * the communication of IP addresses and other technical data.
 * - `held-serious` / `held-not-serious`: a court decided it in a 145 / L. 34-1 case;
 * - `meets-60-1-2-threshold` / `below-threshold`: only the criminal-procedure yardstick of art. 60-1-2 CPP
 *   (≥ 3 years, or ≥ 1 year when committed through an electronic communications network);
 * - `uncertain`: sources conflict.
 */
export type SeriousCrimeVerdict = 'held-serious' | 'held-not-serious' | 'meets-60-1-2-threshold' | 'below-threshold' | 'uncertain';

/** Assessment of an offence against the « délinquance grave » condition. */
export interface SeriousCrimeAssessment {
	readonly verdict: SeriousCrimeVerdict;
	/** One sentence naming the penalty and the decision or text relied on. */
	readonly reasoning: LocalizedText;
	readonly sources: readonly LegalSource[];
	/** True when the threshold is met only because the offence is committed online (60-1-2, 2° CPP). */
	readonly onlineOnly?: boolean;
}

/** The kind of content the facts of a composed act tell of (a message, a profile opened in the victim's name…). */
export type PleadedFacts = (typeof pleadedFacts)[number];

/** What an act composed by Prétoire pleads for an offence: the judge's voice, never the lawyer's notes. */
export interface OffencePleading {
	readonly recit: PleadedFacts;
	/** Why the offence opens the technical data, as counsel pleads it; set for the verdicts that allow them. */
	readonly gravite?: string;
	/** The one qualification an act pleads, when the label names several conducts or grounds in the alternative. */
	readonly qualification?: string;
	/** True when the offence's victim is a minor: the act names the child, whom the client represents. */
	readonly victimeMineure?: true;
}

/** An offence a pleading may rely on to show a motif légitime. */
export interface Offence {
	/** Stable kebab-case id. */
	readonly id: string;
	/** Label of the offence; pleadings take `label.fr`. */
	readonly label: LocalizedText;
	/** The text that punishes the offence (the one art. 53 of the 1881 law requires for press offences). */
	readonly legalText: { readonly article: string; readonly code: LegalCode; readonly alinea?: string };
	/** Canonical French citation to insert in a pleading. */
	readonly citation: string;
	/** Article numbers whose citation in a pleading counts as qualifying this offence. */
	readonly articles: readonly string[];
	/** Lowercase French phrases used in prose for this offence; each maps to this offence only. */
	readonly aliases: readonly string[];
	/** Sentences naming (and not naming) this offence, run through the rules' matcher by the tests. */
	readonly specs: MatchSpecs;
	readonly maxPenalty: Penalty;
	readonly onlineAggravation?: OnlineAggravation;
	readonly aggravations?: readonly Aggravation[];
	readonly press?: PressRegime;
	readonly prescription: Prescription;
	readonly seriousCrime: SeriousCrimeAssessment;
	/** Set when the public action requires the victim's complaint. */
	readonly plaintRequired?: LegalSource;
	readonly plaidoirie: OffencePleading;
	/** False when law.md marks the offence's text or numbering UNCONFIRMED. */
	readonly confirmed: boolean;
	readonly sources: readonly LegalSource[];
	/**
	 * Branch of art. 60-1-2 CPP the offence meets when committed online: `1°` (three years or more),
	 * `2°` (one year or more through an electronic communications network: arguable but exposed, the
	 * CA Paris refused technical data twice), `aucune` (below the threshold).
	 */
	readonly branche6012: '1°' | '2°' | 'aucune';
}

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
