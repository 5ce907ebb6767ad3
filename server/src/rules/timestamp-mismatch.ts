import { formatUtc } from '../evidence/parisTime';
import type { Finding, MessageValue, Rule } from './types';
import { frenchWordingFix } from './util/wordingFix';
import { proseBlockAt } from '../queries/prose';
import { agreesWith, exactHorodatage, matchingPublication, publicationEvidence, writtenOfProse } from '../queries/publications';

/**
 * X, TikTok and Discord encode the creation time in the identifier that is in the URL (see
 * `evidence/publicationUrl.ts` for each scheme and its source). A time written for the publication
 * that disagrees with it, at the precision it was written, is a typo that an access provider would
 * answer with the wrong subscriber (TJ Paris, réf., 31 déc. 2024, RG 24/57566).
 */
const timestampMismatch: Rule = {
	id: 'timestamp-mismatch',
	description: 'A publication time that disagrees with the creation time encoded in its URL',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		horodatageMismatch: 'L’horodatage « {written} » ne correspond pas à l’heure de création tirée de l’identifiant de l’URL : {created} ({derivation})',
		proseMismatch: 'L’heure écrite « {written} » ne correspond pas à l’heure de création tirée de l’identifiant de l’URL de la publication : {created}',
		utcAndParis: '{utc} UTC, soit {paris} à Paris',
		writeExactTime: 'Écrire l’heure exacte tirée de l’identifiant de la publication : {exact}',
		writeWording: 'Écrire « {wording} »',
		publicationUrl: 'URL de la publication',
	},
	*check({ model, today }): Generator<Finding> {
		const evidence = publicationEvidence(model, today);
		const describe = (instant: Date): MessageValue => ({ message: 'utcAndParis', data: { utc: formatUtc(instant), paris: { parisTime: instant } } });
		for (const publication of evidence) {
			const createdAt = publication.parsedUrl?.createdAt;
			if (createdAt === undefined || publication.written === undefined || publication.horodatageSpan === undefined || agreesWith(publication.written, createdAt)) {
				continue;
			}
			const exact = exactHorodatage(publication)!;
			yield {
				span: publication.horodatageSpan,
				messageId: 'horodatageMismatch',
				data: { written: publication.horodatage ?? '', created: describe(createdAt), derivation: publication.parsedUrl?.derivation ?? '' },
				fixes: [{ title: { messageId: 'writeExactTime', data: { exact } }, kind: 'substantive', edits: [{ span: publication.horodatageSpan, newText: exact }] }],
				related: publication.urlSpan === undefined ? undefined : [{ span: publication.urlSpan, messageId: 'publicationUrl' }],
			};
		}
		for (const dateTime of model.body.dateTimes) {
			const written = writtenOfProse(dateTime);
			const block = written === undefined ? undefined : proseBlockAt(model, dateTime.span.start);
			const createdAt = block === undefined ? undefined : matchingPublication(model, block, evidence, dateTime.date)?.parsedUrl?.createdAt;
			if (written === undefined || createdAt === undefined || agreesWith(written, createdAt)) {
				continue;
			}
			yield {
				span: dateTime.span,
				messageId: 'proseMismatch',
				data: { written: dateTime.text, created: describe(createdAt) },
				fixes: [frenchWordingFix(createdAt, dateTime.span)],
			};
		}
	},
};

export default timestampMismatch;
