import knowledge from 'pretoire:knowledge';
import { type Resolved, resolveSource } from './sources';
import type { KnowledgeData } from './schema';

/** A procedural article a pleading cites, quoted as law.md reads it. */
export type ProcedureArticle = Resolved<KnowledgeData['procedure']['articles'][number]>;

// The CPC mirror predates the 1 Sept. 2024 reform ("huissier de justice" not yet "commissaire de justice"):
// law.md §4 asks for a check on Légifrance before relying on the exact wording (see the source's note).

/** The articles of the code de procédure civile that article-145 pleadings rely on (`server/knowledge/procedure.yaml`). */
export const procedureArticles: readonly ProcedureArticle[] = knowledge.procedure.articles.map((article) => ({ ...article, source: resolveSource(article.source) }));

export function procedureArticle(article: string): ProcedureArticle | undefined {
	return procedureArticles.find((candidate) => candidate.article === article.trim());
}
