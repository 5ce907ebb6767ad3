import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { z } from 'zod';
import { frontMatterSchema } from '../../server/src/document/frontMatterSchema';
import { parsePleading } from '../../server/src/document/parse';
import { engineMessages } from '../../server/src/engine/analyze';
import { frontMatterIssueMessage } from '../../server/src/engine/messages';
import type { MessageCatalog } from '../../server/src/engine/messages';
import { rules } from '../../server/src/rules';

/** The rules' messages and the engine's, keyed `<namespace>/<message id>` as in the English bundle. */
function catalogMessages(): Map<string, string> {
	const catalogs: MessageCatalog[] = [engineMessages, ...rules.map((rule) => ({ namespace: rule.id, messages: rule.messages ?? {} }))];
	return new Map(catalogs.flatMap((catalog) => Object.entries(catalog.messages).map(([id, french]): [string, string] => [`${catalog.namespace}/${id}`, french])));
}

/**
 * Rules declare their messages by id (`Rule.messages`), translated under `<rule id>/<message id>`.
 * French messages elsewhere are still the translation keys: every one the server can pass to `t(...)` must have an
 * English translation in `server/l10n/messages.en.json`, with the same placeholders, and the bundle
 * must not keep translations of messages that no longer exist. The test bundle runs from the
 * repository root, so the sources are read from there.
 */
const SOURCE_ROOT = join(process.cwd(), 'server', 'src');
const BUNDLE_PATH = join(process.cwd(), 'server', 'l10n', 'messages.en.json');
const SCHEMA_PATH = join(SOURCE_ROOT, 'document', 'frontMatterSchema.ts');

/** A quoted JavaScript string: single or double quotes, escapes (`\'`, `\\`…) allowed, on one line. */
const STRING_LITERAL = String.raw`(?:'((?:[^'\\\r\n]|\\[\s\S])*)'|"((?:[^"\\\r\n]|\\[\s\S])*)")`;
/** `t(` as a call of the l10n function, not `set(` or `l10n.t(`. */
const T_CALL_START = /(?<![\w$.])t\(\s*/gu;
/** A call whose first argument is a whole string literal (not a concatenation). */
const T_LITERAL_ARGUMENT = new RegExp(String.raw`^${STRING_LITERAL}\s*[,)]`, 'u');
const DESCRIBE_LITERAL = new RegExp(String.raw`\.describe\(\s*${STRING_LITERAL}\s*\)`, 'gu');

/** Dynamic keys, covered below by the schema. */
const DYNAMIC_ARGUMENTS = ['description)'];

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The runtime value of a string literal's body: the translation key `t` receives. */
function unescapeLiteral(body: string): string {
	return body.replace(/\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\s\S]))/gu, (_match, codePoint?: string, unit?: string, byte?: string, other?: string) => {
		const hex = codePoint ?? unit ?? byte;
		if (hex !== undefined) {
			return String.fromCodePoint(parseInt(hex, 16));
		}
		if (other === '\n' || other === '\r\n' || other === '\r') {
			return '';
		}
		return SIMPLE_ESCAPES[other!] ?? other!;
	});
}

function literalValue(match: RegExpExecArray): string {
	return unescapeLiteral(match[1] ?? match[2]);
}

function sourceFiles(directory: string): string[] {
	return readdirSync(directory).sort().flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
	});
}

interface TCall {
	readonly where: string;
	/** The literal key, or undefined when the argument is an expression. */
	readonly key?: string;
	readonly argument: string;
}

function tCalls(): TCall[] {
	const calls: TCall[] = [];
	// l10n.ts defines `t`: its signatures are no calls.
	for (const file of sourceFiles(SOURCE_ROOT).filter((path) => path !== join(SOURCE_ROOT, 'l10n.ts'))) {
		const text = readFileSync(file, 'utf8');
		for (const start of text.matchAll(T_CALL_START)) {
			const rest = text.slice(start.index + start[0].length);
			const line = text.slice(0, start.index).split('\n').length;
			const where = `${relative(process.cwd(), file)}:${line}`;
			const literal = T_LITERAL_ARGUMENT.exec(rest);
			calls.push({ where, key: literal === null ? undefined : literalValue(literal), argument: rest.split('\n')[0] });
		}
	}
	return calls;
}

/** Every `describe` of the front-matter schema, reached by walking it (catches computed descriptions). */
function schemaDescriptions(schema: z.ZodType, found = new Set<string>()): Set<string> {
	if (schema.description !== undefined) {
		found.add(schema.description);
	}
	if (schema instanceof z.ZodOptional) {
		schemaDescriptions(schema.unwrap() as z.ZodType, found);
	} else if (schema instanceof z.ZodObject) {
		for (const child of Object.values(schema.shape as Record<string, z.ZodType>)) {
			schemaDescriptions(child, found);
		}
	} else if (schema instanceof z.ZodArray) {
		schemaDescriptions(schema.element as z.ZodType, found);
	} else if (schema instanceof z.ZodUnion) {
		for (const option of schema.options as readonly z.ZodType[]) {
			schemaDescriptions(option, found);
		}
	}
	return found;
}

/** The `.describe('…')` literals written in the schema file, reachable or not. */
function describeLiterals(): string[] {
	return [...readFileSync(SCHEMA_PATH, 'utf8').matchAll(DESCRIBE_LITERAL)].map(literalValue);
}

function readBundle(): Record<string, unknown> {
	return JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as Record<string, unknown>;
}

function placeholders(message: string): string[] {
	return [...new Set([...message.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]))].sort();
}

/** Failures as one readable list rather than the first mismatch only. */
function assertTranslated(keys: Iterable<string>, bundle: Record<string, unknown>): void {
	const problems: string[] = [];
	for (const key of keys) {
		const english = bundle[key];
		if (typeof english !== 'string' || english.trim() === '') {
			problems.push(`untranslated: ${JSON.stringify(key)}`);
		} else if (placeholders(english).join() !== placeholders(key).join()) {
			problems.push(`placeholders differ: ${JSON.stringify(key)} → ${JSON.stringify(english)}`);
		}
	}
	assert.deepEqual(problems, []);
}

suite('English messages', () => {
	const bundle = readBundle();

	test('Should find the translation keys in the sources', () => {
		const keys = tCalls().filter((call) => call.key !== undefined);
		assert.ok(keys.length > 100, `only ${keys.length} t('…') calls found: the scan is broken`);
		assert.ok(keys.some((call) => call.key === 'une valeur du type prévu'));
	});

	test('Should pass only literals or known dynamic keys to t()', () => {
		const unknown = tCalls()
			.filter((call) => call.key === undefined && !DYNAMIC_ARGUMENTS.some((argument) => call.argument.startsWith(argument)))
			.map((call) => `${call.where}: t(${call.argument}`);
		assert.deepEqual(unknown, [], 'a computed key cannot be checked here: translate a literal, or cover the new dynamic key in this test');
	});

	test('Should translate every t() literal with the same placeholders', () => {
		assertTranslated(new Set(tCalls().flatMap((call) => (call.key === undefined ? [] : [call.key]))), bundle);
	});

	test('Should translate every rule message, by id, with the same named placeholders', () => {
		const messages = catalogMessages();
		assert.ok(messages.size > 5, `only ${messages.size} rule messages found`);
		const problems: string[] = [];
		for (const [key, french] of messages) {
			const english = bundle[key];
			if (typeof english !== 'string' || english.trim() === '') {
				problems.push(`untranslated: ${key}`);
			} else if (placeholders(english).join() !== placeholders(french).join()) {
				problems.push(`placeholders differ: ${key} → ${JSON.stringify(english)}`);
			} else if (/\{\d+\}/u.test(french)) {
				problems.push(`positional placeholder: ${key}; name it`);
			}
		}
		assert.deepEqual(problems, []);
	});

	test('Should translate every front-matter schema description', () => {
		const descriptions = new Set([...schemaDescriptions(frontMatterSchema), ...describeLiterals()]);
		assert.ok(descriptions.size > 30, `only ${descriptions.size} descriptions found`);
		assertTranslated(descriptions, bundle);
	});

	test('Should have no stale key in the English bundle', () => {
		const known = new Set<string>([
			...tCalls().flatMap((call) => (call.key === undefined ? [] : [call.key])),
			...schemaDescriptions(frontMatterSchema),
			...describeLiterals(),
			...catalogMessages().keys(),
		]);
		assert.deepEqual(Object.keys(bundle).filter((key) => !known.has(key)), []);
	});

	suite('With pretoire.language set to en', () => {
		test('Should report a front-matter issue in English', () => {
			const document = TextDocument.create('file:///requete.md', 'markdown', 1, '---\nacte: requete\njuridiction: TJ Paris\ndate: 2025-02-30\n---\n');
			const issue = parsePleading(document).frontMatter?.issues.find((candidate) => candidate.path.join('.') === 'date');
			assert.equal(issue === undefined ? undefined : frontMatterIssueMessage(issue, 'en'), 'Invalid value for `date`; expected: the date of the pleading in YYYY-MM-DD format (the limitation and retention periods depend on it)');
		});
	});
});
