import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { LazyLanguageServer } from './languageServer';
import { PleadingPreview } from './preview';
import { createStatusBar } from './statusBar';
import { WorkspaceTrustedNotification } from '../../server/src/protocol';

let server: LazyLanguageServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
	const output = vscode.window.createOutputChannel('Prétoire', { log: true });
	server = new LazyLanguageServer(context, output);
	const client = server.started.bind(server);
	const preview = new PleadingPreview(client, output);
	context.subscriptions.push(server, preview, vscode.window.registerWebviewPanelSerializer(PleadingPreview.viewType, preview));
	registerCommands({ client, extension: context, preview }, output);
	createStatusBar(context);
	server.startWithFirstAct();
	// The server was told at start whether the workspace is trusted; it learns when the lawyer trusts it.
	context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => server?.notifyIfRunning(WorkspaceTrustedNotification.method)));
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
	await server?.stop();
	server = undefined;
}
