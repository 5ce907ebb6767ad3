import { isCollection, isMap, isScalar, isSeq, parseDocument, stringify, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import type { FrontMatterPath, PleadingModel, Span } from '../../document/model';
import type { SpanEdit } from '../types';
import { lineBreakOf } from '../../util/text';
import type { QueryMemo } from '../../queries/memo';

/** A scalar written by a fix: text (quoted when YAML needs it) or a number. */
export type FrontMatterValue = string | number;

/**
 * Appends an entry (a map) to the front-matter list `key`, creating the list when it is missing.
 * The edit is written in the list's own style (block or flow, the lawyer's indentation and line
 * breaks) and kept only if re-reading the front matter gives exactly the intended data with no new
 * YAML error; otherwise the front matter is re-serialized from the edited YAML document, which the
 * `yaml` package writes with comments and flow styles kept.
 */
export function appendToFrontMatterList(model: PleadingModel, memo: QueryMemo, key: string, entry: Readonly<Record<string, FrontMatterValue>>): SpanEdit | undefined {
	return frontMatterEdit(model, memo, (document) => {
		const list = document.get(key, true);
		if (list === undefined || list === null || (isScalar(list) && (list.value === null || list.value === ''))) {
			document.set(key, document.createNode([entry]));
			return true;
		}
		if (!isSeq(list)) {
			return false;
		}
		list.items.push(document.createNode(entry));
		return true;
	}, (text, document) => appendAsText(model, text, document, key, entry));
}

/** Adds `key: value` to the map at `path` (an entry of a list, for instance), when the key is absent. */
export function addToFrontMatterMap(model: PleadingModel, memo: QueryMemo, path: FrontMatterPath, key: string, value: FrontMatterValue): SpanEdit | undefined {
	return frontMatterEdit(model, memo, (document) => {
		const map = document.getIn(path, true);
		if (!isMap(map) || map.has(key)) {
			return false;
		}
		map.set(document.createNode(key), document.createNode(value));
		return true;
	}, (text, document) => addPairAsText(model, text, document.getIn(path, true) as YamlNode | undefined, key, value));
}

/** Writes `value` at `path` (an existing key, empty or not), quoted as its context requires. */
export function setFrontMatterValue(model: PleadingModel, memo: QueryMemo, path: FrontMatterPath, value: FrontMatterValue): SpanEdit | undefined {
	return frontMatterEdit(model, memo, (document) => {
		if (!document.hasIn(path)) {
			return false;
		}
		document.setIn(path, value);
		return true;
	}, (text, document) => {
		const offset = model.frontMatter!.span.start;
		const parent = document.getIn(path.slice(0, -1), true) as YamlNode | undefined;
		const node = document.getIn(path, true) as YamlNode | undefined;
		const written = isCollection(parent) && parent.flow === true ? flowScalar(value) : blockScalar(value);
		if (isScalar(node) && node.range !== undefined && node.range !== null && node.value !== null) {
			return { span: { start: offset + node.range[0], end: offset + node.range[1] }, newText: written };
		}
		// `texte:` with nothing after it: the value goes after the colon.
		const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key as YamlNode | undefined : undefined;
		if (key?.range === undefined || key.range === null) {
			return undefined;
		}
		const colon = text.indexOf(':', offset + key.range[1]);
		return colon === -1 ? undefined : { span: { start: colon + 1, end: colon + 1 }, newText: ` ${written}` };
	});
}

/**
 * A YAML comment line before the line starting at `lineStart`, at that line's indentation; none when
 * the line is inside a block scalar or a multi-line flow collection, where it would change the data.
 */
export function insertFrontMatterLine(model: PleadingModel, memo: QueryMemo, lineStart: number, comment: string): SpanEdit | undefined {
	const frontMatter = model.frontMatter;
	if (frontMatter === undefined || yamlOf(model, memo) === undefined) {
		return undefined;
	}
	const text = model.document.getText();
	const indent = /^[ \t]*/u.exec(text.slice(lineStart, lineStart + 200))![0];
	const edit: SpanEdit = { span: { start: lineStart, end: lineStart }, newText: `${indent}${comment}${lineBreakOf(text)}` };
	const intended = dataOf(yamlOf(model, memo)!);
	return intended !== undefined && readsAs(text, frontMatter.span, edit, intended) ? edit : undefined;
}

/**
 * The act's front matter as a YAML document, read again from the text when a fix is written (the model
 * keeps positions, not the YAML tree: issue 14), once per analysis (see `memo`); undefined when YAML
 * cannot read it.
 */
function yamlOf(model: PleadingModel, memo: QueryMemo): YamlDocument | undefined {
	const frontMatter = model.frontMatter!;
	return memo.remembered('front-matter-yaml', frontMatter, () => {
		const document = parseDocument(model.document.getText().slice(frontMatter.span.start, frontMatter.span.end), { uniqueKeys: true, strict: false, logLevel: 'silent' });
		return document.errors.length > 0 || dataOf(document) === undefined ? undefined : document;
	});
}

/**
 * The document's data as JSON, to compare two readings; undefined when YAML cannot build it (an alias
 * used before its anchor parses without error but throws when the data is built).
 */
function dataOf(document: YamlDocument): string | undefined {
	try {
		return JSON.stringify(document.toJS());
	} catch {
		return undefined;
	}
}

type Mutation = (document: YamlDocument) => boolean;
type TextCandidate = (text: string, document: YamlDocument) => SpanEdit | undefined;

function frontMatterEdit(model: PleadingModel, memo: QueryMemo, mutate: Mutation, asText: TextCandidate): SpanEdit | undefined {
	const frontMatter = model.frontMatter;
	// A front matter YAML cannot read is the lawyer's to repair first: an edit could only guess.
	if (frontMatter === undefined || yamlOf(model, memo) === undefined) {
		return undefined;
	}
	const target = yamlOf(model, memo)!.clone();
	if (!mutate(target)) {
		return undefined;
	}
	const intended = dataOf(target);
	if (intended === undefined) {
		return undefined;
	}
	const text = model.document.getText();
	const textual = asText(text, yamlOf(model, memo)!);
	if (textual !== undefined && readsAs(text, frontMatter.span, textual, intended)) {
		return textual;
	}
	const eol = lineBreakOf(text);
	let serialized: string;
	try {
		serialized = target.toString({ lineWidth: 0 }).replace(/\r?\n$/u, '').replace(/\r?\n/gu, eol);
	} catch {
		return undefined;
	}
	const whole: SpanEdit = { span: frontMatter.span, newText: serialized };
	// The lawyer's comments are part of the file: a rewrite that would lose one is not offered.
	const comments = (yaml: string): number => yaml.match(/(?:^|[ \t])#/gmu)?.length ?? 0;
	return comments(serialized) >= comments(text.slice(frontMatter.span.start, frontMatter.span.end)) && readsAs(text, frontMatter.span, whole, intended) ? whole : undefined;
}

/** Whether the front matter, once edited, reads as the intended data without any YAML error. */
function readsAs(text: string, frontMatter: Span, edit: SpanEdit, intended: string): boolean {
	if (edit.span.start < frontMatter.start || edit.span.end > frontMatter.end) {
		return false;
	}
	const edited = text.slice(frontMatter.start, edit.span.start) + edit.newText + text.slice(edit.span.end, frontMatter.end);
	const reread = parseDocument(edited, { uniqueKeys: true, strict: false, logLevel: 'silent' });
	return reread.errors.length === 0 && dataOf(reread) === intended;
}

function appendAsText(model: PleadingModel, text: string, document: YamlDocument, key: string, entry: Readonly<Record<string, FrontMatterValue>>): SpanEdit | undefined {
	const frontMatter = model.frontMatter!;
	const eol = lineBreakOf(text);
	const list = document.get(key, true) as YamlNode | undefined;
	const offset = frontMatter.span.start;
	if (list === undefined || list === null) {
		if (document.has(key) || (document.contents !== null && !isMap(document.contents))) {
			return undefined;
		}
		// At the end of the YAML, on a line of its own (the YAML ends before the closing fence's line break).
		const at = frontMatter.span.end;
		const lead = at === frontMatter.span.start ? '' : eol;
		return { span: { start: at, end: at }, newText: `${lead}${key}:${eol}${blockEntry(entry, 2, eol)}` };
	}
	if (isScalar(list) && list.value === null && isMap(document.contents)) {
		// `pieces:` with nothing yet (perhaps a comment below): the entry goes right under the key.
		const keyNode = document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key as YamlNode | undefined;
		if (keyNode?.range === undefined || keyNode.range === null) {
			return undefined;
		}
		const keyStart = offset + keyNode.range[0];
		const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
		const end = endOfLine(text, offset + keyNode.range[1] + 1);
		return { span: { start: end, end }, newText: `${eol}${blockEntry(entry, column + 2, eol)}` };
	}
	if (!isSeq(list) || list.range === undefined || list.range === null) {
		return undefined;
	}
	if (list.flow === true) {
		return flowInsertion(text, offset, list, flowMap(entry), ']');
	}
	const last = list.items[list.items.length - 1] as YamlNode | undefined;
	if (last === undefined || last.range === undefined || last.range === null) {
		return undefined;
	}
	const itemStart = offset + last.range[0];
	const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
	const dash = /^([ \t]*)-[ \t]+$/u.exec(text.slice(lineStart, itemStart));
	if (dash === null) {
		return undefined;
	}
	const end = endOfLine(text, offset + last.range[1]);
	return { span: { start: end, end }, newText: `${eol}${blockEntry(entry, dash[1].length, eol)}` };
}

function addPairAsText(model: PleadingModel, text: string, map: YamlNode | undefined, key: string, value: FrontMatterValue): SpanEdit | undefined {
	const offset = model.frontMatter!.span.start;
	if (!isMap(map) || map.range === undefined || map.range === null || map.items.length === 0) {
		return undefined;
	}
	if (map.flow === true) {
		return flowInsertion(text, offset, map, `${key}: ${flowScalar(value)}`, '}');
	}
	const firstKey = map.items[0].key as YamlNode | undefined;
	if (firstKey?.range === undefined || firstKey.range === null) {
		return undefined;
	}
	const keyStart = offset + firstKey.range[0];
	const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
	const end = endOfLine(text, offset + map.range[1]);
	return { span: { start: end, end }, newText: `${lineBreakOf(text)}${' '.repeat(column)}${key}: ${blockScalar(value)}` };
}

/** Inserts `item` before the closing bracket of a flow collection, after a comma when it has items. */
function flowInsertion(text: string, offset: number, collection: YamlNode, item: string, closing: ']' | '}'): SpanEdit | undefined {
	if (!isCollection(collection) || collection.range === undefined || collection.range === null) {
		return undefined;
	}
	const close = text.lastIndexOf(closing, offset + collection.range[1] - 1);
	if (close < offset + collection.range[0]) {
		return undefined;
	}
	const inside = text.slice(offset + collection.range[0] + 1, close);
	const trailingComma = /,\s*$/u.test(inside);
	const separator = collection.items.length === 0 || trailingComma ? '' : ', ';
	return { span: { start: close, end: close }, newText: `${separator}${item}` };
}

function blockEntry(entry: Readonly<Record<string, FrontMatterValue>>, dashColumn: number, eol: string): string {
	const pad = ' '.repeat(dashColumn);
	return Object.entries(entry).map(([key, value], index) => `${pad}${index === 0 ? '- ' : '  '}${key}: ${blockScalar(value)}`).join(eol);
}

function flowMap(entry: Readonly<Record<string, FrontMatterValue>>): string {
	return `{ ${Object.entries(entry).map(([key, value]) => `${key}: ${flowScalar(value)}`).join(', ')} }`;
}

/** A scalar as YAML writes it in block context, quoted only when it must be. */
function blockScalar(value: FrontMatterValue): string {
	return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** In a flow collection commas and brackets end a plain scalar: text is always double-quoted there. */
function flowScalar(value: FrontMatterValue): string {
	return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** End of the line holding `offset`, before its line break. */
export function endOfLine(text: string, offset: number): number {
	const newline = text.indexOf('\n', Math.max(0, offset - 1));
	if (newline === -1) {
		return text.length;
	}
	return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The span of the first line of a multi-line span, for findings that should not cover a whole block. */
export function firstLine(text: string, span: Span): Span {
	const newline = text.indexOf('\n', span.start);
	return { start: span.start, end: newline === -1 || newline > span.end ? span.end : text[newline - 1] === '\r' ? newline - 1 : newline };
}
