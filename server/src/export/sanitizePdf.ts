import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFInvalidObject, PDFName, PDFNull, PDFStream, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { isAllowedLink } from './links';

/**
 * A pièce is a PDF someone else made: the opposing party's page, a client's scan, an attachment
 * received by e-mail. The bundle is filed under the lawyer's name and opened by the court's and the
 * commissaire de justice's machines, so it carries the pièce's pages and nothing that acts: no script,
 * no action run on opening a document or a page, no program launched, no form sent, no other file
 * opened, no multimedia, no attached file, no link but to a web page or an e-mail address.
 *
 * Every object of the loaded pièce is cleaned before its pages are copied, so that whatever a page
 * reaches (annotations, form fields, their parents, other pages) is clean; the catalog, where the
 * document-level scripts and attachments live, is never copied, and is cleaned so that the report
 * names them too.
 */

/** What was removed from a pièce, by kind, in the order of the report. */
const ACTIVE_CONTENT_KINDS = ['javascript', 'launch', 'form', 'otherFile', 'link', 'automatic', 'multimedia', 'attachment', 'xfa', 'otherAction', 'unreadable'] as const;
type ActiveContentKind = (typeof ACTIVE_CONTENT_KINDS)[number];
export type Removals = ReadonlyMap<ActiveContentKind, number>;

/** A pièce the bundle cannot carry clean, with the reason and the remedy in French. */
export class UncleanablePdfError extends Error {
	override readonly name = 'UncleanablePdfError';
}

// Every action type of ISO 32000-2, § 12.6.4: a dictionary whose /S is one of them is an action.
const ACTION_KINDS: ReadonlyMap<string, ActiveContentKind | 'safe'> = new Map([
	['GoTo', 'safe'],
	['URI', 'safe'],
	['JavaScript', 'javascript'],
	['Launch', 'launch'],
	['SubmitForm', 'form'],
	['ResetForm', 'form'],
	['ImportData', 'form'],
	['GoToR', 'otherFile'],
	['GoToE', 'otherFile'],
	['Sound', 'multimedia'],
	['Movie', 'multimedia'],
	['Rendition', 'multimedia'],
	['RichMediaExecute', 'multimedia'],
	['GoTo3DView', 'multimedia'],
	['GoToDp', 'otherAction'],
	['Thread', 'otherAction'],
	['Named', 'otherAction'],
	['Hide', 'otherAction'],
	['SetOCGState', 'otherAction'],
	['Trans', 'otherAction'],
]);

// Annotations that only exist to play, show or hold something else than the page. An attached
// file is counted once, by its embedded stream, whether an annotation or the document holds it.
const REMOVED_ANNOTATIONS: ReadonlyMap<string, ActiveContentKind | 'attachment holder'> = new Map([
	['FileAttachment', 'attachment holder'],
	['Sound', 'multimedia'],
	['Movie', 'multimedia'],
	['Screen', 'multimedia'],
	['RichMedia', 'multimedia'],
	['3D', 'multimedia'],
]);

const name = (value: string): PDFName => PDFName.of(value);

/**
 * Cleans the pièce in place and says what it removed. Throws `UncleanablePdfError` for an encrypted
 * pièce (its links and scripts cannot be read, so they cannot be sorted), and when the pages alone
 * would not show the pièce: a dynamic XFA form (its content exists only in the form) or a portfolio
 * (its documents are attachments).
 */
export function removeActiveContent(document: PDFDocument): Removals {
	if (document.isEncrypted) {
		throw new UncleanablePdfError('PDF chiffré ou protégé par un mot de passe : joignez-en une copie non protégée (« Imprimer », « Enregistrer au format PDF »)');
	}
	const catalog = document.catalog;
	if (catalog.lookup(name('NeedsRendering')) === PDFBool.True) {
		throw new UncleanablePdfError('formulaire XFA dynamique, dont le contenu n’existe que dans le formulaire : imprimez-le vers un PDF (« Imprimer », « Enregistrer au format PDF ») et joignez cette copie');
	}
	if (catalog.has(name('Collection'))) {
		throw new UncleanablePdfError('porte-documents PDF, dont les documents sont des fichiers joints : extrayez-les et joignez chacun comme une pièce');
	}
	const removed = new Map<ActiveContentKind, number>();
	const count = (kind: ActiveContentKind, times = 1): void => {
		if (times > 0) {
			removed.set(kind, (removed.get(kind) ?? 0) + times);
		}
	};
	const attachedFiles = new Set<PDFObject>();
	const context = document.context;
	const resolve = (object: PDFObject | undefined): PDFObject | undefined => (object === undefined ? undefined : context.lookup(object));

	const isSafeAction = (object: PDFObject | undefined): boolean => {
		const action = resolve(object);
		if (action instanceof PDFArray) {
			return action.asArray().every(isSafeAction);
		}
		if (!(action instanceof PDFDict)) {
			return false;
		}
		const kind = action.lookup(name('S'));
		return kind === name('GoTo') || kind === name('URI') && allowedUri(action.lookup(name('URI')));
	};

	const clean = (dict: PDFDict): void => {
		const kind = activeKind(dict);
		if (kind !== undefined) {
			// Emptied rather than only unlinked: whatever still points at it reaches nothing.
			dict.keys().forEach((key) => dict.delete(key));
			if (kind !== 'attachment holder') {
				count(kind);
			}
			return;
		}
		// Automatic triggers go whatever they run: even a plain link, followed on opening, is a beacon.
		const triggers = resolve(dict.get(name('AA')));
		if (triggers instanceof PDFDict) {
			count('automatic', triggers.values().filter(isSafeAction).length);
		}
		dict.delete(name('AA'));
		const opening = dict.get(name('OpenAction'));
		if (opening !== undefined && !(resolve(opening) instanceof PDFArray)) {
			count('automatic', isSafeAction(opening) ? 1 : 0);
			dict.delete(name('OpenAction'));
		}
		// A link keeps its action when it goes to a page of the pièce or to a web or mail address.
		for (const key of ['A', 'Next']) {
			if (dict.has(name(key)) && !isSafeAction(dict.get(name(key)))) {
				dict.delete(name(key));
			}
		}
		if (dict.has(name('JS'))) {
			dict.delete(name('JS'));
			count('javascript');
		}
		const embedded = resolve(dict.get(name('EF')));
		if (embedded instanceof PDFDict) {
			embedded.values().forEach((file) => attachedFiles.add(resolve(file) ?? file));
		}
		if (dict.has(name('XFA'))) {
			dict.delete(name('XFA'));
			count('xfa');
		}
		// The name trees of scripts and attachments, PDF 2.0's associated files, related files:
		// what they held was counted where it was found.
		['EF', 'RF', 'JavaScript', 'EmbeddedFiles', 'AF'].forEach((key) => dict.delete(name(key)));
	};

	// Children first, so that an action or a file nested in what a rule deletes is counted.
	const visit = (object: PDFObject): void => {
		if (object instanceof PDFArray) {
			object.asArray().forEach(visit);
		} else if (object instanceof PDFStream) {
			visit(object.dict);
		} else if (object instanceof PDFDict) {
			object.values().forEach(visit);
			clean(object);
		}
	};
	// An object pdf-lib cannot parse would be copied as its raw bytes, which a more lenient reader
	// may take for an action or an annotation: it becomes null.
	for (const [ref, object] of context.enumerateIndirectObjects()) {
		if (object instanceof PDFInvalidObject) {
			context.assign(ref, PDFNull);
			count('unreadable');
		}
	}
	const objects = context.enumerateIndirectObjects().map(([, object]) => object);
	objects.forEach(visit);
	count('attachment', attachedFiles.size);
	// Then the pages lose the annotations emptied above, wherever they were visited from, and
	// whatever in their list is no annotation.
	for (const object of objects) {
		const annotations = object instanceof PDFDict ? resolve(object.get(name('Annots'))) : undefined;
		if (annotations instanceof PDFArray) {
			for (let index = annotations.size() - 1; index >= 0; index--) {
				const annotation = resolve(annotations.get(index));
				if (!(annotation instanceof PDFDict) || annotation.keys().length === 0) {
					annotations.remove(index);
				}
			}
		}
	}
	return removed;
}

/** The kind of an action or an annotation the pièce loses whole, if the dictionary is one. */
function activeKind(dict: PDFDict): ActiveContentKind | 'attachment holder' | undefined {
	const subtype = dict.lookup(name('Subtype'));
	// By its subtype alone: an annotation that lost its /Rect to damage may still be played by a lenient reader.
	const annotation = subtype instanceof PDFName ? REMOVED_ANNOTATIONS.get(subtype.decodeText()) : undefined;
	if (annotation !== undefined) {
		return annotation;
	}
	const action = dict.lookup(name('S'));
	if (!(action instanceof PDFName)) {
		return undefined;
	}
	const kind = ACTION_KINDS.get(action.decodeText()) ?? (dict.lookup(name('Type')) === name('Action') ? 'otherAction' : undefined);
	if (kind === 'safe') {
		return action === name('URI') && !allowedUri(dict.lookup(name('URI'))) ? 'link' : undefined;
	}
	return kind;
}

function allowedUri(uri: PDFObject | undefined): boolean {
	return (uri instanceof PDFString || uri instanceof PDFHexString) && isAllowedLink(uri.decodeText());
}

const LABELS: Readonly<Record<ActiveContentKind, readonly [one: string, many: string]>> = {
	javascript: ['un script JavaScript', 'scripts JavaScript'],
	launch: ['un lancement de programme', 'lancements de programme'],
	form: ['un envoi ou import de formulaire', 'envois ou imports de formulaire'],
	otherFile: ['un renvoi vers un autre fichier', 'renvois vers d’autres fichiers'],
	link: ['un lien autre que http, https ou mailto', 'liens autres que http, https ou mailto'],
	automatic: ['une action automatique à l’ouverture ou à l’affichage', 'actions automatiques à l’ouverture ou à l’affichage'],
	multimedia: ['un contenu multimédia ou 3D', 'contenus multimédias ou 3D'],
	attachment: ['un fichier joint', 'fichiers joints'],
	xfa: ['un formulaire XFA', 'formulaires XFA'],
	otherAction: ['une autre action', 'autres actions'],
	unreadable: ['un objet illisible', 'objets illisibles'],
};

/** « 2 scripts JavaScript, un lancement de programme, un fichier joint »: what the lawyer reads in the report. */
export function describeRemovals(removed: Removals): string {
	return ACTIVE_CONTENT_KINDS.filter((kind) => (removed.get(kind) ?? 0) > 0)
		.map((kind) => {
			const times = removed.get(kind) ?? 0;
			return times === 1 ? LABELS[kind][0] : `${times} ${LABELS[kind][1]}`;
		})
		.join(', ');
}
