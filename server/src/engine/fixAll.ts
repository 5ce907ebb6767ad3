import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePleading } from '../document/parse';
import { inheritDossier, type DossierSource } from '../document/dossier';
import type { PleadingModel, Span } from '../document/model';
import type { FixKind, SpanEdit } from '../rules/types';
import { lineBreakOf } from '../util/text';
import { analyze, type AnalysisOptions, type RuleFinding } from './analyze';

/** Enough for fixes that touch the same sentence to settle; a fix that never settles stops here. */
const MAX_PASSES = 10;

export interface FixAllOptions extends AnalysisOptions {
	/** Which findings to repair: a rule's (« fix all » of one rule) or all of them (`source.fixAll`, on save). */
	readonly select: (finding: RuleFinding) => boolean;
	/**
	 * The kinds of fix applied: `mechanical` only for `source.fixAll` and `pretoire check --fix`, which
	 * run unattended; substantive fixes too for a rule's « fix all » the lawyer chose in the light bulb.
	 */
	readonly kinds: readonly FixKind[];
	/** The `dossier.yaml` the act names, as the analysis reads it: fixes are computed on what the act inherits. */
	readonly dossierOf?: (model: PleadingModel) => DossierSource | undefined;
}

/**
 * Applies the first fix of an allowed kind of every selected finding, pass after pass, re-reading the pleading between
 * passes: fixes that touch the same text (two items of one enumeration) are applied one after the
 * other, each computed on the text the previous one left, instead of being dropped or corrupting
 * each other. Returns the one edit from the original text to the repaired one, or undefined when
 * nothing was repaired.
 */
export function fixAll(document: TextDocument, options: FixAllOptions): SpanEdit | undefined {
	const original = document.getText();
	let text = original;
	let previous = parsePleading(document);
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const fixes = analyze(options.dossierOf === undefined ? previous : inheritDossier(previous, options.dossierOf(previous)), options).filter(options.select).map((finding) => finding.fixes?.find((fix) => options.kinds.includes(fix.kind))).filter((fix) => fix !== undefined);
		const chosen: SpanEdit[] = [];
		for (const fix of fixes) {
			// Fixes that touch the same text wait for the next pass, computed on the text this one leaves.
			if (!fix.edits.some((edit) => chosen.some((other) => touches(edit.span, other.span)))) {
				chosen.push(...fix.edits);
			}
		}
		if (chosen.length === 0) {
			break;
		}
		const next = applyEdits(text, chosen, lineBreakOf(original));
		if (next === text) {
			break;
		}
		text = next;
		previous = parsePleading(TextDocument.create(document.uri, document.languageId, document.version + pass + 1, text), previous);
	}
	return text === original ? undefined : difference(original, text);
}

/** Two edits conflict when they overlap or insert at the same place (their order would be a guess). */
function touches(left: Span, right: Span): boolean {
	return (left.start < right.end && right.start < left.end) || left.start === right.start || (left.start === left.end && right.start < left.start && left.start < right.end) || (right.start === right.end && left.start < right.start && right.start < left.end);
}

/** Applies the edits from the end; the lines they insert take the document's line break (a CR-only file gets no LF). */
function applyEdits(text: string, edits: readonly SpanEdit[], eol: string): string {
	let result = text;
	for (const edit of [...edits].sort((left, right) => right.span.start - left.span.start)) {
		result = result.slice(0, edit.span.start) + edit.newText.replace(/\r\n|\r|\n/gu, eol) + result.slice(edit.span.end);
	}
	return result;
}

/** The single edit covering what differs between two texts (common start and end left alone). */
function difference(before: string, after: string): SpanEdit {
	let head = 0;
	while (head < before.length && head < after.length && before[head] === after[head]) {
		head++;
	}
	let tail = 0;
	while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) {
		tail++;
	}
	return { span: { start: head, end: before.length - tail }, newText: after.slice(head, after.length - tail) };
}
