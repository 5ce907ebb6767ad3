import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExportPdfRequest, ExportWordRequest } from '../../server/src/protocol';
import { exportTarget } from '../../server/src/services/exportService';
import { clientForEachTest } from '../helpers/lspClient';

suite('PDF export through the server', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-export-'));
	const source = join(directory, 'assignation.md');
	const text = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8');
	writeFileSync(source, text);
	const uri = pathToFileURL(source).toString();

	const client = clientForEachTest(uri, text);

	test('Should write the PDF next to the pleading without touching the source', async () => {
		const result = (await client().connection.sendRequest(ExportPdfRequest.method, { uri })) as ExportPdfRequest.Result;
		assert.equal(result.path, join(directory, 'assignation.pdf'));
		assert.ok((result.pages ?? 0) >= 2);
		execFileSync('qpdf', ['--check', result.path]);
		assert.equal(readFileSync(source, 'utf8'), text);
	});

	test('Should write into a subfolder set by pretoire.export.outputDirectory', async () => {
		const result = (await client().connection.sendRequest(ExportPdfRequest.method, { uri, outputDirectory: 'pdf' })) as ExportPdfRequest.Result;
		assert.equal(result.path, join(directory, 'pdf', 'assignation.pdf'));
		assert.ok(existsSync(result.path));
	});

	test('Should refuse an output folder that climbs out of the pleading’s folder', async () => {
		await assert.rejects(client().connection.sendRequest(ExportPdfRequest.method, { uri, outputDirectory: '../ailleurs' }), /sort du dossier de l’acte/u);
		assert.throws(() => exportTarget(source, 'pdf/../../x'), /sort du dossier/u);
		assert.equal(exportTarget(source, '/tmp/pdfs'), join('/tmp/pdfs', 'assignation.pdf'));
	});

	test('Should write the Word document next to the pleading, and keep answering after a refused template', async () => {
		const result = (await client().connection.sendRequest(ExportWordRequest.method, { uri })) as ExportWordRequest.Result;
		assert.equal(result.path, join(directory, 'assignation.docx'));
		assert.equal(readFileSync(result.path).subarray(0, 2).toString(), 'PK', 'a DOCX is a zip package');
		assert.equal(readFileSync(source, 'utf8'), text);
		await assert.rejects(client().connection.sendRequest(ExportWordRequest.method, { uri, wordTemplate: 'absent.dotx' }), /Export Word impossible : le modèle Word .*absent\.dotx .* est illisible \(fichier introuvable\)/u);
		const pdf = (await client().connection.sendRequest(ExportPdfRequest.method, { uri })) as ExportPdfRequest.Result;
		assert.ok((pdf.pages ?? 0) >= 2);
	});

	test('Should explain that a document which is not a pleading cannot be exported', async () => {
		await client().open('file:///tmp/notes.md', '# Notes\n');
		await assert.rejects(client().connection.sendRequest(ExportPdfRequest.method, { uri: 'file:///tmp/notes.md' }), /n’est pas un acte/u);
	});
});
