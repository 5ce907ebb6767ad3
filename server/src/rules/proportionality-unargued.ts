import { citation } from '../knowledge';
import type { Rule } from './types';
import { PhraseMatcher } from '../language/phraseMatcher';
import { read } from '../queries/read';

/** From this many accounts, a measure reads as a sweep and its proportionality must be argued. */
const MANY_ACCOUNTS = 20;
const PROPORTIONALITY = /proportionn/u;

/**
 * Proportionality argued in substance, without the word: the measure is limited to the targeted
 * accounts, to identification data only, to what is necessary (Cass. 2e civ., 24 mars 2022: a limited
 * measure, the names of the account holders only). A denial does not count.
 */
const PROPORTIONALITY_IN_SUBSTANCE = new PhraseMatcher<true>([[true, [
	'strictement nécessaire',
	'strictement nécessaires',
	'limitée à ce qui est nécessaire',
	'limitée au strict nécessaire',
	'nécessaire et adaptée',
	'nécessaires et adaptées',
	'limitée aux seules données',
	'limitée aux seules données d’identification',
	'aux seules données d’identification',
	'seules données d’identification',
	'limitée aux comptes',
	'limitée aux seuls comptes',
	'aux seuls comptes',
	'à l’exclusion de tout contenu',
	'à l’exclusion du contenu',
	'ne porte pas atteinte excessive',
	'atteinte limitée à la vie privée',
	'mesure ciblée',
	'mesure circonscrite',
	'circonscrite aux',
]]]);

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
	messages: {
		unargued: 'La mesure vise {accounts} comptes sans que sa proportionnalité soit discutée : exposez pourquoi elle est limitée à ce qui est nécessaire et proportionnée au respect de la vie privée des titulaires ({source})',
	},
	*check({ model, memo }) {
		const frontMatter = model.frontMatter;
		const accounts = new Set((frontMatter?.data.publications ?? []).map((publication) => publication?.compte?.toLowerCase()).filter((compte) => compte !== undefined));
		const argued = model.body.prose.some((block) => PROPORTIONALITY.test(block.folded) || [...PROPORTIONALITY_IN_SUBSTANCE.matches(read(block, memo))].some((match) => !match.negated));
		if (accounts.size < MANY_ACCOUNTS || argued) {
			return;
		}
		yield {
			span: frontMatter?.locate(['publications'], 'key') ?? { start: 0, end: 3 },
			messageId: 'unargued',
			data: { accounts: accounts.size, source: citation('civ2e20220324') },
		};
	},
};

export default proportionalityUnargued;
