/**
 * Growth of a computation's cost between two input sizes, measured so that a busy machine cannot
 * change the verdict: CPU time of this process (time spent waiting for a core is not counted), each
 * size repeated until it has run long enough for the clock's grain not to matter, sizes interleaved
 * and the cheapest round kept (a garbage collection or a cache flush only ever adds).
 */
export function growth(work: (size: number) => void, small: number, large: number, { rounds = 3, minimumMicros = 20_000 } = {}): { ratio: number; small: number; large: number } {
	let bestSmall = Infinity;
	let bestLarge = Infinity;
	for (let round = 0; round < rounds; round++) {
		bestSmall = Math.min(bestSmall, cpuMicrosPerCall(() => work(small), minimumMicros));
		bestLarge = Math.min(bestLarge, cpuMicrosPerCall(() => work(large), minimumMicros));
	}
	return { ratio: bestLarge / bestSmall, small: bestSmall / 1000, large: bestLarge / 1000 };
}

/** Sizes ten times apart: linear work grows about 10×, quadratic 100×; this bound sits far from both. */
export const LINEAR_GROWTH_BOUND = 35;

function cpuMicrosPerCall(call: () => void, minimumMicros: number): number {
	const start = process.cpuUsage();
	let calls = 0;
	let spent = 0;
	do {
		call();
		calls++;
		const used = process.cpuUsage(start);
		spent = used.user + used.system;
	} while (spent < minimumMicros);
	return spent / calls;
}
