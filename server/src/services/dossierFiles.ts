import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDossierFileName, MAX_DOSSIER_CHARACTERS, type DossierSource } from '../document/dossier';
import type { PleadingModel } from '../document/model';
import { t } from '../l10n';

/** The URI of the dossier an act names (`dossier: dossier.yaml`, relative to the act), if it names one. */
function dossierUriOf(model: PleadingModel): string | undefined {
	const reference = model.frontMatter?.data.dossier?.trim();
	if (reference === undefined) {
		return undefined;
	}
	try {
		return new URL(reference.replace(/\\/gu, '/'), model.document.uri).toString();
	} catch {
		return undefined;
	}
}

/**
 * Reads the dossier an act names: from the editor when it is open there (unsaved edits count), from
 * the disk otherwise. Every failure is a French reason for the lawyer, never an exception.
 * @param openText the text of a document open in the editor, by URI
 */
export function loadDossier(model: PleadingModel, openText: (uri: string) => string | undefined = () => undefined): DossierSource | undefined {
	const reference = model.frontMatter?.data.dossier;
	if (reference === undefined) {
		return undefined;
	}
	const uri = dossierUriOf(model);
	if (uri === undefined || !model.document.uri.startsWith('file:') && openText(uri) === undefined) {
		return { uri: uri ?? reference, failure: t('enregistrez d’abord l’acte dans un fichier : le chemin du dossier est relatif à l’acte') };
	}
	if (!isDossierFileName(reference)) {
		return { uri, failure: t('le dossier doit être un fichier YAML (.yaml ou .yml)') };
	}
	const open = openText(uri);
	if (open !== undefined) {
		return open.length > MAX_DOSSIER_CHARACTERS ? { uri, failure: t('fichier trop volumineux pour un dossier') } : { uri, text: open };
	}
	try {
		const path = fileURLToPath(uri);
		if (statSync(path).size > MAX_DOSSIER_CHARACTERS * 4) {
			return { uri, failure: t('fichier trop volumineux pour un dossier') };
		}
		return { uri, text: readFileSync(path, 'utf8') };
	} catch (error) {
		return { uri, failure: readFailure((error as NodeJS.ErrnoException).code) };
	}
}

function readFailure(code: string | undefined): string {
	switch (code) {
		case 'ENOENT':
			return t('fichier introuvable à côté de l’acte');
		case 'EACCES':
		case 'EPERM':
			return t('lecture refusée (permissions)');
		case 'EISDIR':
			return t('c’est un dossier du disque, pas un fichier');
		default:
			return t('lecture impossible ({0})', code ?? '?');
	}
}
