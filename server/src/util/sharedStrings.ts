/**
 * A structured clone makes a new string for every occurrence of « paragraph », « code pénal »,
 * « 222-17 » or a rule id; the main thread, which keeps the model and diagnostics of every open
 * pleading, shares one copy of each. Bounded: past the limit (a document that writes thousands of
 * distinct article numbers), strings keep their own copies.
 */
const sharedStrings = new Map<string, string>();
const SHARED_STRINGS_LIMIT = 10_000;

export function shared<Value extends string>(value: Value): Value {
	const known = sharedStrings.get(value);
	if (known !== undefined) {
		return known as Value;
	}
	if (sharedStrings.size < SHARED_STRINGS_LIMIT) {
		sharedStrings.set(value, value);
	}
	return value;
}
