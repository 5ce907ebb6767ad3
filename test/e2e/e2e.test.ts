import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startCodeServer, type CodeServer } from './codeServer';

/**
 * The packaged extension in a real VS Code (code-server) driven through its UI with Debian's
 * Chromium, as a lawyer meets it. Run by `npm test` after `scripts/setup-test-tools.sh`.
 */
const VSIX = join(process.cwd(), `pretoire-${JSON.parse(readFileSync('package.json', 'utf8')).version}.vsix`);
const ARTIFACTS = join(process.cwd(), 'test', 'e2e', 'artifacts');
const defective = readFileSync('examples/assignation.md', 'utf8');
const template = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8');

async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync(ARTIFACTS, { recursive: true });
	await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function openWorkbench(browser: Browser, server: CodeServer): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	await page.goto(server.url);
	await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
	await page.waitForSelector('.statusbar', { timeout: 60_000 });
	return page;
}

async function openFile(page: Page, name: string): Promise<void> {
	await page.keyboard.press('Control+P');
	await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
	await page.keyboard.type(name);
	// Click the file itself: Enter would take the first row, which may be a recently opened file.
	await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().click();
	await page.waitForSelector(`.tab.active[aria-label*="${name}"]`);
	await page.waitForSelector('.monaco-editor .view-lines');
}

async function runCommand(page: Page, title: string): Promise<void> {
	await page.keyboard.press('F1');
	await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
	await page.keyboard.type(title);
	await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 15_000 });
	await page.keyboard.press('Enter');
}

/** Waits until the quick input shows the step `title` (the server answers before it opens). */
async function quickInputTitled(page: Page, title: string): Promise<void> {
	await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: 20_000 });
	await page.waitForTimeout(200);
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
	await page.keyboard.press('Control+G');
	await page.keyboard.type(`${line}:${column}`);
	await page.keyboard.press('Enter');
}

/** Reads the Problems view until `predicate` holds (diagnostics arrive asynchronously). */
async function problems(page: Page, predicate: (text: string) => boolean): Promise<string> {
	const panelOpen = await page.locator('.markers-panel').isVisible().catch(() => false);
	if (!panelOpen) {
		await page.keyboard.press('Control+Shift+M');
	}
	let text = '';
	for (let attempt = 0; attempt < 60; attempt++) {
		text = (await page.locator('.markers-panel').innerText().catch(() => '')) ?? '';
		if (predicate(text)) {
			return text;
		}
		await page.waitForTimeout(500);
	}
	throw new Error(`Problems view never matched; last content:\n${text}`);
}

async function waitForFile(path: string, timeoutMs = 30_000): Promise<void> {
	const start = Date.now();
	while (!existsSync(path)) {
		if (Date.now() - start > timeoutMs) {
			throw new Error(`${path} was not written within ${timeoutMs} ms`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

suite('End to end in code-server (trusted workspace)', function () {
	this.timeout(180_000);
	let server: CodeServer;
	let browser: Browser;
	let page: Page;

	suiteSetup(async function () {
		this.timeout(300_000);
		assert.ok(existsSync(VSIX), `${VSIX} missing: run npm run package first`);
		server = await startCodeServer(VSIX, { trusted: true, files: { 'defauts.md': defective, 'propre.md': template, 'notes.md': '# Notes\n\ndate: 2025-02-30\n' } });
		browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
		});
		page = await openWorkbench(browser, server);
	});

	teardown(async function () {
		if (this.currentTest?.state === 'failed') {
			await screenshot(page, `failed-${this.currentTest.title.replace(/\W+/gu, '-')}`);
		}
	});

	suiteTeardown(async () => {
		await browser?.close();
		server?.stop();
	});

	test('Should show the defects of a pleading in the Problems view, in French', async () => {
		await openFile(page, 'defauts.md');
		// The view shows its first rows only: errors, then the warnings in document order (the sample
		// values of the front matter first); the dispositif's data-beyond-l34-1 is checked by the quick fix below.
		const text = await problems(page, (content) => content.includes('piece-undefined') && content.includes('placeholder-left'));
		assert.match(text, /La pièce n° 7 est citée mais absente du bordereau/u);
		assert.match(text, /Valeur invalide pour `date`/u);
		assert.match(text, /Valeur d’exemple du modèle laissée dans l’acte : « Jeanne DUPONT »/u);
		await screenshot(page, '01-problems');
	});

	test('Should show the status bar count of the pleading', async () => {
		await openFile(page, 'defauts.md');
		const status = page.locator('.statusbar-item:has(.codicon-law)');
		await status.waitFor({ timeout: 15_000 });
		assert.match(await status.innerText(), /^\s*[1-9]\d*\s+\d+\s*$/u);
	});

	test('Should explain an offence on hover', async () => {
		await openFile(page, 'propre.md');
		const line = template.split('\n').findIndex((candidate) => candidate.includes('Les messages sont constitutifs de menaces de mort')) + 1;
		await goTo(page, line, 40);
		await runCommand(page, 'Show or Focus Hover');
		const hover = page.locator('.monaco-hover-content').first();
		await hover.waitFor({ timeout: 15_000 });
		assert.match(await hover.innerText(), /222-17/u);
		await screenshot(page, '02-hover');
		await page.keyboard.press('Escape');
	});

	test('Should apply a quick fix through the light bulb', async () => {
		await openFile(page, 'defauts.md');
		const line = defective.split('\n').findIndex((candidate) => candidate.includes('et la géolocalisation')) + 1;
		const column = defective.split('\n')[line - 1].indexOf('géolocalisation') + 3;
		await goTo(page, line, column);
		await runCommand(page, 'Quick Fix...');
		const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Retirer « géolocalisation »' }).first();
		await action.waitFor({ timeout: 15_000 });
		await screenshot(page, '03-quick-fix');
		// The menu is driven by the keyboard (a pointer block covers it): move to our fix, then apply it.
		for (let step = 0; step < 10 && !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Retirer « géolocalisation »' }).count()); step++) {
			await page.keyboard.press('ArrowDown');
		}
		await page.keyboard.press('Enter');
		await page.keyboard.press('Control+S');
		await page.waitForTimeout(1000);
		assert.doesNotMatch(readFileSync(join(server.workspace, 'defauts.md'), 'utf8'), /géolocalisation/u);
	});

	test('Should insert a dispositif snippet', async () => {
		await openFile(page, 'defauts.md');
		await page.keyboard.press('Control+End');
		await page.keyboard.press('Enter');
		await page.keyboard.type('145-interdiction-informer');
		await page.keyboard.press('Control+Space');
		const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: '145-interdiction-informer' }).first();
		await suggestion.waitFor({ timeout: 15_000 });
		await screenshot(page, '04-snippet');
		await page.keyboard.press('Enter');
		// Leave the choice list, then the snippet's tab stops.
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+S');
		await page.waitForTimeout(1500);
		assert.match(readFileSync(join(server.workspace, 'defauts.md'), 'utf8'), /FAIRE INTERDICTION/u);
	});

	test('Should create a clean pleading with "New pleading…"', async () => {
		await runCommand(page, 'Prétoire: New pleading');
		await quickInputTitled(page, 'New pleading (1/4)');
		await page.keyboard.type('plateforme');
		await page.keyboard.press('Enter');
		await quickInputTitled(page, 'New pleading (2/4)');
		await page.keyboard.type('TikTok');
		await page.keyboard.press('Enter');
		await quickInputTitled(page, 'New pleading (3/4)');
		await page.keyboard.press('Enter');
		await quickInputTitled(page, 'New pleading (4/4)');
		await screenshot(page, '05-new-pleading-offences');
		await page.keyboard.press('Enter');
		await quickInputTitled(page, 'Save the new pleading');
		await page.keyboard.press('Enter');
		const created = join(server.workspace, 'assignation.md');
		await waitForFile(created);
		const text = readFileSync(created, 'utf8');
		assert.match(text, /plateforme: tiktok/u);
		const findings = JSON.parse(execFileSync(process.execPath, [join('dist', 'cli.js'), 'check', '--format', 'json', created], { encoding: 'utf8' })) as { severity: string }[];
		assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
		await screenshot(page, '06-new-pleading');
	});

	test('Should export the PDF from the command palette', async () => {
		await openFile(page, 'propre.md');
		await runCommand(page, 'Prétoire: Export to PDF');
		const pdf = join(server.workspace, 'propre.pdf');
		await waitForFile(pdf, 60_000);
		await page.locator('.notification-toast', { hasText: 'PDF' }).first().waitFor({ timeout: 30_000 });
		await screenshot(page, '07-export');
		execFileSync('qpdf', ['--check', pdf]);
	});

	test('Should restart a crashed server, say so once, and keep analysing', async () => {
		const extensions = join(server.workspace, '..', 'extensions');
		// Kill the language server as a crash would.
		execFileSync('pkill', ['-KILL', '-f', `${extensions}/.*dist/server\\.js`]);
		await page.locator('.notification-toast', { hasText: 'stopped unexpectedly' }).first().waitFor({ timeout: 30_000 });
		await screenshot(page, '08-server-restarted');
		await openFile(page, 'defauts.md');
		await page.keyboard.press('Control+End');
		await page.keyboard.type('\nVoir la pièce n° 9.');
		await problems(page, (content) => content.includes('La pièce n° 9 est citée mais absente du bordereau'));
	});

	test('Should leave a Markdown file that is not a pleading alone', async () => {
		await openFile(page, 'notes.md');
		await page.waitForTimeout(2000);
		const text = await problems(page, () => true);
		assert.doesNotMatch(text, /notes\.md/u);
	});
});

suite('End to end in code-server (restricted mode)', function () {
	this.timeout(180_000);
	let server: CodeServer;
	let browser: Browser;

	suiteSetup(async function () {
		this.timeout(300_000);
		server = await startCodeServer(VSIX, { trusted: false, files: { 'defauts.md': defective } });
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
	});

	suiteTeardown(async () => {
		await browser?.close();
		server?.stop();
	});

	test('Should analyse in restricted mode and keep the export for trusted workspaces', async () => {
		const page = await openWorkbench(browser, server);
		await page.waitForTimeout(3000);
		await screenshot(page, '09-trust-prompt');
		const restricted = page.getByRole('button', { name: /No, I don.t trust|Don.t Trust/u });
		await restricted.click({ timeout: 20_000 });
		await openFile(page, 'defauts.md');
		await problems(page, (content) => content.includes('piece-undefined'));
		await page.keyboard.press('F1');
		await page.keyboard.type('Prétoire: Export to PDF');
		await page.waitForTimeout(1500);
		assert.equal(await page.locator('.quick-input-list .monaco-list-row[aria-label*="Prétoire: Export to PDF"]').count(), 0);
		await screenshot(page, '10-restricted-mode');
	});
});
