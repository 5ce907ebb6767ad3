import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { describeExpected, expectedKeys } from '../document/frontMatter';
import { actKinds } from '../document/frontMatterSchema';
import type { PleadingModel } from '../document/model';
import { offences, platforms } from '../knowledge';
import { localized, t } from '../l10n';
import { lowerFirst } from '../util/text';
import { bordereau } from '../queries/pieces';

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_]*)$/u;
const VALUE_LINE = /^(\s*)(?:-\s+)?([A-Za-z_]+):\s*(.*)$/u;
const PARENT_LINE = /^(\s*)(-\s+)?([A-Za-z_]+):\s*$/u;
const PIECE_PREFIX = /pi[eè]ces?[\s\u00a0]*(?:n[°o]s?\.?[\s\u00a0]*)?\d*$/iu;
const WORDS_BEFORE = /[\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+){0,3}$/u;

/** Completion from the front-matter schema, the catalogues and the bordereau. */
export function completion(model: PleadingModel, position: Position): CompletionItem[] {
	const text = model.document.getText();
	const offset = model.document.offsetAt(position);
	const lineStart = offset - position.character;
	const before = text.slice(lineStart, offset);
	const frontMatter = model.frontMatter;
	if (frontMatter !== undefined && offset >= frontMatter.span.start && offset <= frontMatter.span.end) {
		return frontMatterCompletion(text, lineStart, before);
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

function frontMatterCompletion(text: string, lineStart: number, before: string): CompletionItem[] {
	const valueMatch = VALUE_LINE.exec(before);
	if (valueMatch !== null) {
		return valueCompletion(valueMatch[2], valueMatch[1].length + (/^\s*-\s/u.test(before) ? 2 : 0));
	}
	const keyMatch = KEY_LINE.exec(before);
	if (keyMatch === null) {
		return [];
	}
	const indent = keyMatch[1].length + (keyMatch[2]?.length ?? 0);
	const path = parentPath(text, lineStart, indent);
	return expectedKeys(path).map((key) => ({
		label: key,
		kind: CompletionItemKind.Property,
		detail: describeExpected([...path, key]),
		insertText: `${key}: `,
	}));
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

function valueCompletion(key: string, siblingIndent: number): CompletionItem[] {
	const indent = ' '.repeat(siblingIndent);
	switch (key) {
		case 'acte':
			return actKinds.map((kind) => ({ label: kind, kind: CompletionItemKind.EnumMember }));
		case 'plateforme':
			return platforms.map((platform) => ({
				label: platform.key,
				kind: CompletionItemKind.Value,
				detail: platform.denomination,
				documentation: [localized(platform.name), platform.forme, platform.siege ?? t('siège social inconnu de nos sources : à compléter'), platform.confirmed.siege ? '' : t('(adresse non vérifiée)')].filter(Boolean).join(' — '),
				insertTextFormat: InsertTextFormat.Snippet,
				// Fills the entity so the act names it even if the catalogue changes later.
				insertText: [
					platform.key,
					`${indent}denomination: ${platform.denomination}`,
					...(platform.forme === undefined ? [] : [`${indent}forme: ${platform.forme}`]),
					`${indent}siege: \${1:${(platform.siege ?? 'à compléter').replace(/[$}\\]/gu, '\\$&')}}`,
				].join('\n'),
			}));
		case 'qualification':
			return offences.map((offence) => ({
				// Inserted into the pleading: French whatever the message language.
				label: lowerFirst(offence.label.fr),
				kind: CompletionItemKind.Value,
				detail: offence.citation,
				documentation: localized(offence.seriousCrime.reasoning),
				insertText: `${lowerFirst(offence.label.fr)}\n${indent}texte: ${offence.citation}`,
			}));
		case 'texte':
			return offences.map((offence) => ({ label: offence.citation, kind: CompletionItemKind.Reference, detail: localized(offence.label) }));
		default:
			return [];
	}
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
