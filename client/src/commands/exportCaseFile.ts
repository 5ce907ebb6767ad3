import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { confirmExport, exportablePleading } from '../exportChecks';
import { ExportCaseFileRequest } from '../../../server/src/protocol';

/** "Exporter le projet d'ordonnance, le bordereau ou les pièces…": the server writes, the client reports. */
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
	if (!(await confirmExport(client, document, configuration))) {
		return;
	}
	const outputDirectory = configuration.get<string>('export.outputDirectory', '');
	const result = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to PDF…', vscode.workspace.asRelativePath(document.uri)) },
		() => client.sendRequest<ExportCaseFileRequest.Result>(ExportCaseFileRequest.method, { uri: document.uri.toString(), kind: choice.document, outputDirectory } satisfies ExportCaseFileRequest.Params),
	);
	for (const note of result.notes) {
		void vscode.window.showWarningMessage(note);
	}
	const open = vscode.l10n.t('Open the PDF');
	if ((await vscode.window.showInformationMessage(vscode.l10n.t('PDF written: {0}', result.path), open)) === open) {
		await vscode.env.openExternal(vscode.Uri.file(result.path));
	}
}
