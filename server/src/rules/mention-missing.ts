import type { Span } from '../document/model';
import { citation } from '../knowledge';
import { t } from '../l10n';
import type { SentenceFinding, Rule } from './types';
import { defendantOf } from '../queries/defendant';

/**
 * The mentions an act needs "à peine de nullité" (CPC 54, 56, 57, 648, 752), checked on the case data
 * from which the export renders the formal blocks. A vice de forme annuls the act only on proof of a
 * grievance (CPC 114 al. 2): the messages speak of a risk of nullity.
 */
const mentionMissing: Rule = {
	id: 'mention-missing',
	description: 'A mention the act needs (CPC 54, 56, 57, 648, 752, 846) missing from the case data: demandeur, défendeur’s registered office, counsel, hearing, dispositif',
	defaultSeverity: 'error',
	fixable: false,
	*check({ model }) {
		const frontMatter = model.frontMatter;
		if (frontMatter === undefined || model.act === undefined) {
			return;
		}
		const data = frontMatter.data;
		// The opening `---`: front matter always starts the document.
		const fence: Span = { start: 0, end: 3 };
		const at = (key: string): Span => frontMatter.locate([key], 'key') ?? fence;
		const requete = model.act === 'requete';
		const missing = (span: Span, message: string, severity?: SentenceFinding['severity']): SentenceFinding => ({ span, message, severity });

		if (data.demandeurs === undefined || data.demandeurs.length === 0) {
			yield missing(at('demandeurs'), t('Risque de nullité : aucun demandeur identifié (`demandeurs`) ; l’acte doit indiquer, pour chacun, ses nom, prénoms, profession, domicile, nationalité, date et lieu de naissance, ou pour une personne morale sa forme, sa dénomination, son siège et son représentant ({0} ; {1})', citation('cpc54_3'), citation('cpc648_2')));
		}

		const defendant = defendantOf(model);
		if (defendant === undefined || defendant.denomination === undefined) {
			yield missing(at('defendeur'), requete
				? t('Risque de nullité : la personne contre laquelle la mesure est demandée n’est pas désignée (`defendeur` : dénomination et siège social ; {0})', citation('cpc57'))
				: t('Risque de nullité : le défendeur n’est pas désigné (`defendeur` : dénomination et siège social ; {0})', citation('cpc648_4')));
		} else if (defendant.siege === undefined) {
			yield missing(at('defendeur'), t('Risque de nullité : le siège social du défendeur {0} manque (`defendeur.siege` ; {1}) ; le catalogue des plateformes n’en connaît pas d’adresse vérifiée', defendant.denomination, requete ? citation('cpc57') : citation('cpc648_4')));
		} else if (!defendant.siegeConfirmed) {
			// Nothing to change in the act: a check the lawyer makes once, outside it; a hint, not a problem.
			yield missing(at('defendeur'), t('Siège social du défendeur repris du catalogue : « {0} » ; à vérifier sur un extrait Kbis récent (pour une société étrangère, un extrait récent de son registre des sociétés) avant signification ({1})', defendant.siege, requete ? citation('cpc57') : citation('cpc648_4')), 'hint');
		}

		if (data.avocat === undefined) {
			yield requete
				? missing(at('avocat'), t('Risque d’irrecevabilité : la requête doit être présentée par un avocat (`avocat` ; {0})', citation('cpc846')))
				// Whether representation is mandatory in a 145 référé is not settled by our sources.
				: missing(at('avocat'), t('Avocat constitué non indiqué (`avocat`) : si la représentation est obligatoire, l’assignation doit contenir la constitution de l’avocat du demandeur à peine de nullité ({0}) ; le caractère obligatoire de la représentation en référé 145 n’est pas tranché par nos sources', citation('cpc752_1')), 'info');
		}

		if (!requete && data.audience === undefined) {
			yield missing(at('audience'), t('Risque de nullité : l’assignation doit indiquer les lieu, jour et heure de l’audience (`audience` ; {0})', citation('cpc56_1')));
		}

		if (model.body.measures.length === 0) {
			const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
			yield missing(dispositif?.headingSpan ?? fence, dispositif === undefined
				? t('Risque de nullité : l’acte n’a pas de dispositif (« PAR CES MOTIFS » suivi des mesures demandées) ; l’objet de la demande doit y figurer ({0})', citation('cpc54_2'))
				: t('Le dispositif ne contient aucune mesure : listez les demandes sous « PAR CES MOTIFS », une par puce ({0})', citation('cpc54_2')));
		}
	},
};

export default mentionMissing;
