import knowledge from 'pretoire:knowledge';
import { type Resolved, resolveSource } from './sources';
import type { KnowledgeData } from './schema';

/**
 * A defendant: the entity to name in the assignation or requête (CPC 648 4°, 57: dénomination and
 * siège social) for a service, as found in law.md §8. Addresses are never guessed: `siege` is absent
 * when law.md has none, and flagged when law.md marks it UNCONFIRMED.
 */
export type Platform = Resolved<KnowledgeData['platforms']['platforms'][number]>;

/** Defendants of law.md §8 (`server/knowledge/platforms.yaml`); services whose entity law.md leaves unknown (Reddit, WhatsApp) are omitted. */
export const platforms: readonly Platform[] = knowledge.platforms.platforms.map((platform) => ({ ...platform, sources: platform.sources.map(resolveSource) }));

const byKey = new Map(platforms.map((platform) => [platform.key, platform]));

/** The platform with this key, if any. */
export function platformByKey(key: string): Platform | undefined {
	return byKey.get(key);
}

/**
 * The platform serving a host name (e.g. `mobile.twitter.com`, `www.instagram.com.`), by the longest
 * matching domain so that `mobile.free.fr` resolves to Free Mobile rather than Free.
 */
export function platformForHost(hostname: string): Platform | undefined {
	const host = hostname.trim().toLowerCase().replace(/\.$/, '');
	let best: { platform: Platform; length: number } | undefined;
	for (const platform of platforms) {
		for (const domain of platform.domains) {
			if ((host === domain || host.endsWith(`.${domain}`)) && (best === undefined || domain.length > best.length)) {
				best = { platform, length: domain.length };
			}
		}
	}
	return best?.platform;
}
