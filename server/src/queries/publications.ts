import { parseIsoDateTime, type IsoDateTimeParts } from '../document/frontMatterSchema';
import type { PleadingModel, ProseBlock, ProseDateTime, Span } from '../document/model';
import { formatFrenchParisDateTime, formatIsoWithParisOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import { parsePublicationUrl, type PublicationUrl } from '../evidence/publicationUrl';

/** A front-matter publication with what its URL says about it. */
export interface PublicationEvidence {
	readonly index: number;
	readonly url?: string;
	readonly compte?: string;
	readonly piece?: number;
	readonly horodatage?: string;
	readonly written?: IsoDateTimeParts;
	readonly horodatageSpan?: Span;
	readonly urlSpan?: Span;
	readonly parsedUrl?: PublicationUrl;
}

export function publicationEvidence(model: PleadingModel, today: Date): readonly PublicationEvidence[] {
	let evidence = evidenceByModel.get(model);
	if (evidence === undefined) {
		evidence = readPublications(model, today);
		evidenceByModel.set(model, evidence);
	}
	return evidence;
}

/** Kept with the model: several rules, the hover and the code lenses read it. */
const evidenceByModel = new WeakMap<PleadingModel, readonly PublicationEvidence[]>();

function readPublications(model: PleadingModel, today: Date): PublicationEvidence[] {
	const frontMatter = model.frontMatter;
	const evidence: PublicationEvidence[] = [];
	frontMatter?.data.publications?.forEach((publication, index) => {
		if (publication === undefined) {
			return;
		}
		evidence.push({
			index,
			url: publication.url,
			compte: publication.compte,
			piece: publication.piece,
			horodatage: publication.horodatage,
			written: publication.horodatage === undefined ? undefined : parseIsoDateTime(publication.horodatage),
			horodatageSpan: frontMatter.locate(['publications', index, 'horodatage']),
			urlSpan: frontMatter.locate(['publications', index, 'url']),
			parsedUrl: publication.url === undefined ? undefined : parsePublicationUrl(publication.url, today),
		});
	});
	return evidence;
}



/** The exact horodatage to write for a publication whose URL carries its creation time. */
export function exactHorodatage(evidence: PublicationEvidence): string | undefined {
	const createdAt = evidence.parsedUrl?.createdAt;
	return createdAt === undefined ? undefined : formatIsoWithParisOffset(createdAt);
}

/** A time as written, in the front matter or in prose; without a zone it is read as Paris time. */
export type WrittenTime = IsoDateTimeParts;

export function writtenOfProse(dateTime: ProseDateTime): WrittenTime | undefined {
	if (dateTime.time === undefined) {
		return undefined;
	}
	return { ...dateTime.date, ...dateTime.time, offsetMinutes: dateTime.zoneOffsetMinutes };
}

/**
 * Whether a written time agrees with an instant at the precision it was written: to the minute when
 * no seconds are given, to the second otherwise (identifiers carry milliseconds, which are truncated).
 */
export function agreesWith(written: WrittenTime, instant: Date): boolean {
	const offset = written.offsetMinutes ?? parisOffsetForWallTime(written.year, written.month, written.day, written.hour, written.minute, written.second ?? 0);
	const writtenUtc = Date.UTC(written.year, written.month - 1, written.day, written.hour, written.minute, written.second ?? 0) - offset * 60_000;
	const unit = written.second === undefined ? 60_000 : 1000;
	return Math.floor(instant.getTime() / unit) === Math.floor(writtenUtc / unit);
}

/** "7 juillet 2023 à 17:17:03 (UTC+2)", without its article since the prose keeps its own: the words a fix writes into the act. */
export function frenchParisWording(instant: Date): string {
	return formatFrenchParisDateTime(instant).replace(/^le /u, '');
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]«»"]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?’']+$/u;

interface CitationIndex {
	readonly byPiece: ReadonlyMap<number, readonly PublicationEvidence[]>;
	readonly byUrl: ReadonlyMap<string, readonly PublicationEvidence[]>;
	/** Paris calendar day (YYYY-MM-DD) of each publication's URL-derived time. */
	readonly parisDays: ReadonlyMap<PublicationEvidence, string>;
}

/** Publications by pièce and by URL, built once so that each date in the prose costs a lookup. */
function citationIndex(evidence: readonly PublicationEvidence[]): CitationIndex {
	let index = indexByEvidence.get(evidence);
	if (index === undefined) {
		const byPiece = new Map<number, PublicationEvidence[]>();
		const byUrl = new Map<string, PublicationEvidence[]>();
		const parisDays = new Map<PublicationEvidence, string>();
		for (const publication of evidence) {
			if (publication.piece !== undefined) {
				appendTo(byPiece, publication.piece, publication);
			}
			if (publication.url !== undefined) {
				appendTo(byUrl, publication.url, publication);
			}
			if (publication.parsedUrl?.createdAt !== undefined) {
				parisDays.set(publication, formatIsoWithParisOffset(publication.parsedUrl.createdAt).slice(0, 10));
			}
		}
		index = { byPiece, byUrl, parisDays };
		indexByEvidence.set(evidence, index);
	}
	return index;
}

const indexByEvidence = new WeakMap<readonly PublicationEvidence[], CitationIndex>();

/**
 * The publications a block cites by URL or by pièce, computed once per block and front matter: a block
 * kept after a front-matter edit cites the publications of the new front matter.
 */
function publicationsCitedIn(model: PleadingModel, block: ProseBlock, evidence: readonly PublicationEvidence[]): readonly PublicationEvidence[] {
	let citedByBlock = citedByEvidence.get(evidence);
	if (citedByBlock === undefined) {
		citedByBlock = new WeakMap();
		citedByEvidence.set(evidence, citedByBlock);
	}
	let cited = citedByBlock.get(block);
	if (cited === undefined) {
		const index = citationIndex(evidence);
		const found = new Set<PublicationEvidence>();
		// Citations are in document order: start at the block's first one rather than scan them all.
		const citations = model.body.pieceCitations;
		for (let at = firstStartingAtOrAfter(citations, block.span.start); at < citations.length && citations[at].span.start < block.span.end; at++) {
			const citation = citations[at];
			if (citation.span.end <= block.span.end) {
				citation.numbers.forEach((numero) => index.byPiece.get(numero)?.forEach((publication) => found.add(publication)));
			}
		}
		for (const written of block.text.match(URL_IN_TEXT) ?? []) {
			// « https://x.com/a/status/1, » or « …/1). » : the punctuation after a URL is the sentence's.
			const url = written.replace(TRAILING_PUNCTUATION, '');
			(index.byUrl.get(url) ?? index.byUrl.get(written))?.forEach((publication) => found.add(publication));
		}
		cited = [...found];
		citedByBlock.set(block, cited);
	}
	return cited;
}

/** By the front matter's publications, then by block: a block kept after a front-matter edit is read again against the new publications. */
const citedByEvidence = new WeakMap<readonly PublicationEvidence[], WeakMap<ProseBlock, readonly PublicationEvidence[]>>();

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list === undefined) {
		map.set(key, [value]);
	} else {
		list.push(value);
	}
}

/** Index of the first item whose span starts at or after `offset` in items sorted by start. */
function firstStartingAtOrAfter(items: readonly { span: { start: number } }[], offset: number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (items[middle].span.start < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

/** The publication a prose block speaks of: it quotes its URL or cites its pièce, on the same day. */
export function matchingPublication(model: PleadingModel, block: ProseBlock, evidence: readonly PublicationEvidence[], date: { year: number; month: number; day: number }): PublicationEvidence | undefined {
	const day = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
	const { parisDays } = citationIndex(evidence);
	// Another time on another day in the same paragraph (the constat's, the complaint's) is not the publication's.
	return publicationsCitedIn(model, block, evidence).find((publication) => publication.horodatage?.startsWith(day) === true || parisDays.get(publication) === day);
}
