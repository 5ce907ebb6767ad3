import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { describeExpected, expectedKeys } from '../document/frontMatter';
import { actKinds } from '../document/frontMatterSchema';
import type { PleadingModel } from '../document/model';
import { offences, platforms } from '../knowledge';
import { placeholder } from '../knowledge/placeholders';
import type { Translator } from '../l10n';
import { lowerFirst } from '../util/text';
import { bordereau } from '../queries/pieces';
import { endOfLine } from '../rules/util/frontMatterEdits';
import { lineBreakOf } from '../util/text';

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_]*)$/u;
const VALUE_LINE = /^(\s*)(?:-\s+)?([A-Za-z_]+):\s*(.*)$/u;
const PARENT_LINE = /^(\s*)(-\s+)?([A-Za-z_]+):\s*$/u;
const PIECE_PREFIX = /pi[eè]ces?[\s\u00a0]*(?:n[°o]s?\.?[\s\u00a0]*)?\d*$/iu;
const WORDS_BEFORE = /[\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+){0,3}$/u;

/** Completion from the front-matter schema, the catalogues and the bordereau. */
export function completion(model: PleadingModel, position: Position, translator: Translator): CompletionItem[] {
	const text = model.document.getText();
	const offset = model.document.offsetAt(position);
	const lineStart = offset - position.character;
	const before = text.slice(lineStart, offset);
	const frontMatter = model.frontMatter;
	if (frontMatter !== undefined && offset >= frontMatter.span.start && offset <= frontMatter.span.end) {
		return frontMatterCompletion(model, lineStart, before, translator);
	}
	if (offset < model.body.span.start) {
		return [];
	}
	if (PIECE_PREFIX.test(before)) {
		return bordereau(model).map((entry) => {
			const intitule = model.frontMatter?.data.pieces?.[entry.index]?.intitule ?? '';
			return { label: String(entry.numero), kind: CompletionItemKind.Reference, detail: intitule, sortText: String(entry.numero).padStart(4, '0') };
		});
	}
	return offenceCompletion(before, position);
}

function frontMatterCompletion(model: PleadingModel, lineStart: number, before: string, translator: Translator): CompletionItem[] {
	const text = model.document.getText();
	const valueMatch = VALUE_LINE.exec(before);
	if (valueMatch !== null) {
		const keyColumn = valueMatch[1].length + (/^\s*-\s/u.test(before) ? before.match(/^\s*(-\s+)/u)![1].length : 0);
		const lineEnd = endOfLine(text, lineStart + before.length);
		// The typed value, up to the end of the line, is replaced: nothing is left behind or doubled.
		const valueStart = lineStart + before.length - valueMatch[3].length;
		const range = { start: model.document.positionAt(valueStart), end: model.document.positionAt(lineEnd) };
		return valueCompletion(model, valueMatch[2], keyColumn, siblingKeys(text, lineStart, keyColumn, /^\s*-\s/u.test(before)), range, translator);
	}
	const keyMatch = KEY_LINE.exec(before);
	if (keyMatch === null) {
		return [];
	}
	const indent = keyMatch[1].length + (keyMatch[2]?.length ?? 0);
	const path = parentPath(text, lineStart, indent);
	const present = siblingKeys(text, lineStart, indent, keyMatch[2] !== undefined);
	return expectedKeys(path)
		.filter((key) => !present.has(key))
		.map((key) => ({
			label: key,
			kind: CompletionItemKind.Property,
			detail: describeExpected([...path, key], translator),
			insertText: `${key}: `,
		}));
}

interface SiblingKey {
	/** Offsets of the value written after `key:`, to replace it. */
	readonly valueStart: number;
	readonly valueEnd: number;
}

const KEY_AT = /^( *)(- +)?([A-Za-z_]+):[ \t]?(.*)$/u;

/**
 * The keys already written in the mapping the cursor's line belongs to (same column, same list
 * entry), other than the cursor's own line: completion never offers them again.
 */
function siblingKeys(text: string, lineStart: number, column: number, startsEntry: boolean): Map<string, SiblingKey> {
	const keys = new Map<string, SiblingKey>();
	const visit = (start: number, direction: -1 | 1): boolean => {
		const newline = text.indexOf('\n', start);
		const end = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
		const line = text.slice(start, end);
		if (line.trim() === '---') {
			return false;
		}
		const match = KEY_AT.exec(line);
		if (match === null) {
			// Blank lines, comments and continuation lines of a value.
			return true;
		}
		const keyColumn = match[1].length + (match[2]?.length ?? 0);
		if (keyColumn < column || (direction === 1 && match[2] !== undefined && keyColumn === column)) {
			return false;
		}
		if (keyColumn === column) {
			const valueStart = start + line.length - match[4].length;
			keys.set(match[3], { valueStart, valueEnd: start + line.replace(/[ \t]+$/u, '').length });
			// The first line of the entry ("- nom: …"): nothing above belongs to it.
			return match[2] === undefined;
		}
		return true;
	};
	if (!startsEntry) {
		for (let start = lineStart; start > 0;) {
			start = text.lastIndexOf('\n', start - 2) + 1;
			if (!visit(start, -1) || start === 0) {
				break;
			}
		}
	}
	for (let next = text.indexOf('\n', lineStart); next !== -1;) {
		if (!visit(next + 1, 1)) {
			break;
		}
		next = text.indexOf('\n', next + 1);
	}
	return keys;
}

/** The keys above the cursor, from the nearest less-indented `key:` lines; list entries count as index 0. */
function parentPath(text: string, lineStart: number, indent: number): (string | number)[] {
	const path: (string | number)[] = [];
	let limit = indent;
	let cursor = lineStart;
	while (cursor > 0 && limit > 0) {
		const previousStart = text.lastIndexOf('\n', cursor - 2) + 1;
		const line = text.slice(previousStart, cursor - 1).replace(/\r$/u, '');
		cursor = previousStart;
		if (line.trim() === '---') {
			break;
		}
		const match = PARENT_LINE.exec(line) ?? /^(\s*)(-\s+)?([A-Za-z_]+):/u.exec(line);
		if (match === null) {
			continue;
		}
		const keyIndent = match[1].length + (match[2]?.length ?? 0);
		const lineIndent = match[1].length;
		if (match[2] !== undefined && lineIndent < limit && keyIndent <= limit) {
			// A sibling key on the list item's first line ("- nom: …"): we are inside that entry.
			path.unshift(0);
			limit = lineIndent;
			continue;
		}
		if (keyIndent < limit && PARENT_LINE.test(line)) {
			path.unshift(match[3]);
			limit = keyIndent;
		}
	}
	return path.filter((segment, index) => !(segment === 0 && path[index - 1] === 0));
}

/**
 * Values of `acte`, `plateforme`, `qualification` and `texte`. Multi-line insertions carry their
 * absolute indentation and `insertTextMode: asIs`, so that no client indents them a second time.
 */
function valueCompletion(model: PleadingModel, key: string, keyColumn: number, siblings: ReadonlyMap<string, SiblingKey>, range: Range, { t, localized }: Translator): CompletionItem[] {
	const text = model.document.getText();
	const eol = lineBreakOf(text);
	const indent = ' '.repeat(keyColumn);
	const edit = (newText: string): Pick<CompletionItem, 'textEdit' | 'insertTextMode'> => ({ textEdit: { range, newText }, insertTextMode: InsertTextMode.asIs });
	switch (key) {
		case 'acte':
			return actKinds.map((kind) => ({ label: kind, kind: CompletionItemKind.EnumMember, ...edit(kind) }));
		case 'plateforme':
			return platforms.map((platform) => {
				// The entity is written out so that the act names it even if the catalogue changes later; keys already there are kept.
				const lines = [
					...(siblings.has('denomination') ? [] : [`${indent}denomination: ${platform.denomination}`]),
					...(platform.forme === undefined || siblings.has('forme') ? [] : [`${indent}forme: ${platform.forme}`]),
					...(siblings.has('siege') ? [] : [`${indent}siege: \${1:${(platform.siege ?? JSON.stringify(placeholder('siège social'))).replace(/[$}\\]/gu, '\\$&')}}`]),
				];
				return {
					label: platform.key,
					kind: CompletionItemKind.Value,
					detail: platform.denomination,
					documentation: [localized(platform.name), platform.forme, platform.siege ?? t('siège social inconnu de nos sources : à compléter'), platform.confirmed.siege ? '' : t('(adresse non vérifiée)')].filter(Boolean).join(' — '),
					insertTextFormat: InsertTextFormat.Snippet,
					...edit([platform.key, ...lines].join(eol)),
				};
			});
		case 'qualification':
			return offences.map((offence) => {
				const citation = onlineCitation(offence);
				const texte = siblings.get('texte');
				return {
					// Inserted into the pleading: French whatever the message language.
					label: lowerFirst(offence.label.fr),
					kind: CompletionItemKind.Value,
					detail: citation,
					documentation: localized(offence.seriousCrime.reasoning),
					// An entry that has its `texte` gets it replaced, never a second `texte:`.
					...edit(texte === undefined ? `${lowerFirst(offence.label.fr)}${eol}${indent}texte: ${citation}` : lowerFirst(offence.label.fr)),
					...(texte === undefined ? {} : { additionalTextEdits: [{ range: model.rangeOf({ start: texte.valueStart, end: texte.valueEnd }), newText: citation }] }),
				};
			});
		case 'texte':
			return offences.map((offence) => ({ label: onlineCitation(offence), kind: CompletionItemKind.Reference, detail: localized(offence.label), ...edit(onlineCitation(offence)) }));
		default:
			return [];
	}
}

/**
 * The text to cite: the pleadings this product drafts are about online acts, so an offence with an
 * aggravating paragraph for acts committed online is cited with it (« article 222-33-2-2, 4°, du code pénal »).
 */
function onlineCitation(offence: (typeof offences)[number]): string {
	return offence.onlineAggravation?.citation ?? offence.citation;
}

/** Typing an offence's name in prose proposes it with its legal text. */
function offenceCompletion(before: string, position: Position): CompletionItem[] {
	const typed = WORDS_BEFORE.exec(before)?.[0];
	if (typed === undefined || typed.length < 3) {
		return [];
	}
	const items: CompletionItem[] = [];
	const seen = new Set<string>();
	for (const offence of offences) {
		for (const alias of offence.aliases) {
			// Match on the last one to four words typed, whichever starts an alias.
			const words = typed.split(/[\s\u00a0]+/u);
			for (let index = 0; index < words.length; index++) {
				const prefix = words.slice(index).join(' ');
				if (prefix.length >= 3 && alias.startsWith(prefix.toLowerCase()) && !seen.has(alias)) {
					seen.add(alias);
					items.push({
						label: alias,
						kind: CompletionItemKind.Text,
						detail: offence.citation,
						filterText: prefix,
						textEdit: {
							range: { start: { line: position.line, character: position.character - prefix.length }, end: position },
							newText: `${alias} (${offence.citation})`,
						},
					});
					break;
				}
			}
		}
	}
	return items;
}
