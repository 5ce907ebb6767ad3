import type { CodeLens } from 'vscode-languageserver';
import type { PleadingModel } from '../document/model';
import type { Translator } from '../l10n';
import type { QueryMemo } from '../queries/memo';
import { daysBetween, formatMessageDate, parisDate, type CalendarDate } from '../queries/dates';
import { deadlinesOf, type Deadline } from '../queries/deadlines';

function remaining(deadline: CalendarDate, today: CalendarDate, { t }: Translator): string {
	const days = daysBetween(today, deadline);
	return days >= 0 ? t('J-{0}', days) : days === -1 ? t('expiré depuis 1 jour') : t('expiré depuis {0} jours', -days);
}

/**
 * Deadlines where the lawyer works: above each publication and each connection, until when its data
 * is kept and, for press offences, when the prescription runs out; above the hearing, the hearing,
 * the placement and the time service abroad needs; above the dispositif, the nearest loss of data
 * and, for a requête, the remedies after the order. Counted from today, since urgency is what these
 * lenses are for.
 */
export function codeLenses(model: PleadingModel, now: Date, translator: Translator, memo: QueryMemo): CodeLens[] {
	const { t } = translator;
	const today = parisDate(now);
	const { deadlines, reminders } = deadlinesOf(model, translator.language, memo);
	const byLine = new Map<number, Deadline[]>();
	for (const deadline of deadlines) {
		const line = model.rangeOf(deadline.anchor).start.line;
		byLine.set(line, [...(byLine.get(line) ?? []), deadline]);
	}
	const lenses: CodeLens[] = [];
	const lensAt = (line: number, title: string): CodeLens => ({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title, command: '' } });
	// Deadlines of one publication share a lens: « conservées jusqu’au … · prescription presse le … ».
	for (const [line, group] of byLine) {
		for (const anchored of groupByAnchor(group)) {
			lenses.push(lensAt(line, anchored.map((deadline) => `${deadline.label} (${deadline.dataLoss || daysBetween(today, deadline.date) >= 0 ? remaining(deadline.date, today, translator) : t('date passée')})${deadline.source === '' ? '' : ` — ${deadline.source}`}`).join(' · ')));
		}
	}
	const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
	// The nearest deadline still to come; when all have passed, the first one that did.
	const byDate = deadlines.filter((deadline) => deadline.dataLoss).sort((left, right) => daysBetween(right.date, left.date));
	const nearest = byDate.find((deadline) => daysBetween(today, deadline.date) >= 0) ?? byDate[0];
	if (dispositif !== undefined && nearest !== undefined) {
		lenses.push(lensAt(model.rangeOf(dispositif.headingSpan).start.line, t('Échéance la plus proche : {0} ({1})', formatMessageDate(nearest.date, translator.language), remaining(nearest.date, today, translator))));
	}
	for (const reminder of reminders) {
		lenses.push(lensAt(model.rangeOf(reminder.anchor).start.line, reminder.label));
	}
	return lenses.sort((left, right) => left.range.start.line - right.range.start.line);
}

/** Deadlines anchored at the same place, in order: a publication's retention and prescription go together. */
function groupByAnchor(deadlines: readonly Deadline[]): Deadline[][] {
	const groups = new Map<string, Deadline[]>();
	for (const deadline of deadlines) {
		const key = deadline.id.startsWith('publication-') ? deadline.id.replace(/-(?:retention|prescription)$/u, '') : deadline.id;
		groups.set(key, [...(groups.get(key) ?? []), deadline]);
	}
	return [...groups.values()];
}
