import type { PleadingModel } from '../document/model';
import { prose } from './markup';
import { bordereau, preamble } from './typst';
import { ExportError } from './pdf';

/** The bordereau alone (CPC 56 3° for an assignation; 494 for a requête), as its own document. */
export function bordereauToTypst(model: PleadingModel): { markup: string; title: string } {
	const act = model.act;
	if (act === undefined) {
		throw new ExportError('Bordereau impossible : le front matter doit indiquer `acte: assignation-refere` ou `acte: requete`');
	}
	const table = bordereau(model, act);
	if (table === '') {
		throw new ExportError('Bordereau impossible : l’acte n’a aucune pièce (`pieces`, dans l’acte ou son dossier)');
	}
	const court = model.frontMatter?.data.juridiction;
	const title = act === 'requete' ? 'Bordereau des pièces produites' : 'Bordereau des pièces communiquées';
	const metadata = { title, subject: court ?? 'Bordereau de pièces', author: model.frontMatter?.data.avocat?.nom };
	// The table opens with a weak page break, which does nothing on the first page.
	return { markup: [preamble(metadata, court === undefined ? '' : prose(court), prose(title)), table].join('\n\n'), title };
}
