import { createHash } from 'node:crypto';
import type { SvgPart } from './engineProtocol';

/**
 * Typst draws every page of the act in one SVG: its styles and glyph outlines first, then one
 * `<g class="typst-page">` per page, stacked. A keystroke changes one page or a few, so the preview
 * receives them apart: the head (styles, outlines) and each page as an SVG of its own, drawn with the
 * head's outlines, each named by a hash of its content. A part whose key the caller holds comes without
 * its SVG: an 8 MB render of a 50-page act travels as the one or two pages that changed.
 */
export interface SplitSvg {
	readonly head: SvgPart;
	readonly pages: readonly SvgPart[];
}

const PAGE_START = '<g class="typst-page"';
const SVG_NAMESPACES = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:h5="http://www.w3.org/1999/xhtml"';

export function splitPages(svg: string, known: ReadonlySet<string>): SplitSvg {
	const starts: number[] = [];
	for (let at = svg.indexOf(PAGE_START); at >= 0; at = svg.indexOf(PAGE_START, at + PAGE_START.length)) {
		starts.push(at);
	}
	const end = svg.lastIndexOf('</svg>');
	const first = starts[0] ?? end;
	// The head keeps the document's own opening tag (namespaces, the `typst-doc` class) and draws nothing.
	const head = part(`${svg.slice(0, first)}</svg>`, known, 0);
	const pages = starts.map((start, index) => {
		// Every page starts at the top of its own drawing: the same page lower in the act keeps its key.
		const page = svg.slice(start, starts[index + 1] ?? end).replace(/^(<g class="typst-page" transform=")translate\([^)]*\)/u, '$1translate(0, 0)');
		const width = /data-page-width="([\d.]+)"/u.exec(page.slice(0, 300))?.[1] ?? '596';
		const height = /data-page-height="([\d.]+)"/u.exec(page.slice(0, 300))?.[1] ?? '842';
		return part(`<svg class="typst-doc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" data-width="${width}" data-height="${height}" ${SVG_NAMESPACES}>${page}</svg>`, known, index + 1);
	});
	previous.length = pages.length + 1;
	return { head, pages };
}

/**
 * The parts of the last split, by position (0 the head, then the pages): a part equal to the one at
 * its place last time takes its key without hashing, as every page but the one typed in does.
 */
const previous: { svg: string; key: string }[] = [];

function part(svg: string, known: ReadonlySet<string>, position: number): SvgPart {
	const before = previous[position];
	const key = before !== undefined && before.svg === svg ? before.key : createHash('sha1').update(svg).digest('base64url');
	previous[position] = { svg, key };
	return known.has(key) ? { key } : { key, svg };
}
