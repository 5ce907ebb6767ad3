import { isPlaceholder } from '../knowledge/placeholders';
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import { z } from 'zod';
import type { Translator } from '../l10n';
import { frontMatterSchema, type FrontMatterData } from './frontMatterSchema';
import type { MessageValue } from './message';
import type { FrontMatterIssue, FrontMatterModel, FrontMatterPath, FrontMatterPositionIndex, Span, TransferablePositions } from './model';

/** Bounds YAML alias expansion (billion laughs): far above what a pleading needs. */
const MAX_ALIAS_EXPANSIONS = 100;

/**
 * Reads the YAML between the fences. Never throws: syntax and schema problems become issues and the
 * valid part of the data is kept, so one bad field never hides the rest.
 * @param yamlText the text between the `---` fences
 * @param contentStart offset of `yamlText` in the whole document
 * @param fenceSpan span of the opening `---`, where problems without a better place are reported
 * @param schema the contract: an act's front matter, or a `dossier.yaml`
 */
export function readFrontMatter(yamlText: string, contentStart: number, fenceSpan: Span, schema: z.ZodType = frontMatterSchema): FrontMatterModel {
	// logLevel 'error': the package's own warnings would go to stderr; ours are the issues below.
	// uniqueKeys off: the package compares every key with every other (quadratic on 10^4 keys); the
	// position index below finds duplicates with a set.
	// A CR alone (old Mac line ends) becomes LF, character for character, so offsets stay valid.
	const yaml = parseDocument(yamlText.replace(/\r(?!\n)/gu, '\n'), { uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' });
	const shift = (range: readonly [number, number]): Span => ({ start: contentStart + range[0], end: contentStart + range[1] });
	// The model keeps positions, not the YAML tree, which weighs several times the text.
	const positions = new FrontMatterPositions(yaml.contents, contentStart);
	const locateNode = (path: FrontMatterPath, part: 'key' | 'value' = 'value'): Span | undefined => positions.locate(path, part);

	// Warnings include unresolved tags (`!!js/function`…): the contract has no custom tags.
	const issues: FrontMatterIssue[] = [...yaml.errors, ...yaml.warnings].map((error) => yamlIssue(error, shift));
	for (const span of positions.duplicateKeys) {
		issues.push({ kind: 'yaml-syntax', path: [], span, messageId: 'yamlSyntax', data: { problem: { message: 'duplicateKey' } } });
	}
	let raw: unknown;
	try {
		raw = yaml.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
	} catch (error) {
		issues.push({
			kind: 'limit',
			span: fenceSpan,
			path: [],
			messageId: 'unreadable',
			data: { error: error instanceof Error ? error.message : String(error) },
		});
		raw = undefined;
	}
	if (raw === undefined || raw === null) {
		raw = {};
	}

	const data = structuredCloneSafe(raw);
	const result = schema.safeParse(raw);
	let dataRoot: unknown = data;
	if (!result.success) {
		for (const issue of flattenUnions(result.error.issues, raw)) {
			const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) {
					const keyPath = [...path, key];
					issues.push({
						kind: 'unknown-key',
						path: keyPath,
						span: locateNode(keyPath, 'key') ?? fenceSpan,
						messageId: 'unknownKey',
						data: { key, expected: expectedKeys(path, schema).join(', ') },
					});
				}
				continue;
			}
			const value = valueAt(raw, path);
			const missing = value === undefined;
			// A blank still to fill (« [À compléter : …] », as new acts are written) is reported once, by
			// `placeholder-left`, as a blank: not a second time as an invalid value. It is dropped all the same.
			if (!isPlaceholder(value)) {
				issues.push({
					kind: 'schema',
					path,
					span: (missing ? undefined : locateNode(path)) ?? positions.nearest(path) ?? fenceSpan,
					...schemaMessage(path, missing, issue.code === 'invalid_type' ? issue.expected : undefined),
				});
			}
			dataRoot = prune(dataRoot, path);
		}
	}
	return {
		span: { start: contentStart, end: contentStart + yamlText.length },
		data: (isPlainObject(dataRoot) ? dataRoot : {}) as FrontMatterData,
		issues,
		...positionQueries(positions),
	};
}

function yamlIssue(error: YAMLError, shift: (range: readonly [number, number]) => Span): FrontMatterIssue {
	const [start, end] = error.pos;
	return {
		kind: 'yaml-syntax',
		path: [],
		span: shift([start, Math.max(end, start + 1)]),
		messageId: 'yamlSyntax',
		data: { problem: describeYamlError(error) },
	};
}

/** The `yaml` package speaks English; the common cases get a French explanation of what is expected. */
function describeYamlError(error: YAMLError): MessageValue {
	const detail = error.message.split('\n')[0];
	switch (error.code) {
		case 'DUPLICATE_KEY':
			return { message: 'duplicateKey' };
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return { message: 'badIndent', data: { detail } };
		case 'MULTILINE_IMPLICIT_KEY':
			return { message: 'multilineKey', data: { detail } };
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'UNEXPECTED_TOKEN':
			return { message: 'unexpectedToken', data: { detail } };
		case 'TAG_RESOLVE_FAILED':
		case 'BAD_DIRECTIVE':
			return { message: 'unsupportedTag', data: { detail } };
		default:
			return detail;
	}
}

type ZodIssue = z.core.$ZodIssue;

/**
 * For a union (a demandeur may be a natural or a legal person), reports the issues of the branch
 * that fits best, so the lawyer reads "missing `prenoms`" rather than "invalid input".
 */
function flattenUnions(issues: readonly ZodIssue[], raw: unknown): ZodIssue[] {
	const flat: ZodIssue[] = [];
	for (const issue of issues) {
		if (issue.code === 'invalid_union' && issue.errors.length > 0 && isPlainObject(valueAt(raw, issue.path as FrontMatterPath))) {
			const best = [...issue.errors].sort((left, right) => branchCost(left) - branchCost(right))[0];
			flat.push(...flattenUnions(best.map((nested) => ({ ...nested, path: [...issue.path, ...nested.path] }) as ZodIssue), raw));
		} else {
			flat.push(issue);
		}
	}
	return flat;
}

function branchCost(issues: readonly ZodIssue[]): number {
	return issues.reduce((cost, issue) => cost + (issue.code === 'unrecognized_keys' ? 10 * issue.keys.length : 1), 0);
}

function schemaMessage(path: FrontMatterPath, missing: boolean, expectedType: string | undefined): Pick<FrontMatterIssue, 'messageId' | 'data'> {
	if (path.length === 0) {
		return { messageId: 'notAMap' };
	}
	const data = { name: displayPath(path), expected: expectedValue(path) };
	if (missing) {
		return { messageId: 'missingKey', data };
	}
	if (expectedType === 'array') {
		return { messageId: 'notAList', data };
	}
	if (expectedType === 'object') {
		return { messageId: 'notAMapValue', data };
	}
	return { messageId: 'invalidValue', data };
}

/** `publications[2].horodatage` reads as "horodatage (publications n° 3)" for a lawyer. */
function displayPath(path: FrontMatterPath): MessageValue {
	const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
	const index = [...path].reverse().find((segment): segment is number => typeof segment === 'number');
	const listName = path.find((segment): segment is string => typeof segment === 'string');
	if (index === undefined || listName === undefined) {
		return `\`${key}\``;
	}
	return key === listName ? { message: 'listEntry', data: { key, index: index + 1 } } : { message: 'keyOfListEntry', data: { key, list: listName, index: index + 1 } };
}

/** What the schema says is expected at `path`, in no language: its description, translated where it is shown. */
function expectedValue(path: FrontMatterPath): MessageValue {
	const description = schemaDescription(path);
	return description === undefined ? { message: 'anyValue' } : { sentence: description };
}

/** What the schema says is expected at `path` (French, localized), for completion. */
export function describeExpected(path: FrontMatterPath, { t }: Translator): string {
	const description = schemaDescription(path);
	return description === undefined ? t('une valeur du type prévu') : t(description);
}

/** The description the schema gives of the value at `path` (French), or of its nearest described ancestor. */
function schemaDescription(path: FrontMatterPath): string | undefined {
	let schema: z.ZodType | undefined = frontMatterSchema;
	let description = schema.description;
	for (const segment of path) {
		schema = schema === undefined ? undefined : childSchema(schema, segment);
		const own = schema === undefined ? undefined : describedOf(schema);
		if (own !== undefined) {
			description = own;
		}
	}
	return description;
}

function describedOf(schema: z.ZodType): string | undefined {
	return schema.description ?? (schema instanceof z.ZodOptional ? describedOf(schema.unwrap() as z.ZodType) : undefined);
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
	if (schema instanceof z.ZodOptional) {
		return childSchema(schema.unwrap() as z.ZodType, segment);
	}
	if (schema instanceof z.ZodObject && typeof segment === 'string') {
		return (schema.shape as Record<string, z.ZodType>)[segment];
	}
	if (schema instanceof z.ZodArray && typeof segment === 'number') {
		return schema.element as z.ZodType;
	}
	if (schema instanceof z.ZodUnion) {
		for (const option of schema.options as readonly z.ZodType[]) {
			const child = childSchema(option, segment);
			if (child !== undefined) {
				return child;
			}
		}
	}
	return undefined;
}

/** The keys the schema expects at `path`, for the unknown-key message. */
export function expectedKeys(path: FrontMatterPath, root: z.ZodType = frontMatterSchema): string[] {
	let schema: z.ZodType | undefined = root;
	for (const segment of path) {
		schema = schema === undefined ? undefined : childSchema(schema, segment);
	}
	const keys = new Set<string>();
	const collect = (node: z.ZodType | undefined): void => {
		if (node instanceof z.ZodOptional) {
			collect(node.unwrap() as z.ZodType);
		} else if (node instanceof z.ZodObject) {
			Object.keys(node.shape).forEach((key) => keys.add(key));
		} else if (node instanceof z.ZodUnion) {
			(node.options as readonly z.ZodType[]).forEach(collect);
		}
	};
	collect(schema);
	return [...keys];
}

/** The model's position queries, answered from the index. */
export function positionQueries(positions: FrontMatterPositions): Pick<FrontMatterModel, 'positions' | 'locate' | 'itemCount'> {
	return { positions, locate: (path, part) => positions.locate(path, part), itemCount: (path) => positions.itemCount(path) };
}

/**
 * Where each key and value of the front matter sits, read once from the YAML tree, which is then let go.
 * Kept as one typed array (the server holds it for every open pleading): per entry, its key and value
 * spans, its item count and where its children are. The children of an entry are numbered
 * consecutively (the walk adds them all at once), so a path is followed child range by child range;
 * a mapping with many keys gets a lookup table on first use, so that locating 10^4 keys stays linear.
 * The walk is iterative: the nesting comes from the document.
 */
export class FrontMatterPositions implements FrontMatterPositionIndex {
	/** STRIDE numbers per entry: see the `FIELD_` offsets. */
	private readonly entries: Int32Array;
	/** The key names met, once each; a mapping child's segment is its index here. */
	private readonly names: readonly string[];
	private readonly nameIds: Map<string, number>;
	/** Lookup tables of the mappings with many keys, built when first searched. */
	private readonly largeMappings = new Map<number, Map<string, number>>();
	/** Second and later occurrences of a key in the same mapping. */
	readonly duplicateKeys: Span[] = [];

	/** Rebuilt from `transferable()` on another thread (typed arrays survive the copy). */
	static fromTransferable(data: TransferablePositions): FrontMatterPositions {
		return new FrontMatterPositions(undefined, 0, data);
	}

	constructor(root: unknown, contentStart: number, copied?: TransferablePositions) {
		if (copied !== undefined) {
			this.entries = copied.entries;
			this.names = copied.names;
			this.nameIds = new Map(copied.names.map((name, id) => [name, id]));
			return;
		}
		const names: string[] = [];
		this.names = names;
		this.nameIds = new Map();
		const values: number[] = [];
		const add = (segment: number, key: YamlNode | undefined, value: YamlNode): number => {
			const span = (node: YamlNode | undefined): [number, number] => (node?.range ? [contentStart + node.range[0], contentStart + node.range[1]] : [-1, -1]);
			const items = isMap(value) || isSeq(value) ? value.items.length : 0;
			const entry = values.length / STRIDE;
			values.push(...span(key), ...span(value), items, -1, 0, segment);
			return entry;
		};
		const adopt = (parent: number, firstChild: number): void => {
			const count = values.length / STRIDE - firstChild;
			values[parent * STRIDE + FIELD_FIRST_CHILD] = count > 0 ? firstChild : -1;
			values[parent * STRIDE + FIELD_CHILD_COUNT] = count;
		};
		const pending: { entry: number; node: YamlNode }[] = [];
		if (isNode(root)) {
			pending.push({ entry: add(0, undefined, root), node: root });
		}
		for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
			const { entry, node } = next;
			const firstChild = values.length / STRIDE;
			if (isMap(node)) {
				const seen = new Set<string>();
				for (const pair of node.items) {
					if (!isPair(pair) || !isScalar(pair.key)) {
						continue;
					}
					const name = String(pair.key.value);
					if (seen.has(name)) {
						if (pair.key.range) {
							this.duplicateKeys.push({ start: contentStart + pair.key.range[0], end: contentStart + pair.key.range[1] });
						}
						continue;
					}
					seen.add(name);
					// `date:` with no value: the key is the best place to point at.
					const value = isNode(pair.value) ? pair.value : pair.key;
					const child = add(mappingSegment(this.nameIdOf(name, names)), pair.key, value);
					if (isNode(pair.value)) {
						pending.push({ entry: child, node: pair.value });
					}
				}
			} else if (isSeq(node)) {
				node.items.forEach((item, index) => {
					if (isNode(item)) {
						pending.push({ entry: add(index, undefined, item), node: item });
					}
				});
			}
			adopt(entry, firstChild);
		}
		this.entries = Int32Array.from(values);
	}

	transferable(): TransferablePositions {
		return { entries: this.entries, names: this.names };
	}

	locate(path: FrontMatterPath, part: 'key' | 'value' = 'value'): Span | undefined {
		const entry = this.entryOf(path);
		if (entry === undefined) {
			return undefined;
		}
		return (part === 'key' ? this.span(entry, FIELD_KEY) : undefined) ?? this.span(entry, FIELD_VALUE);
	}

	/** Entries of the list or mapping at `path`; 0 when absent or a scalar. */
	itemCount(path: FrontMatterPath): number {
		const entry = this.entryOf(path);
		return entry === undefined ? 0 : this.field(entry, FIELD_ITEMS);
	}

	/**
	 * Where to report a missing key: the key of the deepest enclosing entry found, or the first key of
	 * a list item; undefined when nothing but the root encloses it.
	 */
	nearest(path: FrontMatterPath): Span | undefined {
		for (let length = path.length; length > 0; length--) {
			const entry = this.entryOf(path.slice(0, length));
			if (entry !== undefined) {
				const firstChild = this.field(entry, FIELD_FIRST_CHILD);
				return this.span(entry, FIELD_KEY) ?? (firstChild < 0 ? undefined : this.span(firstChild, FIELD_KEY)) ?? this.span(entry, FIELD_VALUE);
			}
		}
		return undefined;
	}

	private nameIdOf(name: string, names: string[]): number {
		let id = this.nameIds.get(name);
		if (id === undefined) {
			id = names.push(name) - 1;
			this.nameIds.set(name, id);
		}
		return id;
	}

	private entryOf(path: FrontMatterPath): number | undefined {
		let entry: number | undefined = this.entries.length > 0 ? 0 : undefined;
		for (const segment of path) {
			if (entry === undefined) {
				return undefined;
			}
			entry = this.childOf(entry, segment);
		}
		return entry;
	}

	private childOf(parent: number, segment: string | number): number | undefined {
		const firstChild = this.field(parent, FIELD_FIRST_CHILD);
		const count = this.field(parent, FIELD_CHILD_COUNT);
		if (firstChild < 0) {
			return undefined;
		}
		if (typeof segment === 'number') {
			// A list's items are its children in order, unless an item was not a node.
			const guess = firstChild + segment;
			if (segment < count && this.field(guess, FIELD_SEGMENT) === segment) {
				return guess;
			}
			for (let child = firstChild; child < firstChild + count; child++) {
				if (this.field(child, FIELD_SEGMENT) === segment) {
					return child;
				}
			}
			return undefined;
		}
		const id = this.nameIds.get(segment);
		if (id === undefined) {
			return undefined;
		}
		if (count > LARGE_MAPPING) {
			return this.largeMappingOf(parent, firstChild, count).get(segment);
		}
		for (let child = firstChild; child < firstChild + count; child++) {
			if (this.field(child, FIELD_SEGMENT) === mappingSegment(id)) {
				return child;
			}
		}
		return undefined;
	}

	private largeMappingOf(parent: number, firstChild: number, count: number): Map<string, number> {
		let table = this.largeMappings.get(parent);
		if (table === undefined) {
			table = new Map();
			for (let child = firstChild; child < firstChild + count; child++) {
				const segment = this.field(child, FIELD_SEGMENT);
				if (segment < 0) {
					table.set(this.names[mappingSegment(segment)], child);
				}
			}
			this.largeMappings.set(parent, table);
		}
		return table;
	}

	private field(entry: number, field: number): number {
		return this.entries[entry * STRIDE + field];
	}

	private span(entry: number, field: typeof FIELD_KEY | typeof FIELD_VALUE): Span | undefined {
		const start = this.field(entry, field);
		return start < 0 ? undefined : { start, end: this.field(entry, field + 1) };
	}
}

/** An entry's numbers: key span, value span, item count, first child and child count, and its segment in its parent. */
const FIELD_KEY = 0;
const FIELD_VALUE = 2;
const FIELD_ITEMS = 4;
const FIELD_FIRST_CHILD = 5;
const FIELD_CHILD_COUNT = 6;
/** A list item's index, or a mapping key as `mappingSegment(name id)`: negative, so the two never meet. */
const FIELD_SEGMENT = 7;
const STRIDE = 8;
/** Past this many keys a mapping is searched through a table rather than key by key. */
const LARGE_MAPPING = 32;

/** A key name id as a segment and back (its own inverse): -1 - id. */
function mappingSegment(value: number): number {
	return -1 - value;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
	let current = value;
	for (const segment of path) {
		if (current === null || typeof current !== 'object') {
			return undefined;
		}
		current = (current as Record<PropertyKey, unknown>)[segment];
	}
	return current;
}

/** Removes the invalid value at `path`; list entries become `undefined` so that indexes still match the YAML. */
function prune(root: unknown, path: FrontMatterPath): unknown {
	if (path.length === 0) {
		return {};
	}
	const parent = valueAt(root, path.slice(0, -1));
	const last = path[path.length - 1];
	if (Array.isArray(parent) && typeof last === 'number') {
		parent[last] = undefined;
	} else if (isPlainObject(parent)) {
		delete parent[last];
	}
	return root;
}

function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function structuredCloneSafe(value: unknown): unknown {
	try {
		return structuredClone(value);
	} catch {
		return {};
	}
}
