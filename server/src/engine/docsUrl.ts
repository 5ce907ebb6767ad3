import { homepage, version } from '../../../package.json';

/**
 * Every code links to its French documentation page; derived here so no rule hard-codes a URL. The link
 * is pinned to the released version's tag, so that the page describes the rule as this build runs it.
 */
export function docsUrl(ruleId: string): string {
	return `${homepage}/blob/v${version}/docs/rules/${ruleId}.md`;
}
