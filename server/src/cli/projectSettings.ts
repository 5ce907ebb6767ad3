import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rules } from '../rules';
import { folderPolicy, type PathPolicy } from '../services/repositoryPaths';
import type { Translator } from '../l10n';
import { readLawyerFileSync, textOf } from '../services/safeFile';
import { defaultSettings, parseSettings, type Settings } from '../settings';

/** The project file the CLI reads, as the editor reads `pretoire.*` settings. */
export const PROJECT_FILE = '.pretoire.json';

export interface ProjectSettings {
	readonly settings: Settings;
	/** French message when the project file exists but cannot be read: the defaults apply then. */
	readonly warning?: string;
	/** The folder that holds the project file: the files the acts below it name must stay inside it. */
	readonly folder?: string;
}

/**
 * Where the files an act names may be, on the command line: inside the folder of the nearest
 * `.pretoire.json` (the project), else inside the act's folder tree. The project file cannot widen
 * this: it belongs to the folder being checked, which may come from anyone.
 */
export function pathPolicyFor(file: string, project: ProjectSettings): PathPolicy {
	return project.folder === undefined ? folderPolicy(file) : { root: project.folder, allowOutside: false };
}

/**
 * The settings for a pleading: the nearest `.pretoire.json` in its folder or above, holding the same
 * keys as the editor's `pretoire` section (`{ "rules": { "placeholder-left": "off" } }`), so that
 * `pretoire check` in CI reports what the lawyer sees in the editor.
 */
export function projectSettingsFor(file: string, cache: Map<string, ProjectSettings>, translator: Translator): ProjectSettings {
	let directory = dirname(resolve(file));
	const visited: string[] = [];
	for (;;) {
		const cached = cache.get(directory);
		if (cached !== undefined) {
			visited.forEach((seen) => cache.set(seen, cached));
			return cached;
		}
		visited.push(directory);
		const candidate = join(directory, PROJECT_FILE);
		if (existsSync(candidate)) {
			const found = read(candidate, directory, translator);
			visited.forEach((seen) => cache.set(seen, found));
			return found;
		}
		const parent = dirname(directory);
		if (parent === directory) {
			const none: ProjectSettings = { settings: defaultSettings };
			visited.forEach((seen) => cache.set(seen, none));
			return none;
		}
		directory = parent;
	}
}

/** The project file's settings; a file that cannot be read or parsed is named, never quoted (it may be anything). */
function read(path: string, folder: string, translator: Translator): ProjectSettings {
	const { t } = translator;
	const read = textOf(readLawyerFileSync(path, 'projectSettings', translator));
	if ('refusal' in read) {
		return { settings: defaultSettings, folder, warning: t('{0} : fichier de réglages illisible ({1}) ; réglages par défaut appliqués', path, read.refusal) };
	}
	try {
		return { settings: parseSettings(JSON.parse(read.text) as unknown, new Set(rules.map((rule) => rule.id))), folder };
	} catch {
		return { settings: defaultSettings, folder, warning: t('{0} : fichier de réglages illisible ({1}) ; réglages par défaut appliqués', path, t('JSON invalide')) };
	}
}
