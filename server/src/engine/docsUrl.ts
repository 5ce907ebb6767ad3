import { homepage, version } from '../../../package.json';

/**
 * Every code links to its French documentation page; derived here so no rule hard-codes a URL. The link
 * is pinned to the released version's tag, so that the page describes the rule as this build runs it.
 */
export function docsUrl(ruleId: string): string {
	let url = urls.get(ruleId);
	if (url === undefined) {
		url = `${homepage}/blob/v${version}/docs/rules/${ruleId}.md`;
		urls.set(ruleId, url);
	}
	return url;
}

/** One string per rule, not one per diagnostic: the server keeps the diagnostics of every open pleading. */
const urls = new Map<string, string>();
