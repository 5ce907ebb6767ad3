import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { confirmExport, exportablePleading } from '../exportChecks';
import { ExportPdfRequest, ExportWordRequest } from '../../../server/src/protocol';
import type { PleadingPreview } from '../preview';
import { notificationText } from '../notificationText';

/**
 * Exports the active pleading to PDF or Word. The server writes the file (atomically, never over the
 * source); the client asks before exporting a pleading with errors or blanks to complete, shows
 * progress and offers to open it, or, where no viewer can be reached (remote, browser), the preview
 * and the file in the Explorer.
 */
export async function exportPdf(client: LanguageClient, preview: PleadingPreview, format: 'pdf' | 'docx' = 'pdf'): Promise<void> {
	const document = exportablePleading();
	if (document === undefined) {
		return;
	}
	const configuration = vscode.workspace.getConfiguration('pretoire', document.uri);
	const decision = await confirmExport(client, document, configuration);
	if (decision === undefined) {
		return;
	}
	// Exported despite its blanks: the server marks every page « PROJET ».
	const params = { uri: document.uri.toString(), outputDirectory: configuration.get<string>('export.outputDirectory', ''), draft: decision.draft };
	const relativePath = notificationText(vscode.workspace.asRelativePath(document.uri));
	const result = format === 'docx'
		? await vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to Word…', relativePath) },
			() => client.sendRequest<ExportWordRequest.Result>(ExportWordRequest.method, { ...params, wordTemplate: configuration.get<string>('export.wordTemplate', '') }),
		)
		: await vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to PDF…', relativePath) },
			() => client.sendRequest<ExportPdfRequest.Result>(ExportPdfRequest.method, params),
		);
	const file = vscode.Uri.file(result.path);
	const open = format === 'docx' ? vscode.l10n.t('Open the Word document') : vscode.l10n.t('Open the PDF');
	const written = format === 'docx' ? vscode.l10n.t('Word document written: {0}', notificationText(result.path)) : vscode.l10n.t('PDF written: {0}', notificationText(result.path));
	const showPreview = vscode.l10n.t('Preview');
	const reveal = vscode.l10n.t('Show in Explorer');
	// A remote or browser window's external opener runs on the lawyer's machine, where this path does not exist.
	const viewerReachable = vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
	const choices = viewerReachable ? [open, showPreview] : [showPreview, reveal];
	const choice = await vscode.window.showInformationMessage(written, ...choices);
	if (choice === open && !(await vscode.env.openExternal(file))) {
		preview.show(document);
	} else if (choice === showPreview) {
		preview.show(document);
	} else if (choice === reveal) {
		await vscode.commands.executeCommand('revealInExplorer', file);
	}
}
