import * as l10n from '@vscode/l10n';
import englishMessages from '../l10n/messages.en.json';

/**
 * Legal messages are written in French (the language of the courts and of our users) and French
 * strings are the translation keys; English is an opt-in translation chosen by `pretoire.language`,
 * independent of VS Code's display language.
 */
export type MessageLanguage = 'fr' | 'en';

let currentLanguage: MessageLanguage = 'fr';

export function setMessageLanguage(language: MessageLanguage): void {
	if (language === currentLanguage) {
		return;
	}
	currentLanguage = language;
	l10n.config({ contents: language === 'en' ? englishMessages : {} });
}

export function messageLanguage(): MessageLanguage {
	return currentLanguage;
}

export const t = l10n.t;

/** A knowledge-base text (`{ fr, en }`) in the message language. */
export function localized(text: { readonly fr: string; readonly en: string }): string {
	return currentLanguage === 'en' ? text.en : text.fr;
}
