import { parseIsoDateTime, type IsoDateTimeParts } from '../document/frontMatterSchema';
import type { PleadingModel, ProseBlock, ProseDateTime, Span } from '../document/model';
import { formatFrenchParisDateTime, formatIsoWithParisOffset, parisOffsetMinutes } from '../evidence/parisTime';
import { t } from '../l10n';
import type { Fix } from '../rules/types';
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

const cache = new WeakMap<PleadingModel, PublicationEvidence[]>();

export function publicationEvidence(model: PleadingModel, today: Date): readonly PublicationEvidence[] {
	const cached = cache.get(model);
	if (cached !== undefined) {
		return cached;
	}
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
	cache.set(model, evidence);
	return evidence;
}

/** Offset of Paris time for a wall-clock time read in Paris (the hour that happens twice takes summer time). */
export function parisOffsetForWallTime(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
	const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
	const guess = parisOffsetMinutes(new Date(wallAsUtc - 60 * 60_000));
	return parisOffsetMinutes(new Date(wallAsUtc - guess * 60_000));
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

/** "le 7 juillet 2023 à 17:17:03 (UTC+2)", without its article since the prose keeps its own. */
export function frenchWordingFix(instant: Date, span: { start: number; end: number }): Fix {
	const wording = formatFrenchParisDateTime(instant).replace(/^le /u, '');
	return { title: t('Écrire « {0} »', wording), edits: [{ span, newText: wording }] };
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]«»"]+/giu;

interface CitationIndex {
	readonly byPiece: ReadonlyMap<number, readonly PublicationEvidence[]>;
	readonly byUrl: ReadonlyMap<string, readonly PublicationEvidence[]>;
	/** Paris calendar day (YYYY-MM-DD) of each publication's URL-derived time. */
	readonly parisDays: ReadonlyMap<PublicationEvidence, string>;
}

const indexCache = new WeakMap<readonly PublicationEvidence[], CitationIndex>();

/** Publications by pièce and by URL, built once so that each date in the prose costs a lookup. */
function citationIndex(evidence: readonly PublicationEvidence[]): CitationIndex {
	let index = indexCache.get(evidence);
	if (index === undefined) {
		const byPiece = new Map<number, PublicationEvidence[]>();
		const byUrl = new Map<string, PublicationEvidence[]>();
		const parisDays = new Map<PublicationEvidence, string>();
		for (const publication of evidence) {
			if (publication.piece !== undefined) {
				byPiece.set(publication.piece, [...(byPiece.get(publication.piece) ?? []), publication]);
			}
			if (publication.url !== undefined) {
				byUrl.set(publication.url, [...(byUrl.get(publication.url) ?? []), publication]);
			}
			if (publication.parsedUrl?.createdAt !== undefined) {
				parisDays.set(publication, formatIsoWithParisOffset(publication.parsedUrl.createdAt).slice(0, 10));
			}
		}
		index = { byPiece, byUrl, parisDays };
		indexCache.set(evidence, index);
	}
	return index;
}

const citedCache = new WeakMap<ProseBlock, readonly PublicationEvidence[]>();

/** The publications a block cites by URL or by pièce, computed once per block. */
function publicationsCitedIn(model: PleadingModel, block: ProseBlock, evidence: readonly PublicationEvidence[]): readonly PublicationEvidence[] {
	let cited = citedCache.get(block);
	if (cited === undefined) {
		const index = citationIndex(evidence);
		const found = new Set<PublicationEvidence>();
		for (const citation of model.body.pieceCitations) {
			if (citation.span.start >= block.span.start && citation.span.end <= block.span.end) {
				citation.numbers.forEach((numero) => index.byPiece.get(numero)?.forEach((publication) => found.add(publication)));
			}
		}
		for (const url of block.text.match(URL_IN_TEXT) ?? []) {
			index.byUrl.get(url)?.forEach((publication) => found.add(publication));
		}
		cited = [...found];
		citedCache.set(block, cited);
	}
	return cited;
}

/** The publication a prose block speaks of: it quotes its URL or cites its pièce, on the same day. */
export function matchingPublication(model: PleadingModel, block: ProseBlock, evidence: readonly PublicationEvidence[], date: { year: number; month: number; day: number }): PublicationEvidence | undefined {
	const day = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
	const { parisDays } = citationIndex(evidence);
	// Another time on another day in the same paragraph (the constat's, the complaint's) is not the publication's.
	return publicationsCitedIn(model, block, evidence).find((publication) => publication.horodatage?.startsWith(day) === true || parisDays.get(publication) === day);
}
