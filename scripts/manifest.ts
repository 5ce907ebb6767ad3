// The server's settings as package.json declares them (`contributes.configuration`), generated from the
// zod schema of server/src/settings.ts and the rules registry: `npm run sync:manifest` writes them,
// test/meta/manifest.test.ts fails when package.json is not what this module generates.
import { z } from 'zod';
import { rules } from '../server/src/rules';
import { settingsSchema } from '../server/src/settings';

/** One entry of `contributes.configuration.properties`, as VS Code reads it. */
export type ManifestSetting = Readonly<Record<string, unknown>>;

/** What a setting's JSON Schema (z.toJSONSchema) says that package.json repeats. */
const jsonSettingSchema = z.object({
	type: z.string(),
	enum: z.array(z.string()).optional(),
	default: z.unknown(),
	minimum: z.number().optional(),
	maximum: z.number().optional(),
	additionalProperties: z.object({ type: z.string(), enum: z.array(z.string()) }).optional(),
});

/**
 * The `pretoire.<key>` settings the server reads, in the schema's order: type, values, default and bounds
 * from the schema; descriptions (and one per value of an enum) as `%pretoire.<key>…%` keys that
 * package.nls.json and package.nls.fr.json translate. Every server setting is per folder (`resource`).
 * `pretoire.rules` lists each rule of the registry with its description and documentation link, pinned
 * to the package version.
 */
export function serverSettings(homepage: string, version: string): Record<string, ManifestSetting> {
	return Object.fromEntries(Object.entries(settingsSchema.shape).map(([key, schema]): [string, ManifestSetting] => {
		const name = `pretoire.${key}`;
		const json = jsonSettingSchema.parse(z.toJSONSchema(schema, { io: 'input' }));
		const levels = json.additionalProperties;
		return [name, {
			type: json.type,
			...(json.enum === undefined ? {} : { enum: json.enum }),
			default: json.default,
			...(json.minimum === undefined ? {} : { minimum: json.minimum }),
			...(json.maximum === undefined ? {} : { maximum: json.maximum }),
			scope: 'resource',
			description: `%${name}.description%`,
			...(json.enum === undefined ? {} : { enumDescriptions: json.enum.map((value) => `%${name}.${value}%`) }),
			...(levels === undefined ? {} : {
				properties: Object.fromEntries(rules.map((rule) => [rule.id, {
					...levels,
					description: rule.description,
					markdownDescription: `${rule.description}. [Documentation](${homepage}/blob/v${version}/docs/rules/${rule.id}.md)`,
				}])),
				additionalProperties: false,
			}),
		}];
	}));
}
