import { BlockList, isIPv4 } from 'node:net';

/**
 * Address blocks that never identify a subscriber on the Internet, with the IANA registry entry
 * (RFC) that reserves each. `documentation` blocks are the ones examples are written with: a real
 * host's answer never contains them.
 */
export interface ReservedBlock {
	readonly network: string;
	readonly prefix: number;
	readonly family: 'ipv4' | 'ipv6';
	/** Description for the message, in French and in English (`pretoire.language`). */
	readonly label: string;
	readonly labelEn: string;
	readonly source: string;
	readonly documentation?: boolean;
}

export const reservedBlocks: readonly ReservedBlock[] = [
	{ network: '0.0.0.0', prefix: 8, family: 'ipv4', label: 'réseau « ce réseau »', labelEn: '“this network” block', source: 'RFC 1122' },
	{ network: '10.0.0.0', prefix: 8, family: 'ipv4', label: 'adresse privée', labelEn: 'private address', source: 'RFC 1918' },
	{ network: '100.64.0.0', prefix: 10, family: 'ipv4', label: 'adresse partagée d’un opérateur (CGNAT)', labelEn: 'carrier-grade NAT shared address', source: 'RFC 6598' },
	{ network: '127.0.0.0', prefix: 8, family: 'ipv4', label: 'adresse de bouclage (la machine elle-même)', labelEn: 'loopback address (the machine itself)', source: 'RFC 1122' },
	{ network: '169.254.0.0', prefix: 16, family: 'ipv4', label: 'adresse lien-local', labelEn: 'link-local address', source: 'RFC 3927' },
	{ network: '172.16.0.0', prefix: 12, family: 'ipv4', label: 'adresse privée', labelEn: 'private address', source: 'RFC 1918' },
	{ network: '192.0.0.0', prefix: 24, family: 'ipv4', label: 'bloc réservé aux protocoles de l’IETF', labelEn: 'block reserved for IETF protocols', source: 'RFC 6890' },
	{ network: '192.0.2.0', prefix: 24, family: 'ipv4', label: 'adresse réservée à la documentation', labelEn: 'address reserved for documentation', source: 'RFC 5737', documentation: true },
	{ network: '192.168.0.0', prefix: 16, family: 'ipv4', label: 'adresse privée', labelEn: 'private address', source: 'RFC 1918' },
	{ network: '198.18.0.0', prefix: 15, family: 'ipv4', label: 'adresse réservée aux tests de performance', labelEn: 'address reserved for benchmarking', source: 'RFC 2544' },
	{ network: '198.51.100.0', prefix: 24, family: 'ipv4', label: 'adresse réservée à la documentation', labelEn: 'address reserved for documentation', source: 'RFC 5737', documentation: true },
	{ network: '203.0.113.0', prefix: 24, family: 'ipv4', label: 'adresse réservée à la documentation', labelEn: 'address reserved for documentation', source: 'RFC 5737', documentation: true },
	{ network: '224.0.0.0', prefix: 4, family: 'ipv4', label: 'adresse de multidiffusion', labelEn: 'multicast address', source: 'RFC 5771' },
	{ network: '240.0.0.0', prefix: 4, family: 'ipv4', label: 'bloc réservé', labelEn: 'reserved block', source: 'RFC 1112' },
	{ network: '::', prefix: 127, family: 'ipv6', label: 'adresse non spécifiée ou de bouclage', labelEn: 'unspecified or loopback address', source: 'RFC 4291' },
	{ network: '::ffff:0:0', prefix: 96, family: 'ipv6', label: 'adresse IPv4 transposée en IPv6 (à vérifier sous sa forme IPv4)', labelEn: 'IPv4-mapped IPv6 address (check its IPv4 form)', source: 'RFC 4291' },
	{ network: '2001:db8::', prefix: 32, family: 'ipv6', label: 'adresse réservée à la documentation', labelEn: 'address reserved for documentation', source: 'RFC 3849', documentation: true },
	{ network: 'fc00::', prefix: 7, family: 'ipv6', label: 'adresse locale unique (privée)', labelEn: 'unique local (private) address', source: 'RFC 4193' },
	{ network: 'fe80::', prefix: 10, family: 'ipv6', label: 'adresse lien-local', labelEn: 'link-local address', source: 'RFC 4291' },
	{ network: 'ff00::', prefix: 8, family: 'ipv6', label: 'adresse de multidiffusion', labelEn: 'multicast address', source: 'RFC 4291' },
];

const lists = reservedBlocks.map((block) => {
	const list = new BlockList();
	list.addSubnet(block.network, block.prefix, block.family);
	return { block, list };
});

/** The reserved block an address falls in, if any. */
export function reservedBlockOf(ip: string): ReservedBlock | undefined {
	const family = isIPv4(ip) ? 'ipv4' : 'ipv6';
	return lists.find(({ block, list }) => block.family === family && list.check(ip, family))?.block;
}
