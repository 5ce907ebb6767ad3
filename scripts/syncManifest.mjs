// Regenerates the server's settings in package.json (`contributes.configuration`) from the settings
// schema and the rules registry (scripts/manifest.ts), so that settings.json completes every setting
// and rule id with its description; the client's own settings (`pretoire.trace.*`, `pretoire.export.*`)
// are kept as written, after them. test/meta/manifest.test.ts checks package.json is up to date.
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledgePlugin } from './knowledgeBuild.mjs';

const bundle = join(tmpdir(), `pretoire-manifest-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ['scripts/manifest.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error', plugins: [knowledgePlugin] });
const { serverSettings } = createRequire(import.meta.url)(bundle);
rmSync(bundle);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const generated = serverSettings(manifest.homepage, manifest.version);
const clientSettings = Object.entries(manifest.contributes.configuration.properties).filter(([key]) => !(key in generated));
manifest.contributes.configuration.properties = { ...generated, ...Object.fromEntries(clientSettings) };
writeFileSync('package.json', `${JSON.stringify(manifest, null, '\t')}\n`);
