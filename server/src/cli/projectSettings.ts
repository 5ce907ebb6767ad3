import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rules } from '../rules';
import { defaultSettings, parseSettings, type Settings } from '../settings';

/** The project file the CLI reads, as the editor reads `pretoire.*` settings. */
export const PROJECT_FILE = '.pretoire.json';

export interface ProjectSettings {
	readonly settings: Settings;
	/** French message when the project file exists but cannot be read: the defaults apply then. */
	readonly warning?: string;
}

/**
 * The settings for a pleading: the nearest `.pretoire.json` in its folder or above, holding the same
 * keys as the editor's `pretoire` section (`{ "rules": { "placeholder-left": "off" } }`), so that
 * `pretoire check` in CI reports what the lawyer sees in the editor.
 */
export function projectSettingsFor(file: string, cache: Map<string, ProjectSettings>): ProjectSettings {
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
			const found = read(candidate);
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

function read(path: string): ProjectSettings {
	try {
		return { settings: parseSettings(JSON.parse(readFileSync(path, 'utf8')) as unknown, new Set(rules.map((rule) => rule.id))) };
	} catch (error) {
		return { settings: defaultSettings, warning: `${path} : fichier de réglages illisible (${error instanceof Error ? error.message : String(error)}) ; réglages par défaut appliqués` };
	}
}
