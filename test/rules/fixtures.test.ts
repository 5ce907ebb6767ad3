import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type RuleFinding } from '../../server/src/engine/analyze';
import { rules } from '../../server/src/rules';
import { applyRuleFixes } from '../helpers/fixes';
import { modelOf } from '../helpers/text';

/** Fixed so that "days left" and similar outputs are reproducible. */
export const FIXTURE_TODAY = new Date('2025-03-01T12:00:00Z');
const FIXTURES = join(process.cwd(), 'test', 'rules');
const updateGolden = process.env.UPDATE_GOLDEN === '1';

function findingsOf(text: string, ruleId: string): RuleFinding[] {
	return analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: FIXTURE_TODAY }).filter((finding) => finding.ruleId === ruleId);
}

function describeFindings(text: string, findings: readonly RuleFinding[]): string {
	const model = modelOf(text);
	return findings
		.map((finding) => {
			const { start, end } = model.rangeOf(finding.span);
			return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${finding.severity} ${finding.ruleId}/${finding.messageId} ${finding.message}`;
		})
		.join('\n');
}

/** Fixtures too large to commit, built at test time: a template followed by 5.5 million characters. */
const generatedInvalid: Readonly<Record<string, readonly (() => { name: string; text: string })[]>> = {
	'document-too-large': [
		() => ({
			name: 'invalid-generated-5.5-million-characters',
			text: readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8') + 'Paragraphe de remplissage. '.repeat(205_000),
		}),
		() => ({
			name: 'invalid-generated-20000-nested-quotes',
			text: `${readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8')}\n${'> '.repeat(20_000)}citation\n`,
		}),
		() => ({
			name: 'invalid-generated-delimiters',
			text: `${readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8')}\n${'*a'.repeat(50_000)}\n\nAutre paragraphe ${'[x] '.repeat(300)}\n`,
		}),
	],
};

suite('Rule fixtures', () => {
	for (const rule of rules) {
		suite(rule.id, () => {
			const directory = join(FIXTURES, rule.id);
			const files = existsSync(directory) ? readdirSync(directory) : [];
			const valid = files.filter((file) => file.startsWith('valid-') && file.endsWith('.md'));
			const invalid = files.filter((file) => file.startsWith('invalid-') && file.endsWith('.md') && !file.endsWith('.fixed.md'));

			test('Should have at least one valid and one invalid fixture', () => {
				assert.ok(valid.length > 0, `no valid-*.md in ${directory}`);
				assert.ok(invalid.length > 0 || rule.id in generatedInvalid, `no invalid-*.md in ${directory}`);
			});

			for (const generate of generatedInvalid[rule.id] ?? []) {
				test(`Should report exactly the expected findings on the generated ${generate().name}`, () => {
					const { name, text } = generate();
					const expectedPath = join(directory, `${name}.expected`);
					const actual = describeFindings(text, findingsOf(text, rule.id));
					if (updateGolden) {
						writeFileSync(expectedPath, `${actual}\n`);
					}
					assert.notEqual(actual, '');
					assert.equal(actual, readFileSync(expectedPath, 'utf8').trimEnd());
				});
			}

			for (const file of valid) {
				test(`Should stay silent on ${file}`, () => {
					const text = readFileSync(join(directory, file), 'utf8');
					assert.equal(describeFindings(text, findingsOf(text, rule.id)), '');
				});
			}

			for (const file of invalid) {
				test(`Should report exactly the expected findings on ${file}`, () => {
					const text = readFileSync(join(directory, file), 'utf8');
					const findings = findingsOf(text, rule.id);
					const actual = describeFindings(text, findings);
					const expectedPath = join(directory, file.replace(/\.md$/u, '.expected'));
					if (updateGolden) {
						writeFileSync(expectedPath, `${actual}\n`);
					}
					assert.notEqual(actual, '', 'an invalid fixture must make the rule fire');
					assert.equal(actual, readFileSync(expectedPath, 'utf8').trimEnd());

					const fixable = findings.some((finding) => (finding.fixes?.length ?? 0) > 0);
					const fixedPath = join(directory, file.replace(/\.md$/u, '.fixed.md'));
					if (!fixable) {
						assert.ok(!existsSync(fixedPath), `${fixedPath} exists but no finding has a fix`);
						return;
					}
					assert.ok(rule.fixable, `${rule.id} returned fixes but declares fixable: false`);
					const fixed = applyRuleFixes(text, rule.id, FIXTURE_TODAY);
					if (updateGolden) {
						writeFileSync(fixedPath, fixed);
					}
					assert.equal(fixed, readFileSync(fixedPath, 'utf8'));
					const remaining = findingsOf(fixed, rule.id).filter((finding) => (finding.fixes?.length ?? 0) > 0);
					assert.equal(describeFindings(fixed, remaining), '', 'fixing must be idempotent');
				});
			}
		});
	}
});
