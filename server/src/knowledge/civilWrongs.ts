import knowledge from 'pretoire:knowledge';
import { type Resolved, resolveSource } from './sources';
import type { KnowledgeData } from './schema';

/**
 * A civil fault under article 1240 of the code civil that pleadings rely on (dénigrement, concurrence
 * déloyale…): no offence, so it opens none of the data of article L. 34-1, II bis, CPCE.
 */
export type CivilWrong = Resolved<KnowledgeData['civil-wrongs']['civilWrongs'][number]>;

/** The civil wrongs the analysis recognises (`server/knowledge/civil-wrongs.yaml`). */
export const civilWrongCatalogue: readonly CivilWrong[] = knowledge['civil-wrongs'].civilWrongs.map((entry) => ({ ...entry, sources: entry.sources.map(resolveSource) }));
