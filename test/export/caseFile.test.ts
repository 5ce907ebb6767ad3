import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { readAct } from '../../server/src/cli/readAct';
import { ExportError } from '../../server/src/export/pdf';
import { judgeVoice } from '../../server/src/export/ordonnance';
import { caseFileTarget, exportCaseFile } from '../../server/src/services/caseFileExport';
import { flatText, pdfTool } from './tools';

const EXAMPLE = join(process.cwd(), 'examples', 'dossier-martin');

function actAt(path: string) {
	return readAct(TextDocument.create(pathToFileURL(path).toString(), 'markdown', 1, readFileSync(path, 'utf8')), translator('fr'));
}

/** The bookmarks' titles, read back from the outline dictionary. */
async function bookmarks(pdf: Uint8Array): Promise<string[]> {
	const document = await PDFDocument.load(pdf);
	const outlines = document.catalog.lookup(PDFName.of('Outlines'), PDFDict);
	const titles: string[] = [];
	let entry = outlines.get(PDFName.of('First')) as PDFRef | undefined;
	while (entry !== undefined) {
		const item = document.context.lookup(entry, PDFDict);
		titles.push((item.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText());
		entry = item.get(PDFName.of('Next')) as PDFRef | undefined;
	}
	return titles;
}

/** An RGB PNG of pseudo-random pixels (a xorshift sequence), stored without compression. */
function noisePng(width: number, height: number): Buffer {
	let state = 2463534242;
	const rows = Buffer.alloc((width * 3 + 1) * height);
	for (let index = 0; index < rows.length; index++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		rows[index] = index % (width * 3 + 1) === 0 ? 0 : state & 0xff;
	}
	const chunk = (type: string, data: Buffer): Buffer => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) {
			crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
		}
	}
	return (crc ^ 0xffffffff) >>> 0;
}

suite('Export: case file (projet d’ordonnance, bordereau, bundle)', function () {
	this.timeout(60_000);
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-casefile-'));
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	test('Should write the projet d’ordonnance of the requête in the judge’s voice, with 496, 497 and the blanks', async () => {
		const target = join(directory, 'ordonnance.pdf');
		const document = await exportCaseFile(actAt(join(EXAMPLE, 'requete-x.md')), 'ordonnance', target, translator('fr'));
		writeFileSync(target, document.pdf);
		pdfTool('qpdf', '--check', target);
		const text = flatText(pdfTool('pdftotext', target, '-'));
		for (const expected of [
			'Vu la requête qui précède et les pièces qui y sont jointes ;',
			'Vu les articles 145, 493 à 498 et 845 du code de procédure civile ;',
			'Vu l’article 222-17, alinéa 2, du code pénal ;',
			// Issue 21: the host's duty on its full basis, and why identity and technical data may be ordered.
			'Vu l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique ;',
			'Vu l’article L. 34-1, II bis, du code des postes et des communications électroniques ;',
			'Vu les articles 2, 3 et 5, 2°, du décret n° 2021-1362 du 20 octobre 2021 ;',
			'conservées pour les besoins des procédures pénales',
			'la menace de mort relève de la délinquance grave',
			'Ordonnons à la société Twitter International Unlimited Company de communiquer',
			'relatives au titulaire du compte « @corbeau_lyon »',
			'Faisons interdiction à la société Twitter International Unlimited Company',
			'les données techniques ne sont conservées qu’un an',
			'(article 496, alinéa 1er, du code de procédure civile)',
			'(article 497)',
			'[À compléter : date]',
			'Formule exécutoire',
		]) {
			assert.ok(text.includes(expected), `missing « ${expected} »`);
		}
		assert.ok(!/ORDONNER|à intervenir/u.test(text), 'the measures are still in the requête’s voice');
		// Issue 21: the derogation was stated twice, by the order and again by the requête's paragraph it quotes.
		assert.equal(text.match(/prise contradictoirement/gu)?.length, 1, 'the derogation stated twice');
		assert.ok(text.includes('Averti par la plateforme, le titulaire du compte'), 'the circumstances quoted');
	});

	test('Should turn each kind of measure into the judge’s voice', () => {
		assert.match(judgeVoice('- DIRE que la mesure sera exécutée'), /^#strong\[Disons\];/u);
		assert.match(judgeVoice('- FAIRE INTERDICTION à la société X'), /^#strong\[Faisons interdiction\];/u);
		assert.match(judgeVoice('- ordonner à la société X'), /^#strong\[Ordonnons\];/u);
	});

	test('Should refuse a projet d’ordonnance for an assignation', async () => {
		await assert.rejects(exportCaseFile(actAt(join(EXAMPLE, 'assignation-orange.md')), 'ordonnance', join(directory, 'x.pdf'), translator('fr')), (error: unknown) => error instanceof ExportError && /accompagne une requête/u.test(error.message));
	});

	test('Should write act, bordereau and every pièce stamped, with one bookmark each', async () => {
		const target = join(directory, 'bundle.pdf');
		const document = await exportCaseFile(actAt(join(EXAMPLE, 'assignation-orange.md')), 'bundle', target, translator('fr'));
		writeFileSync(target, document.pdf);
		pdfTool('qpdf', '--check', target);
		const titles = await bookmarks(document.pdf);
		assert.deepEqual(titles.map((title) => title.replace(/ – .*$/u, '')), ['Acte', 'Bordereau de pièces', 'Pièce n° 1', 'Pièce n° 2', 'Pièce n° 3', 'Pièce n° 4', 'Pièce n° 5', 'Pièce n° 6']);
		const pages = Number(/Pages:\s+(\d+)/u.exec(pdfTool('pdfinfo', target))?.[1]);
		// The six one-page exhibits are the last six pages, each stamped with its number.
		for (let numero = 1; numero <= 6; numero++) {
			const page = String(pages - 6 + numero);
			assert.match(pdfTool('pdftotext', '-f', page, '-l', page, target, '-'), new RegExp(`Pièce n° ${numero}\\b`, 'u'));
		}
		assert.match(flatText(pdfTool('pdftotext', '-f', String(pages - 7), '-l', String(pages - 7), target, '-')), /BORDEREAU DES PIÈCES COMMUNIQUÉES/u);
		assert.deepEqual(document.notes, []);
	});

	test('Should list every missing exhibit with its place in dossier.yaml and write no bundle', async () => {
		const copy = join(directory, 'copie');
		cpSync(EXAMPLE, copy, { recursive: true });
		rmSync(join(copy, 'pieces', '04-plainte.pdf'));
		writeFileSync(join(copy, 'pieces', '05-ordonnance.pdf'), 'pas un PDF');
		await assert.rejects(exportCaseFile(actAt(join(copy, 'assignation-orange.md')), 'bundle', join(copy, 'bundle.pdf'), translator('fr')), (error: unknown) => {
			assert.ok(error instanceof ExportError);
			assert.match(error.message, /^Dossier de pièces non écrit : 2 pièces manquent ou ne se lit pas/u);
			assert.match(error.message, /pièce n° 4 \(dossier\.yaml:42:14\) : fichier introuvable/u);
			assert.match(error.message, /pièce n° 5 \(dossier\.yaml:45:14\) : .* n’est ni un PDF, ni une image PNG ou JPEG/u);
			return true;
		});
	});

	test('Should say when the bundle exceeds what e-filing accepts and when its name is not plain', async () => {
		const copy = join(directory, 'lourd');
		cpSync(EXAMPLE, copy, { recursive: true });
		// A scan of about 5 MB: a PNG of pseudo-random pixels, which no compression shrinks.
		writeFileSync(join(copy, 'pieces', '04-plainte.png'), noisePng(1300, 1300));
		const dossier = join(copy, 'dossier.yaml');
		writeFileSync(dossier, readFileSync(dossier, 'utf8').replace('pieces/04-plainte.pdf', 'pieces/04-plainte.png'));
		const document = await exportCaseFile(actAt(join(copy, 'assignation-orange.md')), 'bundle', join(copy, 'Pièces été.pdf'), translator('fr'));
		assert.ok(document.pdf.byteLength > 4 * 1024 * 1024);
		assert.match(document.notes[0], /^Taille : \d[,.]\d Mo, au-delà des 4 Mo environ qu’accepte par envoi la communication électronique/u);
		assert.match(document.notes[0], /à vérifier auprès du greffe/u);
		assert.match(document.notes[1], /préférez « Pieces-ete\.pdf »/u);
	});

	test('Should name the documents plainly beside the act', () => {
		assert.equal(caseFileTarget('/dossier/Requête X.md', 'ordonnance'), '/dossier/Requete-X-ordonnance.pdf');
	});
});
