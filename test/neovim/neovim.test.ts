import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A second, real LSP client: Neovim's built-in one, which receives pushed diagnostics. */
suite('Neovim as an LSP client', () => {
	test('Should receive the diagnostics and answer a hover in headless Neovim', function () {
		this.timeout(60_000);
		const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
		assert.equal(version.status, 0, 'Neovim is missing: scripts/setup-test-tools.sh installs it (apt-get install neovim)');
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-nvim-'));
		const file = join(directory, 'acte.md');
		const text = readFileSync('examples/assignation.md', 'utf8');
		writeFileSync(file, text);
		const lines = text.split('\n');
		const hoverLine = lines.findIndex((line) => line.includes('menaces de mort (article 222-17'));
		const out = join(directory, 'seen.json');
		const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-n', '-c', `luafile ${join(process.cwd(), 'test', 'neovim', 'client.lua')}`], {
			encoding: 'utf8',
			timeout: 50_000,
			env: {
				...process.env,
				PRETOIRE_SERVER: join(process.cwd(), 'dist', 'server.js'),
				PRETOIRE_FILE: file,
				PRETOIRE_OUT: out,
				PRETOIRE_HOVER_LINE: String(hoverLine),
				PRETOIRE_HOVER_CHARACTER: String(lines[hoverLine].indexOf('menaces de mort') + 2),
			},
		});
		assert.equal(run.status, 0, run.stderr);
		const seen = JSON.parse(readFileSync(out, 'utf8')) as { published: boolean; diagnostics: { line: number; code: string; message: string }[]; hover: string };
		assert.equal(seen.published, true);
		const date = seen.diagnostics.find((diagnostic) => diagnostic.code === 'front-matter-invalid' && diagnostic.line === 3);
		assert.ok(date, JSON.stringify(seen.diagnostics));
		assert.ok(seen.diagnostics.some((diagnostic) => diagnostic.code === 'piece-undefined'));
		assert.match(seen.hover, /Menace de mort/u);
	});
});
