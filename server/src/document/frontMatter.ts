import { isMap, isPair, isScalar, isSeq, parseDocument, type Document as YamlDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import { z } from 'zod';
import { t } from '../l10n';
import { frontMatterSchema, type FrontMatterData } from './frontMatterSchema';
import type { FrontMatterIssue, FrontMatterModel, FrontMatterPath, Span } from './model';

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
	const yaml = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, strict: false, logLevel: 'error' });
	const shift = (range: readonly [number, number]): Span => ({ start: contentStart + range[0], end: contentStart + range[1] });
	const locateNode = (path: FrontMatterPath, part: 'key' | 'value' = 'value'): Span | undefined => {
		const found = walk(yaml, path);
		if (found === undefined || found.missing > 0) {
			return undefined;
		}
		const node = part === 'key' && found.keyNode !== undefined ? found.keyNode : found.node;
		return node?.range ? shift([node.range[0], node.range[1]]) : undefined;
	};

	// Warnings include unresolved tags (`!!js/function`…): the contract has no custom tags.
	const issues: FrontMatterIssue[] = [...yaml.errors, ...yaml.warnings].map((error) => yamlIssue(error, shift));
	let raw: unknown;
	try {
		raw = yaml.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
	} catch (error) {
		issues.push({
			kind: 'limit',
			span: fenceSpan,
			path: [],
			message: t('Front matter illisible : {0}', error instanceof Error ? error.message : String(error)),
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
						message: t('Clé inconnue `{0}` : vérifiez l’orthographe (clés attendues : {1})', key, expectedKeys(path, schema).join(', ')),
					});
				}
				continue;
			}
			const missing = valueAt(raw, path) === undefined;
			issues.push({
				kind: 'schema',
				path,
				span: (missing ? undefined : locateNode(path)) ?? nearestSpan(yaml, path, shift, fenceSpan),
				message: schemaMessage(path, missing, issue.code === 'invalid_type' ? issue.expected : undefined),
			});
			dataRoot = prune(dataRoot, path);
		}
	}
	return {
		span: { start: contentStart, end: contentStart + yamlText.length },
		yaml,
		data: (isPlainObject(dataRoot) ? dataRoot : {}) as FrontMatterData,
		issues,
		locate: locateNode,
	};
}

function yamlIssue(error: YAMLError, shift: (range: readonly [number, number]) => Span): FrontMatterIssue {
	const [start, end] = error.pos;
	return {
		kind: 'yaml-syntax',
		path: [],
		span: shift([start, Math.max(end, start + 1)]),
		message: t('Erreur de syntaxe YAML : {0}', describeYamlError(error)),
	};
}

/** The `yaml` package speaks English; the common cases get a French explanation of what is expected. */
function describeYamlError(error: YAMLError): string {
	const firstLine = error.message.split('\n')[0];
	switch (error.code) {
		case 'DUPLICATE_KEY':
			return t('clé en double ; chaque clé ne peut figurer qu’une fois');
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return t('indentation ou ponctuation incorrecte ({0})', firstLine);
		case 'MULTILINE_IMPLICIT_KEY':
			return t('clé sur plusieurs lignes ; ajoutez `:` après la clé ou mettez la valeur entre guillemets ({0})', firstLine);
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'UNEXPECTED_TOKEN':
			return t('élément inattendu ; une valeur contenant `:` ou `#` doit être entre guillemets ({0})', firstLine);
		case 'TAG_RESOLVE_FAILED':
		case 'BAD_DIRECTIVE':
			return t('étiquette YAML non prise en charge ({0})', firstLine);
		default:
			return firstLine;
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

function schemaMessage(path: FrontMatterPath, missing: boolean, expectedType: string | undefined): string {
	const name = displayPath(path);
	const expected = describeExpected(path);
	if (path.length === 0) {
		return t('Le front matter doit être une liste de clés et de valeurs (`clé: valeur`), par exemple `acte: assignation-refere`');
	}
	if (missing) {
		return t('Clé obligatoire manquante : {0} ({1})', name, expected);
	}
	if (expectedType === 'array') {
		return t('{0} doit être une liste (lignes commençant par `- `) : {1}', name, expected);
	}
	if (expectedType === 'object') {
		return t('{0} doit contenir des sous-clés : {1}', name, expected);
	}
	return t('Valeur invalide pour {0} ; attendu : {1}', name, expected);
}

/** `publications[2].horodatage` reads as "horodatage (publications n° 3)" for a lawyer. */
function displayPath(path: FrontMatterPath): string {
	const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
	const index = [...path].reverse().find((segment): segment is number => typeof segment === 'number');
	const listName = path.find((segment): segment is string => typeof segment === 'string');
	if (index === undefined || listName === undefined) {
		return `\`${key}\``;
	}
	return key === listName ? t('`{0}` n° {1}', key, index + 1) : t('`{0}` de `{1}` n° {2}', key, listName, index + 1);
}

/** What the schema says is expected at `path` (French, localized), for messages and completion. */
export function describeExpected(path: FrontMatterPath): string {
	let schema: z.ZodType | undefined = frontMatterSchema;
	let description = schema.description;
	for (const segment of path) {
		schema = schema === undefined ? undefined : childSchema(schema, segment);
		const own = schema === undefined ? undefined : describedOf(schema);
		if (own !== undefined) {
			description = own;
		}
	}
	return description === undefined ? t('une valeur du type prévu') : t(description);
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

interface WalkResult {
	node: YamlNode | null | undefined;
	keyNode?: YamlNode;
	/** How many trailing path segments were not found. */
	missing: number;
	/** Nodes from the root to `node`, with the key node that led to each. */
	trail: { node: YamlNode; keyNode?: YamlNode }[];
}

function walk(yaml: YamlDocument, path: FrontMatterPath): WalkResult | undefined {
	let node = yaml.contents as YamlNode | null;
	let keyNode: YamlNode | undefined;
	const trail: WalkResult['trail'] = [];
	for (let depth = 0; depth < path.length; depth++) {
		if (node === null) {
			return { node, keyNode, missing: path.length - depth, trail };
		}
		trail.push({ node, keyNode });
		const segment = path[depth];
		let next: YamlNode | null | undefined;
		let nextKey: YamlNode | undefined;
		if (typeof segment === 'string' && isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
			next = pair?.value as YamlNode | null | undefined;
			nextKey = pair?.key as YamlNode | undefined;
			if (pair !== undefined && next === null) {
				// `date:` with no value: the key is the best place to point at.
				next = nextKey;
			}
		} else if (typeof segment === 'number' && isSeq(node)) {
			next = node.items[segment] as YamlNode | null | undefined;
		}
		if (next === undefined || next === null) {
			return { node, keyNode, missing: path.length - depth, trail };
		}
		node = next;
		keyNode = nextKey;
	}
	return { node, keyNode, missing: 0, trail };
}

/** Where to report a missing key: the key of the enclosing entry, or the first line of a list item. */
function nearestSpan(yaml: YamlDocument, path: FrontMatterPath, shift: (range: readonly [number, number]) => Span, fallback: Span): Span {
	const found = walk(yaml, path);
	if (found === undefined) {
		return fallback;
	}
	const anchor = found.keyNode ?? found.node;
	if (anchor === null || anchor === undefined || anchor === yaml.contents || !anchor.range) {
		return fallback;
	}
	if (isMap(anchor) && anchor.items.length > 0 && isScalar(anchor.items[0].key) && anchor.items[0].key.range) {
		// A list entry: point at its first key, not at the whole multi-line entry.
		const firstKey = anchor.items[0].key.range;
		return shift([firstKey[0], firstKey[1]]);
	}
	return shift([anchor.range[0], anchor.range[1]]);
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
