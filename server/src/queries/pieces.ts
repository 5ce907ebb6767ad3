import type { PleadingModel, Span } from '../document/model';
import { citation } from '../knowledge/sources';

/** The bordereau's entries with where each numero is written. */
export function bordereau(model: PleadingModel): { numero: number; span: Span; index: number }[] {
	const frontMatter = model.frontMatter;
	const entries: { numero: number; span: Span; index: number }[] = [];
	frontMatter?.data.pieces?.forEach((piece, index) => {
		const span = frontMatter.locate(['pieces', index, 'numero']);
		if (piece?.numero !== undefined && span !== undefined) {
			entries.push({ numero: piece.numero, span, index });
		}
	});
	return entries;
}

/** The source that requires the bordereau, which differs between an assignation and a requête. */
export function bordereauSource(model: PleadingModel): string {
	return citation(model.act === 'requete' ? 'cpc57_494' : 'cpc56_3');
}

/** Where a pièce number is written: in the body, in the bordereau, or as a publication's `piece`. */
export interface PieceOccurrence {
	readonly numero: number;
	readonly span: Span;
	readonly kind: 'citation' | 'bordereau' | 'publication';
}

/** Every written pièce number, in document order (numbers implied by a range are not written anywhere). */
export function pieceOccurrences(model: PleadingModel): PieceOccurrence[] {
	const occurrences: PieceOccurrence[] = bordereau(model).map((entry) => ({ numero: entry.numero, span: entry.span, kind: 'bordereau' }));
	const frontMatter = model.frontMatter;
	frontMatter?.data.publications?.forEach((publication, index) => {
		const span = frontMatter.locate(['publications', index, 'piece']);
		if (publication?.piece !== undefined && span !== undefined) {
			occurrences.push({ numero: publication.piece, span, kind: 'publication' });
		}
	});
	for (const citation of model.body.pieceCitations) {
		occurrences.push(...citation.mentions.map((mention) => ({ numero: mention.numero, span: mention.span, kind: 'citation' as const })));
	}
	return occurrences.sort((left, right) => left.span.start - right.span.start);
}
