import type { Rule } from './types';
import { invokedOffences } from '../queries/offences';
import { publicationEvidence } from '../queries/publications';

/**
 * A publication is identified by its own URL: a profile page, a search or an unresolved short link
 * does not designate the content at fault, and the order would not say which data to disclose. When
 * the wrong is the profile itself (an account opened in the victim's name), its page is the content
 * at issue.
 */
const urlInvalid: Rule = {
	id: 'url-invalid',
	description: 'A publication URL of a known platform that is not the address of a publication',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		notAPublication: 'Cette URL n’est pas l’adresse d’une publication ({platform}) : indiquez l’URL du contenu litigieux lui-même, telle que le constat la relève{reason}',
	},
	*check({ model, today, memo }) {
		const profileAtIssue = invokedOffences(model, memo).some((offence) => offence.plaidoirie.recit === 'profil');
		for (const publication of publicationEvidence(model, today)) {
			const parsed = publication.parsedUrl;
			if (parsed === undefined || parsed.shapeValid || publication.urlSpan === undefined || (profileAtIssue && parsed.profile === true)) {
				continue;
			}
			yield {
				span: publication.urlSpan,
				messageId: 'notAPublication',
				data: { platform: parsed.platform, reason: parsed.noTimeReason === undefined ? '' : ` ; ${parsed.noTimeReason}` },
			};
		}
	},
};

export default urlInvalid;
