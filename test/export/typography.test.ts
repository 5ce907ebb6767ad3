import * as assert from 'node:assert/strict';
import { frenchHearing, frenchIsoDate, yearInWords } from '../../server/src/export/frenchDates';
import { escapeMarkup, typstString } from '../../server/src/export/markup';
import { frenchTypography, superscriptOrdinals } from '../../server/src/export/typography';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

suite('Export: French typography', () => {
	test('Should put a narrow no-break space before ; ! and ?', () => {
		assert.equal(frenchTypography('Quelles données ? Les voici ; enfin !'), `Quelles données${NNBSP}? Les voici${NNBSP}; enfin${NNBSP}!`);
		assert.equal(frenchTypography('Vraiment?! Oui;'), `Vraiment${NNBSP}?! Oui${NNBSP};`);
	});

	test('Should put a no-break space before a colon', () => {
		assert.equal(frenchTypography('il suit : la mesure'), `il suit${NBSP}: la mesure`);
		assert.equal(frenchTypography('Objet: menaces'), `Objet${NBSP}: menaces`);
	});

	test('Should leave URLs, times and identifiers alone', () => {
		const untouched = 'https://x.com/a?b=1;c=2 à 21:04:31 (UTC+1) sur example.org/?q=x';
		assert.equal(frenchTypography(untouched), untouched);
	});

	test('Should put narrow no-break spaces inside guillemets, replacing typed spaces', () => {
		assert.equal(frenchTypography('le compte « @anonyme_75 » puis «x»'), `le compte «${NNBSP}@anonyme_75${NNBSP}» puis «${NNBSP}x${NNBSP}»`);
		assert.equal(frenchTypography('“quote”'), `«${NNBSP}quote${NNBSP}»`);
	});

	test('Should bind n° to its number', () => {
		assert.equal(frenchTypography('pièce n° 2, pièce n°3, N° 24/57566'), `pièce n°${NBSP}2, pièce n°${NBSP}3, N°${NBSP}24/57566`);
	});

	test('Should turn the typewriter apostrophe into the typographic one', () => {
		assert.equal(frenchTypography("l'article d'instruction aujourd'hui"), 'l’article d’instruction aujourd’hui');
	});

	test('Should group thousands with a narrow space and bind units, dates and article numbers', () => {
		assert.equal(frenchTypography('45 000 euros, 1 000 000 €, 50 %'), `45${NNBSP}000 euros, 1${NNBSP}000${NNBSP}000${NBSP}€, 50${NBSP}%`);
		assert.equal(frenchTypography('le 2024 123'), 'le 2024 123');
		assert.equal(frenchTypography('le 31 décembre 2024, article 145, L. 34-1'), `le 31${NBSP}décembre 2024, article${NBSP}145, L.${NBSP}34-1`);
	});

	test('Should be idempotent', () => {
		const once = frenchTypography("Motif : l'article n° 2 ; « x » ? 45 000 €");
		assert.equal(frenchTypography(once), once);
	});

	test('Should set ordinal suffixes in superscript', () => {
		assert.equal(superscriptOrdinals('le 1er novembre, la 1re chambre, le 2e alinéa'), 'le 1#super[er]; novembre, la 1#super[re]; chambre, le 2#super[e]; alinéa');
		assert.equal(superscriptOrdinals('D02 AX07 et 2024'), 'D02 AX07 et 2024');
	});

	test('Should handle 100 000 spaces in a row, before a mark or before nothing, in one pass', () => {
		// Each pattern that starts with spaces starts at the run's first space only: tried at every
		// space, a run of 10^5 took minutes. Asserted on the result; the suite's timeout is the bound.
		const run = ' '.repeat(100_000);
		assert.equal(frenchTypography(`a${run}”`), 'a\u202F»');
		assert.equal(frenchTypography(`a${run}»`), 'a\u202F»');
		assert.equal(frenchTypography(`a${run};`), 'a\u202F;');
		assert.equal(frenchTypography(`a${run}:`), 'a\u00A0:');
		assert.equal(frenchTypography(`a${run}b`), `a${run}b`);
		assert.equal(frenchTypography(run), run);
	});
});

suite('Export: Typst escaping', () => {
	test('Should backslash-escape every character Typst markup interprets', () => {
		assert.equal(escapeMarkup('#set *x* _y_ `z` $m$ <l> @r [a] ~ // -- + = 1. \'q\' "q" : \\'), '\\#set \\*x\\* \\_y\\_ \\`z\\` \\$m\\$ \\<l\\> \\@r \\[a\\] \\~ \\/\\/ \\-\\- \\+ \\= 1\\. \\\'q\\\' \\"q\\" \\: \\\\');
	});

	test('Should turn line breaks into spaces so that no line starts a list or heading', () => {
		assert.equal(escapeMarkup('a\n- b\n= c'), 'a \\- b \\= c');
	});

	test('Should drop control characters and bidirectional overrides, which have no glyph and reverse the text', () => {
		assert.equal(escapeMarkup('MAR\u202eTIN \u202dx\u202c \u2066y\u2069 \u0085z\ufeff\u0007'), 'MARTIN x y z');
		assert.equal(typstString('\u202eabc'), '"abc"');
	});

	test('Should write Typst string literals', () => {
		assert.equal(typstString('a "b" \\ c\nd'), '"a \\"b\\" \\\\ c\\nd"');
	});
});

suite('Export: French dates', () => {
	test('Should write dates as acts do', () => {
		assert.equal(frenchIsoDate('2024-11-01'), '1er novembre 2024');
		assert.equal(frenchIsoDate('1984-06-12'), '12 juin 1984');
	});

	test('Should write the hearing in its own time zone with the weekday', () => {
		assert.equal(frenchHearing('2025-02-04T09:30:00+01:00'), 'mardi 4 février 2025 à 9 heures 30');
		assert.equal(frenchHearing('2025-06-02T14:00:00+02:00'), 'lundi 2 juin 2025 à 14 heures');
	});

	test('Should write the year in words', () => {
		assert.equal(yearInWords(2025), 'deux mille vingt-cinq');
		assert.equal(yearInWords(2031), 'deux mille trente et un');
		assert.equal(yearInWords(2071), 'deux mille soixante et onze');
		assert.equal(yearInWords(2080), 'deux mille quatre-vingts');
		assert.equal(yearInWords(2099), 'deux mille quatre-vingt-dix-neuf');
		assert.equal(yearInWords(2000), 'deux mille');
	});
});
