import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInherited, type PleadingModel, type Span } from '../document/model';
import { bordereauToTypst } from '../export/bordereau';
import { buildBundle, ExhibitError, type BundleExhibit } from '../export/bundle';
import { describeRemovals } from '../export/sanitizePdf';
import { ordonnanceToTypst } from '../export/ordonnance';
import { compileTypst, ExportError, exportPleading, type ExportOptions } from '../export/pdf';
import { eFiling, isPlainFileName, plainFileName } from '../knowledge/eFiling';
import type { Translator } from '../l10n';
import { folderPolicy, resolveNamedFile, type PathPolicy } from './repositoryPaths';
import { readFileSafely } from './safeFile';

export type CaseFileKind = 'ordonnance' | 'bordereau' | 'bundle';

/** A document of the case file, with what the lawyer must know before filing it. */
export interface CaseFileDocument {
	readonly pdf: Uint8Array;
	readonly pages: number;
	/** French remarks for the report (size beyond e-filing's, file name to simplify). */
	readonly notes: readonly string[];
}

/** The default name of each document, beside the act: plain ASCII, as e-filing wants it. */
export function caseFileTarget(source: string, kind: CaseFileKind): string {
	const stem = basename(source).replace(/\.(?:md|markdown)$/iu, '');
	const suffix = kind === 'bundle' ? 'avec-pieces' : kind;
	return resolve(dirname(source), plainFileName(`${stem}-${suffix}.pdf`));
}

/**
 * Writes nothing: builds the projet d'ordonnance, the bordereau or the bundle of the analysed act.
 * The pièces are read under `policy` (the act's folder tree when none is given).
 */
export async function exportCaseFile(model: PleadingModel, kind: CaseFileKind, target: string, translator: Translator, options: ExportOptions = {}, policy?: PathPolicy): Promise<CaseFileDocument> {
	let document: { pdf: Uint8Array; pages: number; notes?: readonly string[] };
	if (kind === 'ordonnance') {
		const { markup, title } = ordonnanceToTypst(model);
		document = await compileTypst(markup, title, options);
	} else if (kind === 'bordereau') {
		const { markup, title } = bordereauToTypst(model);
		document = await compileTypst(markup, title, options);
	} else {
		document = await bundleOf(model, options, policy, translator);
	}
	const notes: string[] = [...(document.notes ?? [])];
	if (kind === 'bundle' && document.pdf.byteLength > eFiling.maxBytesPerSending) {
		notes.push(`Taille : ${megabytes(document.pdf.byteLength)} Mo, au-delà des ${megabytes(eFiling.maxBytesPerSending)} Mo environ qu’accepte par envoi la communication électronique avec les juridictions (source : ${eFiling.basis}) : déposez les pièces en plusieurs envois ou sur support papier`);
	}
	if (!isPlainFileName(basename(target))) {
		notes.push(`Nom de fichier : « ${basename(target)} » contient des accents, des espaces ou d’autres signes, ou dépasse ${eFiling.maxFileNameLength} caractères ; préférez « ${plainFileName(basename(target))} » pour la communication électronique`);
	}
	return { pdf: document.pdf, pages: document.pages, notes };
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
}

async function bundleOf(model: PleadingModel, options: ExportOptions, policy: PathPolicy | undefined, translator: Translator): Promise<{ pdf: Uint8Array; pages: number; notes: readonly string[] }> {
	const bordereau = bordereauToTypst(model);
	const exhibits = await readExhibits(model, policy, translator);
	const act = await exportPleading(model, options);
	const table = await compileTypst(bordereau.markup, bordereau.title, options);
	try {
		const bundle = await buildBundle(act.pdf, table.pdf, exhibits, options.now);
		// The lawyer files these pièces under their name: they must know what differs from the file they hold.
		const notes = bundle.cleaned.map(({ numero, removed }) => `Pièce n° ${numero} : contenu actif retiré du dossier de pièces (${describeRemovals(removed)}) ; ses pages sont reprises telles quelles`);
		return { pdf: bundle.pdf, pages: bundle.pages, notes };
	} catch (error) {
		if (error instanceof ExhibitError) {
			const where = exhibitPosition(model, model.frontMatter?.data.pieces?.findIndex((piece) => piece?.numero === error.numero) ?? -1);
			throw new ExportError(`Dossier de pièces non écrit : pièce n° ${error.numero}${where} : ${error.message}`);
		}
		throw error;
	}
}

/**
 * Reads every pièce's file, relative to the file that names it (`dossier.yaml` for an inherited
 * bordereau, the act for its own). Every problem is listed at once, with its place; then nothing
 * is written.
 */
async function readExhibits(model: PleadingModel, policy: PathPolicy | undefined, translator: Translator): Promise<BundleExhibit[]> {
	const pieces = model.frontMatter?.data.pieces ?? [];
	const problems: string[] = [];
	const exhibits: BundleExhibit[] = [];
	for (const [index, piece] of pieces.entries()) {
		if (piece?.numero === undefined) {
			continue;
		}
		const where = exhibitPosition(model, index);
		if (piece.fichier === undefined) {
			problems.push(`- pièce n° ${piece.numero}${where} : aucun fichier (ajoutez \`fichier:\` au bordereau)`);
			continue;
		}
		const owner = ownerPath(model, index);
		if (owner === undefined) {
			problems.push(`- pièce n° ${piece.numero}${where} : enregistrez d’abord l’acte dans un fichier`);
			continue;
		}
		const named = resolveNamedFile(piece.fichier, owner, policy ?? folderPolicy(fileURLToPath(model.document.uri)), translator);
		const read = 'refusal' in named ? named : await readFileSafely(named.path, 'exhibit', translator);
		if ('refusal' in read) {
			problems.push(`- pièce n° ${piece.numero}${where} : ${read.refusal} (${piece.fichier})`);
			continue;
		}
		const kind = kindOf(read.bytes);
		if (kind === undefined) {
			problems.push(`- pièce n° ${piece.numero}${where} : ${piece.fichier} n’est ni un PDF, ni une image PNG ou JPEG`);
			continue;
		}
		exhibits.push({ numero: piece.numero, intitule: piece.intitule ?? '', bytes: read.bytes, kind });
	}
	if (problems.length > 0) {
		throw new ExportError(`Dossier de pièces non écrit : ${problems.length === 1 ? 'une pièce manque' : `${problems.length} pièces manquent`} ou ne se lit pas\n${problems.join('\n')}`);
	}
	return exhibits.sort((left, right) => left.numero - right.numero);
}

/** "(dossier.yaml:34:14)" or "(acte.md:20:14)": where the lawyer fixes the entry. */
function exhibitPosition(model: PleadingModel, index: number): string {
	const span = model.frontMatter?.locate(['pieces', index, 'fichier']) ?? model.frontMatter?.locate(['pieces', index]);
	if (span === undefined) {
		return '';
	}
	const { uri, offset, document } = placeOf(model, span);
	const position = document.positionAt(offset);
	return ` (${basename(uri.startsWith('file:') ? fileURLToPath(uri) : uri)}:${position.line + 1}:${position.character + 1})`;
}

function placeOf(model: PleadingModel, span: Span) {
	const dossier = model.dossier?.document;
	return isInherited(span) && dossier !== undefined
		? { uri: dossier.uri, offset: span.origin.start, document: dossier }
		: { uri: model.document.uri, offset: span.start, document: model.document };
}

/** The file that names the pièce (the dossier for an inherited bordereau, else the act): `fichier` is relative to it. */
function ownerPath(model: PleadingModel, index: number): string | undefined {
	const span = model.frontMatter?.locate(['pieces', index]);
	const owner = span !== undefined && isInherited(span) && model.dossier?.document !== undefined ? model.dossier.document.uri : model.document.uri;
	return owner.startsWith('file:') ? fileURLToPath(owner) : undefined;
}

function kindOf(bytes: Uint8Array): BundleExhibit['kind'] | undefined {
	const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
	if (head.includes('%PDF-')) {
		return 'pdf';
	}
	if (head.startsWith('\x89PNG')) {
		return 'png';
	}
	return head.startsWith('\xff\xd8\xff') ? 'jpeg' : undefined;
}
