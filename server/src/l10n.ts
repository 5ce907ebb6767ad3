import englishMessages from '../l10n/messages.en.json';

/**
 * Legal messages are written in French (the language of the courts and of our users) and French
 * strings are the translation keys; English is an opt-in translation chosen by `pretoire.language`,
 * independent of VS Code's display language.
 */
export type MessageLanguage = 'fr' | 'en';

/**
 * The messages of one language, handed to whatever writes for the lawyer (features, services, the
 * command line): two folders with different `pretoire.language` each get theirs, whatever the order
 * their requests run in. There is no current language to set.
 */
export interface Translator {
	readonly language: MessageLanguage;
	/** The French message (the key) in this language, its `{0}`, `{1}`… replaced by `args`. */
	t(message: string, ...args: readonly (string | number)[]): string;
	/** A knowledge-base text (`{ fr, en }`) in this language. */
	localized(text: { readonly fr: string; readonly en: string }): string;
}

const bundles: Readonly<Record<MessageLanguage, Readonly<Record<string, string>>>> = { fr: {}, en: englishMessages };

function format(template: string, args: readonly (string | number)[]): string {
	return args.length === 0 ? template : template.replace(/\{(\d+)\}/gu, (placeholder, index: string) => String(args[Number(index)] ?? placeholder));
}

function makeTranslator(language: MessageLanguage): Translator {
	const bundle = bundles[language];
	return {
		language,
		t: (message, ...args) => format(bundle[message] ?? message, args),
		localized: (text) => text[language],
	};
}

const translators: Readonly<Record<MessageLanguage, Translator>> = { fr: makeTranslator('fr'), en: makeTranslator('en') };

export function translator(language: MessageLanguage): Translator {
	return translators[language];
}
