import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { Translator } from '../l10n';

/**
 * The files Prétoire opens on the lawyer's behalf. Each kind has the most it reads: beyond it, the
 * file is no such document (a wrong path, or a trap), and it is refused before anything is read.
 */
export type FileKind = 'act' | 'dossier' | 'exhibit' | 'wordTemplate' | 'projectSettings' | 'platformAnswer';

const MEBIBYTE = 1024 * 1024;

/** Bytes read at most per kind: 2 000 pages of act are 5 MB; a case dossier is a few kilobytes; a scanned pièce tens of megabytes. */
export const FILE_SIZE_LIMITS: Readonly<Record<FileKind, number>> = {
	act: 64 * MEBIBYTE,
	dossier: 4 * MEBIBYTE,
	exhibit: 256 * MEBIBYTE,
	wordTemplate: 16 * MEBIBYTE,
	projectSettings: 1 * MEBIBYTE,
	// A platform's answer to one order lists a few connections, not a database.
	platformAnswer: 5 * MEBIBYTE,
};

/** The file's bytes, or why it was refused: one French reason that never quotes the file. */
export type SafeRead = { readonly bytes: Buffer } | { readonly refusal: string };

/**
 * Never blocks on a FIFO or a device (the open returns at once), never makes a terminal the process's
 * controlling terminal, never follows a link the caller did not resolve itself (a path checked for
 * containment cannot be swapped for a link afterwards).
 */
const OPEN_FLAGS = fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | (fsConstants.O_NOCTTY ?? 0) | (fsConstants.O_NOFOLLOW ?? 0);

/** Why the opened file may not be read, from the descriptor's own status (a path could be swapped). */
function refusalOf(stats: Stats, kind: FileKind, { t }: Translator): string | undefined {
	if (stats.isDirectory()) {
		return t('c’est un dossier du disque, pas un fichier');
	}
	if (!stats.isFile()) {
		return t('pas un fichier ordinaire (tube, périphérique ou socket), refusé');
	}
	return stats.size > FILE_SIZE_LIMITS[kind] ? tooLarge(kind, { t }) : undefined;
}

function tooLarge(kind: FileKind, { t }: Pick<Translator, 't'>): string {
	return t('fichier trop volumineux (plus de {0} Mo), refusé', FILE_SIZE_LIMITS[kind] / MEBIBYTE);
}

/** The French reason for a failed open or read; the error's message, which names the path, is not used. */
export function readFailure(code: string | undefined, { t }: Translator): string {
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR':
			return t('fichier introuvable');
		case 'EACCES':
		case 'EPERM':
			return t('lecture refusée (permissions)');
		case 'EISDIR':
			return t('c’est un dossier du disque, pas un fichier');
		case 'ELOOP':
			return t('lien symbolique refusé');
		default:
			return t('lecture impossible ({0})', code ?? '?');
	}
}

/**
 * The read of an opened file, written once for the language server and the command line: refused on
 * the descriptor's status, then read chunk by chunk. Each step yields the buffer to read into and
 * resumes with the bytes read; the read is bounded by the kind's limit even if the file grows meanwhile.
 */
function* boundedRead(stats: Stats, kind: FileKind, translator: Translator): Generator<Buffer, SafeRead, number> {
	const refusal = refusalOf(stats, kind, translator);
	if (refusal !== undefined) {
		return { refusal };
	}
	const chunks: Buffer[] = [];
	let total = 0;
	for (;;) {
		// One byte more than the limit: a file that grew past it is told from one that ends there.
		const chunk = Buffer.allocUnsafe(Math.min(MEBIBYTE, FILE_SIZE_LIMITS[kind] + 1 - total));
		const bytesRead = yield chunk;
		if (bytesRead === 0) {
			return { bytes: Buffer.concat(chunks, total) };
		}
		chunks.push(chunk.subarray(0, bytesRead));
		total += bytesRead;
		if (total > FILE_SIZE_LIMITS[kind]) {
			return { refusal: tooLarge(kind, translator) };
		}
	}
}

/** The refusal for a failed open or read, by the error's code. */
function failure(error: unknown, translator: Translator): { readonly refusal: string } {
	return { refusal: readFailure((error as NodeJS.ErrnoException).code, translator) };
}

/**
 * Reads a file the lawyer's folder names, off the main thread (the reads run in libuv's pool), with
 * every check made on the opened descriptor. `path` is the resolved path (see `repositoryPaths.ts`):
 * a link there is refused.
 */
export async function readFileSafely(path: string, kind: FileKind, translator: Translator): Promise<SafeRead> {
	const handle = await open(path, OPEN_FLAGS).catch((error: unknown) => failure(error, translator));
	if ('refusal' in handle) {
		return handle;
	}
	try {
		const read = boundedRead(await handle.stat(), kind, translator);
		let step = read.next();
		while (step.done !== true) {
			step = read.next((await handle.read(step.value, 0, step.value.length, null)).bytesRead);
		}
		return step.value;
	} catch (error) {
		return failure(error, translator);
	} finally {
		await handle.close().catch(() => undefined);
	}
}

/**
 * `readFileSafely` for the command line, which has no event loop to keep free: the same checks on
 * the descriptor, the same bound.
 */
export function readFileSafelySync(path: string, kind: FileKind, translator: Translator): SafeRead {
	let descriptor: number;
	try {
		descriptor = openSync(path, OPEN_FLAGS);
	} catch (error) {
		return failure(error, translator);
	}
	try {
		const read = boundedRead(fstatSync(descriptor), kind, translator);
		for (let step = read.next(); ; step = read.next(readSync(descriptor, step.value, 0, step.value.length, null))) {
			if (step.done === true) {
				return step.value;
			}
		}
	} catch (error) {
		return failure(error, translator);
	} finally {
		closeSync(descriptor);
	}
}

/** UTF-8 text of a read; a byte order mark is kept (the editor shows it, the parsers accept it). */
export function textOf(read: SafeRead): { readonly text: string } | { readonly refusal: string } {
	return 'refusal' in read ? read : { text: read.bytes.toString('utf8') };
}

/**
 * A file the lawyer names himself (a command-line argument, a setting): its links are followed once,
 * explicitly, then it is read as any other, so that a link swapped in afterwards is refused.
 */
export function readLawyerFileSync(path: string, kind: FileKind, translator: Translator): SafeRead {
	let real: string;
	try {
		real = realpathSync(path);
	} catch (error) {
		return failure(error, translator);
	}
	return readFileSafelySync(real, kind, translator);
}

/** `readLawyerFileSync` off the main thread, for the language server. */
export async function readLawyerFile(path: string, kind: FileKind, translator: Translator): Promise<SafeRead> {
	const real = await realpath(path).catch((error: unknown) => failure(error, translator));
	return typeof real === 'string' ? readFileSafely(real, kind, translator) : real;
}
