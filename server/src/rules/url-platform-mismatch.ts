import { citation, platformForHost } from '../knowledge';
import type { Finding, Rule } from './types';
import { defendantOf } from '../queries/defendant';
import { publicationEvidence } from '../queries/publications';

/**
 * In an act against a host, every publication must be one the host holds: an Instagram URL in an act
 * against Twitter International Unlimited Company asks for data the defendant does not have. The
 * handle in the URL should also be the `compte` the act names. An act against an access provider
 * naturally cites publications of other platforms.
 */
const urlPlatformMismatch: Rule = {
	id: 'url-platform-mismatch',
	description: 'A publication URL that does not belong to the défendeur’s platform, or whose account handle differs from `compte`',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		otherHost: 'Cette publication est hébergée par {host} ({hostDenomination}), pas par le défendeur {defendant} : il ne détient pas ses données ({hosting} ; {decree})',
		otherAccount: 'Le compte de l’URL (@{urlAccount}) diffère du compte indiqué (@{account}) : vérifiez l’URL ou le compte, l’ordonnance visera les données du compte désigné',
		accountGiven: 'Compte indiqué',
	},
	*check({ model, today }): Generator<Finding> {
		const defendant = defendantOf(model);
		if (defendant?.platform?.kind === 'fai') {
			return;
		}
		for (const publication of publicationEvidence(model, today)) {
			if (publication.url === undefined || publication.urlSpan === undefined) {
				continue;
			}
			const host = hostOf(publication.url);
			const owner = host === undefined ? undefined : platformForHost(host);
			if (owner !== undefined && owner.kind === 'hebergeur' && defendant?.denomination !== undefined && owner.denomination.toLowerCase() !== defendant.denomination.toLowerCase()) {
				yield {
					span: publication.urlSpan,
					messageId: 'otherHost',
					data: { host: { text: owner.name }, hostDenomination: owner.denomination, defendant: defendant.denomination, hosting: citation('lcenArt6'), decree: citation('decret20211362') },
				};
				continue;
			}
			const handle = publication.parsedUrl?.handle;
			const compte = publication.compte?.replace(/^@/u, '');
			const compteSpan = model.frontMatter?.locate(['publications', publication.index, 'compte']);
			if (handle !== undefined && compte !== undefined && handle.toLowerCase() !== compte.toLowerCase()) {
				yield {
					span: publication.urlSpan,
					messageId: 'otherAccount',
					data: { urlAccount: handle, account: compte },
					related: compteSpan === undefined ? undefined : [{ span: compteSpan, messageId: 'accountGiven' }],
				};
			}
		}
	},
};

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname;
	} catch {
		return undefined;
	}
}

export default urlPlatformMismatch;
