import { createHash } from 'node:crypto';
import type { SvgPart } from './engineProtocol';

/**
 * The preview's pages, from Typst's incremental SVG renderer (typst.ts, `render_svg_diff`): after an
 * edit it draws only the pages whose content changed and writes each other page as an empty group
 * that names the page it reuses (`data-reuse-from`). The preview receives the head (styles, glyph
 * outlines) and each page as an SVG of its own, each named by a key: a page by Typst's fingerprint of
 * its content (`data-tid`), the head by a hash. A part whose key the caller holds comes without its
 * SVG: an 8 MB drawing of a 50-page act travels as the one or two pages that changed.
 */
export interface SplitSvg {
	readonly head: SvgPart;
	readonly pages: readonly SvgPart[];
}

const PAGE_START = '<g class="typst-page"';
const SVG_NAMESPACES = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml"';
const REUSE_HINT = / data-reuse-from="[^"]*"/gu;
// The renderer lists the glyph outlines in another order at each drawing; sorted, the same outlines
// make the same head, which the preview then already holds.
const GLYPH_OUTLINES = /(<defs class="glyph">)(.*?)(<\/defs>)/su;
const GLYPH_OUTLINE = /<path id="[^"]*"[^>]*\/>/gu;
// What an act's head holds besides glyph outlines as Typst draws it today: empty clip paths and style.
// Anything else (an image glyph, a gradient, a pattern, a clip path) is written for the pages drawn
// in that drawing only, so a page the preview holds could lose it: such a head comes from a whole drawing.
const PLAIN_HEAD = /^(?:<defs class="glyph">(?:<path id="[^"]*"[^>]*\/>)*<\/defs>|<defs class="clip-path"><\/defs>|<style type="text\/css"><\/style>)*$/u;
// A group the renderer left empty, to be copied from the drawing before: a page holding one is not whole.
const REUSED_GROUP = /data-reuse-from="[^"]*"[^>]*><\/g>/u;

/**
 * The style sheet of Typst's SVG for browsers (the transparent, selectable text layer; the glyphs'
 * fill): what lies between the root's opening tag and the glyph outlines. The incremental renderer
 * leaves it to the page that shows the drawing, so it is taken once from a whole render.
 */
export function styleSheetOf(svg: string): string {
	const outlines = svg.indexOf('<defs');
	return svg.slice(svg.indexOf('>') + 1, outlines < 0 ? svg.indexOf(PAGE_START) : outlines);
}

/**
 * The pages of the last drawing, by key, in the process that renders: a page the renderer reuses is
 * written as a reference to it. They mirror the renderer's session: reset together.
 */
export class PreviewPages {
	private drawn = new Map<string, string>();

	/**
	 * Cuts the renderer's drawing (or Typst's whole SVG, with its style sheet, `styleSheet` then empty)
	 * into parts. Undefined when the drawing needs what only a whole one gives: a page not held here
	 * (the session and these pages out of step), a page drawn in part, definitions other than glyph
	 * outlines. The caller then draws the whole act.
	 */
	split(diff: string, styleSheet: string, known: ReadonlySet<string>, whole: boolean): SplitSvg | undefined {
		const starts: number[] = [];
		for (let at = diff.indexOf(PAGE_START); at >= 0; at = diff.indexOf(PAGE_START, at + PAGE_START.length)) {
			starts.push(at);
		}
		const end = diff.lastIndexOf('</svg>');
		const rootEnd = diff.indexOf('>') + 1;
		const definitions = diff.slice(rootEnd, starts[0] ?? end);
		if (!whole && !PLAIN_HEAD.test(definitions)) {
			return undefined;
		}
		// The head keeps the document's own opening tag (namespaces, the `typst-doc` class) and draws nothing.
		const outlines = definitions.replace(GLYPH_OUTLINES, (all: string, open: string, paths: string, close: string) => {
			const sorted = paths.match(GLYPH_OUTLINE) ?? [];
			// Sorted only when they are all glyph paths: nothing else in the definitions is lost.
			return sorted.join('').length === paths.length ? `${open}${sorted.sort().join('')}${close}` : all;
		});
		const headSvg = `${diff.slice(0, rootEnd)}${styleSheet}${outlines}</svg>`;
		const headKey = createHash('sha1').update(headSvg).digest('base64url');
		const drawn = new Map<string, string>();
		const pages: SvgPart[] = [];
		for (const [index, start] of starts.entries()) {
			const page = diff.slice(start, starts[index + 1] ?? end);
			const opening = page.slice(0, page.indexOf('>') + 1);
			const key = /data-tid="([^"]*)"/u.exec(opening)?.[1] ?? '';
			const reused = opening.length + '</g>'.length === page.length;
			const svg = reused ? this.drawn.get(/data-reuse-from="([^"]*)"/u.exec(opening)?.[1] ?? '') : REUSED_GROUP.test(page) ? undefined : standalone(opening, page.replace(REUSE_HINT, ''));
			if (svg === undefined || key === '') {
				return undefined;
			}
			drawn.set(key, svg);
			pages.push(known.has(key) ? { key } : { key, svg });
		}
		this.drawn = drawn;
		return { head: known.has(headKey) ? { key: headKey } : { key: headKey, svg: headSvg }, pages };
	}

	clear(): void {
		this.drawn = new Map();
	}
}

/** A page as an SVG of its own, at the top of its drawing: the same page lower in the act draws the same. */
function standalone(opening: string, page: string): string {
	const width = /data-page-width="([\d.]+)"/u.exec(opening)?.[1] ?? '596';
	const height = /data-page-height="([\d.]+)"/u.exec(opening)?.[1] ?? '842';
	const atTop = page.replace(/^(<g class="typst-page" transform=")translate\([^)]*\)/u, '$1translate(0, 0)');
	return `<svg class="typst-doc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" data-width="${width}" data-height="${height}" ${SVG_NAMESPACES}>${atTop}</svg>`;
}
