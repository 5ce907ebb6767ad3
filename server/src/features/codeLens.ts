import type { CodeLens } from 'vscode-languageserver';
import type { PleadingModel } from '../document/model';
import { t } from '../l10n';
import { TECHNICAL_RETENTION_MONTHS } from '../queries/dataRequests';
import { addMonths, daysBetween, formatMessageDate, parisDate, publicationDates, type CalendarDate } from '../queries/dates';
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
	const today = parisDate(now);
	// Each press period counts on its own: three months (art. 65) and one year (art. 65-3) may coexist.
	const pressPeriods = [...new Set(invokedOffences(model).flatMap((offence) => offence.press === undefined ? [] : [offence.press.prescriptionMonths]))].sort((left, right) => left - right);
	const lenses: CodeLens[] = [];
	const deadlines: CalendarDate[] = [];
	for (const publication of publicationDates(model)) {
		const retention = addMonths(publication.date, TECHNICAL_RETENTION_MONTHS);
		const parts = [t('Données techniques conservées jusqu’au {0} ({1}) — art. L. 34-1, II bis, 3° CPCE', formatMessageDate(retention), remaining(retention, today))];
		deadlines.push(retention);
		for (const months of pressPeriods) {
			const prescription = addMonths(publication.date, months);
			parts.push(months === 12
				? t('prescription presse (un an) le {0} ({1}) — art. 65-3, loi du 29 juillet 1881', formatMessageDate(prescription), remaining(prescription, today))
				: t('prescription presse le {0} ({1}) — art. 65, loi du 29 juillet 1881', formatMessageDate(prescription), remaining(prescription, today)));
			deadlines.push(prescription);
		}
		const line = model.rangeOf(publication.span).start.line;
		lenses.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title: parts.join(' · '), command: '' } });
	}
	const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
	if (dispositif !== undefined && deadlines.length > 0) {
		// The nearest deadline still to come; when all have passed, the first one that did.
		const byDate = [...deadlines].sort((left, right) => daysBetween(right, left));
		const shown = byDate.find((deadline) => daysBetween(today, deadline) >= 0) ?? byDate[0];
		lenses.push({
			range: model.rangeOf({ start: dispositif.headingSpan.start, end: dispositif.headingSpan.start }),
			command: { title: t('Échéance la plus proche : {0} ({1})', formatMessageDate(shown), remaining(shown, today)), command: '' },
		});
	}
	return lenses;
}
