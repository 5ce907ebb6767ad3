import type { PleadingModel, ProseBlock } from '../document/model';

/** The prose block holding `offset` (blocks are in document order and do not overlap). */
export function proseBlockAt(model: PleadingModel, offset: number): ProseBlock | undefined {
	const blocks = model.body.prose;
	let low = 0;
	let high = blocks.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const block = blocks[middle];
		if (offset < block.span.start) {
			high = middle - 1;
		} else if (offset >= block.span.end) {
			low = middle + 1;
		} else {
			return block;
		}
	}
	return undefined;
}
