import * as vscode from 'vscode';
import {
	CloseAction,
	ErrorAction,
	LanguageClient,
	TransportKind,
	type ErrorHandler,
	type LanguageClientOptions,
	type ServerOptions,
} from 'vscode-languageclient/node';

/** Restarts limit: beyond this many crashes in the window, the server is left stopped. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Builds the client for the bundled server; all analysis happens in the server (vscode-eslint shape). */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			{ scheme: 'file', language: 'markdown' },
			{ scheme: 'untitled', language: 'markdown' },
			{ scheme: 'vscode-vfs', language: 'markdown' },
			// The case file acts inherit from: its own problems and those its acts find in it.
			{ scheme: 'file', pattern: '**/dossier*.{yaml,yml}' },
		],
		synchronize: { configurationSection: 'pretoire' },
		// Until the lawyer trusts the workspace, the server reads nothing outside its folders.
		initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
		diagnosticPullOptions: { onChange: true, onSave: true },
		outputChannel: output,
		errorHandler: restartingErrorHandler(),
		middleware: {
			handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map((diagnostic) => withBundledRulePage(context, diagnostic))),
			provideDiagnostics: async (document, previousResultId, token, next) => {
				const report = await next(document, previousResultId, token);
				if (report !== undefined && report !== null && 'items' in report) {
					return { ...report, items: report.items.map((diagnostic) => withBundledRulePage(context, diagnostic)) };
				}
				return report;
			},
		},
	};
	return new LanguageClient('pretoire', vscode.l10n.t('Prétoire'), serverOptions, clientOptions);
}

/**
 * The server links each code to its page on the project's site (any editor can open it); VS Code
 * opens the page shipped inside the extension instead, which needs no network and matches the
 * installed version.
 */
function withBundledRulePage(context: vscode.ExtensionContext, diagnostic: vscode.Diagnostic): vscode.Diagnostic {
	const code = diagnostic.code;
	if (typeof code !== 'object' || code === null) {
		return diagnostic;
	}
	const page = /\/docs\/rules\/([a-z0-9-]+\.md)$/u.exec(code.target.path)?.[1];
	if (page !== undefined) {
		diagnostic.code = { value: code.value, target: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', page) };
	}
	return diagnostic;
}

/** Restarts a crashed server and tells the lawyer once, instead of a dialog at every crash. */
function restartingErrorHandler(): ErrorHandler {
	const crashes: number[] = [];
	let told = false;
	return {
		error: () => ({ action: ErrorAction.Continue, handled: true }),
		closed: () => {
			const now = Date.now();
			crashes.push(now);
			while (crashes.length > 0 && now - crashes[0] > RESTART_WINDOW_MS) {
				crashes.shift();
			}
			if (crashes.length > MAX_RESTARTS) {
				return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The Prétoire server stopped {0} times in 3 minutes and will not be restarted. See the Prétoire output.', crashes.length) };
			}
			if (!told) {
				told = true;
				void vscode.window.showWarningMessage(vscode.l10n.t('The Prétoire server stopped unexpectedly; it has been restarted.'));
			}
			return { action: CloseAction.Restart, handled: true };
		},
	};
}
