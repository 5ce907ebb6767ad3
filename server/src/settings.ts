import { z } from 'zod';

/** Levels a rule can be set to in `pretoire.rules`. */
const ruleLevels = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type RuleLevel = (typeof ruleLevels)[number];

/**
 * The server's settings (section `pretoire`): `npm run sync:manifest` generates their declaration in
 * package.json from this schema (scripts/manifest.ts). Each key falls back to its default on its own.
 */
export const settingsSchema = z.object({
	/** Turns the analysis off for a workspace or folder. */
	enable: z.boolean().catch(true),
	/** Language of legal messages (diagnostics, hovers, exported document): French unless asked otherwise. */
	language: z.enum(['fr', 'en']).catch('fr'),
	/** Per-rule level, overriding each rule's default severity. */
	rules: z.record(z.string(), z.enum(ruleLevels)).catch({}),
	/** Milliseconds of quiet typing before re-analysis. */
	debounceMs: z.number().int().min(0).max(2000).catch(150),
	/** Reads a dossier or a pièce outside the workspace folder (absolute path, `../other-client/`); ignored in an untrusted workspace. */
	allowFilesOutsideWorkspace: z.boolean().catch(false),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * Parses raw client settings field by field: a bad value falls back to its default, never to failure.
 * Levels set for rules that do not exist (`knownRuleIds` comes from the caller, so settings sit below rules) are dropped.
 */
export function parseSettings(raw: unknown, knownRuleIds: ReadonlySet<string>): Settings {
	const object = raw !== null && typeof raw === 'object' ? raw : {};
	const parsed = settingsSchema.parse(object);
	const ruleLevelsById = Object.fromEntries(Object.entries(parsed.rules).filter(([id]) => knownRuleIds.has(id)));
	return { ...parsed, rules: ruleLevelsById };
}
