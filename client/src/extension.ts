import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';
import { registerCommands } from './commands';
import { PleadingPreview } from './preview';
import { createStatusBar } from './statusBar';
import { WorkspaceTrustedNotification } from '../../server/src/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const output = vscode.window.createOutputChannel('Prétoire', { log: true });
	client = createLanguageClient(context, output);
	const preview = new PleadingPreview(client);
	context.subscriptions.push(preview);
	registerCommands({ client, extension: context, preview }, output);
	createStatusBar(context);
	await client.start();
	// The server was told at start whether the workspace is trusted; it learns when the lawyer trusts it.
	context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WorkspaceTrustedNotification.method)));
	// A host without walkthroughs (or a failure to open it) must not fail the activation.
	openWalkthroughOnFirstInstall(context).catch((error: unknown) => output.warn(`walkthrough: ${error instanceof Error ? error.message : String(error)}`));
}

/** The walkthrough opens once, the first time Prétoire runs; the lawyer finds it again under Help > Welcome. */
async function openWalkthroughOnFirstInstall(context: vscode.ExtensionContext): Promise<void> {
	if (context.globalState.get<boolean>('pretoire.walkthroughShown', false) || context.extensionMode === vscode.ExtensionMode.Test) {
		return;
	}
	await context.globalState.update('pretoire.walkthroughShown', true);
	await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#pretoire.gettingStarted`, false);
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
