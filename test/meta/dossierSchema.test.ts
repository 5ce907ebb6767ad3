import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dossierJsonSchema } from '../../server/src/document/dossierJsonSchema';

suite('dossier.yaml JSON Schema (schemas/dossier.schema.json)', () => {
	test('Should be what the zod contract gives (run `node scripts/dossierSchema.mjs` after changing it)', () => {
		const committed = JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'dossier.schema.json'), 'utf8')) as unknown;
		assert.deepEqual(committed, dossierJsonSchema());
	});

	test('Should be declared for dossier.yaml in package.json', () => {
		const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { yamlValidation: { fileMatch: string[]; url: string }[] } };
		assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: ['dossier.yaml', 'dossier.yml'], url: './schemas/dossier.schema.json' }]);
	});

	test('Should describe the connections with their five keys, and forbid unknown keys', () => {
		const schema = dossierJsonSchema() as { properties: Record<string, { items?: { properties: Record<string, unknown>; additionalProperties: boolean } }>; additionalProperties: boolean };
		assert.deepEqual(Object.keys(schema.properties.connexions.items!.properties), ['ip', 'port', 'horodatage', 'piece', 'fournisseur']);
		assert.equal(schema.additionalProperties, false);
	});
});
