import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { practiceActDated } from '../../client/src/practiceAct';
import { analyze } from '../../server/src/engine/analyze';
import { fixAll } from '../../server/src/engine/fixAll';
import { modelOf } from '../helpers/text';

/**
 * The walkthrough's first lesson: every defect of the practice act is repaired from the light bulb
 * (or by completing the blank a repair leaves), never by silencing it.
 */
suite('Practice act of the walkthrough', () => {
	const shipped = readFileSync('docs/walkthrough/requete-exercice.md', 'utf8');

	function problems(text: string, today: Date): string[] {
		return analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today }).filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => finding.ruleId);
	}

	// The walkthrough has the lawyer apply each light-bulb fix, substantive ones included.
	function repaired(text: string, today: Date): string {
		const edit = fixAll(TextDocument.create('untitled:Untitled-1', 'markdown', 1, text), { settings: { rules: {} }, language: 'fr', today, select: () => true, kinds: ['mechanical', 'substantive'] });
		assert.ok(edit !== undefined, 'the light bulb repairs nothing');
		return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
	}

	for (const today of ['2025-03-03', '2026-12-07']) {
		test(`Should be clean once its fixes are applied and their blank completed, opened on ${today}`, () => {
			const opened = practiceActDated(shipped, today);
			const now = new Date(`${today}T10:00:00Z`);
			assert.deepEqual(problems(opened, now).sort(), ['offence-unqualified', 'piece-undefined', 'source-port-missing', 'timestamp-imprecise']);
			const fixed = repaired(opened, now);
			// The time of the post, read from its id (21:04:31 in Paris, UTC+1 in winter), eleven days before the act.
			const publicationDay = today === '2025-03-03' ? '2025-02-20' : '2026-11-26';
			assert.match(fixed, new RegExp(`horodatage: ${publicationDay}T21:04:31\\+01:00`, 'u'));
			assert.match(fixed, /article 222-33-2-2 du code pénal/u);
			// What the machine cannot know is left as a blank to complete, the one problem left.
			assert.deepEqual(problems(fixed, now), ['placeholder-left']);
			const completed = fixed.replace(/\[À compléter[^\]]*\]/u, 'Récépissé de dépôt de plainte');
			assert.deepEqual(problems(completed, now), []);
			assert.doesNotMatch(completed, /pretoire-disable/u);
		});
	}
});
