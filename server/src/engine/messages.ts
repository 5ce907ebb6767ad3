import englishMessages from '../../l10n/messages.en.json';
import type { MessageLanguage } from '../l10n';
import { formatMessageDate, formatMessageParisDateTime, formatMessagePeriod } from '../queries/dates';
import type { Message, MessageValue } from '../rules/types';

const english: Readonly<Record<string, string | undefined>> = englishMessages;

/** A rule's (or the engine's) messages: `<namespace>/<message id>` is the key of their English. */
export interface MessageCatalog {
	readonly namespace: string;
	readonly messages: Readonly<Record<string, string>>;
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
	if ('period' in value) {
		return formatMessagePeriod(value.period, language);
	}
	return value.list.map((item) => renderValue(catalog, item, language)).join(renderValue(catalog, value.separator, language));
}
