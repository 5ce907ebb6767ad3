import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { modelOf } from '../helpers/text';

/** The templates: realistic, legally clean pleadings: no rule may warn or err on them (informations are allowed). */
export const CLEAN_DIRECTORIES = ['templates'];

suite('Clean pleadings', () => {
	for (const directory of CLEAN_DIRECTORIES) {
		for (const file of readdirSync(directory).filter((name) => name.endsWith('.md'))) {
			test(`Should give no warning or error on ${join(directory, file)}`, () => {
				const findings = analyze(modelOf(readFileSync(join(directory, file), 'utf8')), { settings: { rules: {} }, language: 'fr', today: new Date('2025-03-01T12:00:00Z') });
				// Templates are blanks by design: their sample values are what placeholder-left must flag.
				const loud = findings.filter((finding) => (finding.severity === 'error' || finding.severity === 'warning') && finding.ruleId !== 'placeholder-left');
				assert.deepEqual(loud.map((finding) => `${finding.ruleId}: ${finding.message}`), []);
			});
		}
	}
});
