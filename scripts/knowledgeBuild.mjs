// Turns the knowledge files (server/knowledge/*.yaml) into the module `pretoire:knowledge` that the
// server imports, after validating them against the zod schemas of server/src/knowledge/schema.ts.
// A malformed entry or a dangling reference fails the build with its file, line and field; the JSON
// Schemas written beside the files (server/knowledge/schema/) give completion and validation in VS Code.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const knowledgeDirectory = join(root, 'server', 'knowledge');
const schemaModule = join(root, 'server', 'src', 'knowledge', 'schema.ts');
export const knowledgeModuleId = 'pretoire:knowledge';

/** Loads schema.ts (TypeScript) by bundling it, fresh each time so that watch mode sees edits. */
async function loadSchemas() {
	const outfile = join(root, 'out', 'knowledge-build', `schema-${process.pid}-${Date.now()}.mjs`);
	mkdirSync(join(root, 'out', 'knowledge-build'), { recursive: true });
	await esbuild.build({ entryPoints: [schemaModule], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
	try {
		return await import(pathToFileURL(outfile).href);
	} finally {
		rmSync(outfile, { force: true });
	}
}

/** The node at `path`, or the nearest ancestor that exists (a missing field is reported at its parent). */
function nearestNode(document, path) {
	for (let length = path.length; length >= 0; length -= 1) {
		const node = document.getIn(path.slice(0, length), true);
		if (isNode(node) && node.range) {
			return node;
		}
	}
	return document.contents;
}

function locate(file, text, lineCounter, document, path) {
	const node = nearestNode(document, path);
	const offset = node?.range?.[0] ?? 0;
	const { line, col } = lineCounter.linePos(offset);
	return { file, line, column: col - 1, lineText: text.split('\n')[line - 1] ?? '' };
}

function formatPath(path) {
	return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
}

/** One line per error, `file:line:column: message`, as compilers print them. */
export function formatKnowledgeErrors(errors) {
	return errors.map((error) => (error.location ? `${error.location.file}:${error.location.line}:${error.location.column + 1}: ${error.text}` : error.text)).join('\n');
}

/**
 * Reads and validates every knowledge file. Returns `{ data, errors }` where errors are esbuild messages
 * (text plus location); data is undefined when there is any error.
 */
export async function compileKnowledge(directory = knowledgeDirectory) {
	const { knowledgeFileSchemas, crossReferenceProblems } = await loadSchemas();
	const errors = [];
	const data = {};
	const parsed = {};
	for (const [name, schema] of Object.entries(knowledgeFileSchemas)) {
		const file = join(directory, `${name}.yaml`);
		const shownPath = relative(process.cwd(), file);
		if (!existsSync(file)) {
			errors.push({ text: `missing knowledge file ${shownPath}` });
			continue;
		}
		const text = readFileSync(file, 'utf8');
		const lineCounter = new LineCounter();
		const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
		parsed[name] = { shownPath, text, lineCounter, document };
		if (document.errors.length > 0) {
			for (const error of document.errors) {
				const { line, col } = lineCounter.linePos(error.pos[0]);
				errors.push({ text: `invalid YAML: ${error.message.split('\n')[0]}`, location: { file: shownPath, line, column: col - 1, lineText: text.split('\n')[line - 1] ?? '' } });
			}
			continue;
		}
		const result = schema.safeParse(document.toJS());
		if (!result.success) {
			for (const issue of result.error.issues) {
				errors.push({ text: `${formatPath(issue.path) || '(root)'}: ${issue.message}`, location: locate(shownPath, text, lineCounter, document, issue.path) });
			}
			continue;
		}
		data[name] = result.data;
	}
	if (errors.length === 0) {
		for (const problem of crossReferenceProblems(data)) {
			const { shownPath, text, lineCounter, document } = parsed[problem.file];
			errors.push({ text: `${formatPath(problem.path)}: ${problem.message}`, location: locate(shownPath, text, lineCounter, document, problem.path) });
		}
	}
	if (directory === knowledgeDirectory) {
		writeJsonSchemas(knowledgeFileSchemas);
	}
	return { data: errors.length === 0 ? data : undefined, errors };
}

/** Writes the JSON Schema of each file beside the files, only when it changed (keeps watch mode quiet). */
function writeJsonSchemas(knowledgeFileSchemas) {
	const directory = join(knowledgeDirectory, 'schema');
	mkdirSync(directory, { recursive: true });
	for (const [name, schema] of Object.entries(knowledgeFileSchemas)) {
		const jsonSchema = { ...schema.toJSONSchema({ target: 'draft-7', io: 'input' }), title: `Prétoire knowledge file ${name}.yaml` };
		const content = `${JSON.stringify(jsonSchema, null, '\t')}\n`;
		const file = join(directory, `${name}.schema.json`);
		if (!existsSync(file) || readFileSync(file, 'utf8') !== content) {
			writeFileSync(file, content);
		}
	}
}

/** esbuild plugin: `import knowledge from 'pretoire:knowledge'` yields the validated files. */
export const knowledgePlugin = {
	name: 'pretoire-knowledge',
	setup(build) {
		build.onResolve({ filter: /^pretoire:knowledge$/ }, () => ({ path: knowledgeModuleId, namespace: 'pretoire-knowledge' }));
		build.onLoad({ filter: /.*/, namespace: 'pretoire-knowledge' }, async () => {
			const { data, errors, files } = await compileKnowledgeOnce();
			const watchFiles = [schemaModule, ...files];
			if (data === undefined) {
				return { errors, watchFiles };
			}
			return { contents: JSON.stringify(data), loader: 'json', watchFiles };
		});
	},
};

// Several bundles import the module in one run: compile once per state of the files.
let cached;
function compileKnowledgeOnce() {
	const files = readdirSync(knowledgeDirectory).filter((name) => name.endsWith('.yaml')).map((name) => join(knowledgeDirectory, name));
	const stamp = [schemaModule, ...files].map((file) => `${file}:${statSync(file).mtimeMs}`).join('|');
	if (cached?.stamp !== stamp) {
		cached = { stamp, result: compileKnowledge().then((result) => ({ ...result, files })) };
	}
	return cached.result;
}
