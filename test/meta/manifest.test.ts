import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serverSettings } from '../../scripts/manifest';
import { rules } from '../../server/src/rules';
import { settingsSchema } from '../../server/src/settings';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

suite('Manifest, README and registry stay in step', () => {
	test('Should have unique rule ids, each in a file named after it', () => {
		const ids = rules.map((rule) => rule.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const id of ids) {
			assert.ok(existsSync(join('server', 'src', 'rules', `${id}.ts`)), `server/src/rules/${id}.ts`);
		}
	});

	test('Should list every rule in the settings schema of package.json, with its description', () => {
		const properties = manifest.contributes.configuration.properties['pretoire.rules'].properties;
		assert.deepEqual(Object.keys(properties), rules.map((rule) => rule.id));
		for (const rule of rules) {
			assert.equal(properties[rule.id].description, rule.description);
		}
	});

	test('Should declare in package.json every setting the server reads', () => {
		// The client reads the trace, export and lawyer's settings itself and passes them with its requests.
		const declared = Object.keys(manifest.contributes.configuration.properties).filter((key) => !key.startsWith('pretoire.trace') && !key.startsWith('pretoire.export') && key !== 'pretoire.avocat');
		assert.deepEqual(declared.sort(), Object.keys(settingsSchema.shape).map((key) => `pretoire.${key}`).sort());
	});

	test('Should declare the server settings exactly as generated from the settings schema and the registry (npm run sync:manifest)', () => {
		const generated = serverSettings(manifest.homepage, manifest.version);
		const declared = manifest.contributes.configuration.properties;
		assert.deepEqual(Object.keys(declared).slice(0, Object.keys(generated).length), Object.keys(generated));
		assert.deepEqual(Object.fromEntries(Object.keys(generated).map((key) => [key, declared[key]])), generated);
	});

	test('Should list every rule in the README catalogue and have a French docs page for it', () => {
		for (const rule of rules) {
			assert.match(readme, new RegExp(`\\| \`${rule.id}\` \\|`, 'u'), `README lacks ${rule.id}`);
			assert.ok(existsSync(join('docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
		}
	});

	test('Should translate every %key% of the manifest in English and French', () => {
		const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/gu)].map((match) => match[1]);
		for (const file of ['package.nls.json', 'package.nls.fr.json']) {
			const bundle = JSON.parse(readFileSync(file, 'utf8'));
			assert.deepEqual(keys.filter((key) => !(key in bundle)), [], file);
		}
	});

	test('Should translate every client string in French', () => {
		const bundle = JSON.parse(readFileSync(join('l10n', 'bundle.l10n.fr.json'), 'utf8'));
		const sources = readdirSync(join('client', 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
		for (const file of sources) {
			for (const match of readFileSync(join('client', 'src', file), 'utf8').matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/gu)) {
				assert.ok(match[1] in bundle, `${file}: « ${match[1]} » has no French translation`);
			}
		}
	});
});
