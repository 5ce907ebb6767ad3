import knowledge from 'pretoire:knowledge';
import { type LegalSource, type LocalizedText, type MatchSpecs, resolveSource } from './sources';

/**
 * A civil fault under article 1240 of the code civil that pleadings rely on (dénigrement, concurrence
 * déloyale…): no offence, so it opens none of the data of article L. 34-1, II bis, CPCE.
 */
export interface CivilWrong {
	/** Stable kebab-case id. */
	readonly id: string;
	/** Lowercase French phrases by which a pleading relies on it. */
	readonly terms: readonly string[];
	/** Sentences relying (and not relying) on it, run through the rules' matcher by the tests. */
	readonly specs: MatchSpecs;
	readonly label: LocalizedText;
	readonly sources: readonly LegalSource[];
}

/** The civil wrongs the analysis recognises (`server/knowledge/civil-wrongs.yaml`). */
export const civilWrongCatalogue: readonly CivilWrong[] = knowledge['civil-wrongs'].civilWrongs.map((entry) => ({ ...entry, sources: entry.sources.map(resolveSource) }));
