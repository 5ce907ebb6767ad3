import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MAX_CONTAINER_MARKERS } from '../../server/src/document/markdownLimits';
import { analyze, type RuleFinding } from '../../server/src/engine/analyze';
import { frontMatterIssueMessage } from '../../server/src/engine/messages';
import type { PleadingModel } from '../../server/src/document/model';
import { growth, LINEAR_GROWTH_BOUND } from '../helpers/growth';
import { modelOf } from '../helpers/text';

const template = readFileSync('templates/requete-hebergeur.md', 'utf8');
const today = new Date('2025-03-01T12:00:00Z');
const templateModel = modelOf(template);

function run(text: string): { model: PleadingModel; findings: RuleFinding[] } {
	const model = modelOf(text);
	return { model, findings: analyze(model, { settings: { rules: {} }, language: 'fr', today, onRuleError: (ruleId) => assert.fail(`${ruleId} threw`) }) };
}

const inDiscussion = (prose: string): string => template.replace('# PAR CES MOTIFS', `${prose}\n\n# PAR CES MOTIFS`);
const inDispositif = (items: string): string => `${template}\n${items}`;

/**
 * The shapes that froze the server (issue 14), each at 10^5 characters (10^4 keys for the front
 * matter): the analysis completes with the expected results, and its CPU cost grows like the input
 * (10^4 → 10^5), never like its square. No duration is asserted.
 */
const shapes: Record<string, { build: (size: number) => string; check: (result: ReturnType<typeof run>, size: number) => void }> = {
	'« dénonc » repeated (parquet-notice-missing)': {
		build: (size) => inDiscussion(`${'dénonc'.repeat(Math.floor(size / 6))} au parquet.`),
		check: ({ findings }) => assert.ok(!findings.some((finding) => finding.ruleId === 'parquet-notice-missing')),
	},
	'headings (buildSections)': {
		build: (size) => inDispositif('# PAR CES MOTIFS\n\n- ORDONNER la mesure ;\n\n'.repeat(Math.floor(size / 40))),
		check: ({ model }, size) => {
			assert.equal(model.body.sections.length, templateModel.body.sections.length + Math.floor(size / 40));
			assert.ok(model.body.measures.length > Math.floor(size / 40));
		},
	},
	'nested dispositif items (measuresOf)': {
		build: (size) => inDispositif('- ORDONNER la mesure :\n  - première précision ;\n'.repeat(Math.floor(size / 48))),
		check: ({ model }, size) => assert.equal(model.body.measures.length, templateModel.body.measures.length + Math.floor(size / 48)),
	},
	'dates with a time in one paragraph (timestamp-imprecise)': {
		build: (size) => inDiscussion('le message publié le 3 novembre 2024 à 21h04, '.repeat(Math.floor(size / 47))),
		check: ({ findings }, size) => assert.ok(findings.filter((finding) => finding.ruleId === 'timestamp-imprecise').length >= Math.floor(size / 47)),
	},
	'« interdi » and « laiss » runs in a measure (notification and costs)': {
		build: (size) => inDispositif(`- CONDAMNER aux dépens ${'interdilaiss'.repeat(Math.floor(size / 12))}\n`),
		// The template's dispositif forbids informing the user: only the costs are reported.
		check: ({ findings }) => {
			assert.ok(findings.some((finding) => finding.ruleId === 'costs-against-non-losing-party'));
			assert.ok(!findings.some((finding) => finding.ruleId === 'user-notification-not-prohibited'));
		},
	},
	'nested quotes': {
		build: (size) => inDispositif(`${'> '.repeat(Math.floor(size / 2))}citation\n`),
		check: ({ model }) => assert.deepEqual(model.body.neutralised.map((place) => place.kind), ['nesting']),
	},
	'nested list levels': {
		build: (size) => inDiscussion(Array.from({ length: Math.sqrt(size) }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')),
		check: ({ model }, size) => {
			const nesting = model.body.neutralised.find((place) => place.kind === 'nesting');
			assert.ok(nesting !== undefined && nesting.count >= Math.sqrt(size) - 2 * MAX_CONTAINER_MARKERS - 2);
		},
	},
	'alternating lists and paragraphs': {
		build: (size) => inDiscussion('Texte.\n\n- item\n\n> citation\n\n'.repeat(Math.floor(size / 29))),
		check: ({ model }, size) => assert.ok(model.body.prose.length >= templateModel.body.prose.length + 3 * Math.floor(size / 29)),
	},
	'emphasis delimiters': {
		build: (size) => inDiscussion('*a'.repeat(Math.floor(size / 2))),
		check: ({ model }) => assert.deepEqual(model.body.neutralised.map((place) => place.kind), ['delimiters']),
	},
	'opening brackets': {
		build: (size) => inDiscussion('['.repeat(size)),
		check: ({ model }) => assert.deepEqual(model.body.neutralised.map((place) => place.kind), ['delimiters']),
	},
};

suite('Hostile shapes at 10^5 characters', () => {
	for (const [name, shape] of Object.entries(shapes)) {
		test(`Should complete with the expected results and linear cost: ${name}`, function () {
			this.timeout(600_000);
			const texts = new Map([10_000, 100_000].map((size) => [size, shape.build(size)]));
			shape.check(run(texts.get(100_000)!), 100_000);
			const measured = growth((size) => run(texts.get(size)!), 10_000, 100_000, { rounds: 2 });
			assert.ok(measured.ratio < LINEAR_GROWTH_BOUND, `${name}: 10^4 → ${measured.small.toFixed(0)} ms, 10^5 → ${measured.large.toFixed(0)} ms of CPU`);
		});
	}

	test('Should locate 10^4 unknown front-matter keys, each at its own key', function () {
		this.timeout(600_000);
		const build = (count: number): string => template.replace('acte: requete\n', `acte: requete\n${Array.from({ length: count }, (_, index) => `inconnue${index}: x\n`).join('')}`);
		const text = build(10_000);
		const { model } = run(text);
		const unknown = model.frontMatter?.issues.filter((issue) => issue.kind === 'unknown-key') ?? [];
		assert.equal(unknown.length, 10_000);
		assert.equal(text.slice(unknown[0].span.start, unknown[0].span.end), 'inconnue0');
		assert.equal(text.slice(unknown[9_999].span.start, unknown[9_999].span.end), 'inconnue9999');
		const texts = new Map([1_000, 10_000].map((count) => [count, build(count)]));
		const measured = growth((count) => run(texts.get(count)!), 1_000, 10_000, { rounds: 2 });
		assert.ok(measured.ratio < LINEAR_GROWTH_BOUND, `10^3 keys → ${measured.small.toFixed(0)} ms, 10^4 → ${measured.large.toFixed(0)} ms of CPU`);
	});

	test('Should report duplicate front-matter keys, found with a set', () => {
		const { model } = run(template.replace('acte: requete\n', 'acte: requete\njuridiction: TJ Lyon\n'));
		const duplicates = model.frontMatter?.issues.filter((issue) => issue.kind === 'yaml-syntax') ?? [];
		assert.equal(duplicates.length, 1);
		assert.match(frontMatterIssueMessage(duplicates[0], 'fr'), /clé en double/u);
	});
});
