import knowledge from 'pretoire:knowledge';
import { type Resolved, resolveSource } from './sources';
import type { KnowledgeData } from './schema';

/**
 * A kind of data that pleadings ask for but that art. L. 34-1, II bis, CPCE, décret n° 2021-1362
 * (arts 2-5) and art. R. 10-13, I-IV, CPCE do not require anyone to keep, so that a court will not
 * order it as a « mesure légalement admissible ».
 *
 * Terms are meant to be matched inside the list of requested data (dispositif, « PAR CES MOTIFS »),
 * not in the statement of facts, where e.g. `messages privés` simply describes the harassment.
 */
export type OutOfScopeTerm = Resolved<KnowledgeData['out-of-scope-data']['outOfScope'][number]>;

/** Requests outside the retention texts, checked against the verbatim lists of law.md §1.2 and §2 (`server/knowledge/out-of-scope-data.yaml`). */
export const outOfScopeData: readonly OutOfScopeTerm[] = knowledge['out-of-scope-data'].outOfScope.map((entry) => ({ ...entry, sources: entry.sources.map(resolveSource) }));
