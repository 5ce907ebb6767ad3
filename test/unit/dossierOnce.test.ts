import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { parsePleading } from '../../server/src/document/parse';
import { AnalysisCache } from '../../server/src/services/analysisCache';
import { dossierReferenceOf, loadDossierAsync } from '../../server/src/services/dossierFiles';
import { defaultSettings } from '../../server/src/settings';

const act = (dossierLine: string, lineBreak = '\n'): string => ['---', 'acte: requete', 'juridiction: Tribunal judiciaire de Paris', dossierLine, 'date: 2025-01-15', '---', '# Faits', '', 'dossier: ailleurs.yaml'].join(lineBreak);

suite('The dossier an act names, read before the analysis', () => {
	test('Should read the `dossier:` value as the front matter’s YAML does, in the forms lawyers write', () => {
		const forms = [
			act('dossier: dossier.yaml'),
			act('dossier:   ../affaire/dossier.yaml   '),
			act('dossier: dossier.yaml # le dossier commun'),
			act("dossier: 'dossier de l''affaire.yaml'"),
			act('dossier: "dossier #2.yaml"'),
			act('dossier: "caf\\u00e9.yaml" # commentaire'),
			act('dossier: dossier.yaml', '\r\n'),
			act('dossier:'),
			act('# dossier: ancien.yaml'),
			act('parties:\n  dossier: imbriqué.yaml'),
			act('juge: x'),
			'# Pas de front matter\n\ndossier: dossier.yaml\n',
		];
		for (const text of forms) {
			assert.equal(dossierReferenceOf(text), parsePleading(TextDocument.create('file:///acte.md', 'markdown', 1, text)).frontMatter?.data.dossier, text);
		}
	});

	test('Should analyse an act once, with the dossier its first version names', async function () {
		this.timeout(60_000);
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-dossier-once-'));
		writeFileSync(join(directory, 'dossier.yaml'), 'juridiction: Tribunal judiciaire de Lyon\n');
		// The analysis thread, counting the acts it analyses in a file beside it.
		const count = join(directory, 'analyses.txt');
		writeFileSync(count, '');
		const thread = join(directory, 'countingThread.js');
		writeFileSync(thread, [
			"const { parentPort } = require('node:worker_threads');",
			"const { appendFileSync } = require('node:fs');",
			`parentPort.on('message', (job) => job.kind === 'analyse' && appendFileSync(${JSON.stringify(count)}, 'x'));`,
			`require(${JSON.stringify(join(process.cwd(), 'dist', 'analysisThread.js'))});`,
		].join('\n'));
		const cache = new AnalysisCache(thread, 30_000, () => undefined);
		try {
			const uri = pathToFileURL(join(directory, 'acte.md')).toString();
			const text = act('dossier: dossier.yaml').replace('juridiction: Tribunal judiciaire de Paris\n', '');
			const analysis = await cache.get(TextDocument.create(uri, 'markdown', 1, text), defaultSettings, new Date('2025-01-15T12:00:00Z'), (reference) => loadDossierAsync(uri, reference, { root: directory, allowOutside: false }, () => undefined, translator('fr')));
			assert.ok(analysis !== undefined && !('interrupted' in analysis));
			assert.equal(analysis.model.frontMatter?.data.juridiction, 'Tribunal judiciaire de Lyon', 'the act inherits from its dossier');
			assert.equal(readFileSync(count, 'utf8'), 'x', 'one analysis, not one without the dossier and one with it');
		} finally {
			cache.dispose();
		}
	});
});
