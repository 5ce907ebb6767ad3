import type { Fix, PleadingModel, Span } from '../document/model';

/** How loudly a rule speaks; `off` in settings disables it. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

// Edits belong to the document model (queries build them too); rules use them through this module.
export type { Fix, FixKind, SpanEdit } from '../document/model';

/** A place related to a finding (e.g. the front-matter entry a body citation refers to). */
export interface RelatedSpan {
	readonly span: Span;
	readonly message: string;
	/** True when `span` is in the act's `dossier.yaml` rather than in the act. */
	readonly inDossier?: boolean;
}

/** What a rule reports: where, what (in the message language), and how to repair it. */
export interface Finding {
	readonly span: Span;
	readonly message: string;
	/** Overrides the rule's severity when the finding is a judgement call (split case law…). */
	readonly severity?: Severity;
	readonly fixes?: readonly Fix[];
	readonly related?: readonly RelatedSpan[];
}

/** Everything a rule may read. Rules are pure: no I/O, no clock other than `today`. */
export interface RuleContext {
	readonly model: PleadingModel;
	/** The day the analysis runs, for deadlines shown "as of today" (never used for legal computations, which use the act's `date`). */
	readonly today: Date;
}

/**
 * One check of the pleading, in its own file named after its id (markdownlint shape).
 */
export interface Rule {
	/** Diagnostic code, a public contract: stable forever, never reused. */
	readonly id: string;
	/** One English line for the README table and the settings schema. */
	readonly description: string;
	readonly defaultSeverity: Severity;
	/** True when some findings carry fixes (checked by the fixture harness). */
	readonly fixable: boolean;
	/** True for the rules that read only the front matter: they still run when the body is too large to analyse. */
	readonly readsFrontMatterOnly?: boolean;
	/** Runs on pleadings of these kinds only. */
	readonly appliesTo?: readonly ('assignation-refere' | 'requete')[];
	check(context: RuleContext): Iterable<Finding>;
}
