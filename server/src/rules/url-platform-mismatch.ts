import { citation, platformForHost } from '../knowledge';
import { localized, t } from '../l10n';
import type { Rule } from './types';
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
	*check({ model, today }) {
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
					message: t('Cette publication est hébergée par {0} ({1}), pas par le défendeur {2} : il ne détient pas ses données ({3} ; {4})', localized(owner.name), owner.denomination, defendant.denomination, citation('lcenArt6'), citation('decret20211362')),
				};
				continue;
			}
			const handle = publication.parsedUrl?.handle;
			const compte = publication.compte?.replace(/^@/u, '');
			const compteSpan = model.frontMatter?.locate(['publications', publication.index, 'compte']);
			if (handle !== undefined && compte !== undefined && handle.toLowerCase() !== compte.toLowerCase()) {
				yield {
					span: publication.urlSpan,
					message: t('Le compte de l’URL (@{0}) diffère du compte indiqué (@{1}) : vérifiez l’URL ou le compte, l’ordonnance visera les données du compte désigné', handle, compte),
					related: compteSpan === undefined ? undefined : [{ span: compteSpan, message: t('Compte indiqué') }],
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
