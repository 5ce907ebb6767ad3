import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import type { Rule } from '../../server/src/rules/types';
import { modelOf } from './text';

/** One-sentence cases for a rule: each is put into a whole pleading by `build`. */
export interface RuleCases {
	/** Sentences after which the rule must stay silent. */
	readonly valid: readonly string[];
	/** Sentences after which the rule must speak. */
	readonly invalid: readonly string[];
}

const TODAY = new Date('2025-03-01T12:00:00Z');

function findings(rule: Rule, text: string): string[] {
	return analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: TODAY }).filter((finding) => finding.ruleId === rule.id).map((finding) => finding.message);
}

/**
 * Declares one test per sentence (ESLint's RuleTester shape): keyword rules are tried on many ways
 * of writing the same thing, on denials, and on words that only look like the keyword.
 */
export function ruleTester(rule: Rule, build: (sentence: string) => string, cases: RuleCases): void {
	suite(`${rule.id} (phrasings)`, () => {
		for (const sentence of cases.valid) {
			test(`silent: « ${sentence} »`, () => {
				assert.deepEqual(findings(rule, build(sentence)), []);
			});
		}
		for (const sentence of cases.invalid) {
			test(`speaks: « ${sentence} »`, () => {
				assert.notDeepEqual(findings(rule, build(sentence)), []);
			});
		}
	});
}
