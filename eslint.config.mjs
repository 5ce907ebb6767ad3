// ESLint flat config: typescript-eslint's type-aware checks plus the layering of server/src (ARCHITECTURE.md).
// Each layer may import only the layers below it; the import restrictions below are the layering, written once.
import tseslint from 'typescript-eslint';

/** server/src layers, bottom first, and what each may not import (everything above it). */
const layers = [
	{ name: 'knowledge', files: ['server/src/knowledge/**'], forbidden: ['document', 'evidence', 'queries', 'rules', 'engine', 'features', 'export', 'templates', 'services', 'cli', 'util', 'l10n', 'settings', 'protocol', 'server'] },
	{ name: 'settings', files: ['server/src/settings.ts'], forbidden: ['knowledge', 'document', 'evidence', 'queries', 'rules', 'engine', 'features', 'export', 'templates', 'services', 'cli', 'server'] },
	{ name: 'util', files: ['server/src/util/**', 'server/src/l10n.ts'], forbidden: ['document', 'evidence', 'queries', 'rules', 'engine', 'features', 'export', 'templates', 'services', 'cli', 'settings', 'server'] },
	{ name: 'document', files: ['server/src/document/**', 'server/src/evidence/**'], forbidden: ['queries', 'rules', 'engine', 'features', 'export', 'templates', 'services', 'cli', 'settings', 'server'] },
	{ name: 'queries', files: ['server/src/queries/**'], forbidden: ['rules', 'engine', 'features', 'export', 'templates', 'services', 'cli', 'settings', 'server'] },
	{ name: 'rules', files: ['server/src/rules/**'], forbidden: ['engine', 'features', 'export', 'templates', 'services', 'cli', 'settings', 'server'] },
	{ name: 'engine', files: ['server/src/engine/**'], forbidden: ['features', 'export', 'templates', 'services', 'cli', 'server'] },
	{ name: 'export', files: ['server/src/export/**'], forbidden: ['rules', 'engine', 'features', 'templates', 'services', 'cli', 'server'] },
	{ name: 'templates', files: ['server/src/templates/**'], forbidden: ['queries', 'rules', 'engine', 'features', 'export', 'services', 'cli', 'server'] },
	{ name: 'features', files: ['server/src/features/**'], forbidden: ['services', 'templates', 'export', 'cli', 'server'] },
	{ name: 'services', files: ['server/src/services/**'], forbidden: ['features', 'cli', 'server'] },
];

/**
 * `../rules/x`, `../../server/src/rules` and, from a file at the root of server/src, `./rules` all name
 * the layer `rules`; a sibling module inside a layer folder (export/engine.ts) is not the layer `engine`.
 */
const layerPatterns = (forbidden, atRoot) => forbidden.flatMap((layer) => [`../${layer}`, `../${layer}/**`, `**/server/src/${layer}`, `**/server/src/${layer}/**`, ...(atRoot ? [`./${layer}`, `./${layer}/**`] : [])]);

/** Code that analyses a pleading never talks to the editor: the connection belongs to server.ts. */
const noConnection = {
	group: ['vscode-languageserver', 'vscode-languageserver/*'],
	message: 'A rule, a query, the document model and the knowledge base never touch the connection (ARCHITECTURE.md, invariants).',
};

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'test/e2e/artifacts/**', '**/*.mjs', '**/*.js'] },
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			eqeqeq: ['error', 'always'],
		},
	},
	{
		// Custom LSP requests are declared as namespaces (method + types), as vscode-languageserver does.
		files: ['server/src/protocol.ts'],
		rules: { '@typescript-eslint/no-namespace': 'off' },
	},
	{
		// The native Typst addon is required lazily (see the comment there): esbuild would send import() to Node's ESM resolver.
		files: ['server/src/export/engineHost.ts'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	...layers.map((layer) => ({
		files: layer.files,
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: layerPatterns(layer.forbidden, layer.files.every((file) => !file.endsWith('/**'))), message: `The ${layer.name} layer imports only the layers below it (ARCHITECTURE.md).` },
					...(['knowledge', 'document', 'queries', 'rules'].includes(layer.name) ? [noConnection] : []),
				],
			}],
		},
	})),
	{
		// The client runs in the extension host: it shares only types with the server (protocol.ts).
		files: ['client/src/**'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [{ group: ['**/server/src/*', '**/server/src/**', '!**/server/src/protocol'], message: 'The client imports only the protocol types from the server.' }],
			}],
		},
	},
);
