import { frontMatterMessages } from '../document/frontMatterMessages';
import type { Rule } from './types';

/**
 * Reports what the front-matter reader found: YAML syntax errors, missing or mistyped keys, impossible
 * dates. Unknown keys are only information: they are usually typos, but a lawyer may keep notes there.
 */
const frontMatterInvalid: Rule = {
	id: 'front-matter-invalid',
	description: 'Front matter that is not valid YAML or breaks the pleading contract (missing key, wrong type, invalid date, unknown key)',
	defaultSeverity: 'error',
	fixable: false,
	readsFrontMatterOnly: true,
	messages: frontMatterMessages,
	*check({ model }) {
		for (const issue of model.frontMatter?.issues ?? []) {
			yield { span: issue.span, messageId: issue.messageId, data: issue.data, severity: issue.kind === 'unknown-key' ? 'info' : undefined };
		}
	},
};

export default frontMatterInvalid;
