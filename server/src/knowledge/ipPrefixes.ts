import { isIPv4, isIPv6 } from 'node:net';
import knowledge from 'pretoire:knowledge';
import { platformByKey, type Platform } from './platforms';
import { resolveSource, type LegalSource } from './sources';

/**
 * Which French access provider announces an address, from the dated table of the prefixes their
 * autonomous systems announce (`server/knowledge/ip-prefixes.yaml`, law.md A.15). Routing data, not
 * a register of subscribers: every attribution holds for the snapshot's date only.
 */
export interface ProviderAttribution {
	readonly provider: Platform;
	readonly as: number;
	/** The AS name in the routing registry (PROXAD for Free). */
	readonly asName?: string;
	/** The most specific prefix holding the address, as the table writes it (`86.192.0.0/11`). */
	readonly prefix: string;
	/** `YYYY-MM-DD`: the day the table was read. */
	readonly snapshotDate: string;
}

/** The day the table was read and where from. */
export const ipPrefixSnapshot: { readonly date: string; readonly source: LegalSource } = {
	date: knowledge['ip-prefixes'].snapshot.date,
	source: resolveSource(knowledge['ip-prefixes'].snapshot.source),
};

type Family = 4 | 6;

interface Announcement {
	readonly platform: string;
	readonly as: number;
	readonly asName?: string;
	readonly prefix: string;
}

/** The address as an unsigned integer of 32 or 128 bits; an IPv4-mapped IPv6 address is read as its IPv4 form. */
export function addressBits(ip: string): { readonly family: Family; readonly bits: bigint } | undefined {
	const address = ip.trim();
	if (isIPv4(address)) {
		return { family: 4, bits: address.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(Number(octet)), 0n) };
	}
	if (!isIPv6(address) || address.includes('%')) {
		return undefined;
	}
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address);
	if (mapped !== null) {
		return addressBits(mapped[1]);
	}
	// A trailing dotted quad stands for the last two groups.
	const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/u.exec(address);
	const hex = dotted === null ? address : `${address.slice(0, dotted.index)}${((Number(dotted[1]) << 8) | Number(dotted[2])).toString(16)}:${((Number(dotted[3]) << 8) | Number(dotted[4])).toString(16)}`;
	const [head, tail] = hex.includes('::') ? hex.split('::') : [hex, undefined];
	const groups = (part: string | undefined): string[] => (part === undefined || part === '' ? [] : part.split(':'));
	const left = groups(head);
	const right = groups(tail);
	const all = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
	return { family: 6, bits: all.reduce((sum, group) => (sum << 16n) | BigInt(parseInt(group, 16)), 0n) };
}

const WIDTH: Record<Family, number> = { 4: 32, 6: 128 };

/** Per family, per prefix length, the announcements keyed by their network: a longest-prefix match is one lookup per length. */
const table: Record<Family, Map<number, Map<bigint, Announcement>>> = { 4: new Map(), 6: new Map() };
for (const provider of knowledge['ip-prefixes'].providers) {
	for (const [family, prefixes] of [[4, provider.ipv4], [6, provider.ipv6]] as const) {
		for (const prefix of prefixes) {
			const [network, length] = prefix.split('/');
			const bits = addressBits(network);
			if (bits === undefined) {
				continue;
			}
			const byNetwork = table[family].get(Number(length)) ?? new Map<bigint, Announcement>();
			byNetwork.set(bits.bits, { platform: provider.platform, as: provider.as, asName: provider.asName, prefix });
			table[family].set(Number(length), byNetwork);
		}
	}
}
const lengths: Record<Family, number[]> = { 4: [...table[4].keys()].sort((a, b) => b - a), 6: [...table[6].keys()].sort((a, b) => b - a) };

/** The provider announcing the most specific prefix that holds `ip`, or undefined when no provider of the table does. */
export function providerOfAddress(ip: string): ProviderAttribution | undefined {
	const address = addressBits(ip);
	if (address === undefined) {
		return undefined;
	}
	const width = WIDTH[address.family];
	for (const length of lengths[address.family]) {
		const network = length === 0 ? 0n : (address.bits >> BigInt(width - length)) << BigInt(width - length);
		const found = table[address.family].get(length)?.get(network);
		const provider = found === undefined ? undefined : platformByKey(found.platform);
		if (found !== undefined && provider !== undefined) {
			return { provider, as: found.as, asName: found.asName, prefix: found.prefix, snapshotDate: ipPrefixSnapshot.date };
		}
	}
	return undefined;
}

/**
 * The key of the access provider a connection is against: the one `dossier.yaml` names
 * (`fournisseur`, the lawyer's word, e.g. after the operator answered for an old connection), else
 * the one the table attributes the address to.
 */
export function providerKeyOfConnexion(ip: string, declared: string | undefined): string | undefined {
	return declared ?? providerOfAddress(ip)?.provider.key;
}
