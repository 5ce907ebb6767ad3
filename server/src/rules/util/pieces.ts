import type { PleadingModel, Span } from '../../document/model';

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
	return model.act === 'requete' ? 'articles 57 et 494 du code de procédure civile' : 'article 56, 3°, du code de procédure civile';
}
