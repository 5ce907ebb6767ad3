import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Image, InlineCode, Link, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { QueryMemo } from '../../server/src/queries/memo';
import { readAct } from '../../server/src/cli/readAct';
import { deadlinesToIcs } from '../../server/src/export/ics';
import { exportPdf } from '../../server/src/export/pdf';
import { exportWord } from '../../server/src/export/word';
import { hover } from '../../server/src/features/hover';
import { translator } from '../../server/src/l10n';
import { codeSpan, markdownText } from '../../server/src/util/markdown';
import { deadlinesOf, type Deadline } from '../../server/src/queries/deadlines';
import { CLEAN_ASSIGNATION, flatText, modelOfText, pdfTool } from '../export/tools';
import { assertWellFormedXml, strictIcsLines } from './strictFormats';

// Case data as a hostile dossier writes it, through YAML's escapes: line ends of every convention
// (CRLF, CR alone, LF, NEL, LINE and PARAGRAPH SEPARATOR) followed by what would be properties or
// markup of their own, iCalendar's separators, a backslash, controls, noncharacters, a lone surrogate.
const HOSTILE_COURT_YAML = '"Tribunal judiciaire de Paris\\r\\nX-INJECTED:1\\rEND:VEVENT\\LBEGIN:VALARM\\Ntrois\\Pquatre; a, b\\\\c\\x01\\x0b\\uFFFE\\uFFFF\\uD800 fin"';
// What the lawyer meant, once the line ends are read as such and the rest dropped.
const COURT_AS_MEANT = 'Tribunal judiciaire de Paris\nX-INJECTED:1\nEND:VEVENT\nBEGIN:VALARM\ntrois\nquatre; a, b\\c fin';
// 300 characters with accents, so that folding meets two-octet characters everywhere.
const LONG_NAME = 'Société d’édition « Élan » '.repeat(12).slice(0, 300);

function hostileAct(): string {
	return readFileSync(CLEAN_ASSIGNATION, 'utf8')
		.replace('juridiction: Tribunal judiciaire de Paris', `juridiction: ${HOSTILE_COURT_YAML}`)
		.replace('nom: MARTIN', `nom: "MARTIN ${LONG_NAME}\\uFFFE\\x01\\uDC00"`)
		.replace('nom: Maître Jeanne DUPONT', 'nom: "Maître Jeanne DUPONT\\uFFFF\\x02"')
		.replace('Madame Claire MARTIN est journaliste (pièce n° 1).', 'Madame Claire MARTIN est journaliste (pièce n° 1), `code\u000b\uFFFE` \uD83D seul.\n\n```\nbloc\u000c\uFFFF\rsuite\n```');
}

suite('Hostile case data: the .ics, the .docx and the hovers keep their format', function () {
	this.timeout(120_000);
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-hostile-formats-'));
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	test('Should read the hostile case data as written (the premise of the suite)', () => {
		const court = modelOfText(hostileAct()).frontMatter?.data.juridiction ?? '';
		assert.ok(court.includes('\r\nX-INJECTED:1\rEND:VEVENT\u2028BEGIN:VALARM\u0085trois\u2029quatre'), 'YAML escapes give the raw line ends');
		assert.ok(court.includes('\uFFFE\uFFFF\uD800'), 'YAML escapes give the noncharacters and the lone surrogate');
	});

	test('Should write an .ics a strict RFC 5545 reader accepts, with the values as meant and nothing injected', () => {
		const model = modelOfText(hostileAct());
		const { deadlines, reminders } = deadlinesOf(model, 'fr');
		const ics = deadlinesToIcs(deadlines, reminders, { uri: model.document.uri, title: `acte\r\nATTENDEE:mailto:x@example.org\u2028${LONG_NAME}.md` }, new Date('2025-01-15T10:00:00Z'), translator('fr'));
		const lines = strictIcsLines(Buffer.from(ics, 'utf8'));
		// Only the properties Prétoire writes: a line end in the data would have added its own.
		const names = new Set(lines.map((line) => line.name));
		assert.deepEqual([...names].sort(), ['ACTION', 'BEGIN', 'CALSCALE', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'DURATION', 'END', 'METHOD', 'PRODID', 'SUMMARY', 'TRANSP', 'TRIGGER', 'UID', 'VERSION', 'X-WR-CALNAME']);
		const nesting: string[] = [];
		for (const { name, value } of lines) {
			if (name === 'BEGIN') {
				nesting.push(value);
			} else if (name === 'END') {
				assert.equal(nesting.pop(), value, 'BEGIN and END do not match');
			}
		}
		assert.deepEqual(nesting, []);
		assert.equal(lines.filter((line) => line.name === 'BEGIN' && line.value === 'VEVENT').length, deadlines.length);
		assert.ok(lines.some((line) => line.name === 'SUMMARY' && line.value === `Audience des référés — ${COURT_AS_MEANT}`), 'the hearing’s summary is the court’s name as meant');
		assert.ok(lines.some((line) => line.name === 'X-WR-CALNAME' && line.value === `Prétoire — acte\nATTENDEE:mailto:x@example.org\n${LONG_NAME}.md`));
	});

	test('Should write a .docx whose every part is well-formed XML, with the names as meant', async () => {
		const { docx } = await exportWord(modelOfText(hostileAct()));
		const zip = await JSZip.loadAsync(docx);
		const parts = Object.keys(zip.files).filter((name) => /\.(?:xml|rels)$/u.test(name));
		assert.ok(parts.includes('word/document.xml') && parts.includes('docProps/core.xml'));
		for (const part of parts) {
			assertWellFormedXml(await zip.file(part)!.async('uint8array'), part);
		}
		const document = await zip.file('word/document.xml')!.async('string');
		assert.ok(document.includes('MARTIN Société d’édition'), 'the demandeur’s name is kept');
		assert.ok(document.includes('fin'), 'the court’s name is kept past the removed characters');
		assert.ok((await zip.file('docProps/core.xml')!.async('string')).includes('Maître Jeanne DUPONT'), 'the author is kept');
	});

	test('Should make links other than http, https and mailto plain text, in the PDF and in the .docx', async () => {
		const act = readFileSync(CLEAN_ASSIGNATION, 'utf8').replace(
			'Madame Claire MARTIN est journaliste (pièce n° 1).',
			'Madame Claire MARTIN est journaliste (pièce n° 1), voir [Légifrance](https://www.legifrance.gouv.fr/), [la recherche](https://www.legifrance.gouv.fr/search?q=a&b=\'c\'<d>), [le greffe](mailto:greffe@example.org), [cliquez ici](javascript:alert(1)), [le fichier](file:///etc/passwd), [le programme](C:/Windows/calc.exe) et <file:///C:/Windows/System32/cmd.exe>.',
		);
		const expected = ['https://www.legifrance.gouv.fr/', 'https://www.legifrance.gouv.fr/search?q=a&b=\'c\'<d>', 'mailto:greffe@example.org'];
		const model = modelOfText(act);
		const pdf = join(directory, 'links.pdf');
		writeFileSync(pdf, await exportPdf(model));
		const qdf = join(directory, 'links.qdf');
		pdfTool('qpdf', '--qdf', '--object-streams=disable', pdf, qdf);
		const uris = [...readFileSync(qdf, 'latin1').matchAll(/\/URI\s*\(([^)]*)\)/gu)].map((match) => match[1]);
		assert.deepEqual(uris.sort(), expected);
		const text = flatText(pdfTool('pdftotext', pdf, '-'));
		assert.match(text, /cliquez ici, le fichier, le programme et file:/u);

		const zip = await JSZip.loadAsync((await exportWord(model)).docx);
		for (const part of Object.keys(zip.files).filter((name) => /\.(?:xml|rels)$/u.test(name))) {
			assertWellFormedXml(await zip.file(part)!.async('uint8array'), part);
		}
		const relations = await zip.file('word/_rels/document.xml.rels')!.async('string');
		const targets = [...relations.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/gu)].map((match) => match[1].replace(/&(lt|gt|apos|quot|amp);/gu, (_, entity: string) => ({ lt: '<', gt: '>', apos: '\'', quot: '"', amp: '&' })[entity] ?? ''));
		assert.deepEqual(targets.sort(), expected);
		assert.match(await zip.file('word/document.xml')!.async('string'), /cliquez ici/u);
	});

	const markdown = unified().use(remarkParse);

	suite('Hovers show user text literally, with no remote image', () => {
		const nodes = (value: string): Nodes[] => {
			const all: Nodes[] = [];
			const walk = (node: Nodes): void => {
				all.push(node);
				('children' in node ? node.children : []).forEach((child) => walk(child as Nodes));
			};
			walk(markdown.parse(value) as Root);
			return all;
		};
		const hoverAt = (text: string, needle: string): string => {
			const model = readAct(TextDocument.create(pathToFileURL(join(directory, 'acte.md')).toString(), 'markdown', 1, text), translator('fr'));
			const result = hover(model, model.document.positionAt(text.indexOf(needle) + 2), new Date('2025-01-15T10:00:00Z'), translator('fr'), new QueryMemo());
			assert.ok(result !== undefined, `no hover on ${needle}`);
			const contents = result.contents as MarkupContent;
			assert.equal(contents.kind, MarkupKind.Markdown);
			return contents.value;
		};

		test('Should show a dossier name holding backticks and an image in a code span it cannot close', () => {
			const name = 'dos``sier` ![x](https://tracker.example/p.png) <img src="https://tracker.example/q.png">.yaml';
			const value = hoverAt(readFileSync(CLEAN_ASSIGNATION, 'utf8').replace('acte: assignation-refere', `acte: assignation-refere\ndossier: '${name}'`), name);
			const found = nodes(value);
			assert.deepEqual(found.filter((node) => node.type === 'image' || node.type === 'link' || node.type === 'html'), []);
			assert.deepEqual(found.filter((node): node is InlineCode => node.type === 'inlineCode').map((node) => node.value), [name]);
		});

		test('Should show an uncatalogued qualification as typed, its Markdown inert', () => {
			const label = 'atteinte ![pixel](https://tracker.example/r.png) [ici](command:workbench.action.terminal.new) <img src=x> **gras** `code` $(alert)';
			const value = hoverAt(readFileSync(CLEAN_ASSIGNATION, 'utf8').replace('  - qualification: harcèlement moral en ligne\n    texte: article 222-33-2-2, 4°, du code pénal', `  - qualification: '${label}\n\n      # titre'`), 'atteinte');
			const found = nodes(value);
			assert.deepEqual(found.filter((node): node is Image | Link => node.type === 'image' || node.type === 'link' || node.type === 'html' || node.type === 'inlineCode' || node.type === 'heading').map((node) => node.type), []);
			const strongText = found.find((node) => node.type === 'strong');
			assert.ok(strongText !== undefined && 'children' in strongText);
			assert.equal(strongText.children.map((child) => ('value' in child ? child.value : '')).join(''), `${label} # titre`);
		});
	});
	suite('For any string, however crafted', () => {
		// Fixed seed and bounded runs, as the fuzz suite: the same cases on every machine.
		const SEED = 24;
		const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
		// What breaks formats: every line end, controls, noncharacters, lone surrogates, the
		// separators and markup of each format, accents and astral characters; mixed with anything.
		const piece = fc.oneof(
			fc.constantFrom('\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\u0000', '\u0001', '\t', '\u000b', '\u000c', '\u007f', '\u009f', '\ufffe', '\uffff', '\ud800', '\udfff', '\\', ';', ',', ':', '"', '`', '``', '!', '[', ']', '(', ')', '<', '>', '&', '*', '_', '#', '$(', ' ', '    ', 'é', 'À', '😀', 'https://tracker.example/x.png'),
			fc.string({ unit: 'binary', maxLength: 4 }),
		);
		const hostileString = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
		// The text as the lawyer meant it on an agenda: line ends of every kind are line ends, the other controls and what UTF-8 cannot carry go.
		const asMeant = (value: string): string => value.replace(/\r\n|[\r\n\u0085\u2028\u2029]/gu, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/gu, '');
		// On one line in a hover: every line end and control is a space.
		const onOneLine = (value: string): string => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ');

		test('Should write an .ics a strict reader accepts, each TEXT value read back as meant', () => {
			fc.assert(fc.property(hostileString, hostileString, hostileString, (summary, label, title) => {
				const deadline: Deadline = { id: 'audience', date: { year: 2025, month: 2, day: 4 }, label, summary, source: 'art. 145 CPC', uncertain: false, anchor: { start: 0, end: 0 }, dataLoss: true };
				const lines = strictIcsLines(Buffer.from(deadlinesToIcs([deadline], [], { uri: 'file:///acte.md', title }, new Date('2025-01-15T10:00:00Z'), translator('fr')), 'utf8'));
				assert.deepEqual(lines.filter((line) => ['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME'].includes(line.name)).map((line) => line.value), [
					`Prétoire — ${asMeant(title)}`,
					asMeant(summary),
					asMeant(`${label}\n${deadline.source}\n${title}`),
					asMeant(summary),
				]);
			}), { seed: SEED, numRuns: RUNS });
		});

		test('Should show escaped user text in a hover as plain text, on one line', () => {
			fc.assert(fc.property(hostileString, (value) => {
				const [paragraph, ...others] = (markdown.parse(`x ${markdownText(value)} y`) as Root).children;
				assert.deepEqual(others, []);
				assert.equal(paragraph.type, 'paragraph');
				const children = paragraph.type === 'paragraph' ? paragraph.children : [];
				assert.ok(children.every((child) => child.type === 'text'), `markup in ${JSON.stringify(value)}: ${children.map((child) => child.type).join(', ')}`);
				assert.equal(children.map((child) => (child.type === 'text' ? child.value : '')).join(''), `x ${onOneLine(value)} y`);
			}), { seed: SEED, numRuns: RUNS });
		});

		test('Should show user text in a code span it cannot close, read back whole', () => {
			fc.assert(fc.property(hostileString, (value) => {
				fc.pre(value !== '');
				const [paragraph, ...others] = (markdown.parse(`x ${codeSpan(value)} y`) as Root).children;
				assert.deepEqual(others, []);
				const children = paragraph.type === 'paragraph' ? paragraph.children : [];
				assert.deepEqual(children.map((child) => child.type), ['text', 'inlineCode', 'text']);
				assert.equal((children[1] as InlineCode).value, onOneLine(value));
			}), { seed: SEED, numRuns: RUNS });
		});

		test('Should write a .docx whose every part is well-formed XML, whatever the case data', async () => {
			// As a YAML double-quoted scalar: every character out of printable ASCII as its \u escape.
			const yamlString = (value: string): string => `"${[...value].map((character) => (/^[ -~]$/u.test(character) && character !== '"' && character !== '\\' ? character : [...character].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))).join('')}"`;
			await fc.assert(fc.asyncProperty(hostileString, hostileString, async (court, name) => {
				const act = readFileSync(CLEAN_ASSIGNATION, 'utf8').replace('juridiction: Tribunal judiciaire de Paris', `juridiction: ${yamlString(court)}`).replace('nom: MARTIN', `nom: ${yamlString(`MARTIN ${name}`)}`);
				const zip = await JSZip.loadAsync((await exportWord(modelOfText(act))).docx);
				for (const part of Object.keys(zip.files).filter((file) => /\.(?:xml|rels)$/u.test(file))) {
					assertWellFormedXml(await zip.file(part)!.async('uint8array'), part);
				}
			}), { seed: SEED, numRuns: Math.min(RUNS, 25) });
		});
	});
});
