import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { accessProviderAct } from './accessProviderAct';
import { exportCaseFile } from './exportCaseFile';
import { exportPdf } from './exportPdf';
import { newPleading } from './newPleading';
import { renumberPieces } from './renumberPieces';

export type CommandId = 'pretoire.newPleading' | 'pretoire.exportPdf' | 'pretoire.renumberPieces' | 'pretoire.showProblems' | 'pretoire.accessProviderAct' | 'pretoire.exportCaseFile';

/** Every command, each in its own file (rust-analyzer's createCommands shape). */
const commands: Record<CommandId, (client: LanguageClient) => () => Promise<unknown>> = {
	'pretoire.newPleading': (client) => () => newPleading(client),
	'pretoire.exportPdf': (client) => () => exportPdf(client),
	'pretoire.renumberPieces': (client) => () => renumberPieces(client),
	'pretoire.showProblems': () => async () => vscode.commands.executeCommand('workbench.actions.view.problems'),
	'pretoire.accessProviderAct': (client) => () => accessProviderAct(client),
	'pretoire.exportCaseFile': (client) => () => exportCaseFile(client),
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
