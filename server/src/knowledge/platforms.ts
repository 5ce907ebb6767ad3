import type { RetentionHolder } from './dataCategories';
import knowledge from 'pretoire:knowledge';
import { type LegalSource, resolveSource } from './sources';

/**
 * A defendant: the entity to name in the assignation or requête (CPC 648 4°, 57: dénomination and
 * siège social) for a service, as found in law.md §8. Addresses are never guessed: `siege` is absent
 * when law.md has none, and flagged when law.md marks it UNCONFIRMED.
 */
export interface Platform {
	/** Stable lowercase key (e.g. `x`, `google`, `free-mobile`). */
	readonly key: string;
	/** Commercial name of the service. */
	readonly name: string;
	/** Step 1 defendant (host) or step 2 defendant (access provider). */
	readonly kind: 'hebergeur' | 'fai';
	/** Retention regimes courts applied to it (a messaging service may be treated as an operator). */
	readonly retentionRegimes: readonly RetentionHolder[];
	/** Legal name of the entity to sue. */
	readonly denomination: string;
	/** Legal form, in French, when law.md gives it. */
	readonly forme?: string;
	/** Registered office, when law.md gives one. */
	readonly siege?: string;
	/** Registration number, when law.md gives one. */
	readonly registration?: string;
	readonly confirmed: { readonly denomination: boolean; readonly siege: boolean };
	/** French remark for hovers (renaming, EU entity, co-defendants). */
	readonly note?: string;
	/** Host names whose URLs point to this service; subdomains match too. */
	readonly domains: readonly string[];
	readonly sources: readonly LegalSource[];
}

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
