import { chmodSync, renameSync, rmSync, statSync, writeFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type RuleFinding } from '../engine/analyze';
import { fixAll } from '../engine/fixAll';
import type { Settings } from '../settings';
import type { Translator } from '../l10n';
import { loadDossier } from '../services/dossierFiles';
import { readAct } from './readAct';

/** A finding `check --fix` repaired: where it was, and the fix's title. */
export interface RepairedFinding {
	readonly finding: RuleFinding;
	readonly title: string;
}

/** The act once repaired, and what was repaired; undefined when nothing was to repair. */
export interface Repair {
	readonly text: string;
	readonly repaired: readonly RepairedFinding[];
}

/**
 * The mechanical fixes of an act, composed as `source.fixAll` composes them in the editor (never a
 * substantive one: substance is the lawyer's choice). Findings are read with the act's dossier.
 */
export function repairAct(document: TextDocument, settings: Settings, today: Date, translator: Translator): Repair | undefined {
	const edit = fixAll(document, { settings, language: settings.language, today, select: () => true, kinds: ['mechanical'], dossierOf: (model) => loadDossier(model, translator) });
	if (edit === undefined) {
		return undefined;
	}
	const original = document.getText();
	const text = original.slice(0, edit.span.start) + edit.newText + original.slice(edit.span.end);
	const after = analyze(readAct(TextDocument.create(document.uri, document.languageId, document.version + 1, text), translator), { settings, language: settings.language, today });
	const remains = (finding: RuleFinding): boolean => after.some((other) => other.ruleId === finding.ruleId && other.message === finding.message);
	const repaired = analyze(readAct(document, translator), { settings, language: settings.language, today }).flatMap((finding) => {
		const fix = finding.fixes?.find((candidate) => candidate.kind === 'mechanical');
		return fix === undefined || remains(finding) ? [] : [{ finding, title: fix.title }];
	});
	return { text, repaired };
}

/**
 * Replaces the file's content at once: written beside it under a temporary name, then renamed over
 * it, so that an interruption leaves either the old act or the new one, never half of one. The real
 * file is replaced when the path is a symbolic link, and its permissions are kept.
 */
export function writeFileAtomically(file: string, text: string): void {
	const target = realpathSync(file);
	const temporary = join(dirname(target), `.${basename(target)}.pretoire-${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
		chmodSync(temporary, statSync(target).mode & 0o7777);
		renameSync(temporary, target);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
