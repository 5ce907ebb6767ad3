import type { Span } from '../document/model';
import { citation } from '../knowledge';
import type { Finding, MessageData, Rule } from './types';
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
	messages: {
		claimantMissing: 'Risque de nullité : aucun demandeur identifié (`demandeurs`) ; l’acte doit indiquer, pour chacun, ses nom, prénoms, profession, domicile, nationalité, date et lieu de naissance, ou pour une personne morale sa forme, sa dénomination, son siège et son représentant ({article} ; {serviceArticle})',
		opponentMissing: 'Risque de nullité : la personne contre laquelle la mesure est demandée n’est pas désignée (`defendeur` : dénomination et siège social ; {article})',
		defendantMissing: 'Risque de nullité : le défendeur n’est pas désigné (`defendeur` : dénomination et siège social ; {article})',
		seatMissing: 'Risque de nullité : le siège social du défendeur {defendant} manque (`defendeur.siege` ; {article}) ; le catalogue des plateformes n’en connaît pas d’adresse vérifiée',
		seatFromCatalogue: 'Siège social du défendeur repris du catalogue : « {seat} » ; à vérifier sur un extrait Kbis récent (pour une société étrangère, un extrait récent de son registre des sociétés) avant signification ({article})',
		lawyerRequired: 'Risque d’irrecevabilité : la requête doit être présentée par un avocat (`avocat` ; {article})',
		lawyerNotGiven: 'Avocat constitué non indiqué (`avocat`) : si la représentation est obligatoire, l’assignation doit contenir la constitution de l’avocat du demandeur à peine de nullité ({article}) ; le caractère obligatoire de la représentation en référé 145 n’est pas tranché par nos sources',
		hearingMissing: 'Risque de nullité : l’assignation doit indiquer les lieu, jour et heure de l’audience (`audience` ; {article})',
		dispositifMissing: 'Risque de nullité : l’acte n’a pas de dispositif (« PAR CES MOTIFS » suivi des mesures demandées) ; l’objet de la demande doit y figurer ({article})',
		measuresMissing: 'Le dispositif ne contient aucune mesure : listez les demandes sous « PAR CES MOTIFS », une par puce ({article})',
	},
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
		const missing = (span: Span, messageId: string, data: MessageData, severity?: Finding['severity']): Finding => ({ span, messageId, data, severity });

		if (data.demandeurs === undefined || data.demandeurs.length === 0) {
			yield missing(at('demandeurs'), 'claimantMissing', { article: citation('cpc54_3'), serviceArticle: citation('cpc648_2') });
		}

		const defendant = defendantOf(model);
		if (defendant === undefined || defendant.denomination === undefined) {
			yield requete
				? missing(at('defendeur'), 'opponentMissing', { article: citation('cpc57') })
				: missing(at('defendeur'), 'defendantMissing', { article: citation('cpc648_4') });
		} else if (defendant.siege === undefined) {
			yield missing(at('defendeur'), 'seatMissing', { defendant: defendant.denomination, article: requete ? citation('cpc57') : citation('cpc648_4') });
		} else if (!defendant.siegeConfirmed) {
			// Nothing to change in the act: a check the lawyer makes once, outside it; a hint, not a problem.
			yield missing(at('defendeur'), 'seatFromCatalogue', { seat: defendant.siege, article: requete ? citation('cpc57') : citation('cpc648_4') }, 'hint');
		}

		if (data.avocat === undefined) {
			yield requete
				? missing(at('avocat'), 'lawyerRequired', { article: citation('cpc846') })
				// Whether representation is mandatory in a 145 référé is not settled by our sources.
				: missing(at('avocat'), 'lawyerNotGiven', { article: citation('cpc752_1') }, 'info');
		}

		if (!requete && data.audience === undefined) {
			yield missing(at('audience'), 'hearingMissing', { article: citation('cpc56_1') });
		}

		if (model.body.measures.length === 0) {
			const dispositif = model.body.sections.find((section) => section.kind === 'dispositif');
			yield missing(dispositif?.headingSpan ?? fence, dispositif === undefined ? 'dispositifMissing' : 'measuresMissing', { article: citation('cpc54_2') });
		}
	},
};

export default mentionMissing;
