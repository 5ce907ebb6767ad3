import { citation } from '../knowledge';
import { t } from '../l10n';
import type { Rule } from './types';
import { lineBreakOf } from '../util/text';
import { TECHNICAL_RETENTION_MONTHS } from '../queries/dataRequests';
import { formatFrenchPeriod } from '../queries/dates';

const ADVERSARIAL = /contradict/u;
const PLACEHOLDER = '[exposer les circonstances';
const CIRCUMSTANCE = /circonstance|justif|risque|surprise|urgen|derog|alert|averti|supprim|effac|dispar/u;

/**
 * A requête is the exception to the adversarial principle: it must itself set out the circumstances
 * that justify not calling the other side (CPC 493 and 845 al. 2; before the tribunal de commerce,
 * 875). Facts arising later cannot cure the omission (law.md §4.4).
 */
const requeteJustificationMissing: Rule = {
	id: 'requete-justification-missing',
	description: 'A requête that does not set out the circumstances justifying a non-adversarial measure (CPC 493, 845)',
	defaultSeverity: 'error',
	fixable: true,
	appliesTo: ['requete'],
	*check({ model }) {
		const { sections, prose } = model.body;
		const justified = prose.some((block) => {
			const kind = sections[block.sectionIndex]?.kind;
			const folded = block.folded;
			// The quick fix's skeleton does not count until its placeholder is replaced by the circumstances.
			// A heading announces the circumstances; only a paragraph sets them out.
			return block.kind === 'paragraph' && kind !== 'dispositif' && ADVERSARIAL.test(folded) && CIRCUMSTANCE.test(folded) && !folded.includes(PLACEHOLDER);
		});
		if (justified) {
			return;
		}
		const skeleton = prose.find((block) => block.folded.includes(PLACEHOLDER));
		if (skeleton !== undefined) {
			yield {
				span: skeleton.span,
				message: t('Exposez ici les circonstances qui justifient de déroger au principe de la contradiction, à la place du texte entre crochets ({0} ; {1})', citation('cpc493'), citation('cpc845_2')),
			};
			return;
		}
		const dispositif = sections.find((section) => section.kind === 'dispositif');
		const anchor = dispositif?.headingSpan ?? model.frontMatter?.span ?? { start: 0, end: 0 };
		const text = model.document.getText();
		const eol = lineBreakOf(text);
		const level = dispositif !== undefined && dispositif.depth <= 6 ? Math.min(dispositif.depth + 1, 6) : 2;
		// Inserted into the pleading: French whatever the message language.
		const section = [
			`${'#'.repeat(level)} Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction`,
			'',
			`La mesure sollicitée ne peut être prise contradictoirement : [exposer les circonstances, par exemple le risque que l’utilisateur, averti par la plateforme, supprime son compte et les données, ou l’expiration prochaine du délai de conservation des données techniques (${formatFrenchPeriod(TECHNICAL_RETENTION_MONTHS)})] (${citation('cpc493')} ; ${citation('cpc845_2')}).`,
			'',
			'',
		].join(eol);
		yield {
			span: dispositif?.headingSpan ?? { start: anchor.start, end: anchor.start + 3 },
			message: t('La requête n’expose pas les circonstances qui justifient de déroger au principe de la contradiction ({0} ; {2}) : à défaut, l’ordonnance s’expose à la rétractation ({1})', citation('cpc493'), citation('cpc497'), citation('cpc845_2')),
			fixes: dispositif === undefined ? undefined : [
				{ title: t('Ajouter une section sur les circonstances justifiant la dérogation au contradictoire'), edits: [{ span: { start: dispositif.headingSpan.start, end: dispositif.headingSpan.start }, newText: section }] },
			],
		};
	},
};

export default requeteJustificationMissing;
