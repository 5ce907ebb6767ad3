import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { compilePdf, renderSvg } from '../../server/src/export/engine';
import { exportPdf, writeExportAtomically } from '../../server/src/export/pdf';
import { pleadingToTypst } from '../../server/src/export/typst';
import { exportWord } from '../../server/src/export/word';
import { exportToPdf } from '../../server/src/services/exportService';
import { CLEAN_ASSIGNATION, modelOfFile, modelOfText, pdfTool } from './tools';

const directory = mkdtempSync(join(tmpdir(), 'pretoire-word-'));
suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

/** The visible text of a DOCX: body, running header and footer, paragraph by paragraph. */
async function docxText(docx: Uint8Array): Promise<string> {
	const zip = await JSZip.loadAsync(docx);
	const parts = Object.keys(zip.files).filter((name) => /^word\/(?:document|header\d*|footer\d*)\.xml$/u.test(name));
	const xml = (await Promise.all(parts.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
	return xml
		.replace(/<w:tab\/>|<w:br\/>|<\/w:p>/gu, '\n')
		.replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<[^>]+>/gu, (_tag, content?: string) => content ?? '')
		.replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, '\'');
}

/** Lower-case words, accents kept, split on everything that is not a letter or a digit. */
function words(text: string): Set<string> {
	return new Set(text.normalize('NFC').replace(/\u00ad\s*/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0));
}

function overlap(left: Set<string>, right: Set<string>): number {
	const common = [...left].filter((word) => right.has(word)).length;
	return common / new Set([...left, ...right]).size;
}

async function pdfText(model: Parameters<typeof exportPdf>[0], name: string): Promise<string> {
	const path = join(directory, name);
	writeFileSync(path, await exportPdf(model));
	return pdfTool('pdftotext', '-enc', 'UTF-8', path, '-');
}

const TEMPLATES = ['assignation-refere-fai.md', 'assignation-refere-hebergeur.md', 'requete-fai.md', 'requete-hebergeur.md'];

suite('Export: Word', function () {
	this.timeout(60_000);

	for (const template of TEMPLATES) {
		test(`Should say in Word what the PDF says: ${template}`, async () => {
			const model = modelOfFile(join('templates', template));
			const docx = await docxText((await exportWord(model)).docx);
			const pdf = await pdfText(model, template.replace(/\.md$/u, '.pdf'));
			const [docxWords, pdfWords] = [words(docx), words(pdf)];
			const score = overlap(docxWords, pdfWords);
			const onlyWord = [...docxWords].filter((word) => !pdfWords.has(word));
			const onlyPdf = [...pdfWords].filter((word) => !docxWords.has(word));
			assert.ok(score >= 0.93, `word-set overlap ${score.toFixed(3)}; only in Word: ${onlyWord.join(' ')}; only in the PDF: ${onlyPdf.join(' ')}`);
		});
	}

	test('Should keep the sections, parties, dispositif, closing and bordereau in order', async () => {
		const text = await docxText((await exportWord(modelOfFile(CLEAN_ASSIGNATION))).docx);
		const order = ['ASSIGNATION EN RÉFÉRÉ', 'À LA REQUÊTE DE', 'AYANT POUR AVOCAT CONSTITUÉ', 'DONNÉ ASSIGNATION À', 'D’AVOIR À COMPARAÎTRE', 'I. EXPOSÉ DES FAITS', 'II. DISCUSSION', 'PAR CES MOTIFS', 'SOUS TOUTES RÉSERVES', 'BORDEREAU DES PIÈCES COMMUNIQUÉES'];
		let from = 0;
		for (const heading of order) {
			const at = text.indexOf(heading, from);
			assert.ok(at >= from, `« ${heading} » missing or out of order`);
			from = at;
		}
	});

	test('Should leave the commissaire de justice’s blanks blank and keep French no-break spaces', async () => {
		const text = await docxText((await exportWord(modelOfFile(CLEAN_ASSIGNATION))).docx);
		// The date of service is written by hand after « ET LE »: nothing follows on that line.
		assert.match(text, /^L’AN [A-ZÉ -]+ET LE$/mu);
		assert.match(text, /n°\u00a0\d/u, 'no-break space after n°');
		assert.match(text, /«\u202f[^»]+\u202f»/u, 'narrow no-break spaces inside guillemets');
		assert.doesNotMatch(text, /[àÀ] compléter/u, 'the clean template leaves no gap for the lawyer');
	});

	test('Should mark what the front matter lacks, as the PDF does', async () => {
		const text = await docxText((await exportWord(modelOfText('---\nacte: requete\n---\n\nTexte.\n'))).docx);
		for (const gap of ['[À compléter\u00a0: juridiction]', '[À compléter\u00a0: demandeurs]', '[À compléter\u00a0: avocat constitué]', '[À compléter\u00a0: dénomination du défendeur]', '[À compléter\u00a0: date]']) {
			assert.ok(text.includes(gap), `missing ${gap}`);
		}
	});

	test('Should use the styles of the firm’s reference document', async () => {
		const reference = new Document({ styles: { default: { document: { run: { font: 'Garamond Cabinet Test', size: 25 } } } }, sections: [{ children: [new Paragraph('modèle')] }] });
		const template = await Packer.toBuffer(reference);
		const exported = await exportWord(modelOfFile(CLEAN_ASSIGNATION), { template });
		const styles = await (await JSZip.loadAsync(exported.docx)).file('word/styles.xml')?.async('string');
		assert.match(styles ?? '', /Garamond Cabinet Test/u);
		const plain = await (await JSZip.loadAsync((await exportWord(modelOfFile(CLEAN_ASSIGNATION))).docx)).file('word/styles.xml')?.async('string');
		assert.doesNotMatch(plain ?? '', /Garamond Cabinet Test/u);
		await assert.rejects(exportWord(modelOfFile(CLEAN_ASSIGNATION), { template: new TextEncoder().encode('pas un docx') }), /Export Word impossible : le modèle Word .* n’est pas un document Word lisible/u);
	});
});

suite('Export engine: SVG pages, PDF/A level, project root', function () {
	this.timeout(60_000);

	test('Should render the same pages as the PDF, as SVG, with the text drawn from the embedded fonts', async () => {
		const model = modelOfFile(CLEAN_ASSIGNATION);
		const { markup } = pleadingToTypst(model);
		const rendered = await renderSvg(markup);
		const pdfPages = Number(/^Pages:\s+(\d+)$/mu.exec(pdfTool('pdfinfo', await writePdf(model)))?.[1]);
		assert.equal(rendered.pages.length, pdfPages);
		for (const part of [rendered.head, ...rendered.pages]) {
			assert.match(part.svg ?? '', /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
		}
		assert.ok((rendered.head.svg ?? '').length > 10_000, 'the glyph outlines are in the head');
		assert.ok(rendered.pages.every((page) => page.svg?.includes('class="typst-page"')), 'each page is drawn');
		await assert.rejects(renderSvg('#let x = ('), /Export PDF impossible : Typst a signalé/u);
	});

	test('Should fall back to PDF/A-2b, still tagged, when the content cannot meet level A', async () => {
		// A figure without alternative text breaks level A (accessible) but not level B.
		const figure = await compilePdf('#set text(font: "Source Serif 4")\n#set document(title: "Pièce")\nTexte.\n#figure(rect())');
		assert.equal(figure.standard, 'PDF/A-2b');
		const path = join(directory, 'figure.pdf');
		writeFileSync(path, figure.pdf);
		assert.match(pdfTool('pdfinfo', '-meta', path), /<pdfaid:conformance>B<\/pdfaid:conformance>/u);
		assert.match(pdfTool('pdfinfo', path), /^Tagged:\s+yes$/mu);
		assert.equal((await compilePdf('#set text(font: "Source Serif 4")\n#set document(title: "Acte")\nTexte.')).standard, 'PDF/A-2a');
	});

	test('Should give Typst an empty project root, not the working directory', async () => {
		// The tests run from the repository, which has a package.json: Typst must not see it.
		assert.ok(existsSync('package.json'));
		await assert.rejects(renderSvg('#read("/package.json")'), /Typst : file not found/u);
		await assert.rejects(renderSvg('#read("../package.json")'), /Typst : /u);
		await assert.rejects(renderSvg('#import "@preview/cetz:0.3.0"'), /Typst : failed to download package/u);
	});
});

async function writePdf(model: Parameters<typeof exportPdf>[0]): Promise<string> {
	const path = join(directory, 'svg-reference.pdf');
	writeFileSync(path, await exportPdf(model));
	return path;
}

suite('Export: hostile text and targets', function () {
	this.timeout(60_000);

	test('Should export a pleading holding bidi overrides (U+202E, U+202D) in a name and at a paragraph start', async () => {
		const text = readFileSync(CLEAN_ASSIGNATION, 'utf8')
			.replace('nom: MARTIN', 'nom: "MAR\u202eTIN"')
			.replace('# II. DISCUSSION', '\u202eDébut retourné et \u202dforcé.\n\n# II. DISCUSSION');
		assert.ok(text.includes('\u202e'), 'the fixture holds the override');
		const model = modelOfText(text);
		const pdf = await pdfText(model, 'bidi.pdf');
		assert.match(pdf, /Début retourné et forcé\./u);
		assert.doesNotMatch(pdf, /[\u202a-\u202e\u2066-\u2069]/u);
		const docx = await docxText((await exportWord(model)).docx);
		assert.match(docx, /Début retourné et forcé\./u);
		assert.doesNotMatch(docx, /[\u202a-\u202e\u2066-\u2069]/u);
	});

	test('Should fail the pending export in French, keep the caller alive and serve the next export when the engine process dies', async function () {
		if (process.platform !== 'linux') {
			this.skip();
		}
		// A Typst panic aborts the process it runs in: simulated by aborting the engine's child process
		// while it holds a request (stopped first, so that the request is certainly pending).
		const model = modelOfFile(CLEAN_ASSIGNATION);
		await exportPdf(model);
		// Each test bundle holds its own engine, so there may be more than this file's: all are aborted.
		const hosts = engineChildren();
		assert.ok(hosts.length >= 1, 'an engine child process');
		hosts.forEach((pid) => process.kill(pid, 'SIGSTOP'));
		const pending = exportPdf(model);
		hosts.forEach((pid) => process.kill(pid, 'SIGABRT'));
		hosts.forEach((pid) => process.kill(pid, 'SIGCONT'));
		await assert.rejects(pending, /Export PDF impossible : le moteur de mise en page Typst s’est arrêté brutalement sur cet acte/u);
		// The next export starts a new engine.
		const pdf = await exportPdf(model);
		assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
	});

	test('Should refuse a read-only target and leave it as it was', async () => {
		const target = join(directory, 'protege.pdf');
		writeFileSync(target, 'ancien');
		chmodSync(target, 0o444);
		await assert.rejects(writeExportAtomically(new Uint8Array([1]), target, join(directory, 'acte.md')), /Export refusé : .*protege\.pdf est protégé en écriture \(lecture seule\)/u);
		assert.equal(readFileSync(target, 'utf8'), 'ancien');
	});

	test('Should refuse an outputDirectory that leaves the pleading’s folder through a symbolic link', async () => {
		const folder = join(directory, 'dossier');
		const outside = join(directory, 'ailleurs');
		mkdirSync(folder, { recursive: true });
		mkdirSync(outside, { recursive: true });
		symlinkSync(outside, join(folder, 'lien'));
		const source = join(folder, 'acte.md');
		copyFileSync(CLEAN_ASSIGNATION, source);
		const model = modelOfFile(source);
		const uri = pathToFileURL(source).toString();
		await assert.rejects(exportToPdf(model, { uri, outputDirectory: 'lien/pdf' }), /mène, par un lien symbolique, hors du dossier de l’acte/u);
		assert.equal(existsSync(join(outside, 'pdf')), false, 'nothing created outside');
		const written = await exportToPdf(model, { uri, outputDirectory: 'exports' });
		assert.equal(written.path, join(folder, 'exports', 'acte.pdf'));
	});
});

/** The engine's child processes (dist/typstHost.js) of this process, from /proc. */
function engineChildren(): number[] {
	const result = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
	return result.stdout.split('\n').filter((line) => line.includes('typstHost.js')).map((line) => Number(line.trim().split(/\s+/u)[0]));
}

suite('CLI: pretoire export to Word', function () {
	this.timeout(60_000);

	function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
		// The templates keep their sample identities (placeholder-left): the export is forced, as after the warning.
		const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args, ...(args[0] === 'export' ? ['--force'] : [])], { encoding: 'utf8' });
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	}

	test('Should choose Word from the output’s extension or from --format', async () => {
		const source = join(directory, 'cli-word.md');
		copyFileSync(CLEAN_ASSIGNATION, source);
		const byExtension = cli('export', source, '-o', join(directory, 'sortie.docx'));
		assert.equal(byExtension.status, 0, byExtension.stderr);
		assert.match(byExtension.stdout, /^Document Word écrit : .*sortie\.docx\n$/u);
		const byFormat = cli('export', source, '--format', 'docx');
		assert.equal(byFormat.status, 0, byFormat.stderr);
		assert.ok((await docxText(readFileSync(join(directory, 'cli-word.docx')))).includes('PAR CES MOTIFS'));
		assert.equal(cli('export', source, '--format', 'odt').status, 2);
		assert.equal(cli('export', source, '--format', 'docx', '-o', join(directory, 'x.pdf')).status, 2);
	});

	test('Should refuse to write the Word file over the source', () => {
		const source = join(directory, 'cli-source.md');
		copyFileSync(CLEAN_ASSIGNATION, source);
		const before = readFileSync(source, 'utf8');
		const refused = cli('export', source, '--format', 'docx', '-o', source);
		assert.equal(refused.status, 2, 'an output that does not end in .docx is a malformed command');
		const same = cli('export', source, '-o', source);
		assert.equal(same.status, 1);
		assert.equal(readFileSync(source, 'utf8'), before);
	});

	test('Should export a pleading with bidi overrides without printing its text on error output', () => {
		const source = join(directory, 'cli-bidi.md');
		writeFileSync(source, readFileSync(CLEAN_ASSIGNATION, 'utf8').replace('nom: MARTIN', 'nom: "MAR\u202eTIN"'));
		for (const output of ['cli-bidi.pdf', 'cli-bidi.docx']) {
			const result = cli('export', source, '-o', join(directory, output));
			assert.equal(result.status, 0, result.stderr);
			assert.equal(result.stderr, '');
		}
	});
});
