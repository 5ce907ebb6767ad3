import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { knowledgeFileSchemas } from '../../server/src/knowledge/schema';

/**
 * The build validates the knowledge files (scripts/knowledgeBuild.mjs): these tests break a copy of
 * them and check that the build names the file, the line and the field. The copy lives under out/ so
 * nothing outside the repository is touched.
 */
const ROOT = process.cwd();
const KNOWLEDGE = join(ROOT, 'server', 'knowledge');
const COPY = join(ROOT, 'out', 'knowledge-broken');

/** The errors the build reports for the copied files, one `file:line:column: message` per line. */
function compileCopy(): string {
	const script = `import { compileKnowledge, formatKnowledgeErrors } from ${JSON.stringify(join(ROOT, 'scripts', 'knowledgeBuild.mjs'))};
const { errors } = await compileKnowledge(${JSON.stringify(COPY)});
process.stdout.write(formatKnowledgeErrors(errors));`;
	return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
}

/** Copies the knowledge files and replaces the first occurrence of `from` with `to` in one of them. */
function breakCopy(file: string, from: string, to: string): number {
	rmSync(COPY, { recursive: true, force: true });
	mkdirSync(COPY, { recursive: true });
	cpSync(KNOWLEDGE, COPY, { recursive: true });
	const text = readFileSync(join(COPY, file), 'utf8');
	const index = text.indexOf(from);
	assert.ok(index >= 0, `${from} not found in ${file}`);
	writeFileSync(join(COPY, file), text.slice(0, index) + to + text.slice(index + from.length));
	return text.slice(0, index).split('\n').length;
}

suite('Knowledge files: build-time validation', function () {
	this.timeout(60000);

	suiteTeardown(() => rmSync(COPY, { recursive: true, force: true }));

	test('Should accept the knowledge files as committed', () => {
		rmSync(COPY, { recursive: true, force: true });
		cpSync(KNOWLEDGE, COPY, { recursive: true });
		assert.equal(compileCopy(), '');
	});

	test('Should fail on a wrong value with the file, the line and the field', () => {
		const line = breakCopy('offences.yaml', 'verdict: held-serious', 'verdict: held-serous');
		const output = compileCopy();
		assert.match(output, new RegExp(`out/knowledge-broken/offences\\.yaml:${line}:\\d+: offences\\[\\d+\\]\\.seriousCrime\\.verdict: `));
	});

	test('Should fail on a missing field at the entry that lacks it', () => {
		const line = breakCopy('platforms.yaml', '    denomination: Google Ireland Limited\n', '');
		const output = compileCopy();
		assert.match(output, /out\/knowledge-broken\/platforms\.yaml:\d+:\d+: platforms\[1\]\.denomination: /);
		const reported = Number(/platforms\.yaml:(\d+):/.exec(output)?.[1]);
		assert.ok(reported < line && reported > line - 10, `reported line ${reported}, entry near ${line}`);
	});

	test('Should fail on a source key that sources.yaml does not define', () => {
		const line = breakCopy('procedure.yaml', 'source: cpc', 'source: cpcc');
		assert.match(compileCopy(), new RegExp(`procedure\\.yaml:${line}:\\d+: articles\\[0\\]\\.source: unknown source « cpcc »`));
	});

	test('Should fail on an alias shared by two offences', () => {
		breakCopy('offences.yaml', '      - menaces de violences\n', '      - menaces de mort\n');
		// Reported where the phrase comes the second time, naming the offence that has it first.
		assert.match(compileCopy(), /offences\.yaml:\d+:\d+: offences\[1\]\.aliases\[1\]: alias « menaces de mort » already belongs to offence menace$/m);
	});

	test('Should fail on invalid YAML with its line', () => {
		const line = breakCopy('sources.yaml', '  cpp8:\n', '  cpp8:\n   - [unclosed\n');
		assert.match(compileCopy(), new RegExp(`sources\\.yaml:(${line}|${line + 1}|${line + 2}):\\d+: invalid YAML`));
	});

	test('Should fail on a reserved address block whose network is not of its family', () => {
		breakCopy('reserved-addresses.yaml', 'network: "10.0.0.0"', 'network: "fc00::"');
		assert.match(compileCopy(), /out\/knowledge-broken\/reserved-addresses\.yaml:\d+:\d+: blocks\[1\]: network must be an address of its family/);
	});

	test('Should keep the JSON Schemas beside the files in step with the zod schemas', () => {
		for (const [name, schema] of Object.entries(knowledgeFileSchemas)) {
			const written: unknown = JSON.parse(readFileSync(join(KNOWLEDGE, 'schema', `${name}.schema.json`), 'utf8'));
			const expected = { ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }), title: `Prétoire knowledge file ${name}.yaml` };
			assert.deepEqual(written, expected, name);
		}
	});

	test('Should point every knowledge file at its JSON Schema for the YAML extension', () => {
		for (const name of Object.keys(knowledgeFileSchemas)) {
			const firstLine = readFileSync(join(KNOWLEDGE, `${name}.yaml`), 'utf8').split('\n')[0];
			assert.equal(firstLine, `# yaml-language-server: $schema=./schema/${name}.schema.json`);
		}
	});
});
