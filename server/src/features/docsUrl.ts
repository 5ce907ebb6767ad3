import { homepage } from '../../../package.json';

/** Every code links to its French documentation page; derived here so no rule hard-codes a URL. */
export function docsUrl(ruleId: string): string {
	return `${homepage}/blob/main/docs/rules/${ruleId}.md`;
}
