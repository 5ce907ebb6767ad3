import type { Span } from '../document/model';
import { citation } from '../knowledge';
import { localized, t } from '../l10n';
import { lowerFirst } from '../util/text';
import type { Rule } from './types';
import { outOfScopeRequests } from '../queries/dataRequests';

const DETERMINER_BEFORE = /(?:\b(?:le|la|les|leur|leurs|son|sa|ses|du|des|de la|de l['’]|l['’]|d['’]|de)[\s\u00a0]*)$/iu;
const SEPARATOR_BEFORE = /(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:et|ou|ainsi que)[\s\u00a0]+)$/iu;
const SEPARATOR_AFTER = /^(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:et|ou)[\s\u00a0]+)/iu;

/**
 * A platform can only be ordered to hand over data the law requires it to keep: the categories of
 * article L. 34-1 II bis CPCE as listed by décret n° 2021-1362 (and R. 10-13 for operators). Courts
 * order "celles des données suivantes qui sont en sa possession" and strike the rest (TJ Paris, réf.,
 * 15 mars 2024, RG 23/57958).
 */
const dataBeyondL341: Rule = {
	id: 'data-beyond-l34-1',
	description: `A data item requested in the dispositif that falls outside ${citation('cpceL341IIbis')} and the ${citation('decret20211362')}`,
	defaultSeverity: 'warning',
	fixable: true,
	*check({ model }) {
		const text = model.document.getText();
		for (const measure of model.body.measures) {
			for (const request of outOfScopeRequests(measure)) {
				const term = request.entry;
				yield {
					span: request.span,
					// Where no text or decision settles the point, the finding is a caution, not a warning.
					severity: term.confirmed ? undefined : 'info',
					message: t('Donnée hors des catégories conservées ({2} ; {3}) : « {0} » ; {1}', request.phrase, lowerFirst(localized(term.reason).replace(/\.$/u, '')), citation('cpceL341IIbis'), citation('decret20211362')),
					fixes: [{ title: t('Retirer « {0} » de la demande', request.phrase), edits: [{ span: removalSpan(text, request.span, measure.span), newText: '' }] }],
				};
			}
		}
	},
};

/** The item with its determiner and the separator that joins it to its neighbours, so the list still reads well. */
function removalSpan(text: string, span: Span, measure: Span): Span {
	let start = span.start;
	let end = span.end;
	const before = text.slice(measure.start, start);
	const determiner = DETERMINER_BEFORE.exec(before);
	if (determiner !== null) {
		start -= determiner[0].length;
	}
	const separatorBefore = SEPARATOR_BEFORE.exec(text.slice(measure.start, start));
	if (separatorBefore !== null) {
		start -= separatorBefore[0].length;
	} else {
		const separatorAfter = SEPARATOR_AFTER.exec(text.slice(end, measure.end));
		if (separatorAfter !== null) {
			end += separatorAfter[0].length;
		}
	}
	return { start, end };
}

export default dataBeyondL341;
