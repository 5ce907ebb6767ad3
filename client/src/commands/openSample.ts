import * as vscode from 'vscode';
import { localToday } from '../localToday';
import { practiceActDated } from '../practiceAct';

/**
 * Opens the practice act shipped with the extension as a new unsaved document, dated today: the
 * lawyer fixes it without touching the shipped file.
 */
export async function openSample(extension: vscode.ExtensionContext): Promise<void> {
	const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'docs', 'walkthrough', 'requete-exercice.md'));
	const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: practiceActDated(new TextDecoder().decode(bytes), localToday()) });
	await vscode.window.showTextDocument(document);
}
