import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { ExportError } from './errors';

/** A firm's `word/styles.xml` is a few hundred kilobytes; beyond this, the template is refused before inflating. */
export const MAX_TEMPLATE_STYLES_BYTES = 8 * 1024 * 1024;

const STYLES_ENTRY = 'word/styles.xml';
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Sizes and offsets of 0xFFFFFFFF mean ZIP64: no styles file needs it. */
const ZIP64_MARK = 0xffffffff;

const inflateRawAsync = promisify(inflateRaw);

function unreadable(): ExportError {
	return new ExportError('Export Word impossible : le modèle Word (pretoire.export.wordTemplate) n’est pas un document Word lisible (.docx ou .dotx)');
}

/** Where `word/styles.xml` is in the archive, as its central directory declares it. */
interface DeclaredEntry {
	readonly method: number;
	readonly compressedSize: number;
	readonly uncompressedSize: number;
	readonly localHeader: number;
}

function findEntry(zip: Buffer, name: string): DeclaredEntry | undefined {
	// The end record is in the last 64 KiB + 22 bytes (its comment is at most 65 535 bytes).
	let end = -1;
	for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
		if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
			end = offset;
			break;
		}
	}
	if (end === -1) {
		throw unreadable();
	}
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	for (let index = 0; index < count; index++) {
		if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) {
			throw unreadable();
		}
		const nameLength = zip.readUInt16LE(offset + 28);
		const entryName = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
		if (entryName === name) {
			return {
				method: zip.readUInt16LE(offset + 10),
				compressedSize: zip.readUInt32LE(offset + 20),
				uncompressedSize: zip.readUInt32LE(offset + 24),
				localHeader: zip.readUInt32LE(offset + 42),
			};
		}
		offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
	}
	return undefined;
}

/**
 * `word/styles.xml` of the firm's reference document. A 400 KB file can inflate to 400 MB: the entry's
 * declared size is checked before inflating, the inflation is bounded by that size whatever the data
 * says, and it runs in libuv's pool, off the main thread.
 */
export async function stylesOfTemplate(template: Uint8Array): Promise<string> {
	const zip = Buffer.from(template.buffer, template.byteOffset, template.byteLength);
	if (zip.length < 22) {
		throw unreadable();
	}
	const entry = findEntry(zip, STYLES_ENTRY);
	if (entry === undefined) {
		throw new ExportError('Export Word impossible : le modèle Word (pretoire.export.wordTemplate) ne contient pas de styles (word/styles.xml)');
	}
	if (entry.uncompressedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK || entry.uncompressedSize > MAX_TEMPLATE_STYLES_BYTES) {
		throw new ExportError(`Export Word impossible : les styles du modèle Word (pretoire.export.wordTemplate) dépassent ${MAX_TEMPLATE_STYLES_BYTES / (1024 * 1024)} Mo une fois décompressés ; ce n’est pas un modèle de cabinet, refusé`);
	}
	const header = entry.localHeader;
	if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_HEADER) {
		throw unreadable();
	}
	const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
	const data = zip.subarray(start, start + entry.compressedSize);
	if (data.length !== entry.compressedSize) {
		throw unreadable();
	}
	let styles: Buffer;
	if (entry.method === 0) {
		styles = data;
	} else if (entry.method === 8) {
		// Bounded by the declared size: data that inflates beyond what the archive declares is refused.
		styles = await inflateRawAsync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).catch(() => {
			throw unreadable();
		});
	} else {
		throw unreadable();
	}
	if (styles.length !== entry.uncompressedSize) {
		throw unreadable();
	}
	return styles.toString('utf8');
}
