import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, win32 } from 'node:path';
import type { Translator } from '../l10n';
import { readFailure } from './safeFile';

/**
 * Where the files an act or a dossier names (`dossier:`, `pieces[].fichier`) may be: inside `root`,
 * the workspace folder in the editor (the act's folder tree for the command line), unless the lawyer
 * allows more (`pretoire.allowFilesOutsideWorkspace`, never in an untrusted workspace). A folder the
 * lawyer received cannot make Prétoire read the rest of the disk.
 */
export interface PathPolicy {
	readonly root: string;
	readonly allowOutside: boolean;
}

/** The policy of a file nobody configured: its own folder tree, nothing outside. */
export function folderPolicy(file: string): PathPolicy {
	return { root: dirname(resolve(file)), allowOutside: false };
}

/** A file a repository names: the real path to read, and the path as written, resolved (links kept: the editor's name for it). */
export interface NamedFile {
	readonly path: string;
	readonly written: string;
}

/** A scheme (`file:`, `https:`), but not a Windows drive letter (`C:`). */
const URL_FORM = /^[a-z][a-z0-9+.-]+:/iu;

/** A real path, or the reason there is none (a missing file is reported as missing). */
function realPathOf(path: string, translator: Translator): { real: string } | { refusal: string } {
	try {
		return { real: realpathSync(path) };
	} catch (error) {
		return { refusal: readFailure((error as NodeJS.ErrnoException).code, translator) };
	}
}

function isInside(root: string, path: string): boolean {
	const inside = relative(root, path);
	return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

/**
 * The file a repository names, resolved to a real path before anything is decided on it: a query, a
 * fragment or a URL form is refused (the URL parser would drop `#.yaml` and read what precedes), the
 * extension is checked on the resolved path and on the link's target, and the target must stay
 * inside the policy's root. The returned path has no link left: the safe reader opens it without
 * following any.
 * @param reference the value as written (`dossier.yaml`, `pieces/01.pdf`, `..\\pieces\\01.pdf`)
 * @param owner the file that writes it: a relative reference is relative to its folder
 * @param extension the extensions allowed (`/\.ya?ml$/iu`), checked on the path, never on the text
 */
export function resolveNamedFile(reference: string, owner: string, policy: PathPolicy, translator: Translator, extension?: { pattern: RegExp; refusal: string }): NamedFile | { refusal: string } {
	const { t } = translator;
	const written = reference.trim().replace(/\\/gu, '/');
	if (written === '' || written.includes('\0')) {
		return { refusal: t('chemin vide ou invalide') };
	}
	if (/[?#]/u.test(written) || written.startsWith('//') || (URL_FORM.test(written) && !win32.isAbsolute(written))) {
		return { refusal: t('chemin refusé : indiquez un chemin de fichier, sans adresse, « ? » ni « # »') };
	}
	if ((isAbsolute(written) || win32.isAbsolute(written)) && !policy.allowOutside) {
		return { refusal: t('chemin absolu refusé : indiquez un chemin relatif au fichier qui le nomme (réglage pretoire.allowFilesOutsideWorkspace)') };
	}
	const path = resolve(dirname(owner), written);
	if (extension !== undefined && !extension.pattern.test(basename(path))) {
		return { refusal: extension.refusal };
	}
	const target = realPathOf(path, translator);
	if ('refusal' in target) {
		return target;
	}
	if (extension !== undefined && !extension.pattern.test(basename(target.real))) {
		return { refusal: extension.refusal };
	}
	if (!policy.allowOutside) {
		const root = realPathOf(policy.root, translator);
		if ('refusal' in root || !isInside(root.real, target.real)) {
			return { refusal: t('fichier hors du dossier de travail, refusé (réglage pretoire.allowFilesOutsideWorkspace)') };
		}
	}
	return { path: target.real, written: path };
}
