import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportError, exportPdf, exportPleading, findFontDirectory, writePdfAtomically } from '../../server/src/export/pdf';
import { frenchTypography } from '../../server/src/export/typography';
import { CLEAN_ASSIGNATION, CLEAN_REQUETE, flatText, longPleading, modelOfFile, modelOfText, pdfTool, wordBoxes } from './tools';

const directory = mkdtempSync(join(tmpdir(), 'pretoire-export-'));
// A root hook: the three suites below share the directory.
suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

async function exportToFile(name: string, model: Parameters<typeof exportPdf>[0]): Promise<string> {
	const path = join(directory, name);
	writeFileSync(path, await exportPdf(model));
	return path;
}

/** The checks every exported act must pass, with the real tools a court clerk's software relies on. */
function checkPdf(path: string): { text: string; pages: number; info: string } {
	pdfTool('qpdf', '--check', path);
	const fonts = pdfTool('pdffonts', path).split('\n').slice(2).filter((line) => line.trim().length > 0);
	assert.ok(fonts.length > 0, 'the PDF has fonts');
	for (const line of fonts) {
		// name, type (one or two words), encoding, then emb sub uni object generation.
		const columns = line.trim().split(/\s+/u);
		assert.equal(columns[columns.length - 5], 'yes', `font not embedded: ${line}`);
		assert.match(columns[0], /SourceSerif4|LibertinusSerif/u, `unexpected font: ${line}`);
	}
	const info = pdfTool('pdfinfo', path);
	const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info)?.[1]);
	assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/mu);
	const meta = pdfTool('pdfinfo', '-meta', path);
	assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/u, 'PDF/A part 2 declared in the XMP');
	// Level A: the accessible level of PDF/A-2 (tagged structure, Unicode text), in French of France.
	assert.match(meta, /<pdfaid:conformance>A<\/pdfaid:conformance>/u, 'PDF/A conformance level A declared in the XMP');
	assert.match(meta, /<dc:language><rdf:Bag><rdf:li>fr-FR<\/rdf:li><\/rdf:Bag><\/dc:language>/u);
	assert.match(info, /^Tagged:\s+yes$/mu, 'a tagged PDF (structure tree for screen readers)');
	const catalog = JSON.parse(pdfTool('qpdf', '--json', '--json-key=qpdf', path)) as { qpdf: [unknown, Record<string, Record<string, unknown>>] };
	const root = Object.values(catalog.qpdf[1]).map((object) => object.value as Record<string, unknown> | undefined).find((value) => value?.['/Type'] === '/Catalog');
	assert.equal(root?.['/Lang'], 'u:fr-FR', 'document language fr-FR in the catalog');
	assert.ok(root?.['/StructTreeRoot'] !== undefined, 'a structure tree');
	assert.equal((root?.['/MarkInfo'] as { '/Marked'?: boolean } | undefined)?.['/Marked'], true, 'marked content');
	const text = pdfTool('pdftotext', '-enc', 'UTF-8', path, '-');
	assert.match(text, new RegExp(`page 1 / ${pages}\\b`, 'u'));
	assert.match(text, new RegExp(`page ${pages} / ${pages}\\b`, 'u'));
	assert.doesNotMatch(text, /\ufffd/u, 'no unmapped glyph in the extracted text');
	return { text, pages, info };
}

suite('Export: PDF', function () {
	// The first export creates the compiler and loads the fonts; the long pleading takes a moment.
	this.timeout(60_000);

	test('Should export the clean assignation as a checked, tagged PDF/A-2a in fr-FR with its metadata', async () => {
		const path = await exportToFile('assignation.pdf', modelOfFile(CLEAN_ASSIGNATION));
		const { text, pages, info } = checkPdf(path);
		assert.ok(pages >= 2, `${pages} pages`);
		assert.match(info, /^Title:\s+Assignation en référé – Claire Anne MARTIN c\/ Twitter International Unlimited Company$/mu);
		assert.match(info, /^Subject:\s+Article 145 du code de procédure civile – Tribunal judiciaire de Paris$/mu);
		assert.match(info, /^Author:\s+Maître Jeanne DUPONT$/mu);
		// Bookmarks: the lawyer's headings, nested as written, then the bordereau.
		interface Outline { title: string; kids: Outline[] }
		const outlines = (JSON.parse(pdfTool('qpdf', '--json', '--json-key=outlines', path)) as { outlines: Outline[] }).outlines;
		assert.deepEqual(outlines.map((outline) => outline.title), ['I. EXPOSÉ DES FAITS', 'II. DISCUSSION', 'PAR CES MOTIFS', 'BORDEREAU DES PIÈCES COMMUNIQUÉES']);
		assert.deepEqual(outlines[1].kids.map((outline) => outline.title), ['A. Sur le motif légitime', 'B. Sur les mesures légalement admissibles']);
		const flat = flatText(text);
		for (const expected of ['ASSIGNATION EN RÉFÉRÉ', '« @anonyme_75 »', 'EXPOSÉ DES FAITS', 'd’instruction', 'PAR CES MOTIFS', 'ORDONNER à la société Twitter International Unlimited Company', 'BORDEREAU DES PIÈCES COMMUNIQUÉES', 'Tribunal judiciaire de Paris']) {
			assert.ok(flat.includes(expected), `missing « ${expected} »`);
		}
	});

	test('Should export the clean requête', async () => {
		const { text, info } = checkPdf(await exportToFile('requete.pdf', modelOfFile(CLEAN_REQUETE)));
		assert.match(info, /^Title:\s+Requête aux fins de mesures d’instruction – /mu);
		assert.ok(flatText(text).includes('REQUÊTE AUX FINS DE MESURES D’INSTRUCTION'));
	});

	test('Should export a long pleading of 30 pages and more, with its French characters intact', async () => {
		const path = await exportToFile('long.pdf', modelOfText(longPleading()));
		const { text, pages } = checkPdf(path);
		assert.ok(pages >= 30, `only ${pages} pages`);
		const flat = flatText(text);
		for (const expected of ['œuvre', '« harceleur »', '1 000 €', 'préjudice', 'développement n° 70']) {
			assert.ok(flat.includes(expected), `missing « ${expected} »`);
		}
		// The typography pass's spaces: narrow inside « » and in 1 000, and never a line break there.
		const words = wordBoxes(path);
		const pairs = (left: string, right: string) => words.slice(1).flatMap((word, index) => (words[index].text === left && word.text === right ? [{ gap: word.xMin - words[index].xMax, sameLine: word.yMin === words[index].yMin }] : []));
		for (const [left, right, narrow] of [['«', 'harceleur', true], ['harceleur', '»', true], ['1', '000', true], ['000', '€,', false]] as const) {
			const found = pairs(left, right);
			assert.equal(found.length, 70, `${left} ${right}`);
			for (const { gap, sameLine } of found) {
				assert.ok(sameLine, `${left} and ${right} split across lines`);
				if (narrow) {
					assert.ok(gap > 0.5 && gap < 2, `gap of ${gap} pt between ${left} and ${right}: not a narrow space`);
				}
			}
		}
	});

	test('Should print hostile text literally, with no Typst code run', async () => {
		const hostile = [
			'#set page(width: 5cm)',
			'#set text(fill: red)',
			'#import "@preview/cetz:0.3.0"',
			'2 * 3 et anonyme_75',
			'$x$ et $$',
			'@ref et <label>',
			'//comment et /* bloc */',
			'a -- b --- c',
			'C:\\dossier\\x et \\u{41}',
			'[sic] ~ = + : ` \'',
			'https://exemple.fr/a?b=1&c=[2]',
		];
		const intitule = '#strong[piège] *gras* _it_ `code` [lien](x) \\ $y$ @z <w>';
		const text = [
			'---',
			'acte: requete',
			'juridiction: Tribunal judiciaire de Paris',
			'date: 2025-01-15',
			'pieces:',
			`  - numero: 1`,
			`    intitule: ${JSON.stringify(intitule)}`,
			'---',
			'',
			'# I. FAITS',
			'',
			...hostile.flatMap((line) => [line, '']),
		].join('\n');
		const path = await exportToFile('hostile.pdf', modelOfText(text));
		const info = pdfTool('pdfinfo', path);
		assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/mu, '#set page was not run');
		const flat = flatText(pdfTool('pdftotext', '-enc', 'UTF-8', path, '-'));
		for (const expected of [...hostile, intitule]) {
			const shown = flatText(frenchTypography(expected));
			assert.ok(flat.includes(shown), `missing « ${shown} » in\n${flat}`);
		}
	});

	test('Should render every Markdown construct of a pleading without losing text', async () => {
		const text = [
			'---',
			'acte: requete',
			'juridiction: Tribunal judiciaire de Paris',
			'date: 2025-01-15',
			'---',
			'',
			'Avant le premier titre, *en italique* et **en gras**, avec un [lien](https://exemple.fr) et `n° 12`.',
			'',
			'### Un titre de niveau 3',
			'',
			'> Le message litigieux : « je sais où tu habites ».',
			'>',
			'> Second paragraphe cité.',
			'',
			'3. troisième point',
			'4. quatrième point',
			'   - sous-point imbriqué',
			'',
			'Une ligne  ',
			'coupée de force.',
			'',
			'***',
			'',
			'```',
			'bloc conservé',
			'  ligne deux',
			'```',
			'',
			'![capture du message](capture.png)',
			'',
			'<div>HTML affiché tel quel</div>',
			'',
			'**PAR CES MOTIFS**',
			'',
			'ORDONNER la communication des données.',
		].join('\n');
		const path = await exportToFile('constructs.pdf', modelOfText(text));
		const flat = flatText(pdfTool('pdftotext', '-enc', 'UTF-8', path, '-'));
		for (const expected of ['Avant le premier titre, en italique et en gras, avec un lien et n° 12.', 'Un titre de niveau 3', '« je sais où tu habites ».', 'Second paragraphe cité.', '3. troisième point', '4. quatrième point', 'sous-point imbriqué', 'Une ligne coupée de force.', 'bloc conservé ligne deux', 'capture du message', '<div>HTML affiché tel quel</div>', 'PAR CES MOTIFS ORDONNER la communication des données.']) {
			assert.ok(flat.includes(expected), `missing « ${expected} » in\n${flat}`);
		}
		pdfTool('qpdf', '--check', path);
	});

	test('Should treat a Typst warning as an error', async () => {
		// The Caption optical size is another family: "Source Serif 4" becomes an unknown font.
		const fonts = join(directory, 'caption-fonts');
		mkdirSync(fonts, { recursive: true });
		const source = findFontDirectory();
		for (const face of ['Regular', 'It', 'Bold', 'BoldIt']) {
			copyFileSync(join(source, `SourceSerif4Caption-${face}.ttf`), join(fonts, `SourceSerif4-${face}.ttf`));
		}
		await assert.rejects(exportPdf(modelOfFile(CLEAN_ASSIGNATION), { fontDirectory: fonts }), (error: Error) => {
			assert.ok(error instanceof ExportError);
			assert.match(error.message, /^Export PDF impossible : Typst a signalé un problème, aucun fichier n’a été écrit\n- avertissement : police inconnue : source serif 4$/u);
			return true;
		});
	});

	test('Should refuse, in French, text that no embedded font can display', async () => {
		const model = modelOfText('---\nacte: requete\njuridiction: Tribunal judiciaire de Paris\ndate: 2025-01-15\n---\n\nLe message disait 😀.\n');
		await assert.rejects(exportPdf(model), /Export PDF impossible : Typst a signalé un problème, aucun fichier n’a été écrit\n- erreur : le texte « 😀 » n’existe pas dans les polices du PDF/u);
	});

	test('Should refuse a document without an act kind', async () => {
		await assert.rejects(exportPdf(modelOfText('# Notes\n')), /`acte: assignation-refere` ou `acte: requete`/u);
	});

	test('Should re-export incrementally with the same compiler and the same result size', async () => {
		const model = modelOfFile(CLEAN_ASSIGNATION);
		const first = await exportPleading(model, { now: new Date('2025-01-15T10:00:00Z') });
		const second = await exportPleading(model, { now: new Date('2025-01-15T10:00:00Z') });
		assert.equal(second.pages, first.pages);
		assert.deepEqual(Buffer.from(second.pdf), Buffer.from(first.pdf), 'the same act and date give the same bytes');
	});
});

suite('Export: writing the file', () => {
	const pdf = new TextEncoder().encode('%PDF-1.7\n%test\n');
	const source = join(directory, 'acte.md');
	writeFileSync(source, '---\nacte: requete\n---\n');

	test('Should write through a temporary file and replace the previous PDF', async () => {
		const target = join(directory, 'write', 'acte.pdf');
		mkdirSync(join(directory, 'write'), { recursive: true });
		writeFileSync(target, 'ancien');
		await writePdfAtomically(pdf, target, source);
		assert.deepEqual(readFileSync(target), Buffer.from(pdf));
		assert.deepEqual(readdirSync(join(directory, 'write')), ['acte.pdf'], 'no temporary file left behind');
	});

	test('Should refuse to overwrite the source', async () => {
		await assert.rejects(writePdfAtomically(pdf, source, source), /Export refusé : la destination .*acte\.md est un fichier Markdown/u);
		const linked = join(directory, 'acte-lien.pdf');
		spawnSync('ln', ['-s', source, linked]);
		await assert.rejects(writePdfAtomically(pdf, linked, source), /l’acte source lui-même/u);
		assert.equal(readFileSync(source, 'utf8'), '---\nacte: requete\n---\n');
	});

	test('Should refuse a Markdown target', async () => {
		await assert.rejects(writePdfAtomically(pdf, join(directory, 'autre.MD'), source), /est un fichier Markdown ; choisissez un nom en \.pdf/u);
		assert.equal(existsSync(join(directory, 'autre.MD')), false);
	});

	test('Should name the missing folder', async () => {
		const target = join(directory, 'absent', 'acte.pdf');
		await assert.rejects(writePdfAtomically(pdf, target, source), (error: Error) => {
			assert.ok(error instanceof ExportError);
			assert.equal(error.message, `Écriture impossible de ${target} : le dossier ${join(directory, 'absent')} n’existe pas`);
			return true;
		});
	});

	test('Should explain a folder given as target', async () => {
		mkdirSync(join(directory, 'dossier.pdf'), { recursive: true });
		await assert.rejects(writePdfAtomically(pdf, join(directory, 'dossier.pdf'), source), /Écriture impossible de .*dossier\.pdf : c’est un dossier/u);
	});
});

suite('CLI: pretoire export', function () {
	this.timeout(60_000);

	function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
		const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8' });
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	}

	test('Should write <source>.pdf next to the source', () => {
		const source = join(directory, 'cli-acte.md');
		copyFileSync(CLEAN_ASSIGNATION, source);
		// The templates keep their sample identities: exporting one is printing blanks, hence --force.
		const { status, stdout } = cli('export', source, '--force');
		assert.equal(status, 0);
		assert.match(stdout, /^PDF écrit : .*cli-acte\.pdf \(\d+ pages, PDF\/A-2a\)\n$/u);
		assert.equal(readFileSync(join(directory, 'cli-acte.pdf')).subarray(0, 5).toString(), '%PDF-');
	});

	test('Should write to -o', () => {
		const target = join(directory, 'sortie.pdf');
		const { status } = cli('export', CLEAN_REQUETE, '-o', target, '--force');
		assert.equal(status, 0);
		pdfTool('qpdf', '--check', target);
	});

	test('Should exit 1 when the export is refused', () => {
		const { status, stderr } = cli('export', CLEAN_REQUETE, '-o', join(directory, 'sortie.md'), '--force');
		assert.equal(status, 1);
		assert.match(stderr, /Export refusé : la destination .*sortie\.md est un fichier Markdown/u);
	});

	test('Should refuse to print blanks left to complete unless --force', () => {
		const target = join(directory, 'avec-blancs.pdf');
		const { status, stderr } = cli('export', CLEAN_REQUETE, '-o', target);
		assert.equal(status, 1);
		assert.match(stderr, /placeholder-left .*\n.*texte\(s\) à compléter ; complétez l’acte, ou exportez quand même avec --force/su);
		assert.equal(existsSync(target), false);
	});

	test('Should write a PDF or refuse in one French message, never crash, on deep nesting and delimiter runs', function () {
		// Typst is slow on the nesting left after the limits: a generous bound, the verdict is the exit code.
		this.timeout(300_000);
		const template = readFileSync(CLEAN_REQUETE, 'utf8');
		const shapes: Record<string, string> = {
			quotes: `${'> '.repeat(20_000)}x`,
			lists: Array.from({ length: 3_000 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n'),
			brackets: '['.repeat(50_000),
			stars: '*'.repeat(50_000),
		};
		for (const [name, shape] of Object.entries(shapes)) {
			const source = join(directory, `hostile-${name}.md`);
			writeFileSync(source, `${template}\n\n${shape}\n`);
			const { status, stderr } = cli('export', source, '-o', join(directory, `hostile-${name}.pdf`), '--force');
			assert.ok(status === 0 || status === 1, `${name}: exit ${status}`);
			assert.doesNotMatch(stderr, /RangeError|Maximum call stack|\n\s+at /u, name);
			if (status === 1) {
				assert.match(stderr, /^Export PDF impossible/u, name);
			}
		}
	});

	test('Should exit 2 on a malformed command or an unreadable file', () => {
		assert.equal(cli('export').status, 2);
		assert.equal(cli('export', CLEAN_REQUETE, CLEAN_ASSIGNATION).status, 2);
		assert.equal(cli('export', CLEAN_REQUETE, '-o').status, 2);
		const missing = cli('export', join(directory, 'absent.md'));
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /absent\.md : fichier introuvable/u);
	});
});

suite('Export: concurrent writes', () => {
	test('Should leave a valid PDF when two exports of the same pleading race to the same file', async function () {
		this.timeout(60_000);
		const { mkdtempSync, readFileSync: read } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join: joinPath } = await import('node:path');
		const { execFileSync } = await import('node:child_process');
		const { TextDocument } = await import('vscode-languageserver-textdocument');
		const { parsePleading } = await import('../../server/src/document/parse');
		const { exportPleading, writePdfAtomically } = await import('../../server/src/export/pdf');
		const directory = mkdtempSync(joinPath(tmpdir(), 'pretoire-race-'));
		const source = joinPath(directory, 'acte.md');
		const target = joinPath(directory, 'acte.pdf');
		const model = parsePleading(TextDocument.create('file:///acte.md', 'markdown', 1, read('templates/assignation-refere-hebergeur.md', 'utf8')));
		const runs = Array.from({ length: 4 }, async () => {
			const exported = await exportPleading(model);
			await writePdfAtomically(exported.pdf, target, source);
		});
		await Promise.all(runs);
		execFileSync('qpdf', ['--check', target]);
	});
});
