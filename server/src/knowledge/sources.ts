import knowledge from 'pretoire:knowledge';
import type { SourceRef } from './schema';

/**
 * A legal source as a French lawyer cites it, with its provenance in the research note
 * (`shared/domain/law.md`, section 12) and whether that note confirms it.
 *
 * `confirmed: false` means law.md marks the point UNCONFIRMED (wording, number, date or holding):
 * the product may mention it but must never present it as settled law.
 */
export interface LegalSource {
	/** Citation in French, as written in a pleading (e.g. `TJ Paris, réf., 31 déc. 2024, n° 24/57566`). */
	readonly citation: string;
	/** Source key in law.md §12 (e.g. `S29`), when there is one. */
	readonly key?: string;
	/** False when law.md marks the cited point UNCONFIRMED. */
	readonly confirmed: boolean;
	/** French remark on what exactly is (un)confirmed; may be shown in a hover. */
	readonly note?: string;
}

/** Every source of the knowledge base (`server/knowledge/sources.yaml`), by mnemonic key, so that one citation is spelled once. */
export const legalSources: Readonly<Record<string, LegalSource>> = knowledge.sources.sources;

/** The source a knowledge file cites, with the note the citation adds, if any (the build checked the key exists). */
export function resolveSource(reference: SourceRef): LegalSource {
	if (typeof reference === 'string') {
		return sourceByKey(reference);
	}
	return { ...sourceByKey(reference.key), note: reference.note };
}

function sourceByKey(key: string): LegalSource {
	const source = legalSources[key];
	if (source === undefined) {
		throw new Error(`Unknown legal source: ${key}`);
	}
	return source;
}
