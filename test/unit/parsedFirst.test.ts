import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { AnalysisCache } from '../../server/src/services/analysisCache';
import { loadDossierAsync } from '../../server/src/services/dossierFiles';
import { defaultSettings } from '../../server/src/settings';

suite('The act as parsed, before its findings', () => {
	test('Should give the model, with what it inherits from its dossier, before the rules have run, and the same model to the analysis', async function () {
		this.timeout(60_000);
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-parsed-first-'));
		writeFileSync(join(directory, 'dossier.yaml'), 'juridiction: Tribunal judiciaire de Lyon\n');
		const cache = new AnalysisCache(join(process.cwd(), 'dist', 'analysisThread.js'), 30_000, () => undefined);
		try {
			const uri = pathToFileURL(join(directory, 'acte.md')).toString();
			const document = TextDocument.create(uri, 'markdown', 1, ['---', 'acte: requete', 'dossier: dossier.yaml', 'date: 2025-01-15', '---', '# Faits', '', 'Des menaces.'].join('\n'));
			const loadDossier = (reference: string | undefined) => loadDossierAsync(uri, reference, { root: directory, allowOutside: false }, () => undefined, translator('fr'));
			const today = new Date('2025-01-15T12:00:00Z');
			const settled: string[] = [];
			const model = cache.model(document, defaultSettings, today, loadDossier).then((parsed) => {
				settled.push('model');
				return parsed;
			});
			const analysis = cache.get(document, defaultSettings, today, loadDossier).then((result) => {
				settled.push('analysis');
				return result;
			});
			const [parsed, result] = await Promise.all([model, analysis]);
			// The thread sends the model, then runs the rules: the model is known first, whatever the machine.
			assert.deepEqual(settled, ['model', 'analysis']);
			assert.ok(parsed !== undefined && !('interrupted' in parsed) && result !== undefined && !('interrupted' in result));
			assert.equal(parsed.frontMatter?.data.juridiction, 'Tribunal judiciaire de Lyon', 'the act inherits from its dossier');
			assert.equal(result.model, parsed, 'one model for the version');
			assert.ok(result.diagnostics.length > 0, 'the rules ran');
			// Once analysed, the version's model is the analysis's.
			assert.equal(await cache.model(document, defaultSettings, today, loadDossier), parsed);
		} finally {
			cache.dispose();
		}
	});

	test('Should give a version typed over before its turn the model of the version that replaced it, as soon as that one is parsed', async function () {
		this.timeout(60_000);
		const cache = new AnalysisCache(join(process.cwd(), 'dist', 'analysisThread.js'), 30_000, () => undefined);
		try {
			const text = (words: string) => ['---', 'acte: requete', 'date: 2025-01-15', '---', '# Faits', '', words].join('\n');
			const today = new Date('2025-01-15T12:00:00Z');
			// Two keystrokes before the thread takes the first: only the second is analysed.
			const settled: string[] = [];
			const first = cache.model(TextDocument.create('file:///frappe.md', 'markdown', 1, text('Des menaces')), defaultSettings, today).then((model) => {
				settled.push('first model');
				return model;
			});
			const latestDocument = TextDocument.create('file:///frappe.md', 'markdown', 2, text('Des menaces.'));
			const second = cache.model(latestDocument, defaultSettings, today);
			const analysis = cache.get(latestDocument, defaultSettings, today).then(() => settled.push('analysis'));
			const [replaced, latest] = await Promise.all([first, second, analysis]);
			assert.deepEqual(settled, ['first model', 'analysis'], 'not after the rules of the version that replaced it');
			assert.ok(latest !== undefined && !('interrupted' in latest));
			assert.equal(replaced, latest);
			assert.match(latest.document.getText(), /Des menaces\.$/u);
		} finally {
			cache.dispose();
		}
	});

	test('Should answer for the latest version when an older version\'s job reaches the thread after it', async function () {
		this.timeout(60_000);
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-late-job-'));
		const sentinel = join(directory, 'libre');
		// The analysis thread, held on a first act until the test lets it go: the jobs behind it wait in the queue.
		const thread = join(directory, 'heldThread.js');
		writeFileSync(thread, [
			"const { parentPort } = require('node:worker_threads');",
			"const { existsSync } = require('node:fs');",
			`parentPort.on('message', (job) => { if (job.uri === 'file:///occupe.md') { while (!existsSync(${JSON.stringify(sentinel)})) {} } });`,
			`require(${JSON.stringify(join(process.cwd(), 'dist', 'analysisThread.js'))});`,
		].join('\n'));
		const cache = new AnalysisCache(thread, 30_000, () => undefined);
		const turn = () => new Promise((resolve) => setImmediate(resolve));
		try {
			const text = (words: string) => ['---', 'acte: requete', 'date: 2025-01-15', '---', '# Faits', '', words].join('\n');
			const today = new Date('2025-01-15T12:00:00Z');
			const held = cache.get(TextDocument.create('file:///occupe.md', 'markdown', 1, text('Occupé.')), defaultSettings, today);
			await turn();
			// Version 1 reads its dossier slowly: its job is sent after version 2's.
			let dossierRead: (source: undefined) => void = () => undefined;
			const slowDossier = new Promise<undefined>((resolve) => {
				dossierRead = resolve;
			});
			const first = cache.get(TextDocument.create('file:///lent.md', 'markdown', 1, text('Des menaces')), defaultSettings, today, () => slowDossier);
			const second = cache.get(TextDocument.create('file:///lent.md', 'markdown', 2, text('Des menaces.')), defaultSettings, today);
			await turn();
			dossierRead(undefined);
			await turn();
			writeFileSync(sentinel, '');
			const [, replaced, latest] = await Promise.all([held, first, second]);
			assert.ok(latest !== undefined && !('interrupted' in latest), 'the latest version is analysed, not left waiting');
			assert.match(latest.model.document.getText(), /Des menaces\.$/u);
			assert.equal(replaced, latest);
		} finally {
			cache.dispose();
		}
	});

	test('Should give no model for a Markdown file that is not an act', async function () {
		this.timeout(60_000);
		const cache = new AnalysisCache(join(process.cwd(), 'dist', 'analysisThread.js'), 30_000, () => undefined);
		try {
			assert.equal(await cache.model(TextDocument.create('file:///notes.md', 'markdown', 1, '# Notes\n'), defaultSettings, new Date()), undefined);
		} finally {
			cache.dispose();
		}
	});
});
