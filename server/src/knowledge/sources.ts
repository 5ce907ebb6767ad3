import knowledge from 'pretoire:knowledge';
import type { LegalSourceEntry, LocalizedEntry, MatchSpecsEntry, SourceRef } from './schema';

/**
 * A legal source as a French lawyer cites it (`citation`, and a `short` form for code lenses and agenda
 * entries), with its provenance in the research note (`shared/domain/law.md`, section 12: `key`), whether
 * that note confirms it and a `note` on what exactly is (un)confirmed, which a hover may show.
 *
 * `confirmed: false` means law.md marks the point UNCONFIRMED (wording, number, date or holding):
 * the product may mention it but must never present it as settled law.
 */
export type LegalSource = Readonly<LegalSourceEntry>;

/**
 * A knowledge entry as the server hands it out, its type derived from the zod schema: every source
 * reference resolved to its source, every field read-only.
 */
export type Resolved<T> = T extends SourceRef
	? LegalSource
	: T extends readonly (infer Element)[]
		? readonly Resolved<Element>[]
		: T extends object
			? { readonly [Key in keyof T]: Resolved<T[Key]> }
			: T;

/** Text shown to the user, in French and in English (`pretoire.language = en`); pleadings always take `fr`. */
export type LocalizedText = Resolved<LocalizedEntry>;

/** Sentences in which the matcher must (and must not) find an entry: the data's own tests. */
export type MatchSpecs = Resolved<MatchSpecsEntry>;

/** The day a practitioner last reviewed the knowledge base (ISO date), shown at the foot of legal hovers. */
export const knowledgeReviewedOn: string = knowledge.sources.reviewed;

/** Every source of the knowledge base (`server/knowledge/sources.yaml`), by mnemonic key, so that one citation is spelled once. */
export const legalSources: Readonly<Record<string, LegalSource>> = knowledge.sources.sources;

/** The source a knowledge file cites, with the note the citation adds, if any (the build checked the key exists). */
export function resolveSource(reference: SourceRef | string): LegalSource {
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

/** How a message cites a source of `sources.yaml` (e.g. `citation('civ2e20220324')`): rules never type a citation. */
export function citation(key: string): string {
	return sourceByKey(key).citation;
}

/**
 * How a text written for the court (an act, a projet d'ordonnance, a document's metadata) cites a source
 * of `sources.yaml`: in French, whatever the message language, so that no code types a citation.
 */
export function courtCitation(key: string): string {
	return sourceByKey(key).citation;
}

/** A source of `sources.yaml` in its short form, for code lenses and agenda entries; its citation when it has none. */
export function shortCitation(source: LegalSource): string {
	return source.short ?? source.citation;
}
