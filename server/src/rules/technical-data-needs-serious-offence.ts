import { citation, type Offence, type SeriousCrimeVerdict } from '../knowledge';
import type { Finding, Message, MessageValue, Rule, RuleRelatedSpan, Severity } from './types';
import { technicalDataRequests } from '../queries/dataRequests';
import { invokedOffences, offenceMentions, uncataloguedQualifications } from '../queries/offences';

/** Best verdict first: one offence held serious is enough to justify technical data. */
const verdictRank: Readonly<Record<SeriousCrimeVerdict, number>> = {
	'held-serious': 0,
	'meets-60-1-2-threshold': 1,
	uncertain: 2,
	'below-threshold': 3,
	'held-not-serious': 4,
};

/**
 * Technical data (IP address, source port, connection identifier) is kept only "pour les besoins de
 * la lutte contre la criminalité et la délinquance grave" (article L. 34-1 II bis 3° CPCE). No text
 * defines it for civil judges: granted for menaces de mort (TJ Paris, 31 déc. 2024) and online
 * harassment (TJ Paris, 15 mars 2024), refused for messages malveillants (CA Paris, 27 oct. 2023);
 * article 60-1-2 CPP is the criminal-procedure yardstick. Only the decided cases are certain.
 * Its two branches weigh differently: an offence punished by three years (1°) is arguable, one that
 * reaches the threshold only as a one-year offence committed online (2°) is exposed — the Paris court
 * of appeal refused technical data for two of them (222-16, 27 oct. 2023; 226-4-1, 10 sept. 2024).
 */
const technicalDataNeedsSeriousOffence: Rule = {
	id: 'technical-data-needs-serious-offence',
	description: 'Technical data (IP address, connection identifier…) requested while no invoked offence can count as serious crime (L. 34-1 II bis 3° CPCE)',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		uncatalogued: 'Infraction absente de notre catalogue : {offences} ; nous ne pouvons pas apprécier si elle relève de la délinquance grave, condition des données techniques ({retention}) ; repère retenu par les juges civils sans y être tenus : au moins trois ans d’emprisonnement, ou un an si l’infraction est commise par un réseau de communications électroniques ({threshold})',
		noOffence: 'Données techniques demandées sans infraction invoquée : elles ne sont conservées que pour la lutte contre la criminalité et la délinquance grave ({retention}) ; qualifiez les faits (`infractions`)',
		secondBranchOnly: 'Données techniques demandées sur le fondement d’infractions qui n’atteignent le seuil de l’{threshold} qu’au titre de son 2° (délit puni d’un an commis en ligne) : la cour d’appel de Paris a refusé les données techniques pour deux telles infractions ({refused} ; {refusedAgain}) ; demandez les seules données d’identité, ou qualifiez une infraction punie de trois ans si les faits la caractérisent ({retention}) : {reasoning}',
		toDemonstrate: 'Délinquance grave à démontrer pour obtenir les données techniques ({retention}) ; aucune décision civile ne tranche pour l’infraction invoquée : {reasoning}',
		heldNotSerious: 'Données techniques demandées alors que l’infraction invoquée a été jugée ne pas relever de la délinquance grave ({retention}) : {reasoning}',
		belowThreshold: 'Données techniques demandées alors qu’aucune infraction invoquée n’atteint, pour la délinquance grave, le seuil de l’{threshold}, repère que les juges civils retiennent sans y être tenus ({retention}) : {reasoning}',
		withUncatalogued: '{assessment} ; infraction absente de notre catalogue, non appréciée : {offences}',
		offenceInvoked: 'Infraction invoquée : {offence}',
		qualificationWithArticles: '« {qualification} » (article {articles})',
		qualification: '« {qualification} »',
	},
	*check({ model, memo }): Generator<Finding> {
		const requests = model.body.measures.map((measure) => technicalDataRequests(measure, memo)[0]).filter((request) => request !== undefined);
		if (requests.length === 0) {
			return;
		}
		const candidates = invokedOffences(model, memo).sort((left, right) => verdictRank[left.seriousCrime.verdict] - verdictRank[right.seriousCrime.verdict]);
		if (candidates[0]?.seriousCrime.verdict === 'held-serious') {
			return;
		}
		// The first branch of 60-1-2 outweighs the second, whatever the order of the verdicts.
		const firstBranch = candidates.find((offence) => offence.branche6012 === '1°' && offence.seriousCrime.verdict !== 'held-not-serious');
		const secondBranchOnly = firstBranch === undefined ? candidates.find((offence) => offence.branche6012 === '2°') : undefined;
		const best: Offence | undefined = firstBranch ?? secondBranchOnly ?? candidates[0];
		const related: RuleRelatedSpan[] = offenceMentions(model, memo)
			.filter((mention) => mention.origin === 'front-matter')
			.map((mention) => ({ span: mention.span, messageId: 'offenceInvoked', data: { offence: { text: mention.offence.label } } }));
		const uncatalogued = uncataloguedQualifications(model, memo);
		let message: Message;
		let severity: Severity | undefined;
		const unknown: MessageValue = {
			list: uncatalogued.map((qualification): MessageValue => qualification.articles.length > 0
				? { message: 'qualificationWithArticles', data: { qualification: qualification.label, articles: qualification.articles.join(', ') } }
				: { message: 'qualification', data: { qualification: qualification.label } }),
			separator: ', ',
		};
		if (best === undefined && uncatalogued.length > 0) {
			// An offence we cannot assess is not « no offence »: the judge will weigh its penalty.
			severity = 'info';
			message = { messageId: 'uncatalogued', data: { offences: unknown, retention: citation('cpceL341IIbis3'), threshold: citation('cpp6012') } };
		} else if (best === undefined) {
			message = { messageId: 'noOffence', data: { retention: citation('cpceL341IIbis3') } };
		} else if (best === secondBranchOnly) {
			message = { messageId: 'secondBranchOnly', data: { reasoning: { text: best.seriousCrime.reasoning }, threshold: citation('cpp6012'), refused: citation('caParis20231027'), refusedAgain: citation('caParis20240910'), retention: citation('cpceL341IIbis3') } };
		} else if (best.seriousCrime.verdict === 'meets-60-1-2-threshold' || best.seriousCrime.verdict === 'uncertain') {
			// No civil decision on these offences: a judgement call, hence information only.
			severity = 'info';
			message = { messageId: 'toDemonstrate', data: { reasoning: { text: best.seriousCrime.reasoning }, retention: citation('cpceL341IIbis3') } };
		} else if (best.seriousCrime.verdict === 'held-not-serious') {
			message = { messageId: 'heldNotSerious', data: { reasoning: { text: best.seriousCrime.reasoning }, retention: citation('cpceL341IIbis3') } };
		} else {
			message = { messageId: 'belowThreshold', data: { reasoning: { text: best.seriousCrime.reasoning }, threshold: citation('cpp6012'), retention: citation('cpceL341IIbis3') } };
		}
		if (best !== undefined && uncatalogued.length > 0) {
			severity = 'info';
			message = { messageId: 'withUncatalogued', data: { assessment: { message: message.messageId, data: message.data }, offences: unknown } };
		}
		for (const request of requests) {
			yield { span: request.span, ...message, severity, related };
		}
	},
};

export default technicalDataNeedsSeriousOffence;
