import { closeSync, fstatSync, openSync, readFileSync, constants as fsConstants } from 'node:fs';

/** Larger files are not pleadings (2 000 pages is 5 MB): they are refused before being read. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a pleading, refusing what is not a regular file: reading a FIFO or a device would block
 * forever or never end. The check is made on the opened descriptor, so nothing can swap the file.
 */
export function readPleadingFile(file: string): { text: string } | { problem: string } {
	let descriptor: number;
	try {
		descriptor = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
	} catch (error) {
		return { problem: `lecture impossible (${(error as NodeJS.ErrnoException).code ?? 'erreur'})` };
	}
	try {
		const stats = fstatSync(descriptor);
		if (!stats.isFile()) {
			return { problem: stats.isDirectory() ? 'c’est un dossier, pas un fichier' : 'pas un fichier ordinaire (tube, périphérique ou socket), refusé' };
		}
		if (stats.size > MAX_FILE_BYTES) {
			return { problem: `fichier de ${Math.round(stats.size / 1024 / 1024)} Mo, au-delà de la limite de ${MAX_FILE_BYTES / 1024 / 1024} Mo : ce n’est pas un acte, refusé` };
		}
		// A byte order mark is part of the text the editor shows; the parser accepts it.
		return { text: readFileSync(descriptor, 'utf8') };
	} catch (error) {
		return { problem: `lecture impossible (${(error as NodeJS.ErrnoException).code ?? 'erreur'})` };
	} finally {
		closeSync(descriptor);
	}
}
