import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportPdf } from './exportPdf';
import { newPleading } from './newPleading';
import { renumberPieces } from './renumberPieces';

export type CommandId = 'pretoire.newPleading' | 'pretoire.exportPdf' | 'pretoire.exportWord' | 'pretoire.renumberPieces' | 'pretoire.showProblems';

/** Every command, each in its own file (rust-analyzer's createCommands shape). */
const commands: Record<CommandId, (client: LanguageClient) => () => Promise<unknown>> = {
	'pretoire.newPleading': (client) => () => newPleading(client),
	'pretoire.exportPdf': (client) => () => exportPdf(client),
	'pretoire.exportWord': (client) => () => exportPdf(client, 'docx'),
	'pretoire.renumberPieces': (client) => () => renumberPieces(client),
	'pretoire.showProblems': () => async () => vscode.commands.executeCommand('workbench.actions.view.problems'),
};

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
	for (const [id, factory] of Object.entries(commands) as [CommandId, (client: LanguageClient) => () => Promise<unknown>][]) {
		const handler = factory(client);
		context.subscriptions.push(
			vscode.commands.registerCommand(id, async () => {
				try {
					await handler();
				} catch (error) {
					const message = error instanceof Error ? error.message : String(error);
					output.appendLine(`${id}: ${message}`);
					void vscode.window.showErrorMessage(vscode.l10n.t('Prétoire: {0}', message));
				}
			}),
		);
	}
}
