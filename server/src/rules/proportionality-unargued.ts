import { citation } from '../knowledge';
import { t } from '../l10n';
import type { Rule } from './types';

/** From this many accounts, a measure reads as a sweep and its proportionality must be argued. */
const MANY_ACCOUNTS = 20;
const PROPORTIONALITY = /proportionn/u;

/**
 * A measure aimed at many accounts (some 600 retweeting accounts in the case) was upheld because the
 * judges checked that it was limited and proportionate to the users' privacy (Cass. 2e civ.,
 * 24 mars 2022, n° 21-12.631). A pleading that targets many accounts without arguing proportionality
 * invites the platform to attack the measure as general.
 */
const proportionalityUnargued: Rule = {
	id: 'proportionality-unargued',
	description: `A measure aimed at many accounts without any argument on its proportionality (${citation('civ2e20220324')})`,
	defaultSeverity: 'warning',
	fixable: false,
	*check({ model }) {
		const frontMatter = model.frontMatter;
		const accounts = new Set((frontMatter?.data.publications ?? []).map((publication) => publication?.compte?.toLowerCase()).filter((compte) => compte !== undefined));
		if (accounts.size < MANY_ACCOUNTS || model.body.prose.some((block) => PROPORTIONALITY.test(block.folded))) {
			return;
		}
		yield {
			span: frontMatter?.locate(['publications'], 'key') ?? { start: 0, end: 3 },
			message: t('La mesure vise {0} comptes sans que sa proportionnalité soit discutée : exposez pourquoi elle est limitée à ce qui est nécessaire et proportionnée au respect de la vie privée des titulaires ({1})', accounts.size, citation('civ2e20220324')),
		};
	},
};

export default proportionalityUnargued;
