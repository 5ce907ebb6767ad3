/**
 * The queries' memory for what weighs several times the text: the words of each block, the YAML tree
 * of the front matter. One memo is created per analysis (or per request of a feature), passed to the
 * queries that use it, and let go with the run — kept with the model, its answers would weigh that
 * much again for every pleading the server holds open (code lenses and hovers on fifty acts added
 * 180 MB). The small answers (the offences invoked, the publications) stay with their model, in the
 * queries that compute them.
 */
export class QueryMemo {
	readonly #tables = new Map<string, WeakMap<object, unknown>>();

	/** The answer of `query` about `key`, computed once for the life of this memo. */
	remembered<Key extends object, Value>(query: string, key: Key, compute: () => Value): Value {
		let table = this.#tables.get(query);
		if (table === undefined) {
			table = new WeakMap();
			this.#tables.set(query, table);
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
}
