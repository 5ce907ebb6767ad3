import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PleadingPreview } from '../preview';
import { showPleadingProblems } from '../statusBar';
import { accessProviderAct } from './accessProviderAct';
import { exportCaseFile } from './exportCaseFile';
import { exportPdf } from './exportPdf';
import { importConnexions } from './importConnexions';
import { newPleading } from './newPleading';
import { openSample } from './openSample';
import { renumberPieces } from './renumberPieces';
import { notificationText } from '../notificationText';

export type CommandId = 'pretoire.newPleading' | 'pretoire.exportPdf' | 'pretoire.exportWord' | 'pretoire.renumberPieces' | 'pretoire.showProblems' | 'pretoire.preview' | 'pretoire.openSample' | 'pretoire.accessProviderAct' | 'pretoire.exportCaseFile' | 'pretoire.importConnexions';

/** What the commands work with. */
export interface CommandContext {
	/** The language server's client, started on first need. */
	readonly client: () => Promise<LanguageClient>;
	readonly extension: vscode.ExtensionContext;
	readonly preview: PleadingPreview;
}

/** Every command, each in its own file (rust-analyzer's createCommands shape). */
const commands: Record<CommandId, (context: CommandContext) => () => Promise<unknown>> = {
	'pretoire.newPleading': ({ client }) => async () => newPleading(await client()),
	'pretoire.exportPdf': ({ client, preview }) => async () => exportPdf(await client(), preview),
	'pretoire.exportWord': ({ client, preview }) => async () => exportPdf(await client(), preview, 'docx'),
	'pretoire.renumberPieces': ({ client }) => async () => renumberPieces(await client()),
	'pretoire.showProblems': ({ extension }) => () => showPleadingProblems(extension),
	'pretoire.openSample': ({ extension }) => () => openSample(extension),
	'pretoire.accessProviderAct': ({ client }) => async () => accessProviderAct(await client()),
	'pretoire.exportCaseFile': ({ client }) => async () => exportCaseFile(await client()),
	'pretoire.importConnexions': ({ client }) => async () => importConnexions(await client()),
	'pretoire.preview': ({ preview }) => async () => {
		const document = vscode.window.activeTextEditor?.document;
		if (document === undefined || document.languageId !== 'markdown') {
			void vscode.window.showWarningMessage(vscode.l10n.t('Open a pleading (Markdown) to preview it.'));
			return;
		}
		preview.show(document);
	},
};

export function registerCommands(context: CommandContext, output: vscode.OutputChannel): void {
	for (const [id, factory] of Object.entries(commands) as [CommandId, (context: CommandContext) => () => Promise<unknown>][]) {
		const handler = factory(context);
		context.extension.subscriptions.push(
			vscode.commands.registerCommand(id, async () => {
				try {
					await handler();
				} catch (error) {
					const message = error instanceof Error ? error.message : String(error);
					output.appendLine(`${id}: ${message}`);
					void vscode.window.showErrorMessage(vscode.l10n.t('Prétoire: {0}', notificationText(message)));
				}
			}),
		);
	}
}
