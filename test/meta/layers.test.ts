import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

/**
 * The layering of server/src is written once, in eslint.config.mjs (which lint enforces); ARCHITECTURE.md
 * describes it in a table. These tests keep the table, the lint's layers and the folders of server/src
 * equal, and the modules free of import cycles (the test bundle runs from the repository root).
 */
const SOURCE_ROOT = join(process.cwd(), 'server', 'src');

const layerSchema = z.object({ name: z.string(), folders: z.array(z.string()), imports: z.array(z.string()) });
type Layer = z.infer<typeof layerSchema>;

async function lintLayers(): Promise<Layer[]> {
	const config: unknown = await import(pathToFileURL(join(process.cwd(), 'eslint.config.mjs')).href);
	return z.object({ layers: z.array(layerSchema) }).parse(config).layers;
}

/** The rows of the table under « ### Layers »: layer, `folders` in backquotes, imported layers or « — ». */
function architectureLayers(): Layer[] {
	const text = readFileSync('ARCHITECTURE.md', 'utf8');
	const section = text.slice(text.indexOf('### Layers'), text.indexOf('\n## ', text.indexOf('### Layers')));
	const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Layer ') && !line.startsWith('| ---'));
	return rows.map((row) => {
		const [name, folders, imports] = row.split('|').slice(1, -1).map((cell) => cell.trim());
		return {
			name,
			folders: [...folders.matchAll(/`([^`]+)`/gu)].map((match) => match[1]),
			imports: imports === '—' ? [] : imports.split(',').map((layer) => layer.trim()),
		};
	});
}

/** The folders (`name/`) and TypeScript files (`name.ts`) at the root of server/src. */
function sourceEntries(): string[] {
	return readdirSync(SOURCE_ROOT).flatMap((name) => (statSync(join(SOURCE_ROOT, name)).isDirectory() ? [`${name}/`] : name.endsWith('.ts') ? [name] : []));
}

function typescriptFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? typescriptFiles(path) : name.endsWith('.ts') ? [path] : [];
	});
}

/** The project modules a module imports (relative specifiers resolved to their .ts file), types included. */
function importsOf(file: string): string[] {
	const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.[^']*)'/gu)].map((match) => match[1]);
	return specifiers.flatMap((specifier) => [join(dirname(file), `${specifier}.ts`), join(dirname(file), specifier, 'index.ts')].filter((path) => existsSync(path)).slice(0, 1));
}

/** One import cycle of the graph, as a path that comes back to its first module; undefined when there is none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
	const done = new Set<string>();
	const visit = (module: string, path: string[]): string[] | undefined => {
		const seen = path.indexOf(module);
		if (seen >= 0) {
			return [...path.slice(seen), module];
		}
		if (done.has(module)) {
			return undefined;
		}
		for (const imported of graph.get(module) ?? []) {
			const cycle = visit(imported, [...path, module]);
			if (cycle !== undefined) {
				return cycle;
			}
		}
		done.add(module);
		return undefined;
	};
	for (const module of graph.keys()) {
		const cycle = visit(module, []);
		if (cycle !== undefined) {
			return cycle;
		}
	}
	return undefined;
}

suite('Layers of server/src', () => {
	test('Should describe in ARCHITECTURE.md the layers the lint enforces', async () => {
		const described = architectureLayers();
		assert.ok(described.length > 0, 'ARCHITECTURE.md has no layer table under « ### Layers »');
		assert.deepEqual(described, await lintLayers());
	});

	test('Should put every folder and root file of server/src in exactly one layer', async () => {
		const declared = (await lintLayers()).flatMap((layer) => layer.folders);
		assert.deepEqual([...declared].sort(), sourceEntries().sort());
	});

	test('Should map every folder and root file of server/src in ARCHITECTURE.md’s code map', () => {
		const text = readFileSync('ARCHITECTURE.md', 'utf8');
		const start = text.indexOf('```', text.indexOf('## Code map'));
		const codeMap = text.slice(start, text.indexOf('```', start + 3));
		const mapped = new Set([...codeMap.matchAll(/(?:^|[\s,/])([A-Za-z0-9]+(?:\/|\.ts))(?=[\s,])/gmu)].map((match) => match[1]));
		assert.deepEqual(sourceEntries().filter((entry) => !mapped.has(entry)), []);
	});

	test('Should let a layer import only layers that exist', async () => {
		const layers = await lintLayers();
		const names = new Set(layers.map((layer) => layer.name));
		for (const layer of layers) {
			assert.deepEqual(layer.imports.filter((name) => !names.has(name) || name === layer.name), [], layer.name);
		}
	});

	test('Should have no import cycle between the modules of server/src', () => {
		const graph = new Map(typescriptFiles(SOURCE_ROOT).map((file) => [file, importsOf(file)]));
		assert.ok([...graph.values()].some((imports) => imports.length > 0), 'no import was read');
		assert.deepEqual(findCycle(graph)?.map((file) => relative(SOURCE_ROOT, file)), undefined);
	});
});
