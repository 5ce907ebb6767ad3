import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleFinding } from '../engine/analyze';
import { docsUrl } from '../engine/docsUrl';
import type { Translator } from '../l10n';
import { rules } from '../rules';
import { version } from '../../../package.json';

/** One finding located in a file, 1-based like every linter's output. */
export interface FileFinding {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly endLine: number;
	readonly endColumn: number;
	readonly severity: RuleFinding['severity'];
	readonly code: string;
	readonly message: string;
}

export function locate(file: string, document: TextDocument, finding: RuleFinding): FileFinding {
	const start = document.positionAt(finding.span.start);
	const end = document.positionAt(finding.span.end);
	return {
		file,
		line: start.line + 1,
		column: start.character + 1,
		endLine: end.line + 1,
		endColumn: end.character + 1,
		severity: finding.severity,
		code: finding.ruleId,
		message: finding.message,
	};
}

export function formatText(findings: readonly FileFinding[]): string {
	return findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code} ${finding.message}`).join('\n');
}

/** What `check --fix` repaired, one line per finding, located where it was before the repair. */
export function formatRepaired(repaired: readonly FileFinding[], { t }: Translator): string {
	return repaired.map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${t('corrigé')} ${finding.code} ${finding.message}`).join('\n');
}

/** A stable JSON array: same keys in the same order for every finding. */
export function formatJson(findings: readonly FileFinding[]): string {
	return JSON.stringify(
		findings.map((finding) => ({
			file: finding.file,
			line: finding.line,
			column: finding.column,
			endLine: finding.endLine,
			endColumn: finding.endColumn,
			severity: finding.severity,
			code: finding.code,
			message: finding.message,
		})),
		null,
		2,
	);
}

const sarifLevels: Readonly<Record<RuleFinding['severity'], string>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for CI dashboards. */
export function formatSarif(findings: readonly FileFinding[]): string {
	const ruleIds = [...new Set([...rules.map((rule) => rule.id), ...findings.map((finding) => finding.code)])];
	return JSON.stringify(
		{
			$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
			version: '2.1.0',
			runs: [
				{
					tool: {
						driver: {
							name: 'prétoire',
							version,
							informationUri: docsUrl('').replace(/\/docs\/rules\/\.md$/u, ''),
							rules: ruleIds.map((id) => ({
								id,
								shortDescription: { text: rules.find((rule) => rule.id === id)?.description ?? id },
								helpUri: docsUrl(id),
							})),
						},
					},
					results: findings.map((finding) => ({
						ruleId: finding.code,
						ruleIndex: ruleIds.indexOf(finding.code),
						level: sarifLevels[finding.severity],
						message: { text: finding.message },
						locations: [
							{
								physicalLocation: {
									// A file URI, percent-encoded (spaces, accents, `#`), as SARIF requires.
									artifactLocation: { uri: pathToFileURL(resolve(finding.file)).href },
									region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
								},
							},
						],
					})),
				},
			],
		},
		null,
		2,
	);
}
