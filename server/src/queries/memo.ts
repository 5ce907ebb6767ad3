/**
 * The queries' memory for what weighs several times the text: the words of each block, the YAML tree
 * of the front matter. They are computed once per analysis (or per request of a feature) and shared by
 * its rules, then let go — kept with the model, they would weigh that much again for every pleading
 * the server holds open (code lenses and hovers on fifty acts added 180 MB). The small answers (the
 * offences invoked, the publications) stay with their model, in the queries that compute them.
 * Outside `withQueryMemory`, every question is computed afresh.
 */
let tables: Map<string, WeakMap<object, unknown>> | undefined;

/** The answer of `query` about `key`, computed once while a `withQueryMemory` run lasts. */
export function remembered<Key extends object, Value>(query: string, key: Key, compute: () => Value): Value {
	if (tables === undefined) {
		return compute();
	}
	let table = tables.get(query);
	if (table === undefined) {
		table = new WeakMap();
		tables.set(query, table);
	}
	const known = table.get(key);
	// Every rule asks for the words of every block: one lookup when the answer is known.
	if (known !== undefined || table.has(key)) {
		return known as Value;
	}
	const value = compute();
	table.set(key, value);
	return value;
}

/** Runs an analysis or a feature with the queries' answers shared for its length, then forgotten. */
export function withQueryMemory<Result>(run: () => Result): Result {
	const outer = tables;
	tables ??= new Map();
	try {
		return run();
	} finally {
		tables = outer;
	}
}
