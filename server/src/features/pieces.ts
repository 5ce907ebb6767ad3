import { ResponseError, type Location, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isInherited, type PieceCitation, type PleadingModel, type Span } from '../document/model';
import type { Translator } from '../l10n';
import { bordereau, pieceOccurrences, type PieceOccurrence } from '../queries/pieces';
import { lineEndAt, lineStartAt } from '../util/text';

function occurrenceAt(model: PleadingModel, position: Position): PieceOccurrence | undefined {
	const offset = model.document.offsetAt(position);
	return pieceOccurrences(model).find((occurrence) => !isInherited(occurrence.span) && occurrence.span.start <= offset && offset <= occurrence.span.end);
}

/** From a citation "pièce n° 6" to the bordereau entry of pièce 6. */
export function pieceDefinition(model: PleadingModel, position: Position): Location[] {
	// From the `dossier:` line to the dossier itself.
	const dossier = model.dossier;
	const offset = model.document.offsetAt(position);
	if (dossier?.document !== undefined && dossier.reference.start <= offset && offset <= dossier.reference.end) {
		return [{ uri: dossier.document.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
	}
	const occurrence = occurrenceAt(model, position);
	if (occurrence === undefined) {
		return [];
	}
	return bordereau(model)
		.filter((entry) => entry.numero === occurrence.numero)
		.map((entry) => locationOf(model, model.frontMatter?.locate(['pieces', entry.index]) ?? entry.span));
}

/** Where a span is: in the act, or in its `dossier.yaml` for an inherited value. */
function locationOf(model: PleadingModel, span: Span): Location {
	const dossier = model.dossier?.document;
	if (isInherited(span) && dossier !== undefined) {
		return { uri: dossier.uri, range: { start: dossier.positionAt(span.origin.start), end: dossier.positionAt(span.origin.end) } };
	}
	return { uri: model.document.uri, range: model.rangeOf(span) };
}

/** Renumbering edits the act only: a bordereau inherited from the dossier is renumbered there. */
function inheritedBordereau(model: PleadingModel, { t }: Translator): ResponseError<void> | undefined {
	const inherited = pieceOccurrences(model).some((occurrence) => isInherited(occurrence.span));
	return inherited
		? new ResponseError(0, t('Le bordereau ou les publications viennent du dossier ({0}) : renumérotez les pièces dans ce fichier, puis dans les actes qui les citent', model.frontMatter?.data.dossier ?? ''))
		: undefined;
}

/** Every place pièce N is written, the bordereau entry included when asked. */
export function pieceReferences(model: PleadingModel, position: Position, includeDeclaration: boolean): Location[] {
	const occurrence = occurrenceAt(model, position);
	if (occurrence === undefined) {
		return [];
	}
	return pieceOccurrences(model)
		.filter((candidate) => candidate.numero === occurrence.numero && (includeDeclaration || candidate.kind !== 'bordereau'))
		.map((candidate) => locationOf(model, candidate.span));
}

export function preparePieceRename(model: PleadingModel, position: Position): { range: Range; placeholder: string } | undefined {
	const occurrence = occurrenceAt(model, position);
	return occurrence === undefined ? undefined : { range: model.rangeOf(occurrence.span), placeholder: String(occurrence.numero) };
}

/** Renames pièce N to M everywhere; refuses when M is taken or when N is only implied by a range. */
export function renamePiece(model: PleadingModel, position: Position, newName: string, translator: Translator): WorkspaceEdit | ResponseError<void> {
	const { t } = translator;
	const occurrence = occurrenceAt(model, position);
	if (occurrence === undefined) {
		return new ResponseError(0, t('Placez le curseur sur un numéro de pièce'));
	}
	if (!/^[1-9]\d{0,3}$/u.test(newName.trim())) {
		return new ResponseError(0, t('Numéro de pièce invalide : « {0} » ; attendu un entier positif', newName));
	}
	const refused = inheritedBordereau(model, translator);
	if (refused !== undefined) {
		return refused;
	}
	const target = Number(newName.trim());
	if (target !== occurrence.numero && bordereau(model).some((entry) => entry.numero === target)) {
		return new ResponseError(0, t('La pièce n° {0} existe déjà au bordereau : utilisez « Renuméroter les pièces dans l’ordre de citation »', target));
	}
	const inRange = model.body.pieceCitations.find((citation) => citation.numbers.includes(occurrence.numero) && !citation.mentions.some((mention) => mention.numero === occurrence.numero));
	if (inRange !== undefined) {
		return new ResponseError(0, t('La pièce n° {0} est citée dans une plage (« {1} ») : modifiez d’abord cette plage', occurrence.numero, model.document.getText().slice(inRange.span.start, inRange.span.end)));
	}
	const edits: TextEdit[] = pieceOccurrences(model)
		.filter((candidate) => candidate.numero === occurrence.numero)
		.map((candidate) => ({ range: model.rangeOf(candidate.span), newText: String(target) }));
	return { changes: { [model.document.uri]: edits } };
}

/**
 * Renumbers the pièces in the order of their first citation in the body (pièces never cited keep
 * their relative order after the others), rewrites every citation and reorders the bordereau.
 */
export function renumberPieces(model: PleadingModel, translator: Translator): WorkspaceEdit | ResponseError<void> {
	const { t } = translator;
	const refused = inheritedBordereau(model, translator);
	if (refused !== undefined) {
		return refused;
	}
	const text = model.document.getText();
	const entries = bordereau(model);
	const listed = new Set<number>();
	for (const entry of entries) {
		if (listed.has(entry.numero)) {
			return new ResponseError(0, t('La pièce n° {0} figure plusieurs fois au bordereau : donnez-lui un numéro unique avant de renuméroter', entry.numero));
		}
		listed.add(entry.numero);
	}
	// Renumbering the bordereau around a cited number it lacks would make that citation designate another pièce.
	const cited = [...model.body.pieceCitations.flatMap((citation) => citation.numbers), ...(model.frontMatter?.data.publications ?? []).map((publication) => publication?.piece)];
	const missing = cited.find((numero): numero is number => numero !== undefined && !listed.has(numero));
	if (missing !== undefined) {
		return new ResponseError(0, t('La pièce n° {0} est citée mais absente du bordereau : ajoutez-la au bordereau avant de renuméroter, sans quoi la citation désignerait une autre pièce', missing));
	}
	const order: number[] = [];
	for (const citation of model.body.pieceCitations) {
		for (const numero of citation.numbers) {
			if (!order.includes(numero) && entries.some((entry) => entry.numero === numero)) {
				order.push(numero);
			}
		}
	}
	for (const entry of entries) {
		if (!order.includes(entry.numero)) {
			order.push(entry.numero);
		}
	}
	const renumbered = new Map(order.map((numero, index) => [numero, index + 1]));
	const next = (numero: number): number => renumbered.get(numero) ?? numero;
	const edits: TextEdit[] = [];
	for (const citation of model.body.pieceCitations) {
		edits.push(citationEdit(model, text, citation, next));
	}
	const frontMatter = model.frontMatter;
	frontMatter?.data.publications?.forEach((publication, index) => {
		const span = frontMatter.locate(['publications', index, 'piece']);
		if (publication?.piece !== undefined && span !== undefined) {
			edits.push({ range: model.rangeOf(span), newText: String(next(publication.piece)) });
		}
	});
	edits.push(...bordereauEdits(model, text, entries, next));
	return { changes: { [model.document.uri]: edits.filter((edit) => edit !== undefined) } };
}

/** Rewrites the numbers of a citation; a range stays a range only if its new numbers are consecutive. */
function citationEdit(model: PleadingModel, text: string, citation: PieceCitation, next: (numero: number) => number): TextEdit {
	const first = citation.mentions[0].span.start;
	const last = citation.mentions[citation.mentions.length - 1].span.end;
	const numbers = [...new Set(citation.numbers.map(next))].sort((left, right) => left - right);
	const wasRange = citation.numbers.length > citation.mentions.length;
	const consecutive = numbers.every((numero, index) => index === 0 || numero === numbers[index - 1] + 1);
	let written: string;
	if (numbers.length === 1) {
		written = String(numbers[0]);
	} else if (wasRange && consecutive) {
		written = `${numbers[0]} à ${numbers[numbers.length - 1]}`;
	} else {
		written = `${numbers.slice(0, -1).join(', ')} et ${numbers[numbers.length - 1]}`;
	}
	// A single mention keeps its own text; a list is rewritten from its first to its last number.
	return { range: model.rangeOf({ start: first, end: last }), newText: citation.mentions.length === 1 && numbers.length === 1 ? String(numbers[0]) : written || text.slice(first, last) };
}

/** Gives each bordereau entry its new number and sorts the entries by it, moving whole entries. */
function bordereauEdits(model: PleadingModel, text: string, entries: ReturnType<typeof bordereau>, next: (numero: number) => number): TextEdit[] {
	const frontMatter = model.frontMatter;
	if (frontMatter === undefined || entries.length === 0) {
		return [];
	}
	const blocks = entries.map((entry) => {
		const item = frontMatter.locate(['pieces', entry.index])!;
		// Whole lines, whatever their line breaks (LF, CRLF, CR alone): a CR-only file has no \n to search for.
		const start = lineStartAt(text, item.start);
		let last = Math.max(item.start, item.end - 1);
		while (last > item.start && (text[last] === '\n' || text[last] === '\r')) {
			last--;
		}
		const end = lineEndAt(text, last);
		const body = text.slice(start, entry.span.start) + String(next(entry.numero)) + text.slice(entry.span.end, end);
		return { start, end, body, numero: next(entry.numero) };
	});
	const contiguous = blocks.every((block, index) => index === 0 || (blocks[index - 1].end <= block.start && text.slice(blocks[index - 1].end, block.start).trim() === ''));
	if (!contiguous) {
		// Comments or other keys between entries: renumber in place rather than move text around them.
		return entries.map((entry) => ({ range: model.rangeOf(entry.span), newText: String(next(entry.numero)) }));
	}
	const sorted = [...blocks].sort((left, right) => left.numero - right.numero);
	// The line breaks between entries stay where they were, each as the file wrote it (mixed files too).
	const separators = blocks.slice(1).map((block, index) => text.slice(blocks[index].end, block.start));
	return [{ range: model.rangeOf({ start: blocks[0].start, end: blocks[blocks.length - 1].end }), newText: sorted.map((block, index) => block.body + (separators[index] ?? '')).join('') }];
}
