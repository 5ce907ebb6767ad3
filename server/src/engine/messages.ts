import englishMessages from '../../l10n/messages.en.json';
import type { MessageLanguage } from '../l10n';
import { formatMessageDate, formatMessageParisDateTime, formatMessagePeriod } from '../queries/dates';
import { frontMatterMessages } from '../document/frontMatterMessages';
import type { FrontMatterIssue } from '../document/model';
import type { Message, MessageValue } from '../rules/types';

const english: Readonly<Record<string, string | undefined>> = englishMessages;

/** A rule's (or the engine's) messages: `<namespace>/<message id>` is the key of their English. */
export interface MessageCatalog {
	readonly namespace: string;
	readonly messages: Readonly<Record<string, string>>;
}

/** The front-matter reader's messages, which the `front-matter-invalid` rule reports. */
export const frontMatterCatalog: MessageCatalog = { namespace: 'front-matter-invalid', messages: frontMatterMessages };

/** A front-matter issue's message, for what shows issues outside an analysis (a `dossier.yaml`'s diagnostics, the CLI). */
export function frontMatterIssueMessage(issue: FrontMatterIssue, language: MessageLanguage): string {
	return renderMessage(frontMatterCatalog, issue, language);
}

/** Named placeholders of a message: `{missing}`. */
const PLACEHOLDER = /\{(\w+)\}/gu;

/**
 * A message in the language of the analysis: the catalog's French, or its English entry. A message id
 * the catalog does not declare is a programming error of the rule, which the engine reports as its failure.
 */
export function renderMessage(catalog: MessageCatalog, message: Message, language: MessageLanguage): string {
	const french = catalog.messages[message.messageId];
	if (french === undefined) {
		throw new Error(`${catalog.namespace} has no message ${message.messageId}`);
	}
	const template = language === 'en' ? english[`${catalog.namespace}/${message.messageId}`] ?? french : french;
	return template.replace(PLACEHOLDER, (placeholder, name: string) => {
		const value = message.data?.[name];
		return value === undefined ? placeholder : renderValue(catalog, value, language);
	});
}

function renderValue(catalog: MessageCatalog, value: MessageValue, language: MessageLanguage): string {
	if (typeof value === 'string') {
		return value;
	}
	if (typeof value === 'number') {
		return String(value);
	}
	if ('message' in value) {
		return renderMessage(catalog, { messageId: value.message, data: value.data }, language);
	}
	if ('text' in value) {
		return value.text[language];
	}
	if ('date' in value) {
		return formatMessageDate(value.date, language);
	}
	if ('parisTime' in value) {
		return formatMessageParisDateTime(value.parisTime, language);
	}
	if ('sentence' in value) {
		return language === 'en' ? english[value.sentence] ?? value.sentence : value.sentence;
	}
	if ('period' in value) {
		return formatMessagePeriod(value.period, language);
	}
	return value.list.map((item) => renderValue(catalog, item, language)).join(renderValue(catalog, value.separator, language));
}
