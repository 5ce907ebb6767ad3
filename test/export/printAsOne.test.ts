import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { renderSvg } from '../../server/src/export/engine';
import { pleadingToTypst } from '../../server/src/export/typst';
import { exportWord } from '../../server/src/export/word';
import { modelOfText } from './tools';

/** The text lines of each page of the act as the PDF lays it out (the preview's SVG, same engine and fonts). */
async function pagesOf(text: string): Promise<string[][]> {
	const { pages } = await renderSvg(pleadingToTypst(modelOfText(text)).markup);
	return pages.map((page) => [...(page.svg ?? '').matchAll(/class="tsel"[^>]*>([^<]*)</gu)].map((match) => match[1]));
}

/** The act's running header (court, act) is printed above every page but the first: it is not « text before ». */
function bodyLinesBefore(page: readonly string[], line: number, text: string): string[] {
	const court = /^juridiction: (.+)$/mu.exec(text)?.[1] ?? '';
	const spaced = (value: string): string => value.replace(/[\u00a0\u202f]/gu, ' ').trim();
	return page.slice(0, line).map(spaced).filter((candidate) => candidate !== '' && candidate !== spaced(court) && !/\(article 145 du code de procédure civile\)$/u.test(candidate));
}

async function assertClosingNotAlone(text: string, name: string): Promise<void> {
	const pages = await pagesOf(text);
	const pageIndex = pages.findIndex((page) => page.some((line) => /SOUS TOUTES RÉSERVES/u.test(line)));
	assert.ok(pageIndex >= 0, `${name}: no closing`);
	const page = pages[pageIndex];
	const line = page.findIndex((candidate) => /SOUS TOUTES RÉSERVES/u.test(candidate));
	assert.notDeepEqual(bodyLinesBefore(page, line, text), [], `${name}: « SOUS TOUTES RÉSERVES » alone at the top of page ${pageIndex + 1}`);
}

const acts = [
	...readdirSync('templates').filter((name) => name.endsWith('.md')).map((name) => join('templates', name)),
	...['examples/assignation.md', 'examples/dossier-martin/requete-x.md', 'examples/dossier-martin/assignation-orange.md'],
];

suite('Export: Word and PDF print as one document', function () {
	this.timeout(300_000);

	for (const file of acts) {
		test(`Should keep the closing with the text before it: ${file}`, async () => {
			await assertClosingNotAlone(readFileSync(file, 'utf8'), file);
		});
	}

	test('Should keep the closing with the text before it, wherever the page ends', async () => {
		// One more line of body at each step: at some length the last line fills a page, and the closing
		// (an export's or the lawyer's own) would start the next page alone.
		const head = readFileSync('templates/requete-hebergeur.md', 'utf8');
		for (const ownClosing of [false, true]) {
			for (let lines = 0; lines <= 46; lines++) {
				const filler = Array.from({ length: lines }, (_, index) => `Ligne ${index + 1} ajoutée pour déplacer la fin de l’acte.`).join('\n\n');
				const text = `${head}\n\n${filler}\n${ownClosing ? '\nSOUS TOUTES RÉSERVES\n\nMaître Julie BERNARD\n' : ''}`;
				await assertClosingNotAlone(text, `${lines} lines${ownClosing ? ', own closing' : ''}`);
			}
		}
	});

	test('Should name the PDF’s typeface and sizes in the Word styles of the body, every heading and the page number', async () => {
		const docx = (await exportWord(modelOfText(readFileSync('templates/assignation-refere-hebergeur.md', 'utf8')))).docx;
		const styles = (await (await JSZip.loadAsync(docx)).file('word/styles.xml')?.async('string')) ?? '';
		const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`, 'u').exec(styles)?.[1] ?? '';
		// typst.ts: Source Serif 4, body and headings 11.5 pt, first-level headings 12.5 pt, page number 9 pt (half-points in Word).
		for (const [id, size] of [['Heading1', 25], ['Heading2', 23], ['Heading3', 23], ['Heading4', 23], ['Footer', 18]] as const) {
			assert.match(style(id), /w:ascii="Source Serif 4"/u, id);
			assert.match(style(id), new RegExp(`<w:sz w:val="${size}"/>`, 'u'), id);
		}
		assert.match(styles, /<w:docDefaults>[\s\S]*w:ascii="Source Serif 4"[\s\S]*<w:sz w:val="23"\/>[\s\S]*<\/w:docDefaults>/u);
		const footer = (await (await JSZip.loadAsync(docx)).file('word/footer1.xml')?.async('string')) ?? '';
		assert.match(footer, /<w:pStyle w:val="Footer"\/>/u);
	});

	test('Should keep the paragraph before the closing with it in Word', async () => {
		for (const text of [readFileSync('templates/requete-hebergeur.md', 'utf8'), `${readFileSync('templates/requete-hebergeur.md', 'utf8')}\n\nSOUS TOUTES RÉSERVES\n\nMaître Julie BERNARD\n`]) {
			const body = (await (await JSZip.loadAsync((await exportWord(modelOfText(text))).docx)).file('word/document.xml')?.async('string')) ?? '';
			const paragraphs = body.split('<w:p>').slice(1);
			const closing = paragraphs.findIndex((paragraph) => paragraph.includes('SOUS TOUTES RÉSERVES'));
			assert.ok(closing > 0);
			assert.match(paragraphs[closing - 1], /<w:keepNext\/>/u);
		}
	});

	test('Should mark « PROJET » on an export made despite blanks, and only then', async () => {
		const model = modelOfText(readFileSync('templates/requete-hebergeur.md', 'utf8'));
		assert.match(pleadingToTypst(model, { draft: true }).markup, /\[PROJET\]/u);
		assert.doesNotMatch(pleadingToTypst(model).markup, /PROJET/u);
		const headers = async (draft: boolean): Promise<string> => {
			const zip = await JSZip.loadAsync((await exportWord(model, { draft })).docx);
			return (await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/u.test(name)).map((name) => zip.file(name)!.async('string')))).join('\n');
		};
		assert.equal((await headers(true)).match(/>PROJET</gu)?.length, 2);
		assert.doesNotMatch(await headers(false), /PROJET/u);
	});
});
