import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { confirmExport, exportablePleading } from '../exportChecks';
import { ExportCaseFileRequest } from '../../../server/src/protocol';
import { notificationText } from '../notificationText';

/** "Exporter le projet d'ordonnance, le bordereau ou les pièces…": the server writes, the client reports and shows the file. */
export async function exportCaseFile(client: LanguageClient): Promise<void> {
	const document = exportablePleading();
	if (document === undefined) {
		return;
	}
	const kinds: { label: string; description: string; document: ExportCaseFileRequest.Params['kind'] }[] = [
		{ label: vscode.l10n.t('Draft order'), description: vscode.l10n.t('the order the judge is asked to sign (requête)'), document: 'ordonnance' },
		{ label: vscode.l10n.t('Bordereau'), description: vscode.l10n.t('the list of pièces alone'), document: 'bordereau' },
		{ label: vscode.l10n.t('Act with its pièces'), description: vscode.l10n.t('act, bordereau and every pièce stamped, with bookmarks'), document: 'bundle' },
	];
	const choice = await vscode.window.showQuickPick(kinds, { title: vscode.l10n.t('Export which document of the case file?') });
	if (choice === undefined) {
		return;
	}
	const configuration = vscode.workspace.getConfiguration('pretoire', document.uri);
	if ((await confirmExport(client, document, configuration)) === undefined) {
		return;
	}
	const outputDirectory = configuration.get<string>('export.outputDirectory', '');
	const result = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to PDF…', notificationText(vscode.workspace.asRelativePath(document.uri))) },
		() => client.sendRequest<ExportCaseFileRequest.Result>(ExportCaseFileRequest.method, { uri: document.uri.toString(), kind: choice.document, outputDirectory } satisfies ExportCaseFileRequest.Params),
	);
	for (const note of result.notes) {
		void vscode.window.showWarningMessage(notificationText(note));
	}
	const file = vscode.Uri.file(result.path);
	const open = vscode.l10n.t('Open the PDF');
	const reveal = vscode.l10n.t('Show in Explorer');
	// As for the act's export: a remote or browser window's external opener runs on the lawyer's
	// machine, where this path does not exist; the file is shown in the Explorer instead.
	const viewerReachable = vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
	const next = await vscode.window.showInformationMessage(vscode.l10n.t('PDF written: {0}', notificationText(result.path)), viewerReachable ? open : reveal);
	if (next === open && !(await vscode.env.openExternal(file))) {
		await vscode.commands.executeCommand('revealInExplorer', file);
	} else if (next === reveal) {
		await vscode.commands.executeCommand('revealInExplorer', file);
	}
}
