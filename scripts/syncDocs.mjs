// Regenerates the rules tables of README.md and docs/rules/README.md (scripts/ruleTables.ts) from the
// rules registry and the summary line of each rule's page; test/meta/ruleTables.test.ts checks they are up to date.
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledgePlugin } from './knowledgeBuild.mjs';

const bundle = join(tmpdir(), `pretoire-rule-tables-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ['scripts/ruleTables.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error', plugins: [knowledgePlugin] });
const { ruleTableFiles, withTable } = createRequire(import.meta.url)(bundle);
rmSync(bundle);
for (const { path, table } of ruleTableFiles) {
	writeFileSync(path, withTable(readFileSync(path, 'utf8'), table()));
}
