import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isPleading } from './statusBar';

/**
 * The language server, started on first need: when a pleading or a case file is open, or when a
 * command asks for it. Prétoire activates at startup (so that the walkthrough can open on install);
 * a window without an act pays neither the server process nor the language client's loading.
 */
export class LazyLanguageServer implements vscode.Disposable {
	private client: Promise<LanguageClient> | undefined;
	private readonly watchers: vscode.Disposable[] = [];

	constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.LogOutputChannel) {}

	/** Starts the server as soon as an act is open now or later (including a Markdown file that becomes one as it is typed). */
	startWithFirstAct(): void {
		const startIfAct = (document: vscode.TextDocument): void => {
			if (this.client === undefined && needsServer(document)) {
				void this.started().catch((error: unknown) => this.output.error(`server: ${error instanceof Error ? error.message : String(error)}`));
			}
		};
		vscode.workspace.textDocuments.forEach(startIfAct);
		this.watchers.push(
			vscode.workspace.onDidOpenTextDocument(startIfAct),
			vscode.workspace.onDidChangeTextDocument((event) => startIfAct(event.document)),
		);
	}

	/** The running client, started by the first caller. */
	started(): Promise<LanguageClient> {
		this.client ??= this.start();
		return this.client;
	}

	private async start(): Promise<LanguageClient> {
		this.watchers.splice(0).forEach((watcher) => watcher.dispose());
		// Loaded here, not at activation: the client library is the bulk of the extension's code.
		const { createLanguageClient } = await import('./client');
		const client = createLanguageClient(this.context, this.output);
		await client.start();
		return client;
	}

	/** Tells a running server; one not started yet learns the same at its start. */
	notifyIfRunning(method: string): void {
		void this.client?.then((client) => client.sendNotification(method)).catch(() => undefined);
	}

	async stop(): Promise<void> {
		const client = this.client;
		this.client = undefined;
		await (await client?.catch(() => undefined))?.stop();
	}

	dispose(): void {
		this.watchers.splice(0).forEach((watcher) => watcher.dispose());
	}
}

/** A pleading, or a case file its acts inherit from (the documents the client serves). */
function needsServer(document: vscode.TextDocument): boolean {
	return isPleading(document) || (document.uri.scheme === 'file' && /\/dossier[^/]*\.ya?ml$/u.test(document.uri.path));
}
