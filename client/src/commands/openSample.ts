import * as vscode from 'vscode';
import { localToday } from '../localToday';

/** The practice act's own date: its other dates keep their distance to it when it is moved to today. */
const SAMPLE_DATE = '2025-03-03';

/**
 * Opens the practice act shipped with the extension as a new unsaved document, dated today (its
 * publication keeps its eleven days' distance, so nothing is past retention): the lawyer fixes it
 * without touching the shipped file.
 */
export async function openSample(extension: vscode.ExtensionContext): Promise<void> {
	const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'docs', 'walkthrough', 'requete-exercice.md'));
	const shift = Date.parse(`${localToday()}T00:00:00Z`) - Date.parse(`${SAMPLE_DATE}T00:00:00Z`);
	const moved = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + shift).toISOString().slice(0, 10);
	const text = new TextDecoder().decode(bytes).replace(/^(date|\s+horodatage): (\d{4}-\d{2}-\d{2})/gmu, (_line, key: string, isoDate: string) => `${key}: ${moved(isoDate)}`);
	const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
	await vscode.window.showTextDocument(document);
}
