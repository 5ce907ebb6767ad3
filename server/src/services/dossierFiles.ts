import { stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DossierSource } from '../document/dossier';
import type { PleadingModel } from '../document/model';
import { frontMatterBounds } from '../document/parse';
import type { MessageLanguage, Translator } from '../l10n';
import { folderPolicy, resolveNamedFile, type PathPolicy } from './repositoryPaths';
import { FILE_SIZE_LIMITS, readFileSafely, readFileSafelySync, textOf, type SafeRead } from './safeFile';

/** The dossier an act names: already decided (refused, or open in the editor), or a file to read. */
type DossierTarget = { readonly source: DossierSource } | { readonly uri: string; readonly path: string };

const YAML_FILE = /\.ya?ml$/iu;

/**
 * Where the act's `dossier:` leads, under the path policy (see `repositoryPaths.ts`): the editor's text
 * when it is open there (unsaved edits count, within the same size limit as on disk), the real path
 * to read otherwise, or the French reason to refuse it.
 */
function dossierTarget(actUri: string, reference: string | undefined, policy: PathPolicy | undefined, openText: (uri: string) => string | undefined, translator: Translator): DossierTarget | undefined {
	const { t } = translator;
	if (reference === undefined) {
		return undefined;
	}
	if (!actUri.startsWith('file:')) {
		return { source: { uri: reference, failure: t('enregistrez d’abord l’acte dans un fichier : le chemin du dossier est relatif à l’acte') } };
	}
	const act = fileURLToPath(actUri);
	const resolved = resolveNamedFile(reference, act, policy ?? folderPolicy(act), translator, { pattern: YAML_FILE, refusal: t('le dossier doit être un fichier YAML (.yaml ou .yml)') });
	if ('refusal' in resolved) {
		return { source: { uri: reference, failure: resolved.refusal } };
	}
	// The URI the editor knows the dossier by: the path as written, resolved (links kept).
	const uri = pathToFileURL(resolved.written).toString();
	const open = openText(uri) ?? openText(pathToFileURL(resolved.path).toString());
	if (open !== undefined) {
		return { source: Buffer.byteLength(open, 'utf8') > FILE_SIZE_LIMITS.dossier ? { uri, failure: t('fichier trop volumineux (plus de {0} Mo), refusé', FILE_SIZE_LIMITS.dossier / (1024 * 1024)) } : { uri, text: open } };
	}
	return { uri, path: resolved.path };
}

function sourceOf(uri: string, read: SafeRead): DossierSource {
	const text = textOf(read);
	return 'refusal' in text ? { uri, failure: text.refusal } : { uri, text: text.text };
}

/**
 * Reads the dossier an act names, for the command line: every failure is a French reason for the
 * lawyer, never an exception. Without a policy, the act's folder tree.
 */
export function loadDossier(model: PleadingModel, translator: Translator, policy?: PathPolicy, openText: (uri: string) => string | undefined = () => undefined): DossierSource | undefined {
	const target = dossierTarget(model.document.uri, model.frontMatter?.data.dossier, policy, openText, translator);
	return target === undefined || 'source' in target ? target?.source : sourceOf(target.uri, readFileSafelySync(target.path, 'dossier', translator));
}

/**
 * The dossiers the server read last, by real path, with the file's status and the language of its refusal then: every request on an
 * act checks its dossier, and a status that did not change spares reading megabytes again.
 */
const diskReadings = new Map<string, { readonly stamp: string; readonly language: MessageLanguage; readonly source: DossierSource }>();
const KEPT_DISK_READINGS = 4;

/** Device, inode, size and change times: what changes when the file is written or replaced. */
async function stampOf(path: string): Promise<string | undefined> {
	try {
		const status = await stat(path, { bigint: true });
		return `${status.dev}:${status.ino}:${status.size}:${status.mtimeNs}:${status.ctimeNs}`;
	} catch {
		return undefined;
	}
}

/**
 * The act's `dossier:` value, read from its text without parsing the YAML, so that the main thread
 * reads the dossier before the act goes to the analysis thread, which then analyses it once: a plain
 * or quoted scalar on the key's line, at the top level of the front matter. Another form (rare: a
 * block scalar, a tag) gives another value than the analysis thread's reading, which the analysis
 * cache compares with this one.
 */
export function dossierReferenceOf(text: string): string | undefined {
	const bounds = frontMatterBounds(text);
	const line = bounds === undefined ? null : /^dossier[ \t]*:[ \t]*(.*)$/mu.exec(text.slice(bounds.contentStart, bounds.contentEnd));
	if (line === null) {
		return undefined;
	}
	const value = line[1];
	const singleQuoted = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/u.exec(value);
	if (singleQuoted !== null) {
		return singleQuoted[1].replaceAll("''", "'");
	}
	const doubleQuoted = /^("(?:[^"\\]|\\.)*")[ \t]*(?:#.*)?$/u.exec(value);
	if (doubleQuoted !== null) {
		try {
			return JSON.parse(doubleQuoted[1]) as string;
		} catch {
			return undefined;
		}
	}
	const plain = value.replace(/(?:^|[ \t]+)#.*$/u, '').trim();
	return plain === '' ? undefined : plain;
}

/** `loadDossier` for the language server: the file is read off its main thread, and again only once it changed. */
export async function loadDossierAsync(actUri: string, reference: string | undefined, policy: PathPolicy, openText: (uri: string) => string | undefined, translator: Translator): Promise<DossierSource | undefined> {
	const target = dossierTarget(actUri, reference, policy, openText, translator);
	if (target === undefined || 'source' in target) {
		return target?.source;
	}
	// The status is taken before the read: a write during the read changes it, and the next request reads again.
	const stamp = await stampOf(target.path);
	const kept = diskReadings.get(target.path);
	if (stamp !== undefined && kept !== undefined && kept.stamp === stamp && kept.language === translator.language && kept.source.uri === target.uri) {
		return kept.source;
	}
	const source = sourceOf(target.uri, await readFileSafely(target.path, 'dossier', translator));
	diskReadings.delete(target.path);
	if (stamp !== undefined) {
		diskReadings.set(target.path, { stamp, language: translator.language, source });
		if (diskReadings.size > KEPT_DISK_READINGS) {
			diskReadings.delete(diskReadings.keys().next().value!);
		}
	}
	return source;
}
