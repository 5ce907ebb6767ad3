// ESLint flat config: typescript-eslint's type-aware checks plus the layering of server/src (ARCHITECTURE.md).
// Each layer declares the layers it may import; every other layer is refused. The layers below are the
// layering, written once: test/meta/layers.test.ts keeps ARCHITECTURE.md's table and server/src's folders equal to them.
import tseslint from 'typescript-eslint';

/**
 * server/src layers, bottom first: the folders (`name/`) and root files (`name.ts`) of each, and the
 * layers it may import. The entry points (server, CLI, thread entries) may import everything.
 */
export const layers = [
	{ name: 'knowledge', folders: ['knowledge/'], imports: [] },
	{ name: 'settings', folders: ['settings.ts'], imports: [] },
	{ name: 'protocol', folders: ['protocol.ts'], imports: [] },
	{ name: 'util', folders: ['util/', 'l10n.ts'], imports: [] },
	{ name: 'document', folders: ['document/', 'evidence/'], imports: ['knowledge', 'util'] },
	{ name: 'language', folders: ['language/'], imports: ['document', 'util'] },
	{ name: 'queries', folders: ['queries/'], imports: ['language', 'document', 'knowledge', 'util'] },
	{ name: 'rules', folders: ['rules/'], imports: ['queries', 'language', 'document', 'knowledge', 'util'] },
	{ name: 'engine', folders: ['engine/'], imports: ['rules', 'queries', 'document', 'knowledge', 'settings', 'util'] },
	{ name: 'export', folders: ['export/'], imports: ['queries', 'document', 'knowledge', 'util'] },
	{ name: 'templates', folders: ['templates/'], imports: ['queries', 'document', 'knowledge', 'protocol', 'util'] },
	{ name: 'features', folders: ['features/'], imports: ['engine', 'rules', 'queries', 'language', 'document', 'knowledge', 'settings', 'protocol', 'util'] },
	{ name: 'services', folders: ['services/'], imports: ['engine', 'export', 'templates', 'queries', 'document', 'knowledge', 'settings', 'protocol', 'util'] },
	{ name: 'entry', folders: ['server.ts', 'main.ts', 'analysisThread.ts', 'cli/'], imports: ['services', 'features', 'templates', 'export', 'engine', 'rules', 'queries', 'language', 'document', 'knowledge', 'settings', 'protocol', 'util'] },
];

/** The layers that analyse a pleading: pure, they never talk to the editor. */
const analysisLayers = ['knowledge', 'document', 'language', 'queries', 'rules'];

/** `knowledge/` → `knowledge`, `settings.ts` → `settings`: the name an import path spells. */
const moduleName = (folder) => folder.replace(/\/$|\.ts$/u, '');

/**
 * `../rules/x`, `../../rules/x` (from a nested folder), `../../server/src/rules` and, from a file at the
 * root of server/src, `./rules` all name the layer `rules`; a sibling module inside a layer folder
 * (export/engine.ts) is not the layer `engine`.
 */
const layerPatterns = (forbidden, atRoot) => forbidden.flatMap((name) => [`../${name}`, `../${name}/**`, `../../${name}`, `../../${name}/**`, `**/server/src/${name}`, `**/server/src/${name}/**`, ...(atRoot ? [`./${name}`, `./${name}/**`] : [])]);

/** What a layer may not import: the folders and files of every layer it does not declare, but its own. */
const forbiddenOf = (layer) => layers.filter((other) => other !== layer && !layer.imports.includes(other.name)).flatMap((other) => other.folders.map(moduleName));

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
	...layers.filter((layer) => forbiddenOf(layer).length > 0).flatMap((layer) => layer.folders.map((folder) => ({
		files: [folder.endsWith('/') ? `server/src/${folder}**` : `server/src/${folder}`],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: layerPatterns(forbiddenOf(layer), !folder.endsWith('/')), message: `The ${layer.name} layer imports only ${layer.imports.join(', ') || 'nothing of the project'} (ARCHITECTURE.md).` },
					...(analysisLayers.includes(layer.name) ? [noConnection] : []),
				],
			}],
		},
	}))),
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
