import * as assert from 'node:assert/strict';
import { splitPages } from '../../server/src/export/engineSvg';

/** Typst's SVG of a document: the styles and outlines, then each page translated below the one before. */
function document(pages: readonly string[]): string {
	const drawn = pages.map((text, index) => `<g class="typst-page" transform="translate(0, ${index * 842})" data-page-width="596" data-page-height="842"><g class="typst-text"><use href="#gA"/><foreignObject><h5:div class="tsel">${text}</h5:div></foreignObject></g></g>`);
	return `<svg class="typst-doc" viewBox="0 0 596 ${pages.length * 842}" xmlns="http://www.w3.org/2000/svg"><style>.tsel{}</style><defs class="glyph"><path id="gA" d="M 0 0 Z"/></defs>${drawn.join('')}</svg>`;
}

suite('Preview: the pages cut apart, each named by its content', () => {
	test('Should draw each page in an SVG of its own, at the top of it, and keep the outlines in the head', () => {
		const split = splitPages(document(['Première page', 'Deuxième page']), new Set());
		assert.equal(split.pages.length, 2);
		assert.match(split.head.svg ?? '', /<defs class="glyph"><path id="gA"/u);
		assert.doesNotMatch(split.head.svg ?? '', /typst-page|Première/u);
		assert.match(split.pages[1].svg ?? '', /^<svg class="typst-doc" viewBox="0 0 596 842" [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><g class="typst-page" transform="translate\(0, 0\)"[^>]*>.*Deuxième page.*<\/svg>$/u);
		assert.notEqual(split.pages[0].key, split.pages[1].key);
	});

	test('Should send only the parts not held: a page unchanged, even lower in the act, keeps its key', () => {
		const before = splitPages(document(['Première page', 'Deuxième page']), new Set());
		const held = new Set([before.head.key, ...before.pages.map((page) => page.key)]);
		// A page inserted before: the old first page is now the second, drawn lower in the document.
		const after = splitPages(document(['Page insérée', 'Première page', 'Deuxième page']), held);
		assert.deepEqual(after.pages.slice(1), before.pages.map((page) => ({ key: page.key })));
		assert.match(after.pages[0].svg ?? '', /Page insérée/u);
		// The head changed only by the document's height: it is sent again, whole.
		assert.match(after.head.svg ?? '', /<defs class="glyph">/u);
	});

	test('Should give a document without pages its head alone', () => {
		const split = splitPages('<svg class="typst-doc" xmlns="http://www.w3.org/2000/svg"><defs class="glyph"></defs></svg>', new Set());
		assert.deepEqual(split.pages, []);
		assert.match(split.head.svg ?? '', /^<svg class="typst-doc"[^>]*><defs class="glyph"><\/defs><\/svg>$/u);
	});
});
