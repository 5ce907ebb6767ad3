// Regenerates the `pretoire.rules` settings schema of package.json from the rules registry, so that
// settings.json completes every rule id with its description (test/meta checks they stay in step).
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledgePlugin } from './knowledgeBuild.mjs';

const bundle = join(tmpdir(), `pretoire-rules-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ['server/src/rules/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error', plugins: [knowledgePlugin] });
const { rules } = createRequire(import.meta.url)(bundle);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties['pretoire.rules'].properties = Object.fromEntries(
	rules.map((rule) => [
		rule.id,
		{
			type: 'string',
			enum: ['off', 'hint', 'info', 'warning', 'error'],
			description: rule.description,
			markdownDescription: `${rule.description}. [Documentation](${manifest.homepage}/blob/main/docs/rules/${rule.id}.md)`,
		},
	]),
);
writeFileSync('package.json', `${JSON.stringify(manifest, null, '\t')}\n`);
