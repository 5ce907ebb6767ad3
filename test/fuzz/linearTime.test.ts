import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine/analyze';
import { modelOf } from '../helpers/text';

const template = readFileSync('templates/requete-hebergeur.md', 'utf8');

/** Smallest of three runs, to reduce the machine's noise. */
function timeOf(text: string): number {
	let best = Infinity;
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		analyze(modelOf(text), { settings: { rules: {} }, today: new Date('2025-03-01T12:00:00Z') });
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/**
 * Every pattern of the model and the rules (references, pièces, dates, lexicons) runs on adversarial
 * prose: 10^5 repetitions must cost about ten times 10^4, never a hundred (no catastrophic backtracking).
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
			const small = timeOf(build(10_000));
			const large = timeOf(build(100_000));
			assert.ok(large < 20 * small + 50, `${name}: 10^4 → ${small.toFixed(1)} ms, 10^5 → ${large.toFixed(1)} ms`);
		});
	}
});
