import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import type { Rule } from '../../server/src/rules/types';
import { frontMatter, joinLines, modelOf } from '../helpers/text';

suite('Rule engine', () => {
	const throwing: Rule = { id: 'always-throws', description: 'test', defaultSeverity: 'error', fixable: false, check: () => { throw new Error('boom'); } };
	const reporting: Rule = {
		id: 'always-reports',
		description: 'test',
		defaultSeverity: 'warning',
		fixable: false,
		*check() {
			yield { span: { start: 0, end: 3 }, message: 'found' };
			yield { span: { start: 0, end: 3 }, message: 'judgement call', severity: 'info' };
		},
	};
	const model = modelOf(joinLines(...frontMatter()));

	test('Should turn a throwing rule into one finding and still run the others', () => {
		const failures: string[] = [];
		const findings = analyze(model, { settings: { rules: {} }, today: new Date(), rules: [throwing, reporting], onRuleError: (id) => failures.push(id) });
		assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.severity]), [['rule-failed', 'warning'], ['always-reports', 'warning'], ['always-reports', 'info']]);
		assert.match(findings[0].message, /always-throws.*boom/u);
		assert.deepEqual(failures, ['always-throws']);
	});

	test('Should apply the levels set by the lawyer, including off', () => {
		const raised = analyze(model, { settings: { rules: { 'always-reports': 'error' } }, today: new Date(), rules: [reporting] });
		assert.deepEqual(raised.map((finding) => finding.severity), ['error', 'error']);
		assert.deepEqual(analyze(model, { settings: { rules: { 'always-reports': 'off' } }, today: new Date(), rules: [reporting] }), []);
	});
});

suite('Messages in English', () => {
	test('Should write dates in English inside English messages, and keep French ones by default', async () => {
		const { readFileSync } = await import('node:fs');
		const { inMessageLanguage } = await import('../../server/src/l10n');
		const text = readFileSync('test/rules/retention-expired/invalid-too-late.md', 'utf8');
		const messages = (): string[] => analyze(modelOf(text), { settings: { rules: {} }, today: new Date('2025-03-01T12:00:00Z') }).filter((finding) => finding.ruleId === 'retention-expired').map((finding) => finding.message);
		assert.match(messages()[0], /le 1er novembre 2025/u);
		const english = inMessageLanguage('en', messages);
		assert.match(english[0], /1 November 2025/u);
		assert.doesNotMatch(english[0], /novembre/u);
	});
});
