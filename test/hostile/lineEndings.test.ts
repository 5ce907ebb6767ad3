import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { parsePleading } from '../../server/src/document/parse';
import { fixAll } from '../../server/src/engine/fixAll';
import { renumberPieces } from '../../server/src/features/pieces';
import { translator } from '../../server/src/l10n';

/**
 * A file from another system keeps its line breaks: renumbering and « fix all » work on CR-only
 * (old Mac), CRLF (Windows) and mixed files, with edits that do not overlap and lines inserted with
 * the file's own break.
 */

const URI = 'file:///hostile/assignation.md';
const LF_TEMPLATE = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8').replace(/\r\n?/gu, '\n');
/** Pièce 4 cited before pièce 2: renumbering moves bordereau entries. */
const LF_ACT = LF_TEMPLATE.replace('Madame Claire MARTIN est journaliste (pièce n° 1).', 'Madame Claire MARTIN est journaliste (pièce n° 1), elle a porté plainte (pièce n° 4).');

const ENDINGS: Record<string, (text: string) => string> = {
	LF: (text) => text,
	CRLF: (text) => text.replace(/\n/gu, '\r\n'),
	CR: (text) => text.replace(/\n/gu, '\r'),
	// LF, CR and CRLF in turn (a CR is never followed by an LF: the two would make one CRLF).
	mixed: (text) => text.split('\n').map((line, index) => line + ['\n', '\r', '\r\n'][index % 3]).join('').replace(/(?:\r\n|\r|\n)$/u, ''),
};

/** How many of each line break the text has. */
function breaks(text: string): { crlf: number; cr: number; lf: number } {
	const crlf = text.match(/\r\n/gu)?.length ?? 0;
	return { crlf, cr: (text.match(/\r/gu)?.length ?? 0) - crlf, lf: (text.match(/\n/gu)?.length ?? 0) - crlf };
}

function apply(text: string, edits: readonly TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), [...edits]);
}

function assertDisjoint(document: TextDocument, edits: readonly TextEdit[]): void {
	const spans = edits.map((edit) => [document.offsetAt(edit.range.start), document.offsetAt(edit.range.end)]).sort((left, right) => left[0] - right[0]);
	spans.forEach((span, index) => index === 0 || assert.ok(spans[index - 1][1] <= span[0], `edits ${JSON.stringify(spans[index - 1])} and ${JSON.stringify(span)} overlap`));
}

suite('Hostile line endings: renumbering and fix-all', () => {
	const expected = apply(LF_ACT, (renumberPieces(parsePleading(TextDocument.create(URI, 'markdown', 1, LF_ACT)), translator('fr')) as { changes: Record<string, TextEdit[]> }).changes[URI]);

	test('The LF reference renumbers as the features test expects', () => {
		assert.match(expected, /journaliste \(pièce n° 1\), elle a porté plainte \(pièce n° 2\)/u);
		assert.match(expected, /- numero: 2\n {4}intitule: Récépissé de plainte du 5 novembre 2024\n {2}- numero: 3\n/u);
	});

	for (const [name, convert] of Object.entries(ENDINGS)) {
		test(`Should renumber a ${name} file with disjoint edits, keeping every line break`, () => {
			const text = convert(LF_ACT);
			const document = TextDocument.create(URI, 'markdown', 1, text);
			const edit = renumberPieces(parsePleading(document), translator('fr'));
			assert.ok(!(edit instanceof Error) && edit !== null);
			const edits = edit.changes![URI];
			assertDisjoint(document, edits);
			const result = apply(text, edits);
			assert.ok(result.length < 2 * text.length, 'no edit writes the document twice');
			assert.deepEqual(breaks(result), breaks(text));
			assert.equal(result.replace(/\r\n?/gu, '\n'), expected, 'the same renumbering as the LF file');
		});

		test(`Should insert lines with the file’s own break when fixing all in a ${name} file`, () => {
			// Without the warning of article 56, 4°, the fix inserts it as a paragraph before the first heading.
			const text = convert(LF_ACT.replace(/^\*\*Modalités de comparution\.\*\*.*\n/mu, ''));
			const document = TextDocument.create(URI, 'markdown', 1, text);
			const fix = fixAll(document, { settings: { rules: {} }, language: 'fr', today: new Date('2025-01-20T12:00:00Z'), select: () => true, kinds: ['mechanical', 'substantive'] });
			assert.ok(fix !== undefined && /[\r\n]/u.test(fix.newText), 'the fixes insert lines');
			const result = text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end);
			const before = breaks(text);
			const after = breaks(result);
			if (name === 'CR') {
				assert.deepEqual([after.lf, after.crlf], [0, 0], 'a CR-only file gets no LF');
			} else if (name === 'CRLF') {
				assert.deepEqual([after.lf, after.cr], [0, 0], 'a CRLF file gets no lone LF or CR');
			} else if (name === 'LF') {
				assert.deepEqual([after.cr, after.crlf], [0, 0]);
			} else {
				// Mixed: inserted lines take CRLF, the file's Windows breaks; no lone CR or LF is added.
				assert.ok(after.cr <= before.cr && after.lf <= before.lf && after.crlf > before.crlf, JSON.stringify([before, after]));
			}
		});
	}
});
