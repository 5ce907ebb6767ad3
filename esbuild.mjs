// Bundles the extension client, the language server, the CLI and the test suites.
// Usage: node esbuild.mjs [--production] [--watch] [--tests] [--e2e] [--integration] [--bench]
// The knowledge files (server/knowledge/*.yaml) are validated and bundled on the way (scripts/knowledgeBuild.mjs).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgePlugin } from './scripts/knowledgeBuild.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');
const withEndToEnd = process.argv.includes('--e2e');
const withIntegration = process.argv.includes('--integration');
const withBench = process.argv.includes('--bench');

/** Fails the build on warnings that would silently break the bundle at run time. */
const failOnDangerousWarnings = {
	name: 'fail-on-dangerous-warnings',
	setup(build) {
		build.onEnd((result) => {
			const dangerous = result.warnings.filter((warning) => warning.id === 'empty-import-meta');
			if (dangerous.length > 0) {
				throw new Error(`esbuild: ${dangerous.map((warning) => warning.text).join('; ')}`);
			}
		});
	},
};

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	// Always: a stack trace from the minified bundles maps back to the TypeScript sources (the maps
	// ship beside the bundles, without the sources' content).
	sourcemap: true,
	sourcesContent: false,
	minify: production,
	logLevel: 'warning',
	plugins: [failOnDangerousWarnings, knowledgePlugin],
};

function testEntryPoints(directory) {
	const entries = [];
	for (const name of readdirSync(directory)) {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) {
			entries.push(...testEntryPoints(path));
		} else if (name.endsWith('.test.ts')) {
			entries.push(path);
		}
	}
	return entries;
}

// The Typst compiler is a native addon chosen per platform at run time: it stays in node_modules,
// and only the engine's child process (dist/typstHost.js) loads it.
const typstCompiler = '@myriaddreamin/typst-ts-node-compiler';

/** The four Source Serif 4 faces the PDF export embeds, copied beside the bundles (`dist/fonts`). */
function copyExportFonts() {
	mkdirSync('dist/fonts', { recursive: true });
	for (const face of ['Regular', 'It', 'Bold', 'BoldIt']) {
		copyFileSync(`node_modules/source-serif/TTF/SourceSerif4-${face}.ttf`, `dist/fonts/SourceSerif4-${face}.ttf`);
	}
}

/** The preview renderer's WebAssembly, beside the engine's child process that instantiates it. */
function copyPreviewRenderer() {
	mkdirSync('dist', { recursive: true });
	copyFileSync('node_modules/@myriaddreamin/typst-ts-renderer/pkg/typst_ts_renderer_bg.wasm', 'dist/typst_ts_renderer_bg.wasm');
}

const configurations = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	{ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', external: [typstCompiler] },
	// The server's analysis thread: parsing and rules only (server/src/services/analysisWorker.ts).
	{ ...common, entryPoints: ['server/src/analysisThread.ts'], outfile: 'dist/analysisThread.js' },
	{ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: [typstCompiler] },
	// The child process that alone loads the native compiler (server/src/export/engine.ts) and the
	// preview's renderer. The renderer's asynchronous loader, never called (the host instantiates the
	// WebAssembly file copied beside it, synchronously), reads `import.meta.url`, which a CommonJS
	// bundle does not have.
	{ ...common, entryPoints: ['server/src/export/engineHost.ts'], outfile: 'dist/typstHost.js', external: [typstCompiler], define: { 'import.meta.url': 'undefined' } },
];
if (withTests) {
	configurations.push({
		...common,
		sourcemap: true,
		minify: false,
		entryPoints: testEntryPoints('test').filter((path) => !path.startsWith(join('test', 'e2e')) && !path.startsWith(join('test', 'integration'))),
		outdir: 'out/test',
		outbase: 'test',
		external: ['vscode', 'mocha', typstCompiler],
	});
}

if (withEndToEnd) {
	configurations.push({
		...common,
		sourcemap: true,
		minify: false,
		entryPoints: testEntryPoints(join('test', 'e2e')),
		outdir: 'out/e2e',
		outbase: join('test', 'e2e'),
		external: ['mocha', 'playwright-core'],
	});
}

if (withIntegration) {
	configurations.push({
		...common,
		sourcemap: true,
		minify: false,
		entryPoints: [join('test', 'integration', 'runTest.ts'), join('test', 'integration', 'suite', 'index.ts'), join('test', 'integration', 'suite', 'extension.test.ts')],
		outdir: 'out/integration',
		outbase: join('test', 'integration'),
		external: ['vscode', 'mocha', '@vscode/test-electron'],
	});
}

if (withBench) {
	configurations.push({ ...common, sourcemap: false, minify: false, entryPoints: ['bench/run.ts'], outfile: 'out/bench.js', external: [typstCompiler, 'playwright-core'] });
}

copyExportFonts();
copyPreviewRenderer();
const contexts = await Promise.all(configurations.map((configuration) => esbuild.context(configuration)));
if (watch) {
	await Promise.all(contexts.map((context) => context.watch()));
} else {
	await Promise.all(contexts.map((context) => context.rebuild()));
	await Promise.all(contexts.map((context) => context.dispose()));
}
