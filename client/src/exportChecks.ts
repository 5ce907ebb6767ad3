import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportGateRequest } from '../../server/src/protocol';

/** The active pleading if it may be exported (a Markdown file in a trusted workspace); else says why. */
export function exportablePleading(): vscode.TextDocument | undefined {
	const document = vscode.window.activeTextEditor?.document;
	if (document === undefined || document.languageId !== 'markdown') {
		void vscode.window.showWarningMessage(vscode.l10n.t('Open a pleading (Markdown) to export it.'));
		return undefined;
	}
	if (!vscode.workspace.isTrusted) {
		void vscode.window.showWarningMessage(vscode.l10n.t('Exporting writes a file: trust this workspace first.'));
		return undefined;
	}
	return document;
}

/**
 * Whether to go on with an export: the server's gate (the command line's) counts the errors and the
 * blanks of the current analysis. Errors are asked about unless `pretoire.export.askWhenErrors` is
 * off; blanks (« À compléter », […]) would be printed as is, so they are always asked about. Undefined
 * when the lawyer declines; else whether the export goes on despite blanks (then marked « PROJET »).
 */
export async function confirmExport(client: LanguageClient, document: vscode.TextDocument, configuration: vscode.WorkspaceConfiguration): Promise<{ readonly draft: boolean } | undefined> {
	const gate = await client.sendRequest<ExportGateRequest.Result>(ExportGateRequest.method, { uri: document.uri.toString() } satisfies ExportGateRequest.Params);
	const exportAnyway = vscode.l10n.t('Export anyway');
	if (gate.errors > 0 && configuration.get<boolean>('export.askWhenErrors', true)) {
		const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The pleading has {0} error(s). Export it anyway?', gate.errors), { modal: true }, exportAnyway);
		if (answer !== exportAnyway) {
			return undefined;
		}
	}
	if (gate.blanks > 0) {
		const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The pleading still has {0} blank(s) to complete (« À compléter », […]). Export it anyway?', gate.blanks), { modal: true }, exportAnyway);
		return answer === exportAnyway ? { draft: true } : undefined;
	}
	return { draft: false };
}
