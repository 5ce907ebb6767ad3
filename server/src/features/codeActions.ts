import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { z } from 'zod';
import type { PleadingModel } from '../document/model';
import type { Translator } from '../l10n';
import type { QueryMemo } from '../queries/memo';
import { insertFrontMatterLine } from '../rules/util/frontMatterEdits';
import { lineBreakOf } from '../util/text';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../engine/diagnostics';

/**
 * Every fix of the document at once, for `editor.codeActionsOnSave`: each fix is checked never to
 * break the pleading (YAML re-read, French enumerations rewritten), and the engine composes them.
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pretoire`;

const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
/** `diagnostic.data` comes back from the client: it is untrusted and checked before use. */
const diagnosticDataSchema = z.object({
	v: z.literal(1),
	ruleId: z.string(),
	version: z.number().int(),
	fixes: z.array(
		z.object({
			title: z.string(),
			kind: z.enum(['mechanical', 'substantive']),
			edits: z.array(z.object({ range: z.object({ start: position, end: position }), newText: z.string() })).max(1000),
		}),
	).max(50),
});

/**
 * Which findings a « fix all » repairs: one rule's, chosen in the light bulb (every fix of that rule),
 * or all of them, on save or in the light bulb (mechanical fixes only: substance is the lawyer's choice).
 */
export type FixAllSelection = { readonly ruleId: string } | 'all';
/** Repairs every finding selected, composed pass after pass by the engine; undefined when none can be. */
export type FixAllProvider = (select: FixAllSelection) => TextEdit | undefined;

/** What a « fix all » action carries when its edit is computed on `codeAction/resolve`. */
const fixAllDataSchema = z.object({ uri: z.string(), version: z.number().int(), select: z.union([z.literal('all'), z.object({ ruleId: z.string() })]) });
export type FixAllData = z.infer<typeof fixAllDataSchema>;

/** The deferred « fix all » of an action sent back by the client, if it is one of ours. */
export function fixAllDataOf(action: CodeAction): FixAllData | undefined {
	const parsed = fixAllDataSchema.safeParse(action.data);
	return parsed.success ? parsed.data : undefined;
}

function dataOf(diagnostic: Diagnostic, version: number): DiagnosticData | undefined {
	if (diagnostic.source !== DIAGNOSTIC_SOURCE) {
		return undefined;
	}
	const parsed = diagnosticDataSchema.safeParse(diagnostic.data);
	// Fixes computed for another version of the text would corrupt it.
	return parsed.success && parsed.data.version === version ? parsed.data : undefined;
}

function wants(context: CodeActionContext, kind: string): boolean {
	return context.only === undefined || context.only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

/**
 * Quick fixes travel in the diagnostics; this turns them into code actions, adds « Ignorer ce
 * constat ici » (a suppression comment), one "fix all" per rule when the document has several fixable
 * problems of that rule, and `source.fixAll.pretoire` wherever a fix is.
 */
export function codeActions(model: PleadingModel, context: CodeActionContext, documentDiagnostics: readonly Diagnostic[], fixAll: FixAllProvider, deferEdits: boolean, { t }: Translator, memo: QueryMemo): CodeAction[] {
	const uri = model.document.uri;
	const version = model.document.version;
	const actions: CodeAction[] = [];
	// Composing every fix re-reads the pleading several times: with `codeAction/resolve`, only when chosen.
	const withFixAll = (action: CodeAction, select: FixAllSelection, eager: boolean): CodeAction | undefined => {
		if (deferEdits && !eager) {
			return { ...action, data: { uri, version, select } satisfies FixAllData };
		}
		const edit = fixAll(select);
		return edit === undefined ? undefined : { ...action, edit: { changes: { [uri]: [edit] } } };
	};
	if (wants(context, CodeActionKind.QuickFix)) {
		const rulesSeen = new Set<string>();
		for (const diagnostic of context.diagnostics) {
			const data = dataOf(diagnostic, version);
			if (data === undefined) {
				continue;
			}
			for (const fix of data.fixes) {
				actions.push({
					title: fix.title,
					kind: CodeActionKind.QuickFix,
					diagnostics: [diagnostic],
					isPreferred: data.fixes.length === 1,
					edit: { changes: { [uri]: [...fix.edits] } },
				});
			}
			const ignore = suppressionEdit(model, data.ruleId, diagnostic, memo);
			if (ignore !== undefined) {
				actions.push({ title: t('Ignorer ce constat ici ({0})', data.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [ignore] } } });
			}
			if (data.fixes.length > 0 && !rulesSeen.has(data.ruleId)) {
				rulesSeen.add(data.ruleId);
				const fixable = documentDiagnostics.filter((other) => dataOf(other, version)?.ruleId === data.ruleId && (dataOf(other, version)?.fixes.length ?? 0) > 0);
				const action = fixable.length < 2 ? undefined : withFixAll({ title: t('Corriger tous les problèmes {0} du document', data.ruleId), kind: `${CodeActionKind.QuickFix}.fixAll`, diagnostics: fixable }, { ruleId: data.ruleId }, false);
				if (action !== undefined) {
					actions.push(action);
				}
			}
		}
	}
	// The light bulb offers it wherever a fix is; on save the editor asks for it by kind.
	const explicit = context.only !== undefined && context.only.some((asked) => FIX_ALL_KIND === asked || FIX_ALL_KIND.startsWith(`${asked}.`));
	const fixable = (diagnostic: Diagnostic): boolean => dataOf(diagnostic, version)?.fixes.some((fix) => fix.kind === 'mechanical') ?? false;
	if (explicit || (context.only === undefined && context.diagnostics.some(fixable))) {
		// Asked for by kind (on save), the edit comes at once: some clients apply it without resolving.
		const action = documentDiagnostics.some(fixable) ? withFixAll({ title: t('Appliquer toutes les corrections de Prétoire'), kind: FIX_ALL_KIND }, 'all', explicit) : undefined;
		if (action !== undefined) {
			actions.push(action);
		}
	}
	return actions;
}

const DIRECTIVE_ON_LINE = /(<!--[ \t]*pretoire-disable-next-line\b[^\r\n]*?)([ \t]*-->)/u;

/**
 * The comment that silences this finding on its line: `# pretoire-disable-next-line` in the front
 * matter, `<!-- pretoire-disable-next-line -->` in the body — on a line of its own before a block,
 * at the end of the previous line inside a paragraph (a line of its own would split the paragraph).
 */
function suppressionEdit(model: PleadingModel, ruleId: string, diagnostic: Diagnostic, memo: QueryMemo): TextEdit | undefined {
	const document = model.document;
	const text = document.getText();
	const line = diagnostic.range.start.line;
	const lineStart = document.offsetAt({ line, character: 0 });
	const frontMatter = model.frontMatter;
	if (frontMatter !== undefined && lineStart >= frontMatter.span.start && lineStart <= frontMatter.span.end) {
		const edit = insertFrontMatterLine(model, memo, lineStart, `# pretoire-disable-next-line ${ruleId}`);
		return edit === undefined ? undefined : { range: model.rangeOf(edit.span), newText: edit.newText };
	}
	if (lineStart < model.body.span.start) {
		return undefined;
	}
	const eol = lineBreakOf(text);
	const lineText = text.slice(lineStart, text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart)).replace(/\r$/u, '');
	const indent = /^[ \t]*/u.exec(lineText)![0];
	if (line === 0 || lineStart === model.body.span.start) {
		return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- pretoire-disable-next-line ${ruleId} -->${eol}` };
	}
	const previousStart = document.offsetAt({ line: line - 1, character: 0 });
	const previous = text.slice(previousStart, lineStart).replace(/\r?\n$/u, '');
	const existing = DIRECTIVE_ON_LINE.exec(previous);
	if (existing !== null) {
		const at = previousStart + existing.index + existing[1].length;
		return { range: model.rangeOf({ start: at, end: at }), newText: ` ${ruleId}` };
	}
	if (previous.trim() === '' || /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|<!--|[-*_]{3,}[ \t]*$|```|~~~)/u.test(previous)) {
		return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- pretoire-disable-next-line ${ruleId} -->${eol}` };
	}
	return { range: model.rangeOf({ start: previousStart + previous.length, end: previousStart + previous.length }), newText: ` <!-- pretoire-disable-next-line ${ruleId} -->` };
}
