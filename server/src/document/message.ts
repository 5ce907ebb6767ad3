import type { LocalizedText } from '../knowledge/sources';

/**
 * A value of a message's placeholder, in no language: the engine renders it in the language of the
 * analysis. Text that reads the same in both languages (a citation, an IP address, an excerpt of the
 * act) is a plain string.
 */
export type MessageValue =
	| string
	| number
	/** Another message of the same rule, e.g. « les secondes » inside « il manque {missing} ». */
	| { readonly message: string; readonly data?: MessageData }
	/** A knowledge-base text written in both languages. */
	| { readonly text: LocalizedText }
	/** A calendar date (`1er mars 2025`, `1 March 2025`). */
	| { readonly date: { readonly year: number; readonly month: number; readonly day: number } }
	/** An instant as a date and time in Paris. */
	| { readonly parisTime: Date }
	/** A legal period in months (`trois mois`, `un an`). */
	| { readonly period: number }
	/** A French sentence whose English is the bundle's entry under that very sentence (the front-matter schema's descriptions). */
	| { readonly sentence: string }
	/** Values written one after the other, e.g. a list of qualifications (the separator may be a message, `; ` in English). */
	| { readonly list: readonly MessageValue[]; readonly separator: MessageValue };

/** The named values of a message's placeholders (`{missing}` ← `data.missing`). */
export type MessageData = Readonly<Record<string, MessageValue>>;

/** One of the messages a rule declares (`Rule.messages`), with its placeholders' values. */
export interface Message {
	readonly messageId: string;
	readonly data?: MessageData;
}
