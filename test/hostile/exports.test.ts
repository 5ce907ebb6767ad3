import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, watch, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { parsePleading } from '../../server/src/document/parse';
import { writeExportAtomically } from '../../server/src/export/pdf';
import { exportWord } from '../../server/src/export/word';
import { MAX_TEMPLATE_STYLES_BYTES, stylesOfTemplate } from '../../server/src/export/wordTemplate';
import { ExportCaseFileRequest, ExportGateRequest } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

/**
 * One export path for the editor and the command line: one gate for blanks and errors, one target
 * resolution for every output, one atomic writer that never writes onto an act, a dossier, settings or
 * the source, and a Word template inflated within bounds.
 */

const HANG_DETECTOR_MS = 300_000;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: HANG_DETECTOR_MS });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A zip record of `length` bytes: its fields, little-endian, as [offset, 2 or 4 bytes, value]; the others zero. */
function zipRecord(length: number, fields: readonly (readonly [number, 2 | 4, number])[]): Buffer {
	const record = Buffer.alloc(length);
	for (const [offset, bytes, value] of fields) {
		if (bytes === 4) {
			record.writeUInt32LE(value, offset);
		} else {
			record.writeUInt16LE(value, offset);
		}
	}
	return record;
}

/** A one-entry zip archive, written here: `declared` is the size the archive claims for the entry. */
function zipOf(name: string, compressed: Buffer, declared: number): Buffer {
	const fileName = Buffer.from(name, 'utf8');
	// Signature, version needed, method (8: deflate), compressed size, declared size, name length.
	const local = zipRecord(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, 8], [18, 4, compressed.length], [22, 4, declared], [26, 2, fileName.length]]);
	// Signature, version made by, version needed, method, compressed size, declared size, name length, offset of the local header.
	const central = zipRecord(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [10, 2, 8], [20, 4, compressed.length], [24, 4, declared], [28, 2, fileName.length], [42, 4, 0]]);
	// Signature, entries on this disk, entries in all, central directory size, central directory offset.
	const end = zipRecord(22, [[0, 4, 0x06054b50], [8, 2, 1], [10, 2, 1], [12, 4, central.length + fileName.length], [16, 4, local.length + fileName.length + compressed.length]]);
	return Buffer.concat([local, fileName, compressed, central, fileName, end]);
}

suite('Hostile exports: one gate, one target resolution, one writer', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-hostile-exports-'));
	const caseFolder = join(directory, 'dossier-martin');
	cpSync(join('examples', 'dossier-martin'), caseFolder, { recursive: true });
	const act = join(caseFolder, 'assignation-orange.md');
	const dossier = join(caseFolder, 'dossier.yaml');
	const dossierText = readFileSync(dossier, 'utf8');
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	test('Word template: a declared 400 MB styles entry is refused before inflating', async () => {
		const bomb = zipOf('word/styles.xml', deflateRawSync(Buffer.alloc(1024)), 400 * 1024 * 1024);
		await assert.rejects(stylesOfTemplate(bomb), /dépassent 8 Mo une fois décompressés/u);
	});

	test('Word template: an entry that inflates beyond its declared size is refused, within the declared bound', async () => {
		// 16 MB of zeros deflate to about 16 KB; the archive claims 1 000 bytes.
		const liar = zipOf('word/styles.xml', deflateRawSync(Buffer.alloc(2 * MAX_TEMPLATE_STYLES_BYTES)), 1_000);
		await assert.rejects(stylesOfTemplate(liar), /n’est pas un document Word lisible/u);
		const model = parsePleading(TextDocument.create(pathToFileURL(act).toString(), 'markdown', 1, readFileSync(act, 'utf8')));
		await assert.rejects(exportWord(model, { template: liar }), /n’est pas un document Word lisible/u);
		// An honest entry is read.
		const styles = '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
		assert.equal(await stylesOfTemplate(zipOf('word/styles.xml', deflateRawSync(Buffer.from(styles)), Buffer.byteLength(styles))), styles);
		for (const garbage of [Buffer.alloc(0), Buffer.alloc(100, 0x50), zipOf('autre.xml', deflateRawSync(Buffer.from('x')), 1)]) {
			await assert.rejects(stylesOfTemplate(garbage), /Export Word impossible/u);
		}
	});

	test('CLI: an export never writes onto the dossier, an act, settings or the source', () => {
		for (const output of [dossier, join(caseFolder, 'reglages.json'), join(caseFolder, 'requete-x.md'), join(caseFolder, 'autre.YML')]) {
			const { status, stderr } = cli('export', act, '--force', '-o', output);
			assert.equal(status, 1, `${output}: ${stderr}`);
			assert.match(stderr, /^Export refusé : la destination /mu, output);
		}
		const { status, stderr } = cli('export', act, '--force', '-o', '../dossier-martin/dossier.yaml');
		assert.equal(status, 1, stderr);
		assert.match(stderr, /Export refusé : la destination .*dossier\.yaml est un fichier YAML ou JSON/u);
		for (const kind of ['--ordonnance', '--bordereau', '--bundle']) {
			assert.equal(cli('export', act, kind, '--force', '-o', dossier).status, 1, kind);
		}
		assert.equal(cli('calendar', act, '-o', dossier).status, 1);
		assert.equal(readFileSync(dossier, 'utf8'), dossierText, 'the dossier is intact');
		assert.deepEqual(readdirSync(caseFolder).filter((name) => name.endsWith('.tmp')), []);
	});

	test('The writer: the export is readable by the lawyer alone, and no temporary stays after a failure', async () => {
		const target = join(directory, 'sortie.pdf');
		await writeExportAtomically(new Uint8Array([37, 80, 68, 70]), target, act);
		assert.equal(statSync(target).mode & 0o777, 0o600);
		mkdirSync(join(directory, 'un-dossier.pdf'));
		await assert.rejects(writeExportAtomically(new Uint8Array([1]), join(directory, 'un-dossier.pdf'), act), /c’est un dossier/u);
		assert.deepEqual(readdirSync(directory).filter((name) => name.endsWith('.tmp')), []);
	});

	test('CLI: stopped by SIGTERM at any moment of an export, it leaves no temporary file', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const folder = join(directory, 'signal');
		cpSync(caseFolder, folder, { recursive: true });
		const child = spawn(process.execPath, [join('dist', 'cli.js'), 'export', join(folder, 'assignation-orange.md'), '--bundle', '--force'], { stdio: 'ignore' });
		// The signal is sent when the temporary file appears; whenever it lands (during or after the write), the verdict is the same.
		const watcher = watch(folder, (_event, name) => {
			if (name?.endsWith('.tmp') === true) {
				child.kill('SIGTERM');
			}
		});
		const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode, signal) => resolve(signal === null ? exitCode : 143)));
		watcher.close();
		assert.ok(code === 0 || code === 143, String(code));
		assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
	});

	test('CLI: the gate refuses blanks for the act and every document of the case file, unless --force', () => {
		const template = join(caseFolder, 'modele.md');
		writeFileSync(template, readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8'));
		for (const kind of [[], ['--ordonnance'], ['--bordereau'], ['--bundle']]) {
			const { status, stderr } = cli('export', template, ...kind, '-o', join(directory, 'refus.pdf'));
			assert.equal(status, 1, `${kind.join(' ')}: ${stderr}`);
			assert.match(stderr, /modele\.md:\d+:\d+: \w+ placeholder-left/u);
			assert.match(stderr, /texte\(s\) à compléter ; complétez l’acte, ou exportez quand même avec --force/u);
		}
	});

	test('Language server: the palette asks the same gate, and a case-file export cannot follow an output folder’s link out', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const outside = join(directory, 'ailleurs');
		mkdirSync(outside);
		symlinkSync(outside, join(caseFolder, 'sortie'));
		const { client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
		try {
			const template = join(caseFolder, 'modele-lsp.md');
			const text = readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8');
			writeFileSync(template, text);
			const templateUri = pathToFileURL(template).toString();
			await client.open(templateUri, text);
			const gate = (await client.connection.sendRequest(ExportGateRequest.method, { uri: templateUri })) as ExportGateRequest.Result;
			const cliBlanks = (JSON.parse(cli('check', '--format', 'json', template).stdout) as { code: string }[]).filter((finding) => finding.code === 'placeholder-left').length;
			assert.ok(gate.blanks > 0);
			assert.equal(gate.blanks, cliBlanks, 'the same blanks in the editor and on the command line');
			const uri = pathToFileURL(act).toString();
			await client.open(uri, readFileSync(act, 'utf8'));
			for (const kind of ['ordonnance', 'bordereau', 'bundle'] as const) {
				await assert.rejects(client.connection.sendRequest(ExportCaseFileRequest.method, { uri, kind, outputDirectory: 'sortie' }), /mène, par un lien symbolique, hors du dossier de l’acte/u, kind);
			}
			assert.deepEqual(readdirSync(outside), []);
		} finally {
			await client.stop();
		}
	});

	test('Language server: a FIFO pièce stops the bundle with its place, and the server keeps answering', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const folder = join(directory, 'fifo-piece');
		cpSync(join('examples', 'dossier-martin'), folder, { recursive: true });
		rmSync(join(folder, 'pieces', '02-constat-1er-novembre.pdf'));
		execFileSync('mkfifo', [join(folder, 'pieces', '02-constat-1er-novembre.pdf')]);
		const { client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
		try {
			const uri = pathToFileURL(join(folder, 'assignation-orange.md')).toString();
			await client.open(uri, readFileSync(join(folder, 'assignation-orange.md'), 'utf8'));
			await assert.rejects(client.connection.sendRequest(ExportCaseFileRequest.method, { uri, kind: 'bundle' }), /pièce n° 2 \(dossier\.yaml:\d+:\d+\) : pas un fichier ordinaire/u);
			assert.ok(((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as unknown[]).length > 0);
			assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.pdf') || name.endsWith('.tmp')), []);
		} finally {
			await client.stop();
		}
	});
});
