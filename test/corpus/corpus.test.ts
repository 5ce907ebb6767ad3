import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { analyze, type RuleFinding } from '../../server/src/engine/analyze';
import { modelOf } from '../helpers/text';

/**
 * The corpus: pleadings written in varied house styles, each beside the findings a careful avocat
 * expects from the law (test/corpus/README.md). Expectations were written before the engine was run
 * on them; a case the engine gets wrong is listed in known-failures.txt, never "fixed" here.
 */
const CORPUS = join(process.cwd(), 'test', 'corpus');
const KNOWN_FAILURES = join(CORPUS, 'known-failures.txt');
const LOUD = new Set(['error', 'warning']);

const expectedFinding = z.object({
	code: z.string().min(1),
	line: z.number().int().positive(),
	severity: z.enum(['error', 'warning', 'info', 'hint']),
	why: z.string().min(1),
});

const expectation = z.object({
	// YAML reads an unquoted 2025-06-12 as a Date; a quoted one as a string.
	today: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/u)]),
	clean: z.boolean(),
	findings: z.array(expectedFinding),
	why: z.string().min(1),
});

type Expectation = z.infer<typeof expectation>;

/** Noon in Paris on the analysis day, so that no deadline depends on the machine's time zone. */
function analysisDate(today: Expectation['today']): Date {
	const day = today instanceof Date ? today.toISOString().slice(0, 10) : today;
	return new Date(`${day}T12:00:00+01:00`);
}

/** « name — reason » lines; '#' starts a comment. */
function readKnownFailures(): Map<string, string> {
	const known = new Map<string, string>();
	if (!existsSync(KNOWN_FAILURES)) {
		return known;
	}
	for (const raw of readFileSync(KNOWN_FAILURES, 'utf8').split(/\r?\n/u)) {
		const line = raw.replace(/#.*$/u, '').trim();
		if (line === '') {
			continue;
		}
		const [name, ...reason] = line.split(/\s+[—-]\s+/u);
		known.set(name.trim(), reason.join(' — ').trim());
	}
	return known;
}

function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let index = 0; index < offset && index < text.length; index++) {
		if (text.charCodeAt(index) === 10) {
			line++;
		}
	}
	return line;
}

interface RaisedFinding {
	readonly code: string;
	readonly line: number;
	readonly severity: string;
	readonly message: string;
}

function formatFinding(finding: RaisedFinding): string {
	return `${finding.line} ${finding.severity} ${finding.code}: ${finding.message}`;
}

/** The differences between what the law expects and what the engine said; empty when the case passes. */
function compareWithExpectation(expected: Expectation, raised: readonly RaisedFinding[]): string[] {
	const problems: string[] = [];
	for (const wanted of expected.findings) {
		const found = raised.some((finding) => finding.code === wanted.code && finding.line === wanted.line && finding.severity === wanted.severity);
		if (!found) {
			problems.push(`missing: ${wanted.line} ${wanted.severity} ${wanted.code} (${wanted.why.replace(/\s+/gu, ' ')})`);
		}
	}
	for (const finding of raised) {
		if (!LOUD.has(finding.severity)) {
			continue;
		}
		const expectedHere = expected.findings.some((wanted) => wanted.code === finding.code && wanted.line === finding.line && wanted.severity === finding.severity);
		if (!expectedHere) {
			problems.push(`unexpected: ${formatFinding(finding)}`);
		}
	}
	return problems;
}

function raisedFindings(text: string, today: Date): RaisedFinding[] {
	const model = modelOf(text);
	return analyze(model, { settings: { rules: {} }, language: 'fr', today }).map((finding: RuleFinding) => ({
		code: finding.ruleId,
		line: lineOf(text, finding.span.start),
		severity: finding.severity,
		message: finding.message,
	}));
}

function expectationOf(name: string): Expectation {
	return expectation.parse(parseYaml(readFileSync(join(CORPUS, `${name}.expected.yaml`), 'utf8')));
}

function problemsOf(name: string): string[] {
	const expected = expectationOf(name);
	const text = readFileSync(join(CORPUS, `${name}.md`), 'utf8');
	return compareWithExpectation(expected, raisedFindings(text, analysisDate(expected.today)));
}

suite('Corpus: pleadings in varied styles, findings expected from the law', () => {
	const knownFailures = readKnownFailures();
	const cases = readdirSync(CORPUS)
		.filter((file) => file.endsWith('.md') && existsSync(join(CORPUS, file.replace(/\.md$/u, '.expected.yaml'))))
		.map((file) => file.replace(/\.md$/u, ''))
		.sort();

	test('Should hold at least 40 cases, a third of them clean, every pleading with its expectation', () => {
		const orphans = readdirSync(CORPUS).filter((file) => file.endsWith('.md') && !['README.md', 'FAILURES.md'].includes(file) && !cases.includes(file.replace(/\.md$/u, '')));
		assert.deepEqual(orphans, [], 'pleadings without .expected.yaml');
		assert.ok(cases.length >= 40, `${cases.length} cases`);
		const clean = cases.filter((name) => expectationOf(name).clean);
		assert.ok(clean.length * 3 >= cases.length, `${clean.length} clean of ${cases.length}`);
	});

	test('Should list in known-failures.txt only cases that exist, each with a reason', () => {
		for (const [name, reason] of knownFailures) {
			assert.ok(cases.includes(name), `known-failures.txt names an unknown case: ${name}`);
			assert.notEqual(reason, '', `known-failures.txt gives no reason for ${name}`);
		}
	});

	// A skipped case that the engine now gets right would hide a later regression: it must leave the list.
	test('Should list in known-failures.txt only cases the engine still gets wrong', () => {
		const nowPassing = [...knownFailures.keys()].filter((name) => cases.includes(name) && problemsOf(name).length === 0);
		assert.deepEqual(nowPassing, [], 'these cases now pass: remove them from known-failures.txt (and FAILURES.md)');
	});

	for (const name of cases) {
		const expected = expectationOf(name);
		test(`Should be consistent: ${name} (clean means no expected warning or error)`, () => {
			const loudExpected = expected.findings.filter((finding) => LOUD.has(finding.severity));
			assert.equal(expected.clean, loudExpected.length === 0, `clean: ${expected.clean} but ${loudExpected.length} expected warnings or errors`);
		});

		const title = `Should find what the law expects in ${name}${expected.clean ? ' (clean)' : ''}`;
		const reason = knownFailures.get(name);
		if (reason !== undefined) {
			test.skip(`${title} — known engine defect: ${reason}`, () => undefined);
			continue;
		}
		test(title, () => {
			assert.deepEqual(problemsOf(name), []);
		});
	}
});
