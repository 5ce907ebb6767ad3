import type { Message } from '../document/message';
import type { FixKind, PleadingModel, Span, SpanEdit } from '../document/model';

// Messages belong to the document model (its front-matter issues are messages too); rules use them through this module.
export type { Message, MessageData, MessageValue } from '../document/message';
import type { QueryMemo } from '../queries/memo';

/** How loudly a rule speaks; `off` in settings disables it. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

// Edits belong to the document model (queries build them too); rules use them through this module.
export type { Fix, FixKind, SpanEdit } from '../document/model';

/** A fix as a rule offers it: its title is a message of the rule; the text it inserts is French, for the court. */
export interface RuleFix {
	readonly title: Message;
	readonly kind: FixKind;
	readonly edits: readonly SpanEdit[];
}

/** A place related to a finding (e.g. the front-matter entry a body citation refers to). */
export interface RelatedSpan {
	readonly span: Span;
	readonly message: string;
	/** True when `span` is in the act's `dossier.yaml` rather than in the act. */
	readonly inDossier?: boolean;
}

/** A related place as a rule reports it, described by one of its messages. */
export interface RuleRelatedSpan extends Message {
	readonly span: Span;
}

/** What a rule reports: where, what (one of its messages), and how to repair it. */
export interface Finding extends Message {
	readonly span: Span;
	/** Overrides the rule's severity when the finding is a judgement call (split case law…). */
	readonly severity?: Severity;
	readonly fixes?: readonly RuleFix[];
	readonly related?: readonly RuleRelatedSpan[];
}

/** Everything a rule may read. Rules are pure: no I/O, no clock other than `today`. */
export interface RuleContext {
	readonly model: PleadingModel;
	/** The day the analysis runs, for deadlines shown "as of today" (never used for legal computations, which use the act's `date`). */
	readonly today: Date;
	/** The queries' answers shared by the rules of this analysis (the words of each block…), dropped with it. */
	readonly memo: QueryMemo;
}

/**
 * One check of the pleading, in its own file named after its id (markdownlint shape).
 */
export interface Rule {
	/** Diagnostic code, a public contract: stable forever, never reused. */
	readonly id: string;
	/** One English line for the README table and the settings schema. */
	readonly description: string;
	/**
	 * The rule's messages by id, in French with named placeholders (`{missing}`), as ESLint's
	 * `meta.messages`; their English is `server/l10n/messages.en.json`'s `<rule id>/<message id>`.
	 */
	readonly messages: Readonly<Record<string, string>>;
	readonly defaultSeverity: Severity;
	/** True when some findings carry fixes (checked by the fixture harness). */
	readonly fixable: boolean;
	/** True for the rules that read only the front matter: they still run when the body is too large to analyse. */
	readonly readsFrontMatterOnly?: boolean;
	/** Runs on pleadings of these kinds only. */
	readonly appliesTo?: readonly ('assignation-refere' | 'requete')[];
	check(context: RuleContext): Iterable<Finding>;
}
