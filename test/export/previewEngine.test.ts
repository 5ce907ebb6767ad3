import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePleading } from '../../server/src/document/parse';
import { FONT_FILES, findFontDirectory, renderSvg } from '../../server/src/export/engine';
import type { EngineRequest, EngineResponse } from '../../server/src/export/engineProtocol';
import { pleadingToTypst } from '../../server/src/export/typst';

/** What a page draws, whoever drew it: without fingerprints, renderer hints or its offset in the stack. */
function drawnContent(page: string): string {
	const start = page.indexOf('<g class="typst-page"');
	return page.slice(start, page.lastIndexOf('</g>') + 4).replace(/ data-(?:tid|reuse-from)="[^"]*"/gu, '').replace(/^(<g class="typst-page" transform=")translate\([^)]*\)/u, '$1');
}

/** Typst's own SVG of the whole act, drawn in one piece: its definitions, and its pages. */
function wholeDrawing(compiler: NodeCompiler, markup: string): { head: string; pages: string[] } {
	const svg = compiler.svg(compiler.compile({ mainFileContent: markup }).result!);
	const starts = [...svg.matchAll(/<g class="typst-page"/gu)].map((match) => match.index);
	return { head: svg.slice(0, starts[0]), pages: starts.map((start, index) => drawnContent(`${svg.slice(start, starts[index + 1] ?? svg.lastIndexOf('</svg>'))}`)) };
}

suite('Preview: pages drawn again only when changed, as Typst draws the whole act', () => {
	test('Should show, after each edit, the pages Typst draws for the whole act, from the parts sent and those the preview held', async function () {
		this.timeout(120_000);
		const fonts = findFontDirectory();
		const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: FONT_FILES.map((file) => readFileSync(join(fonts, file))) }] });
		const text = readFileSync('examples/assignation.md', 'utf8');
		const faits = text.indexOf('\n\n', text.indexOf('\n# ', text.indexOf('\n---', 4))) + 2;
		const paragraph = 'Le constat dressé par le commissaire de justice reproduit chacune des publications, avec son adresse et son horodatage, et il est joint aux débats. '.repeat(6);
		const versions = [
			text,
			`${text.slice(0, faits)}Ajout. ${text.slice(faits)}`,
			`${text.slice(0, faits)}Ajouts. ${text.slice(faits)}`,
			// A paragraph pushes every later line down: the pages after it change.
			`${text.slice(0, faits)}${paragraph}\n\n${text.slice(faits)}`,
			// The same act again (a save, a reload of the preview's request): nothing to send.
			`${text.slice(0, faits)}${paragraph}\n\n${text.slice(faits)}`,
		];
		const held = new Map<string, string>();
		let known: string[] = [];
		const sentCounts: number[] = [];
		const pageCounts: number[] = [];
		for (const [index, version] of versions.entries()) {
			const markup = pleadingToTypst(parsePleading(TextDocument.create('file:///apercu.md', 'markdown', index + 1, version))).markup;
			const rendered = await renderSvg(markup, known);
			for (const part of [rendered.head, ...rendered.pages]) {
				if (part.svg !== undefined) {
					held.set(part.key, part.svg);
				}
			}
			sentCounts.push(rendered.pages.filter((page) => page.svg !== undefined).length);
			const shown = rendered.pages.map((page) => {
				const svg = held.get(page.key);
				assert.ok(svg !== undefined, `version ${index + 1}: page ${page.key} neither sent nor held`);
				return drawnContent(svg);
			});
			// The head the preview holds outlines the glyphs Typst's whole SVG outlines (an empty glyph, the space, has none in either).
			const outlined = (svg: string): string[] => [...svg.matchAll(/<path id="(g[^"]+)"/gu)].map((match) => match[1]).sort();
			const whole = wholeDrawing(compiler, markup);
			assert.deepEqual(outlined(held.get(rendered.head.key) ?? ''), outlined(whole.head), `version ${index + 1}`);
			assert.deepEqual(shown, whole.pages, `version ${index + 1}`);
			pageCounts.push(whole.pages.length);
			known = [rendered.head.key, ...rendered.pages.map((page) => page.key)];
		}
		// The first drawing is sent whole; a word typed sends its page alone; the same act again sends nothing.
		assert.ok(pageCounts[0] >= 3, `${pageCounts[0]} pages`);
		assert.deepEqual([sentCounts[0], sentCounts[2], sentCounts[4]], [pageCounts[0], 1, 0], `sent: ${sentCounts.join(', ')}`);
	});
});

suite('Preview: without its renderer, Typst\'s whole SVG', () => {
	test('Should draw every page from the compiler\'s own SVG when the renderer cannot be loaded, and send nothing again for the same act', async function () {
		this.timeout(120_000);
		// The engine's script alone, without the renderer's WebAssembly beside it (a damaged installation).
		const directory = join('out', 'sans-moteur-apercu');
		mkdirSync(directory, { recursive: true });
		copyFileSync(join('dist', 'typstHost.js'), join(directory, 'typstHost.js'));
		const host = fork(join(directory, 'typstHost.js'), [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
		const ask = (request: Omit<EngineRequest, 'id'>, id: number) => new Promise<EngineResponse>((resolve) => {
			host.once('message', (response: EngineResponse) => resolve(response));
			host.send({ ...request, id });
		});
		try {
			const markup = pleadingToTypst(parsePleading(TextDocument.create('file:///apercu.md', 'markdown', 1, readFileSync('examples/assignation.md', 'utf8')))).markup;
			const request = { output: 'svg', markup, fontDirectory: findFontDirectory(), creationTimestamp: 0 } as const;
			const first = await ask(request, 1);
			assert.ok(first.ok && first.output === 'svg', JSON.stringify(first).slice(0, 300));
			assert.ok(first.pages.length >= 3 && first.pages.every((page) => page.svg?.includes('class="typst-page"')));
			assert.match(first.head.svg ?? '', /<style type="text\/css">[^<]*\.tsel/u);
			const known = [first.head.key, ...first.pages.map((page) => page.key)];
			const again = await ask({ ...request, known }, 2);
			assert.ok(again.ok && again.output === 'svg');
			assert.deepEqual([again.head, ...again.pages], known.map((key) => ({ key })));
		} finally {
			host.kill();
		}
	});
});
