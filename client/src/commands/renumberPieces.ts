import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RenumberPiecesRequest } from '../../../server/src/protocol';
import { notificationText } from '../notificationText';

/** Asks the server for the renumbering edit and applies it as one undoable change. */
export async function renumberPieces(client: LanguageClient): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (editor === undefined) {
		return;
	}
	let result: RenumberPiecesRequest.Result;
	try {
		result = await client.sendRequest<RenumberPiecesRequest.Result>(RenumberPiecesRequest.method, { uri: editor.document.uri.toString() });
	} catch (error) {
		// A refusal (a cited pièce missing from the bordereau, a duplicate number) says why in French.
		void vscode.window.showErrorMessage(notificationText(error instanceof Error ? error.message : String(error)));
		return;
	}
	if (result === null) {
		void vscode.window.showInformationMessage(vscode.l10n.t('This file is not a pleading: nothing to renumber.'));
		return;
	}
	const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result);
	await vscode.workspace.applyEdit(edit);
}
