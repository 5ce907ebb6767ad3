import { PDFDocument, PDFHexString, PDFName, rgb, StandardFonts, type PDFPage, type PDFRef } from 'pdf-lib';
import { removeActiveContent, UncleanablePdfError, type Removals } from './sanitizePdf';

/** One exhibit, read by the caller: a PDF or an image. */
export interface BundleExhibit {
	readonly numero: number;
	readonly intitule: string;
	readonly bytes: Uint8Array;
	readonly kind: 'pdf' | 'png' | 'jpeg';
}

/** What went into the bundle, in order, for the report. */
export interface BundleResult {
	readonly pdf: Uint8Array;
	readonly pages: number;
	/** The pièces that carried active content, with what the bundle left out of each. */
	readonly cleaned: readonly { readonly numero: number; readonly removed: Removals }[];
}

/** An exhibit that cannot go into the bundle, with the reason in French. */
export class ExhibitError extends Error {
	override readonly name = 'ExhibitError';
	constructor(readonly numero: number, message: string) {
		super(message);
	}
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;

/**
 * The file the court and the commissaire de justice receive: the act, its bordereau, then every
 * pièce in order, « Pièce n° N » stamped at the top right of its first page, with one bookmark for
 * the act, one for the bordereau and one per pièce. A PDF pièce goes in without its active content
 * (`sanitizePdf.ts`). Everything happens in memory; an exhibit that cannot be read or cleaned throws
 * an `ExhibitError`, so that no partial bundle is ever written.
 */
export async function buildBundle(act: Uint8Array, bordereau: Uint8Array, exhibits: readonly BundleExhibit[], now = new Date()): Promise<BundleResult> {
	const bundle = await PDFDocument.create();
	bundle.setCreationDate(now);
	bundle.setModificationDate(now);
	bundle.setProducer('Prétoire');
	bundle.setCreator('Prétoire');
	const font = await bundle.embedFont(StandardFonts.HelveticaBold);
	const bookmarks: { title: string; page: PDFRef }[] = [];

	const cleaned: { numero: number; removed: Removals }[] = [];
	const appendPdf = async (bytes: Uint8Array, exhibit?: BundleExhibit): Promise<PDFPage[]> => {
		// An encrypted pièce loads, so that `removeActiveContent` refuses it in French.
		const source = await PDFDocument.load(bytes, { ignoreEncryption: exhibit !== undefined });
		if (exhibit !== undefined) {
			const removed = removeActiveContent(source);
			if (removed.size > 0) {
				cleaned.push({ numero: exhibit.numero, removed });
			}
		}
		const pages = await bundle.copyPages(source, source.getPageIndices());
		pages.forEach((page) => bundle.addPage(page));
		return pages;
	};
	bookmarks.push({ title: 'Acte', page: (await appendPdf(act))[0].ref });
	bookmarks.push({ title: 'Bordereau de pièces', page: (await appendPdf(bordereau))[0].ref });

	for (const exhibit of exhibits) {
		let first: PDFPage | undefined;
		try {
			first = exhibit.kind === 'pdf' ? (await appendPdf(exhibit.bytes, exhibit))[0] : await appendImage(bundle, exhibit);
			// Stamping reads the page's size, which a damaged pièce may lack.
			if (first !== undefined) {
				stamp(first, `Pièce n° ${exhibit.numero}`, font);
			}
		} catch (error) {
			throw new ExhibitError(exhibit.numero, refusal(error));
		}
		if (first === undefined) {
			throw new ExhibitError(exhibit.numero, 'le PDF n’a aucune page');
		}
		bookmarks.push({ title: `Pièce n° ${exhibit.numero} – ${exhibit.intitule}`, page: first.ref });
	}
	addOutline(bundle, bookmarks);
	const pdf = await bundle.save();
	return { pdf, pages: bundle.getPageCount(), cleaned };
}

function refusal(error: unknown): string {
	if (error instanceof UncleanablePdfError) {
		return error.message;
	}
	return `fichier illisible (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
}

async function appendImage(bundle: PDFDocument, exhibit: BundleExhibit): Promise<PDFPage> {
	const image = exhibit.kind === 'png' ? await bundle.embedPng(exhibit.bytes) : await bundle.embedJpg(exhibit.bytes);
	const page = bundle.addPage(A4);
	// Below the stamp, within the margins, never enlarged beyond its own size.
	const scale = Math.min(1, (A4[0] - 2 * MARGIN) / image.width, (A4[1] - 3 * MARGIN) / image.height);
	const width = image.width * scale;
	const height = image.height * scale;
	page.drawImage(image, { x: (A4[0] - width) / 2, y: A4[1] - 2 * MARGIN - height, width, height });
	return page;
}

/** « Pièce n° N » in a framed white box, top right, legible over any content. */
function stamp(page: PDFPage, text: string, font: Awaited<ReturnType<PDFDocument['embedFont']>>): void {
	const size = 12;
	const { width, height } = page.getSize();
	const textWidth = font.widthOfTextAtSize(text, size);
	const box = { width: textWidth + 16, height: size + 12 };
	const x = width - box.width - 24;
	const y = height - box.height - 20;
	page.drawRectangle({ x, y, width: box.width, height: box.height, color: rgb(1, 1, 1), borderColor: rgb(0, 0, 0), borderWidth: 1 });
	page.drawText(text, { x: x + 8, y: y + 8, size, font, color: rgb(0, 0, 0) });
}

/** A flat outline (bookmarks panel): pdf-lib writes the objects, we link them (PDF 1.7, § 12.3.3). */
function addOutline(bundle: PDFDocument, bookmarks: readonly { title: string; page: PDFRef }[]): void {
	const context = bundle.context;
	const outlineRef = context.nextRef();
	const refs = bookmarks.map(() => context.nextRef());
	bookmarks.forEach((bookmark, index) => {
		const entry = new Map<string, unknown>([
			['Title', PDFHexString.fromText(bookmark.title)],
			['Parent', outlineRef],
			['Dest', context.obj([bookmark.page, 'Fit'])],
		]);
		if (index > 0) {
			entry.set('Prev', refs[index - 1]);
		}
		if (index < refs.length - 1) {
			entry.set('Next', refs[index + 1]);
		}
		context.assign(refs[index], context.obj(Object.fromEntries(entry) as Parameters<typeof context.obj>[0] & object));
	});
	context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
	bundle.catalog.set(PDFName.of('Outlines'), outlineRef);
	bundle.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
