import { isInherited, type PleadingModel, type Span } from '../document/model';
import { t } from '../l10n';
import { withQueryMemory } from '../queries/memo';
import { rules as allRules } from '../rules';
import type { Finding, Rule, Severity } from '../rules/types';
import type { Settings } from '../settings';
import { Suppressions } from './suppressions';

/** A finding with the rule that made it and its effective severity. */
export interface RuleFinding extends Finding {
	readonly ruleId: string;
	readonly severity: Severity;
}

/** The code of the finding that replaces a rule that threw. */
export const RULE_FAILED = 'rule-failed';

export interface AnalysisOptions {
	readonly settings: Pick<Settings, 'rules'>;
	readonly today: Date;
	/** Receives the failure of a rule, which never stops the others. */
	readonly onRuleError?: (ruleId: string, error: unknown) => void;
	readonly rules?: readonly Rule[];
}

/**
 * Runs every enabled rule on the model, each isolated from the others' failures, and drops the findings
 * the lawyer silenced. The rules share the queries' answers (words, offences, publications) for the length of the analysis.
 */
export function analyze(model: PleadingModel, options: AnalysisOptions): RuleFinding[] {
	return withQueryMemory(() => runRules(model, options));
}

function runRules(model: PleadingModel, options: AnalysisOptions): RuleFinding[] {
	const findings: RuleFinding[] = [];
	const suppressions = new Suppressions(model.document.getText());
	for (const rule of options.rules ?? allRules) {
		const level = options.settings.rules[rule.id];
		const excluded = rule.appliesTo !== undefined && (model.act === undefined || !rule.appliesTo.includes(model.act));
		// An oversized body was not read: rules about it would report what is merely unread.
		if (level === 'off' || excluded || (model.oversized && rule.readsFrontMatterOnly !== true)) {
			continue;
		}
		try {
			for (const finding of rule.check({ model, today: options.today })) {
				if (suppressions.silences(rule.id, finding.span)) {
					continue;
				}
				// A level set by the lawyer wins; otherwise a judgement call keeps its lowered severity.
				findings.push({ ...withDossier(model, finding), ruleId: rule.id, severity: level ?? finding.severity ?? rule.defaultSeverity });
			}
		} catch (error) {
			options.onRuleError?.(rule.id, error);
			findings.push({
				ruleId: RULE_FAILED,
				severity: 'warning',
				span: { start: 0, end: 0 },
				message: t('La règle {0} a échoué : {1}', rule.id, error instanceof Error ? error.message : String(error)),
			});
		}
	}
	return findings.sort((left, right) => left.span.start - right.span.start || left.span.end - right.span.end);
}

/**
 * A finding about a value the act inherits points to where `dossier.yaml` writes it; a fix that would
 * edit the act's `dossier:` line is dropped, since the value to repair is in the dossier, not there.
 */
function withDossier(model: PleadingModel, finding: Finding): Finding {
	const dossier = model.dossier;
	if (dossier === undefined) {
		return finding;
	}
	const touchesReference = (span: Span): boolean => span.start <= dossier.reference.end && span.end >= dossier.reference.start;
	const fixes = finding.fixes?.filter((fix) => !fix.edits.some((edit) => touchesReference(edit.span)));
	const related = isInherited(finding.span) && dossier.document !== undefined
		? [...(finding.related ?? []), { span: finding.span.origin, message: t('Valeur tirée du dossier ({0})', model.frontMatter?.data.dossier ?? ''), inDossier: true }]
		: finding.related;
	return { ...finding, fixes: fixes !== undefined && fixes.length > 0 ? fixes : undefined, related };
}
