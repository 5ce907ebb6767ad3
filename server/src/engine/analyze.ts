import { isInherited, type PleadingModel, type Span } from '../document/model';
import type { Fix } from '../document/model';
import type { MessageLanguage } from '../l10n';
import { QueryMemo } from '../queries/memo';
import { rules as allRules } from '../rules';
import type { Finding, MessageData, RelatedSpan, Rule, Severity } from '../rules/types';
import type { Settings } from '../settings';
import { renderMessage, type MessageCatalog } from './messages';
import { Suppressions } from './suppressions';

/** A finding with the rule that made it, its effective severity, and its message rendered in the language of the analysis. */
export interface RuleFinding {
	readonly ruleId: string;
	readonly severity: Severity;
	readonly span: Span;
	/** The id of the message among the rule's `messages` (quoted by the fixtures, the docs and the CLI report). */
	readonly messageId: string;
	readonly data?: MessageData;
	readonly message: string;
	readonly fixes?: readonly Fix[];
	readonly related?: readonly RelatedSpan[];
}

/** A finding rendered, before the engine names its rule and settles its severity. */
type RenderedFinding = Omit<RuleFinding, 'ruleId' | 'severity'>;

/** The code of the finding that replaces a rule that threw. */
export const RULE_FAILED = 'rule-failed';

/** The engine's own messages: the failure of a rule, the value an act inherits from its dossier. */
export const engineMessages: MessageCatalog = {
	namespace: 'engine',
	messages: {
		ruleFailed: 'La règle {rule} a échoué : {error}',
		inheritedValue: 'Valeur tirée du dossier ({dossier})',
	},
};

export interface AnalysisOptions {
	readonly settings: Pick<Settings, 'rules'>;
	readonly today: Date;
	/** The language of the findings' messages (`pretoire.language`), given by the caller rather than read from a global. */
	readonly language: MessageLanguage;
	/** Receives the failure of a rule, which never stops the others. */
	readonly onRuleError?: (ruleId: string, error: unknown) => void;
	readonly rules?: readonly Rule[];
}

/**
 * Runs every enabled rule on the model, each isolated from the others' failures, and drops the findings
 * the lawyer silenced. The rules share the queries' answers (words, offences, publications) for the length of the analysis.
 */
export function analyze(model: PleadingModel, options: AnalysisOptions): RuleFinding[] {
	const memo = new QueryMemo();
	const findings: RuleFinding[] = [];
	const suppressions = new Suppressions(model.document.getText());
	for (const rule of options.rules ?? allRules) {
		const level = options.settings.rules[rule.id];
		const excluded = rule.appliesTo !== undefined && (model.act === undefined || !rule.appliesTo.includes(model.act));
		// An oversized body was not read: rules about it would report what is merely unread.
		if (level === 'off' || excluded || (model.oversized && rule.readsFrontMatterOnly !== true)) {
			continue;
		}
		const catalog: MessageCatalog = { namespace: rule.id, messages: rule.messages };
		try {
			for (const finding of rule.check({ model, today: options.today, memo })) {
				if (suppressions.silences(rule.id, finding.span)) {
					continue;
				}
				const rendered = render(catalog, finding, options.language);
				// A level set by the lawyer wins; otherwise a judgement call keeps its lowered severity.
				findings.push({ ...withDossier(model, rendered, options.language), ruleId: rule.id, severity: level ?? finding.severity ?? rule.defaultSeverity });
			}
		} catch (error) {
			options.onRuleError?.(rule.id, error);
			const data = { rule: rule.id, error: error instanceof Error ? error.message : String(error) };
			findings.push({
				ruleId: RULE_FAILED,
				severity: 'warning',
				span: { start: 0, end: 0 },
				messageId: 'ruleFailed',
				data,
				message: renderMessage(engineMessages, { messageId: 'ruleFailed', data }, options.language),
			});
		}
	}
	return findings.sort((left, right) => left.span.start - right.span.start || left.span.end - right.span.end);
}

/** A rule's finding with its message, its fixes' titles and its related places' descriptions in `language`. */
function render(catalog: MessageCatalog, finding: Finding, language: MessageLanguage): RenderedFinding {
	return {
		span: finding.span,
		messageId: finding.messageId,
		data: finding.data,
		message: renderMessage(catalog, finding, language),
		fixes: finding.fixes?.map((fix) => ({ title: renderMessage(catalog, fix.title, language), kind: fix.kind, edits: fix.edits })),
		related: finding.related?.map((related) => ({ span: related.span, message: renderMessage(catalog, related, language) })),
	};
}

/**
 * A finding about a value the act inherits points to where `dossier.yaml` writes it; a fix that would
 * edit the act's `dossier:` line is dropped, since the value to repair is in the dossier, not there.
 */
function withDossier(model: PleadingModel, finding: RenderedFinding, language: MessageLanguage): RenderedFinding {
	const dossier = model.dossier;
	if (dossier === undefined) {
		return finding;
	}
	const touchesReference = (span: Span): boolean => span.start <= dossier.reference.end && span.end >= dossier.reference.start;
	const fixes = finding.fixes?.filter((fix) => !fix.edits.some((edit) => touchesReference(edit.span)));
	const related = isInherited(finding.span) && dossier.document !== undefined
		? [...(finding.related ?? []), { span: finding.span.origin, message: renderMessage(engineMessages, { messageId: 'inheritedValue', data: { dossier: model.frontMatter?.data.dossier ?? '' } }, language), inDossier: true }]
		: finding.related;
	return { ...finding, fixes: fixes !== undefined && fixes.length > 0 ? fixes : undefined, related };
}
