// Regenerates schemas/dossier.schema.json from the zod contract of dossier.yaml, so that YAML
// editors (Red Hat's YAML extension, via package.json's yamlValidation) complete and check it.
// test/meta checks that the committed file is what this script writes.
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledgePlugin } from './knowledgeBuild.mjs';

const bundle = join(tmpdir(), `pretoire-dossier-schema-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ['server/src/document/dossierJsonSchema.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error', plugins: [knowledgePlugin] });
const { dossierJsonSchema } = createRequire(import.meta.url)(bundle);
writeFileSync('schemas/dossier.schema.json', `${JSON.stringify(dossierJsonSchema(), null, '\t')}\n`);
