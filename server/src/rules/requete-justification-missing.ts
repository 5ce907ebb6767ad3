import { citation } from '../knowledge';
import { placeholder } from '../knowledge/placeholders';
import type { Finding, Rule } from './types';
import { lineBreakOf } from '../util/text';
import { TECHNICAL_RETENTION_MONTHS } from '../queries/dataRequests';
import { formatFrenchPeriod } from '../queries/dates';
import { PhraseMatcher } from '../language/phraseMatcher';
import { read } from '../queries/read';
import { fold } from '../document/extract/text';

const ADVERSARIAL = /contradict/u;
/** What the quick fix's blank asks, in the one form of the product's blanks (`[À compléter : …]`) so that placeholder-left flags it too. */
const BLANK_DESCRIPTION = 'circonstances qui justifient de ne pas appeler la partie adverse';
const PLACEHOLDER = fold(placeholder(BLANK_DESCRIPTION).slice(0, -1));
/**
 * Words that argue a circumstance, with the contradiction named in the same paragraph: the usual ones
 * (« risque », « surprise », « urgence »…) and the argument in substance (« la contradiction tournerait
 * contre l'objet même de la mesure… seule une ordonnance rendue à son insu lui conserve son utilité »).
 */
const CIRCUMSTANCE = /circonstance|justif|risque|surprise|urgen|derog|alert|averti|supprim|effac|dispar|\binsu\b|objet meme de la mesure|(?:son|leur) (?:utilite|efficacite)|priverai|sans effet|vaine\b/u;
/** A paragraph that denies the circumstances (« il n'existe aucun risque ») does not set them out. */
const DENIAL = /\baucun|n.(?:existe|y a) pas|\bnullement\b/u;

/**
 * Phrases that justify the derogation by themselves, in the words of articles 493 and 845 or of the
 * practice: « fondé à ne pas appeler de partie adverse », « effet de surprise », « dépérissement des
 * preuves ». A denial (« aucun risque de disparition ») does not count.
 */
const JUSTIFICATIONS = new PhraseMatcher<true>([[true, [
	'ne pas appeler de partie adverse',
	'fondé à ne pas appeler',
	'ne pas appeler la plateforme',
	'ne pas appeler le défendeur',
	'ne pas appeler la défenderesse',
	'ne pas appeler la partie adverse',
	'sans appeler la partie adverse',
	'sans appeler de partie adverse',
	'non contradictoirement',
	'de manière non contradictoire',
	'de façon non contradictoire',
	'procédure non contradictoire',
	'mesure non contradictoire',
	'effet de surprise',
	'par surprise',
	'dépérissement des preuves',
	'dépérissement de la preuve',
	'risque de disparition des preuves',
	'risque de disparition des données',
	'risque de destruction des preuves',
	'risque de suppression des données',
	'risque de suppression du compte',
	'risque d’effacement des données',
	'supprimer son compte',
	'supprimer le compte',
	'effacer les données',
	'faire disparaître les preuves',
	'à l’insu du titulaire',
	'à l’insu de l’utilisateur',
	'à l’insu de son auteur',
	'sans en aviser',
	'sans l’en avertir',
	'sans l’en informer',
	'sans en informer',
]]]);

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
	messages: {
		skeletonLeft: 'Exposez ici les circonstances qui justifient de déroger au principe de la contradiction, à la place du texte entre crochets ({article} ; {presidentArticle})',
		justificationMissing: 'La requête n’expose pas les circonstances qui justifient de déroger au principe de la contradiction ({article} ; {presidentArticle}) : à défaut, l’ordonnance s’expose à la rétractation ({retraction})',
		addSection: 'Ajouter une section sur les circonstances justifiant la dérogation au contradictoire',
	},
	*check({ model, memo }): Generator<Finding> {
		const { sections, prose } = model.body;
		const justified = prose.some((block) => {
			const kind = sections[block.sectionIndex]?.kind;
			const folded = block.folded;
			// The quick fix's skeleton does not count until its placeholder is replaced by the circumstances.
			// A heading announces the circumstances; only a paragraph sets them out.
			if (block.kind !== 'paragraph' || kind === 'dispositif' || folded.includes(PLACEHOLDER)) {
				return false;
			}
			// A paragraph under « Sur la dérogation au principe du contradictoire » speaks of it without repeating the word.
			const underHeading = !ADVERSARIAL.test(folded) && ADVERSARIAL.test(fold(sections[block.sectionIndex]?.title ?? '')) && !DENIAL.test(folded);
			return ((ADVERSARIAL.test(folded) || underHeading) && CIRCUMSTANCE.test(folded)) || [...JUSTIFICATIONS.matches(read(block, memo))].some((match) => !match.negated);
		});
		if (justified) {
			return;
		}
		const skeleton = prose.find((block) => block.folded.includes(PLACEHOLDER));
		if (skeleton !== undefined) {
			yield {
				span: skeleton.span,
				messageId: 'skeletonLeft',
				data: { article: citation('cpc493'), presidentArticle: citation('cpc845_2') },
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
			`${'#'.repeat(level)} Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction (${citation('cpc493')} ; ${citation('cpc845_2')})`,
			'',
			`La mesure sollicitée ne peut être prise contradictoirement : ${placeholder(`${BLANK_DESCRIPTION}, par exemple le risque que l’auteur des faits, averti de la procédure, supprime son compte et les contenus en cause, ou l’expiration prochaine du délai de conservation des données techniques (${formatFrenchPeriod(TECHNICAL_RETENTION_MONTHS)} à compter de la connexion)`)}.`,
			'',
			'',
		].join(eol);
		yield {
			span: dispositif?.headingSpan ?? { start: anchor.start, end: anchor.start + 3 },
			messageId: 'justificationMissing',
			data: { article: citation('cpc493'), retraction: citation('cpc497'), presidentArticle: citation('cpc845_2') },
			fixes: dispositif === undefined ? undefined : [
				{ title: { messageId: 'addSection' }, kind: 'mechanical', edits: [{ span: { start: dispositif.headingSpan.start, end: dispositif.headingSpan.start }, newText: section }] },
			],
		};
	},
};

export default requeteJustificationMissing;
