import knowledge from 'pretoire:knowledge';
import { type LegalSource, resolveSource } from './sources';

/** A procedural article a pleading cites, quoted as law.md reads it. */
export interface ProcedureArticle {
	/** Article number, e.g. `145`. */
	readonly article: string;
	/** What the article is about, in French. */
	readonly subject: string;
	/** Verbatim excerpt (law.md §4, mirror S13); `[…]` marks cuts made there. */
	readonly text: string;
	readonly source: LegalSource;
}

// The CPC mirror predates the 1 Sept. 2024 reform ("huissier de justice" not yet "commissaire de justice"):
// law.md §4 asks for a check on Légifrance before relying on the exact wording (see the source's note).

/** The articles of the code de procédure civile that article-145 pleadings rely on (`server/knowledge/procedure.yaml`). */
export const procedureArticles: readonly ProcedureArticle[] = knowledge.procedure.articles.map((article) => ({ ...article, source: resolveSource(article.source) }));

export function procedureArticle(article: string): ProcedureArticle | undefined {
	return procedureArticles.find((candidate) => candidate.article === article.trim());
}
