import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('CLI: pretoire check', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-cli-'));
	const clean = join(directory, 'clean.md');
	const broken = join(directory, 'broken.md');
	writeFileSync(clean, '---\nacte: requete\njuridiction: Tribunal judiciaire de Paris\ndate: 2025-01-15\n---\n');
	writeFileSync(broken, '---\nacte: requete\njuridiction: Tribunal judiciaire de Paris\ndate: 2025-01-45\n---\n');

	test('Should print findings like a linter and exit 1 on an error', () => {
		const { status, stdout } = cli('check', broken);
		assert.equal(status, 1);
		assert.match(stdout, /broken\.md:4:7: error front-matter-invalid Valeur invalide pour `date`/u);
	});

	test('Should print a stable JSON array', () => {
		const { status, stdout } = cli('check', '--format', 'json', broken);
		assert.equal(status, 1);
		const finding = (JSON.parse(stdout) as Record<string, unknown>[]).find((candidate) => candidate.code === 'front-matter-invalid')!;
		assert.deepEqual(Object.keys(finding), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
		assert.deepEqual([finding.line, finding.column, finding.code], [4, 7, 'front-matter-invalid']);
	});

	test('Should print SARIF 2.1.0', () => {
		const sarif = JSON.parse(cli('check', '--format=sarif', broken).stdout);
		assert.equal(sarif.version, '2.1.0');
		const result = sarif.runs[0].results.find((candidate: { ruleId: string }) => candidate.ruleId === 'front-matter-invalid');
		assert.equal(result.ruleId, 'front-matter-invalid');
		assert.equal(result.level, 'error');
		assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 4, startColumn: 7, endLine: 4, endColumn: 17 });
		assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'front-matter-invalid');
	});

	test('Should exit 0 on the templates with no warning or error in its JSON array', () => {
		const cleanPleadings = readdirSync('templates').filter((file) => file.endsWith('.md')).map((file) => join('templates', file));
		const { status, stdout } = cli('check', '--format', 'json', ...cleanPleadings);
		assert.equal(status, 0);
		const findings = JSON.parse(stdout) as { severity: string; code: string }[];
		assert.ok(Array.isArray(findings));
		// Templates are blanks by design: their sample values are what placeholder-left must flag.
		assert.deepEqual(findings.filter((finding) => finding.severity !== 'info' && finding.code !== 'placeholder-left'), []);
	});

	test('Should read the rule settings of the nearest .pretoire.json, and honour suppression comments', () => {
		const project = mkdtempSync(join(tmpdir(), 'pretoire-project-'));
		const nested = join(project, 'dossiers', 'martin');
		mkdirSync(nested, { recursive: true });
		const pleading = join(nested, 'requete.md');
		writeFileSync(pleading, readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8'));
		const codes = (): string[] => (JSON.parse(cli('check', '--format', 'json', pleading).stdout) as { code: string }[]).map((finding) => finding.code);
		assert.ok(codes().includes('placeholder-left'));
		writeFileSync(join(project, '.pretoire.json'), JSON.stringify({ rules: { 'placeholder-left': 'off', 'piece-unused': 'error' } }));
		assert.equal(codes().includes('placeholder-left'), false);
		writeFileSync(join(project, '.pretoire.json'), '{ "rules": ');
		const unreadable = cli('check', pleading);
		assert.match(unreadable.stderr, /\.pretoire\.json : fichier de réglages illisible .* réglages par défaut appliqués/u);
		assert.match(unreadable.stdout, /placeholder-left/u);
		writeFileSync(join(project, '.pretoire.json'), '{}');
		const silenced = readFileSync(pleading, 'utf8').replace('  nom: Maître Jeanne DUPONT', '  # pretoire-disable-next-line placeholder-left\n  nom: Maître Jeanne DUPONT');
		writeFileSync(pleading, silenced);
		assert.equal(cli('check', pleading).stdout.includes('Jeanne DUPONT'), false);
	});

	test('Should give the same report in parallel as in one thread, in the files’ order', () => {
		const files = Array.from({ length: 12 }, (_, index) => (index % 3 === 0 ? broken : clean));
		const serial = cli('check', '--format', 'json', '--jobs', '1', ...files);
		const parallel = cli('check', '--format', 'json', '--jobs', '2', ...files);
		assert.equal(parallel.status, 1);
		assert.equal(parallel.stdout, serial.stdout);
		assert.equal(cli('check', '--jobs', '0', clean).status, 2);
	});

	test('Should exit 2 with a French message on bad usage or an unreadable file', () => {
		assert.equal(cli('check', '--format', 'xml', clean).status, 2);
		const missing = cli('check', join(directory, 'absent.md'));
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /lecture impossible/u);
		assert.equal(cli('frobnicate').status, 2);
	});
});
