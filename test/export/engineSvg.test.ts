import * as assert from 'node:assert/strict';
import { PreviewPages, styleSheetOf } from '../../server/src/export/engineSvg';

const ROOT = '<svg style="overflow: visible;" class="typst-doc" viewBox="0 0 596 1684" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">';
const STYLE = '<style type="text/css">.tsel { color: transparent; }</style>';
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

interface DrawnPage {
	readonly tid: string;
	/** The page drawn, or reused from the page of that fingerprint in the drawing before. */
	readonly text?: string;
	readonly reusedFrom?: string;
}

/** What typst.ts's incremental renderer writes: the outlines (in any order), then each page stacked below the one before. */
function drawing(outlines: readonly string[], pages: readonly DrawnPage[]): string {
	const drawn = pages.map((page, index) => {
		const opening = `<g class="typst-page" transform="translate(0, ${index * 842})" data-tid="${page.tid}" data-page-width="596" data-page-height="842"${page.reusedFrom === undefined ? '' : ` data-reuse-from="${page.reusedFrom}"`}>`;
		return page.text === undefined
			? `${opening}</g>`
			: `${opening}<g data-tid="g${page.tid}"${page.reusedFrom === undefined ? '' : ` data-reuse-from="g${page.reusedFrom}"`} class="typst-group"><use xlink:href="#gA"/><foreignObject><h5:div class="tsel">${page.text}</h5:div></foreignObject></g></g>`;
	});
	return `${ROOT}<defs class="glyph">${outlines.map((id) => `<path id="${id}" class="outline_glyph" d="M 0 0 Z"/>`).join('')}</defs><defs class="clip-path"></defs>${drawn.join('')}</svg>`;
}

const keysOf = (split: { head: { key: string }; pages: readonly { key: string }[] }): Set<string> => new Set([split.head.key, ...split.pages.map((page) => page.key)]);

suite('Preview: the renderer’s drawing cut into pages, each named by Typst’s fingerprint', () => {
	test('Should take the style sheet from a whole SVG: what lies between the opening tag and the outlines', () => {
		assert.equal(styleSheetOf(`${ROOT}${STYLE}<defs class="glyph"></defs><g class="typst-page"></g></svg>`), STYLE);
	});

	test('Should draw each page in an SVG of its own, at its top, without the renderer’s hints, and the style and outlines in the head', () => {
		const split = new PreviewPages().split(drawing(['gA'], [{ tid: 'p1', text: 'Première page' }, { tid: 'p2', text: 'Deuxième page', reusedFrom: 'p0' }]), STYLE, new Set(), false);
		assert.ok(split !== undefined);
		assert.deepEqual(split.pages.map((page) => page.key), ['p1', 'p2']);
		assert.match(split.head.svg ?? '', new RegExp(`^<svg [^>]*class="typst-doc"[^>]*>${escaped(STYLE)}<defs class="glyph"><path id="gA"`, 'u'));
		assert.doesNotMatch(split.head.svg ?? '', /typst-page|Première/u);
		assert.match(split.pages[1].svg ?? '', /^<svg class="typst-doc" viewBox="0 0 596 842" [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><g class="typst-page" transform="translate\(0, 0\)" data-tid="p2"[^>]*>.*Deuxième page.*<\/svg>$/u);
		assert.doesNotMatch(split.pages[1].svg ?? '', /data-reuse-from/u);
	});

	test('Should send only what the preview does not hold: a reused page as its key, the head unchanged whatever the order of its outlines', () => {
		const pages = new PreviewPages();
		const first = pages.split(drawing(['gA', 'gB'], [{ tid: 'p1', text: 'Première page' }, { tid: 'p2', text: 'Deuxième page' }]), STYLE, new Set(), false)!;
		const second = pages.split(drawing(['gB', 'gA'], [{ tid: 'p1', reusedFrom: 'p1' }, { tid: 'p3', text: 'Deuxième page, modifiée', reusedFrom: 'p2' }]), STYLE, keysOf(first), false);
		assert.deepEqual(second, { head: { key: first.head.key }, pages: [{ key: 'p1' }, { key: 'p3', svg: second?.pages[1].svg }] });
		assert.match(second?.pages[1].svg ?? '', /modifiée/u);
	});

	test('Should draw a reused page from the drawing before when the preview does not hold it (a preview opened again)', () => {
		const pages = new PreviewPages();
		const first = pages.split(drawing(['gA'], [{ tid: 'p1', text: 'Première page' }]), STYLE, new Set(), false)!;
		const reopened = pages.split(drawing(['gA'], [{ tid: 'p1', reusedFrom: 'p1' }]), STYLE, new Set(), false)!;
		assert.deepEqual(reopened, first);
	});

	test('Should give up a drawing that reuses a page it does not hold, so that the whole act is drawn again', () => {
		assert.equal(new PreviewPages().split(drawing(['gA'], [{ tid: 'p1', reusedFrom: 'p1' }]), STYLE, new Set(), false), undefined);
		const pages = new PreviewPages();
		pages.split(drawing(['gA'], [{ tid: 'p1', text: 'Première page' }]), STYLE, new Set(), false);
		pages.clear();
		assert.equal(pages.split(drawing(['gA'], [{ tid: 'p1', reusedFrom: 'p1' }]), STYLE, new Set(), false), undefined);
	});

	test('Should ask for a whole drawing when a drawing after an edit holds definitions other than glyph outlines, or a page drawn in part', () => {
		const gradient = '<defs class="gradients"><linearGradient id="gr1"/></defs>';
		const withGradient = drawing(['gB', 'gA'], [{ tid: 'p1', text: 'Première page' }]).replace('<defs class="clip-path">', `${gradient}<defs class="clip-path">`);
		assert.equal(new PreviewPages().split(withGradient, STYLE, new Set(), false), undefined);
		// Drawn whole, every definition is there and kept: the outlines are left in their order, the gradient with them.
		const whole = new PreviewPages().split(withGradient.replace('<path id="gB" class="outline_glyph" d="M 0 0 Z"/>', '$&<symbol id="gI" class="image_glyph"/>'), STYLE, new Set(), true);
		assert.match(whole?.head.svg ?? '', /<path id="gB"[^>]*\/><symbol id="gI" class="image_glyph"\/><path id="gA"/u);
		assert.match(whole?.head.svg ?? '', /<linearGradient id="gr1"\/>/u);
		// A page whose unchanged lines the renderer left as references to the drawing before.
		const inPart = drawing(['gA'], [{ tid: 'p2', text: 'Deuxième page', reusedFrom: 'p1' }]).replace('<use xlink:href="#gA"/>', '<g data-tid="gL" data-reuse-from="gL" class="typst-text"></g>');
		assert.equal(new PreviewPages().split(inPart, STYLE, new Set(), false), undefined);
	});

	test('Should cut Typst\'s own SVG of the whole act, which carries its style sheet', () => {
		const own = drawing(['gA'], [{ tid: 'p1', text: 'Première page' }]).replace('<defs class="glyph">', `${STYLE}<defs class="glyph">`);
		const split = new PreviewPages().split(own, '', new Set(), true);
		assert.equal(split?.head.svg?.split(STYLE).length, 2, 'the style sheet once');
		assert.match(split?.pages[0].svg ?? '', /Première page/u);
	});

	test('Should give a document without pages its head alone', () => {
		const split = new PreviewPages().split(`${ROOT}<defs class="glyph"></defs></svg>`, STYLE, new Set(), false);
		assert.deepEqual(split?.pages, []);
		assert.match(split?.head.svg ?? '', new RegExp(`^<svg [^>]*>${escaped(STYLE)}<defs class="glyph"></defs></svg>$`, 'u'));
	});
});
