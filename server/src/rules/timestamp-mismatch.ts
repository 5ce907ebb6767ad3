import { formatUtc } from '../evidence/parisTime';
import { formatMessageParisDateTime } from '../queries/dates';
import { t } from '../l10n';
import type { Rule } from './types';
import { proseBlockAt } from '../queries/prose';
import { agreesWith, exactHorodatage, frenchWordingFix, matchingPublication, publicationEvidence, writtenOfProse } from '../queries/publications';

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
	*check({ model, today }) {
		const evidence = publicationEvidence(model, today);
		const describe = (instant: Date): string => t('{0} UTC, soit {1} à Paris', formatUtc(instant), formatMessageParisDateTime(instant));
		for (const publication of evidence) {
			const createdAt = publication.parsedUrl?.createdAt;
			if (createdAt === undefined || publication.written === undefined || publication.horodatageSpan === undefined || agreesWith(publication.written, createdAt)) {
				continue;
			}
			const exact = exactHorodatage(publication)!;
			yield {
				span: publication.horodatageSpan,
				message: t('L’horodatage « {0} » ne correspond pas à l’heure de création tirée de l’identifiant de l’URL : {1} ({2})', publication.horodatage ?? '', describe(createdAt), publication.parsedUrl?.derivation ?? ''),
				fixes: [{ title: t('Écrire l’heure exacte tirée de l’identifiant de la publication : {0}', exact), kind: 'substantive', edits: [{ span: publication.horodatageSpan, newText: exact }] }],
				related: publication.urlSpan === undefined ? undefined : [{ span: publication.urlSpan, message: t('URL de la publication') }],
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
				message: t('L’heure écrite « {0} » ne correspond pas à l’heure de création tirée de l’identifiant de l’URL de la publication : {1}', dateTime.text, describe(createdAt)),
				fixes: [frenchWordingFix(createdAt, dateTime.span)],
			};
		}
	},
};

export default timestampMismatch;
