import * as assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { closeSync, cpSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { translator } from '../../server/src/l10n';
import { FILE_SIZE_LIMITS, readFileSafely, readFileSafelySync, readLawyerFileSync } from '../../server/src/services/safeFile';
import { PULL_CAPABILITIES, withClient } from '../helpers/lspClient';

/**
 * Every file Prétoire opens on the lawyer's behalf goes through one reader: a FIFO or a device is
 * refused without blocking, an oversized file before it is read, and nothing is quoted. The hostile
 * files are made here: FIFOs with mkfifo, links to /dev/zero, sparse files of any size with ftruncate.
 */

/** A hang is a failure: the timeout only detects one, no verdict depends on the time taken. */
const HANG_DETECTOR_MS = 300_000;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: HANG_DETECTOR_MS });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A file of `size` bytes that takes no room on disk. */
function sparseFile(path: string, size: number): void {
	const descriptor = openSync(path, 'w');
	ftruncateSync(descriptor, size);
	closeSync(descriptor);
}

const ACT = (dossier: string): string => `---\nacte: requete\ndossier: ${JSON.stringify(dossier)}\njuridiction: Tribunal judiciaire de Paris\ndate: 2025-01-15\n---\n\nCorps de la requête.\n`;

suite('Hostile files: the one safe reader', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-hostile-readers-'));
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	test('Should refuse a FIFO, a device, a folder and a link left in the path, without blocking', async () => {
		const fifo = join(directory, 'tube');
		execFileSync('mkfifo', [fifo]);
		const link = join(directory, 'zero-link');
		symlinkSync('/dev/zero', link);
		const expectations: [string, RegExp][] = [
			[fifo, /^pas un fichier ordinaire \(tube, périphérique ou socket\), refusé$/u],
			['/dev/zero', /^pas un fichier ordinaire/u],
			['/dev/null', /^pas un fichier ordinaire/u],
			[directory, /^c’est un dossier du disque, pas un fichier$/u],
			// The reader receives resolved paths: a link there was swapped in, and is refused.
			[link, /^lien symbolique refusé$/u],
			[join(directory, 'absent'), /^fichier introuvable$/u],
		];
		for (const [path, reason] of expectations) {
			for (const read of [await readFileSafely(path, 'dossier', translator('fr')), readFileSafelySync(path, 'dossier', translator('fr'))]) {
				assert.ok('refusal' in read, path);
				assert.match(read.refusal, reason, path);
			}
		}
	});

	test('Should refuse a file above its kind’s limit from its size, and read one at the limit', async () => {
		const big = join(directory, 'big.yaml');
		sparseFile(big, FILE_SIZE_LIMITS.dossier + 1);
		const read = await readFileSafely(big, 'dossier', translator('fr'));
		assert.ok('refusal' in read);
		assert.match(read.refusal, /^fichier trop volumineux \(plus de 4 Mo\), refusé$/u);
		// A sparse 20 GB exhibit is refused the same way, before any byte is read.
		const huge = join(directory, 'huge.pdf');
		sparseFile(huge, 20 * 1024 ** 3);
		assert.ok('refusal' in (await readFileSafely(huge, 'exhibit', translator('fr'))));
		const atLimit = join(directory, 'limit.json');
		sparseFile(atLimit, FILE_SIZE_LIMITS.projectSettings);
		const accepted = readFileSafelySync(atLimit, 'projectSettings', translator('fr'));
		assert.ok('bytes' in accepted);
		assert.equal(accepted.bytes.length, FILE_SIZE_LIMITS.projectSettings);
	});

	test('Should follow a link the lawyer names himself, then check what it leads to', () => {
		const link = join(directory, 'acte-lien.md');
		symlinkSync('/dev/zero', link);
		const read = readLawyerFileSync(link, 'act', translator('fr'));
		assert.ok('refusal' in read);
		assert.match(read.refusal, /pas un fichier ordinaire/u);
	});

	test('CLI: a FIFO or /dev/zero as dossier.yaml, act or .pretoire.json is refused in French, exit 0, 1 or 2', () => {
		const cases = ['fifo', 'zero'].map((kind) => {
			const folder = join(directory, `cli-${kind}`);
			mkdirSync(folder);
			const dossier = join(folder, 'dossier.yaml');
			const settings = join(folder, '.pretoire.json');
			if (kind === 'fifo') {
				execFileSync('mkfifo', [dossier]);
				execFileSync('mkfifo', [settings]);
			} else {
				symlinkSync('/dev/zero', dossier);
				symlinkSync('/dev/zero', settings);
			}
			const act = join(folder, 'requete.md');
			writeFileSync(act, ACT('dossier.yaml'));
			return act;
		});
		for (const act of cases) {
			const { status, stdout, stderr } = cli('check', act);
			assert.equal(status, 1, `${act}: the unreadable dossier is an error finding\n${stderr}`);
			assert.match(stdout, /requete\.md:3:\d+: error front-matter-invalid Dossier illisible : dossier\.yaml \((pas un fichier ordinaire|le dossier doit être un fichier YAML)/u);
			assert.match(stderr, /\.pretoire\.json : fichier de réglages illisible \(pas un fichier ordinaire.*\) ; réglages par défaut appliqués/u);
		}
		const fifoAct = join(directory, 'tube.md');
		execFileSync('mkfifo', [fifoAct]);
		for (const command of [['check', fifoAct], ['export', fifoAct], ['calendar', fifoAct], ['export', fifoAct, '--bundle']]) {
			const { status, stderr } = cli(...command);
			assert.equal(status, 2, command.join(' '));
			assert.match(stderr, /tube\.md : pas un fichier ordinaire/u);
		}
	});

	test('CLI: an invalid .pretoire.json is named, never quoted', () => {
		const folder = join(directory, 'secret');
		mkdirSync(folder);
		writeFileSync(join(folder, '.pretoire.json'), 'SECRET-CONTENT-1234 not json');
		const act = join(folder, 'requete.md');
		writeFileSync(act, ACT('dossier.yaml').replace(/^dossier: .*\n/mu, ''));
		const { status, stdout, stderr } = cli('check', act);
		assert.ok(status === 0 || status === 1, stderr);
		assert.match(stderr, /\.pretoire\.json : fichier de réglages illisible \(JSON invalide\)/u);
		assert.doesNotMatch(stdout + stderr, /SECRET|CONTENT|1234/u);
	});

	test('CLI: a FIFO, /dev/zero or oversized pièce stops the bundle with the pièce’s place, before anything is compiled', () => {
		const folder = join(directory, 'bundle');
		cpSync(join('examples', 'dossier-martin'), folder, { recursive: true });
		rmSync(join(folder, 'pieces', '02-constat-1er-novembre.pdf'));
		execFileSync('mkfifo', [join(folder, 'pieces', '02-constat-1er-novembre.pdf')]);
		rmSync(join(folder, 'pieces', '03-constat-3-novembre.pdf'));
		symlinkSync('/dev/zero', join(folder, 'pieces', '03-constat-3-novembre.pdf'));
		rmSync(join(folder, 'pieces', '04-plainte.pdf'));
		sparseFile(join(folder, 'pieces', '04-plainte.pdf'), FILE_SIZE_LIMITS.exhibit + 1);
		const { status, stderr } = cli('export', join(folder, 'assignation-orange.md'), '--bundle', '--force');
		assert.equal(status, 1, stderr);
		assert.match(stderr, /pièce n° 2 \(dossier\.yaml:\d+:\d+\) : pas un fichier ordinaire/u);
		// The link leads out of the case folder: refused for that, before its kind is even looked at.
		assert.match(stderr, /pièce n° 3 \(dossier\.yaml:\d+:\d+\) : fichier hors du dossier de travail/u);
		assert.match(stderr, /pièce n° 4 \(dossier\.yaml:\d+:\d+\) : fichier trop volumineux/u);
	});

	test('Language server: a FIFO or /dev/zero dossier is a positioned finding, and the server keeps answering', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const folder = join(directory, 'server');
		mkdirSync(folder);
		execFileSync('mkfifo', [join(folder, 'tube.yaml')]);
		symlinkSync('/dev/zero', join(folder, 'zero.yaml'));
		sparseFile(join(folder, 'enorme.yaml'), 10 * FILE_SIZE_LIMITS.dossier);
		// `shutdown` is answered at the end: no read is left blocking the main thread.
		await withClient(PULL_CAPABILITIES, async (client) => {
			const reasons: Record<string, RegExp> = {
				'tube.yaml': /Dossier illisible : tube\.yaml \(pas un fichier ordinaire \(tube, périphérique ou socket\), refusé\)/u,
				'zero.yaml': /Dossier illisible : zero\.yaml \((pas un fichier ordinaire|le dossier doit être un fichier YAML|fichier hors du dossier de travail)/u,
				'enorme.yaml': /Dossier illisible : enorme\.yaml \(fichier trop volumineux \(plus de 4 Mo\), refusé\)/u,
			};
			for (const [name, reason] of Object.entries(reasons)) {
				const uri = pathToFileURL(join(folder, `${name}.md`)).toString();
				await client.open(uri, ACT(name));
				const finding = (await client.pullDiagnostics(uri)).find((diagnostic) => reason.test(String(diagnostic.message)));
				assert.ok(finding !== undefined, name);
				assert.equal(finding.range.start.line, 2, `${name}: on the dossier: line`);
				// Meanwhile another document is served.
				const other = pathToFileURL(join(folder, `autre-${name}.md`)).toString();
				await client.open(other, readFileSync(join('templates', 'requete-hebergeur.md'), 'utf8'));
				assert.ok(((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: other } })) as unknown[]).length > 0);
			}
		});
	});

	test('One dossier size limit for the editor (open or on disk) and the CLI: 3.9 MB inherited, 4.1 MB refused', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const folder = join(directory, 'size');
		mkdirSync(folder);
		// Valid YAML padded with comments to the size wanted.
		const dossierOf = (bytes: number): string => {
			const head = 'juridiction: Tribunal judiciaire de Paris\n';
			const line = `# ${'x'.repeat(98)}\n`;
			return head + line.repeat(Math.ceil((bytes - head.length) / line.length));
		};
		writeFileSync(join(folder, 'petit.yaml'), dossierOf(3.9 * 1024 * 1024));
		writeFileSync(join(folder, 'gros.yaml'), dossierOf(4.1 * 1024 * 1024));
		const actOf = (dossier: string): string => ACT(dossier).replace(/^juridiction: .*\n/mu, '');
		const missingCourt = /Clé obligatoire manquante : `juridiction`/u;
		const tooLarge = /Dossier illisible : gros\.yaml \(fichier trop volumineux \(plus de 4 Mo\), refusé\)/u;
		for (const [name, expected] of [['petit.yaml', 'inherited'], ['gros.yaml', 'refused']] as const) {
			const act = join(folder, `acte-${name}.md`);
			writeFileSync(act, actOf(name));
			const { stdout } = cli('check', act);
			assert.equal(missingCourt.test(stdout), expected === 'refused', `${name}: ${stdout}`);
			assert.equal(tooLarge.test(stdout), expected === 'refused', name);
		}
		await withClient(PULL_CAPABILITIES, async (client) => {
			const pull = async (uri: string): Promise<string[]> => (await client.pullDiagnostics(uri)).map((diagnostic) => String(diagnostic.message));
			const small = pathToFileURL(join(folder, 'acte-petit.yaml.md')).toString();
			await client.open(small, actOf('petit.yaml'));
			assert.ok(!(await pull(small)).some((message) => missingCourt.test(message)), 'the 3.9 MB dossier is inherited');
			const large = pathToFileURL(join(folder, 'acte-gros.yaml.md')).toString();
			await client.open(large, actOf('gros.yaml'));
			assert.ok((await pull(large)).some((message) => tooLarge.test(message)), 'from disk');
			// Open in the editor, under the limit on disk but over it in the editor: the same limit.
			const opened = pathToFileURL(join(folder, 'petit.yaml')).toString();
			await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: opened, languageId: 'yaml', version: 1, text: dossierOf(4.1 * 1024 * 1024) } });
			assert.ok((await pull(opened)).some((message) => /^Dossier trop volumineux \(plus de 4 Mo\)/u.test(message)), 'the open dossier itself');
			assert.ok((await pull(small)).some((message) => /Dossier illisible : petit\.yaml \(fichier trop volumineux/u.test(message)), 'the act naming the open dossier');
		});
	});

	test('Language server: a dossier read once is read again when the file changes on disk', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const folder = join(directory, 'changes');
		mkdirSync(folder);
		const dossier = join(folder, 'dossier.yaml');
		writeFileSync(dossier, 'juridiction: Tribunal judiciaire de Paris\n');
		await withClient(PULL_CAPABILITIES, async (client) => {
			const uri = pathToFileURL(join(folder, 'requete.md')).toString();
			await client.open(uri, ACT('dossier.yaml').replace(/^juridiction: .*\n/mu, ''));
			const pull = async (): Promise<string[]> => (await client.pullDiagnostics(uri)).map((diagnostic) => String(diagnostic.message));
			assert.ok(!(await pull()).some((message) => /juridiction/u.test(message)));
			assert.ok(!(await pull()).some((message) => /juridiction/u.test(message)), 'the same answer from the kept reading');
			writeFileSync(dossier, 'juridiction: [\n');
			assert.ok((await pull()).some((message) => /dossier\.yaml : Erreur de syntaxe YAML/u.test(message)), 'the new content is read');
			rmSync(dossier);
			execFileSync('mkfifo', [dossier]);
			assert.ok((await pull()).some((message) => /pas un fichier ordinaire/u.test(message)), 'a FIFO swapped in is refused');
		});
	});

	test('Language server: an open 3.9 MB dossier.yaml is parsed on the analysis thread, not on the main one', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const uri = pathToFileURL(join(directory, 'ouvert', 'dossier.yaml')).toString();
		const text = `juridiction: [\n${`# ${'x'.repeat(98)}\n`.repeat(39_000)}`;
		const ownDiagnostics = async (options: unknown): Promise<string[]> => withClient(PULL_CAPABILITIES, async (client) => {
			await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
			return (await client.pullDiagnostics(uri)).map((diagnostic) => String(diagnostic.message));
		}, options);
		assert.ok((await ownDiagnostics({})).some((message) => /Erreur de syntaxe YAML/u.test(message)));
		// Only the analysis thread has a time budget: with 1 ms, which parsing 3.9 MB provably exceeds on
		// any machine, the reading is interrupted. Had the main thread parsed it, the error would show.
		assert.deepEqual(await ownDiagnostics({ analysisBudgetMs: 1 }), []);
	});
});
