import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportPdfRequest } from '../../../server/src/protocol';

/**
 * Exports the active pleading. The server writes the PDF (atomically, never over the source); the
 * client asks before exporting a pleading with errors or blanks to complete, shows progress and offers to open the PDF.
 */
export async function exportPdf(client: LanguageClient): Promise<void> {
	const document = vscode.window.activeTextEditor?.document;
	if (document === undefined || document.languageId !== 'markdown') {
		void vscode.window.showWarningMessage(vscode.l10n.t('Open a pleading (Markdown) to export it.'));
		return;
	}
	if (!vscode.workspace.isTrusted) {
		void vscode.window.showWarningMessage(vscode.l10n.t('Exporting writes a file: trust this workspace first.'));
		return;
	}
	const configuration = vscode.workspace.getConfiguration('pretoire', document.uri);
	const errors = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'prétoire' && diagnostic.severity === vscode.DiagnosticSeverity.Error);
	if (errors.length > 0 && configuration.get<boolean>('export.askWhenErrors', true)) {
		const exportAnyway = vscode.l10n.t('Export anyway');
		const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The pleading has {0} error(s). Export it anyway?', errors.length), { modal: true }, exportAnyway);
		if (answer !== exportAnyway) {
			return;
		}
	}
	// A blank (« À compléter », […]) would be printed as is: ask, whatever the errors setting says.
	const blanks = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'prétoire' && diagnostic.code === 'placeholder-left');
	if (blanks.length > 0) {
		const exportAnyway = vscode.l10n.t('Export anyway');
		const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The pleading still has {0} blank(s) to complete (« À compléter », […]). Export it anyway?', blanks.length), { modal: true }, exportAnyway);
		if (answer !== exportAnyway) {
			return;
		}
	}
	const result = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to PDF…', vscode.workspace.asRelativePath(document.uri)) },
		() => client.sendRequest<ExportPdfRequest.Result>(ExportPdfRequest.method, { uri: document.uri.toString(), outputDirectory: configuration.get<string>('export.outputDirectory', '') }),
	);
	const open = vscode.l10n.t('Open the PDF');
	const choice = await vscode.window.showInformationMessage(vscode.l10n.t('PDF written: {0}', result.path), open);
	if (choice === open) {
		await vscode.env.openExternal(vscode.Uri.file(result.path));
	}
}
