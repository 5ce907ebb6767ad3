import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine/analyze';
import { growth, LINEAR_GROWTH_BOUND } from '../helpers/growth';
import { modelOf } from '../helpers/text';

const template = readFileSync('templates/requete-hebergeur.md', 'utf8');

function analyseText(text: string): void {
	analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: new Date('2025-03-01T12:00:00Z') });
}

/**
 * Every pattern of the model and the rules (references, pièces, dates, lexicons) runs on adversarial
 * prose: 10^5 repetitions must cost about ten times 10^4, never a hundred (no catastrophic backtracking).
 * The cost is CPU time compared between sizes (see `growth`), never a duration.
 */
suite('Linear time on adversarial input', () => {
	const adversarial: Record<string, string> = {
		'letters': 'a',
		'spaces': ' ',
		'pièce prefixes': 'pièce n° ',
		'pièce lists': 'pièces 1, ',
		'article prefixes': 'article ',
		'article numbers': 'article 1-',
		'dates without year': '1 janvier ',
		'times': 'à 21h0',
		'digits': '1',
		'no-break spaces': '\u00a0',
		'apostrophes': 'l’',
		'offence words': 'menaces de ',
		'qualified offences with their text': 'constitutifs de menaces de mort (article 222-17, alinéa 2, du code pénal), ',
		'elided words': 'l’adresse IP d’un délit d’injure qu’',
		'denials': 'sans injure ni ',
		'dispositif words': '- ORDONNER adresse IP de ',
		'hyphens': '-',
		'colons': ':',
	};
	for (const [name, unit] of Object.entries(adversarial)) {
		test(`Should stay linear on repeated ${name}`, function () {
			this.timeout(60_000);
			const build = (count: number): string => template.replace('# PAR CES MOTIFS', `${unit.repeat(Math.ceil(count / unit.length))}\n\n# PAR CES MOTIFS`);
			const texts = new Map([10_000, 100_000].map((count) => [count, build(count)]));
			const measured = growth((count) => analyseText(texts.get(count) ?? ''), 10_000, 100_000);
			assert.ok(measured.ratio < LINEAR_GROWTH_BOUND, `${name}: 10^4 → ${measured.small.toFixed(1)} ms, 10^5 → ${measured.large.toFixed(1)} ms of CPU`);
		});
	}
});
