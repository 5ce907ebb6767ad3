import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FAILED } from '../../server/src/engine/analyze';
import { rules } from '../../server/src/rules';
import type { Severity } from '../../server/src/rules/types';

/**
 * The French rule pages (docs/rules) stay in step with the code: each page has the common structure,
 * and every diagnostic it quotes as an example is one the fixtures produce today, word for word, so a
 * changed message fails the build until its page is updated.
 */

const DOCS = join(process.cwd(), 'docs', 'rules');
const FIXTURES = join(process.cwd(), 'test', 'rules');
const SECTIONS = ['Ce que la règle vérifie', 'Pourquoi', 'Sources', 'Exemple', 'Correction', 'Réglage'];
const FRENCH_SEVERITY: Readonly<Record<Severity, string>> = { error: 'erreur', warning: 'avertissement', info: 'information', hint: 'indication' };
/** The engine reports a failing rule under this code, always as a warning (server/src/engine/analyze.ts). */
const RULE_FAILED_SEVERITY: Severity = 'warning';

/** A golden line: `line:col-line:col severity code/messageId message` (a rule not yet migrated to message ids has none). */
const DIAGNOSTIC_LINE = /^\d+:\d+-\d+:\d+ (?:error|warning|info|hint) ([a-z0-9-]+)(?:\/\w+)? /u;
/** A line of a page's « Messages » section: `- \`messageId\` : French text`. */
const MESSAGE_LINE = /^- `(\w+)` : (.*)$/u;

function page(code: string): string {
	return readFileSync(join(DOCS, `${code}.md`), 'utf8').replace(/\r\n/gu, '\n');
}

/** The lines of the fenced blocks whose info string is `text`. */
function textBlockLines(markdown: string): string[] {
	const lines: string[] = [];
	let fence: { marker: string; text: boolean } | undefined;
	for (const line of markdown.split('\n')) {
		const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/u.exec(line);
		if (fence === undefined) {
			if (opening !== null) {
				fence = { marker: opening[1], text: opening[2] === 'text' };
			}
			continue;
		}
		const closing = /^ {0,3}(`{3,}|~{3,})\s*$/u.exec(line);
		if (closing !== null && closing[1][0] === fence.marker[0] && closing[1].length >= fence.marker.length) {
			fence = undefined;
			continue;
		}
		if (fence.text) {
			lines.push(line);
		}
	}
	return lines;
}

/** Every line of the rule's golden files, as the fixture harness writes them. */
function expectedLines(code: string): Set<string> {
	const directory = join(FIXTURES, code);
	const files = existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith('.expected')) : [];
	return new Set(files.flatMap((file) => readFileSync(join(directory, file), 'utf8').replace(/\r\n/gu, '\n').split('\n')).filter((line) => line !== ''));
}

function quotedDiagnostics(markdown: string): { line: string; code: string }[] {
	return textBlockLines(markdown).flatMap((line) => {
		const match = DIAGNOSTIC_LINE.exec(line);
		return match === null ? [] : [{ line, code: match[1] }];
	});
}

function assertStructure(code: string): void {
	const path = join(DOCS, `${code}.md`);
	assert.ok(existsSync(path), `docs/rules/${code}.md is missing`);
	const markdown = page(code);
	assert.equal(markdown.split('\n')[0], `# ${code}`, `docs/rules/${code}.md must start with "# ${code}"`);
	const headings = markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
	const found = SECTIONS.filter((section) => headings.includes(section));
	assert.deepEqual(found, SECTIONS, `docs/rules/${code}.md lacks sections: ${SECTIONS.filter((section) => !headings.includes(section)).join(', ')}`);
	assert.deepEqual(headings.filter((heading) => SECTIONS.includes(heading)), SECTIONS, `docs/rules/${code}.md: sections out of order`);
}

suite('Rule documentation pages stay in step with the code', () => {
	for (const rule of rules) {
		suite(rule.id, () => {
			test('Should have a page starting with its code and the six sections', () => {
				assertStructure(rule.id);
			});

			test('Should quote in a text block at least one diagnostic of its fixtures, each word for word', () => {
				const quoted = quotedDiagnostics(page(rule.id));
				assert.ok(quoted.some((diagnostic) => diagnostic.code === rule.id), `docs/rules/${rule.id}.md quotes no diagnostic of ${rule.id} in a \`\`\`text block`);
				for (const { line, code } of quoted) {
					const expected = expectedLines(code);
					assert.ok(expected.size > 0, `docs/rules/${rule.id}.md quotes a diagnostic of ${code}, which has no golden file`);
					assert.ok(expected.has(line), `docs/rules/${rule.id}.md quotes a diagnostic found in no test/rules/${code}/*.expected:\n${line}`);
				}
			});
		});
	}

	test('Should list each rule’s messages by id, with their French text, in its « Messages » section', () => {
		const problems: string[] = [];
		for (const rule of rules) {
			const section = page(rule.id).split('\n## Messages\n')[1] ?? '';
			const listed = section.split('\n').flatMap((line) => {
				const match = MESSAGE_LINE.exec(line);
				return match === null ? [] : [[match[1], match[2]]];
			});
			const declared = Object.entries(rule.messages ?? {});
			if (JSON.stringify(listed) !== JSON.stringify(declared)) {
				problems.push(`docs/rules/${rule.id}.md: « ## Messages » should list ${declared.map(([id]) => id).join(', ') || 'nothing'}, word for word`);
			}
		}
		assert.deepEqual(problems, []);
	});

	test(`Should have a page for ${RULE_FAILED} with the six sections`, () => {
		assertStructure(RULE_FAILED);
	});

	test('Should list every rule and rule-failed in docs/rules/README.md with its default severity in French', () => {
		const readme = page('README');
		const rows = new Map<string, string>();
		for (const line of readme.split('\n')) {
			const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
			const code = /`([a-z0-9-]+)`/u.exec(cells[0] ?? '')?.[1];
			if (code !== undefined && cells.length >= 2) {
				rows.set(code, cells[1]);
			}
		}
		const severities: [string, Severity][] = [...rules.map((rule): [string, Severity] => [rule.id, rule.defaultSeverity]), [RULE_FAILED, RULE_FAILED_SEVERITY]];
		for (const [code, severity] of severities) {
			const cell = rows.get(code);
			assert.ok(cell !== undefined, `docs/rules/README.md does not list ${code}`);
			assert.match(cell, new RegExp(`^${FRENCH_SEVERITY[severity]}(?![\\p{L}])`, 'u'), `docs/rules/README.md: ${code} should default to « ${FRENCH_SEVERITY[severity]} », not « ${cell} »`);
		}
		const known = new Set(severities.map(([code]) => code));
		assert.deepEqual([...rows.keys()].filter((code) => !known.has(code)), [], 'docs/rules/README.md lists unknown codes');
	});
});
