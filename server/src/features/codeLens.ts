import type { CodeLens } from 'vscode-languageserver';
import type { PleadingModel } from '../document/model';
import { t } from '../l10n';
import { TECHNICAL_RETENTION_MONTHS } from '../queries/dataRequests';
import { addMonths, daysBetween, formatMessageDate, publicationDates, type CalendarDate } from '../queries/dates';
import { invokedOffences } from '../queries/offences';

function remaining(deadline: CalendarDate, today: CalendarDate): string {
	const days = daysBetween(today, deadline);
	return days >= 0 ? t('J-{0}', days) : days === -1 ? t('expiré depuis 1 jour') : t('expiré depuis {0} jours', -days);
}

/**
 * Deadlines where the lawyer works: above each publication, until when its technical data is kept
 * and, for press offences, when the prescription runs out; above the dispositif, the nearest one.
 * Counted from today, since urgency is what these lenses are for.
 */
export function codeLenses(model: PleadingModel, now: Date): CodeLens[] {
	const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
	const pressMonths = Math.min(...invokedOffences(model).map((offence) => offence.press?.prescriptionMonths ?? Infinity));
	const lenses: CodeLens[] = [];
	let nearest: { date: CalendarDate; title: string } | undefined;
	for (const publication of publicationDates(model)) {
		const retention = addMonths(publication.date, TECHNICAL_RETENTION_MONTHS);
		const parts = [t('Données techniques conservées jusqu’au {0} ({1}) — art. L. 34-1, II bis, 3° CPCE', formatMessageDate(retention), remaining(retention, today))];
		let first = retention;
		if (Number.isFinite(pressMonths)) {
			const prescription = addMonths(publication.date, pressMonths);
			parts.push(t('prescription presse le {0} ({1}) — art. 65, loi du 29 juillet 1881', formatMessageDate(prescription), remaining(prescription, today)));
			first = daysBetween(prescription, retention) > 0 ? prescription : retention;
		}
		const title = parts.join(' · ');
		const line = model.rangeOf(publication.span).start.line;
		lenses.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title, command: '' } });
		if (nearest === undefined || daysBetween(first, nearest.date) > 0) {
			nearest = { date: first, title: t('Échéance la plus proche : {0} ({1})', formatMessageDate(first), remaining(first, today)) };
		}
	}
	const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
	if (dispositif !== undefined && nearest !== undefined) {
		lenses.push({ range: model.rangeOf({ start: dispositif.headingSpan.start, end: dispositif.headingSpan.start }), command: { title: nearest.title, command: '' } });
	}
	return lenses;
}
