import knowledge from 'pretoire:knowledge';
import { BlockList, isIPv4 } from 'node:net';
import type { KnowledgeData } from './schema';

/** An address block that never identifies a subscriber on the Internet (`server/knowledge/reserved-addresses.yaml`). */
export type ReservedBlock = KnowledgeData['reserved-addresses']['blocks'][number];

const lists = knowledge['reserved-addresses'].blocks.map((block) => {
	const list = new BlockList();
	list.addSubnet(block.network, block.prefix, block.family);
	return { block, list };
});

/** The reserved block an address falls in, if any. */
export function reservedBlockOf(ip: string): ReservedBlock | undefined {
	const family = isIPv4(ip) ? 'ipv4' : 'ipv6';
	return lists.find(({ block, list }) => block.family === family && list.check(ip, family))?.block;
}
