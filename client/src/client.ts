import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Builds the client for the bundled server; all analysis happens in the server (vscode-eslint shape). */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			{ scheme: 'file', language: 'markdown' },
			{ scheme: 'untitled', language: 'markdown' },
		],
		synchronize: { configurationSection: 'pretoire' },
		diagnosticPullOptions: { onChange: true, onSave: true },
	};
	return new LanguageClient('pretoire', vscode.l10n.t('Prétoire'), serverOptions, clientOptions);
}
