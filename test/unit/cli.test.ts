import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	// A hang is a failure too: a FIFO read would block forever.
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 300_000 });
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
		assert.deepEqual(findings.filter((finding) => (finding.severity === 'warning' || finding.severity === 'error') && finding.code !== 'placeholder-left'), []);
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
		assert.match(missing.stderr, /fichier introuvable/u);
		assert.equal(cli('frobnicate').status, 2);
	});

	test('Should read BOM and CR-only pleadings as pleadings', () => {
		const text = readFileSync(broken, 'utf8');
		const bom = join(directory, 'bom.md');
		const mac = join(directory, 'mac.md');
		writeFileSync(bom, `\uFEFF${text}`);
		writeFileSync(mac, text.replace(/\n/gu, '\r'));
		for (const file of [bom, mac]) {
			const { status, stdout } = cli('check', file);
			assert.equal(status, 1, file);
			assert.match(stdout, /:4:\d+: error front-matter-invalid/u);
		}
	});

	test('Should refuse a FIFO or a device instead of hanging', function () {
		const fifo = join(directory, 'tube.md');
		execFileSync('mkfifo', [fifo]);
		for (const file of [fifo, '/dev/zero']) {
			const { status, stderr } = cli('check', file);
			assert.equal(status, 2, file);
			assert.match(stderr, /pas un fichier ordinaire/u);
		}
	});

	test('Should write SARIF locations as encoded file URIs', () => {
		const folder = join(directory, 'dossier é #1');
		mkdirSync(folder);
		const file = join(folder, 'acte client.md');
		writeFileSync(file, readFileSync(broken, 'utf8'));
		const sarif = JSON.parse(cli('check', '--format', 'sarif', file).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
		const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
		assert.ok(uri.startsWith('file:///'), uri);
		assert.ok(uri.endsWith('/dossier%20%C3%A9%20%231/acte%20client.md'), uri);
		assert.equal(decodeURIComponent(new URL(uri).pathname), file);
	});

	test('Should cap --jobs at the core count and say so', () => {
		const { status, stderr } = cli('check', '--jobs', '64', clean);
		assert.equal(status, cli('check', clean).status);
		if (availableParallelism() < 64) {
			assert.match(stderr, new RegExp(`--jobs 64 ramené à ${availableParallelism()}`, 'u'));
		}
	});

	test('Should say its own lines in English with --language en, as the findings: a file that is no act, an unreadable settings file, what --fix repaired', () => {
		const project = mkdtempSync(join(tmpdir(), 'pretoire-english-'));
		const notes = join(project, 'notes.md');
		writeFileSync(notes, '# Notes\n');
		writeFileSync(join(project, '.pretoire.json'), '{ "rules": ');
		const act = join(project, 'acte.md');
		copyFileSync(join('test', 'rules', 'timestamp-mismatch', 'invalid-typo.md'), act);
		const english = cli('check', '--fix', '--language', 'en', notes, act);
		assert.match(english.stderr, /notes\.md: not a pleading \(no `acte:` key in the front matter\), skipped/u);
		assert.match(english.stderr, /\.pretoire\.json: unreadable settings file \(invalid JSON\); default settings applied/u);
		assert.match(english.stdout, /acte\.md:\d+:1: fixed comparution-warning-missing /u);
		assert.doesNotMatch(`${english.stdout}${english.stderr}`, /ignoré|illisible|corrigé/u);
		// French by default, the same lines.
		copyFileSync(join('test', 'rules', 'timestamp-mismatch', 'invalid-typo.md'), act);
		const french = cli('check', '--fix', notes, act);
		assert.match(french.stderr, /notes\.md : pas un acte \(aucune clé `acte:` dans le front matter\), ignoré/u);
		assert.match(french.stderr, /\.pretoire\.json : fichier de réglages illisible \(JSON invalide\) ; réglages par défaut appliqués/u);
		assert.match(french.stdout, /acte\.md:\d+:1: corrigé comparution-warning-missing /u);
	});

	test('Should apply the mechanical fixes with --fix, list them, and leave substance untouched', () => {
		const act = join(mkdtempSync(join(tmpdir(), 'pretoire-fix-')), 'acte.md');
		// A missing 56 4° paragraph (a scaffold: mechanical) and two times that contradict their URLs (substance).
		copyFileSync(join('test', 'rules', 'timestamp-mismatch', 'invalid-typo.md'), act);
		const first = cli('check', '--fix', act);
		assert.match(first.stdout, /acte\.md:\d+:1: corrigé comparution-warning-missing Ajouter les modalités de comparution et l’avertissement de l’article 56, 4°/u);
		assert.doesNotMatch(first.stdout, /corrigé timestamp-mismatch/u);
		const fixed = readFileSync(act, 'utf8');
		assert.match(fixed, /\*\*Modalités de comparution\.\*\*/u);
		assert.match(fixed, /horodatage: 2024-11-01T21:05:31\+01:00/u, 'a time of the facts is the lawyer’s to change');
		assert.match(fixed, /3 novembre 2024 à 22:18:03 \(UTC\+1\)/u);
		// Then it reports and exits as `check` does on the repaired act.
		const after = cli('check', act);
		assert.equal(first.status, after.status);
		assert.equal(first.stdout.split('\n').filter((line) => !line.includes(': corrigé ')).join('\n'), after.stdout);
		assert.match(after.stdout, /warning timestamp-mismatch/u);
		assert.doesNotMatch(after.stdout, /comparution-warning-missing/u);
	});

	test('Should leave a file with nothing mechanical to fix untouched byte for byte with --fix', () => {
		const act = join(mkdtempSync(join(tmpdir(), 'pretoire-fix-')), 'acte.md');
		copyFileSync(join('test', 'rules', 'timestamp-mismatch', 'invalid-typo.md'), act);
		cli('check', '--fix', act);
		for (const file of [act, clean]) {
			const bytes = readFileSync(file);
			const written = statSync(file).mtimeMs;
			const again = cli('check', '--fix', file);
			assert.doesNotMatch(again.stdout, /: corrigé /u, file);
			assert.ok(readFileSync(file).equals(bytes), `${file} rewritten`);
			assert.equal(statSync(file).mtimeMs, written, `${file} written again`);
			assert.equal(again.stdout, cli('check', file).stdout);
		}
	});

	test('Should keep stdout parseable JSON with --fix and list the repairs on stderr', () => {
		const act = join(mkdtempSync(join(tmpdir(), 'pretoire-fix-')), 'acte.md');
		copyFileSync(join('test', 'rules', 'piece-undefined', 'invalid-unlisted.md'), act);
		const { status, stdout, stderr } = cli('check', '--fix', '--format', 'json', act);
		assert.match(stderr, /acte\.md:29:12: corrigé piece-undefined Ajouter la pièce n° 9 au bordereau/u);
		const findings = JSON.parse(stdout) as { code: string }[];
		assert.equal(findings.some((finding) => finding.code === 'piece-undefined'), false);
		assert.equal(status, cli('check', act).status);
		assert.match(readFileSync(act, 'utf8'), /- numero: 9\n {4}intitule: "\[À compléter : intitulé de la pièce\]"/u);
	});

	test('Should neither crash nor hang on hostile nesting and delimiter runs, and keep the other files’ findings', function () {
		// Four hostile files and four others in two threads: on a loaded machine this takes longer than mocha's default.
		this.timeout(300_000);
		const template = readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8');
		const shapes = {
			'quotes.md': `${template}\n${'> '.repeat(20_000)}citation\n`,
			'lists.md': `${template}\n\n${Array.from({ length: 3_000 }, (_, depth) => `${'  '.repeat(depth % 1_000)}- item`).join('\n')}\n`,
			'brackets.md': `${template}\n\n${'['.repeat(50_000)}\n`,
			'stars.md': `${template}\n\n${'*'.repeat(50_000)}\n`,
		};
		const files = Object.entries(shapes).map(([name, text]) => {
			const file = join(directory, name);
			writeFileSync(file, text);
			return file;
		});
		const { status, stdout, stderr } = cli('check', '--format', 'json', '--jobs', '2', ...files, broken, broken, broken, broken);
		assert.equal(status, 1, stderr);
		const findings = JSON.parse(stdout) as { file: string; code: string }[];
		for (const file of files) {
			assert.ok(findings.some((finding) => finding.file === file && finding.code === 'document-too-large'), `${file}: the neutralised structure is reported`);
		}
		assert.equal(findings.filter((finding) => finding.file === broken && finding.code === 'front-matter-invalid').length, 4);
	});
});
