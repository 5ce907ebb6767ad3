import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { QueryMemo } from '../../server/src/queries/memo';
import { analyze } from '../../server/src/engine/analyze';
import { codeLenses } from '../../server/src/features/codeLens';
import { completion } from '../../server/src/features/completion';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { hover } from '../../server/src/features/hover';
import { translator } from '../../server/src/l10n';
import { documentLinks, foldingRanges } from '../../server/src/features/navigation';
import { pieceReferences, renumberPieces } from '../../server/src/features/pieces';
import { modelOf } from '../helpers/text';

/** Fixed seed and bounded runs in CI; `FUZZ_RUNS=20000 npm run fuzz` for a longer campaign. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const template = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8');
const today = new Date('2025-03-01T12:00:00Z');

/** Everything the server does with a document: none of it may throw. */
function exercise(text: string, probe: number): void {
	const model = modelOf(text);
	analyze(model, { settings: { rules: {} }, language: 'fr', today, onRuleError: (ruleId, error) => assert.fail(`${ruleId} threw: ${String(error)}`) });
	const position = model.document.positionAt(probe % (text.length + 1));
	const french = translator('fr');
	documentSymbols(model, french);
	hover(model, position, today, french, new QueryMemo());
	completion(model, position, french);
	pieceReferences(model, position, true);
	documentLinks(model, french);
	foldingRanges(model);
	codeLenses(model, today, french, new QueryMemo());
	renumberPieces(model, french);
}

const fragments = ['---', '\n', '\r\n', '- ', '  ', ':', '"', "'", '#', '**', '```', '[', ']', '{', '}', '&a', '*a', '!!js/function', '\uFEFF', '\u0000', '\uD800', '\uDFFF', 'pièce n°', 'pièces nos 1 à ', 'article ', 'à 21h04', 'PAR CES MOTIFS', 'adresse IP', 'horodatage: ', 'https://x.com/a/status/'];

const mutation = fc.oneof(
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 })) }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
	fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
);

function mutate(text: string, mutations: readonly { kind: string; at: number; text?: string; length?: number }[]): string {
	let result = text;
	for (const step of mutations) {
		const at = result.length === 0 ? 0 : step.at % result.length;
		if (step.kind === 'insert') {
			result = result.slice(0, at) + step.text + result.slice(at);
		} else if (step.kind === 'delete') {
			result = result.slice(0, at) + result.slice(at + (step.length ?? 0));
		} else {
			result = result.slice(0, at) + result.slice(at, at + (step.length ?? 0)) + result.slice(at);
		}
	}
	return result;
}

suite('Robustness (fast-check)', () => {
	test('Should never throw on mutated pleadings', function () {
		// Work, not speed, is under test: a loaded machine may take minutes.
		this.timeout(600_000);
		fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.nat(), (mutations, probe) => exercise(mutate(template, mutations), probe)), { seed: SEED, numRuns: RUNS });
	});

	test('Should never throw on arbitrary text behind a front matter', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(), (body, probe) => exercise(`---\nacte: requete\njuridiction: TJ\ndate: 2025-01-01\n---\n${body}`, probe)),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	test('Should never throw on arbitrary YAML-looking front matter', () => {
		const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme-ascii', maxLength: 30 }));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), fc.nat(), (lines, probe) => exercise(`---\nacte: assignation-refere\n${lines.join('\n')}\n---\n# Faits\n`, probe)),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	test('Should survive the usual hostile shapes', function () {
		// Work, not speed, is under test: a loaded machine may take minutes.
		this.timeout(600_000);
		const hostile = [
			'',
			'\uFEFF---\nacte: requete\n---\n',
			template.replace(/\n/gu, '\r\n'),
			template.replace(/\n/gu, '\r'),
			`${template}\n\`\`\`\nunclosed fence`,
			`${template}\n${'x'.repeat(1_000_000)}`,
			`${template}\n${Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth % 200)}- item`).join('\n')}`,
			`${template}\n${'> '.repeat(5000)}deep quote`,
			`---\nacte: requete\nkey: ${'['.repeat(5000)}\n---\n`,
			`---\nacte: requete\n${'a: &x [1,2]\n'.repeat(500)}---\n`,
			'---\nacte: requete\nx: !!js/function "function () {}"\n---\n',
			template.replace('Madame', '\uD800\uDC00\uDBFF Madame'),
		];
		for (const [index, text] of hostile.entries()) {
			assert.doesNotThrow(() => exercise(text, index * 977), `hostile input ${index}`);
		}
	});

	test('Should analyse a 5 MB pleading without failing', function () {
		// Work, not speed, is under test: a loaded machine may take minutes.
		this.timeout(600_000);
		const paragraph = 'Le compte a publié le 3 novembre 2024 à 21h04 un message de menaces de mort (pièce n° 2), en violation de l’article 222-17 du code pénal. ';
		const text = template.replace('# II. DISCUSSION', `${paragraph.repeat(Math.ceil(4_900_000 / paragraph.length))}\n\n# II. DISCUSSION`);
		assert.ok(text.length > 4_900_000 && text.length < 5_000_000);
		exercise(text, 12345);
	});
});
