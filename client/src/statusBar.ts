import * as vscode from 'vscode';

/** Errors and warnings of the active pleading; a click opens the Problems view. */
export function createStatusBar(context: vscode.ExtensionContext): void {
	const item = vscode.window.createStatusBarItem('pretoire.status', vscode.StatusBarAlignment.Left, 0);
	item.name = vscode.l10n.t('Prétoire');
	item.command = 'workbench.actions.view.problems';
	const update = (): void => {
		const document = vscode.window.activeTextEditor?.document;
		const diagnostics = document === undefined ? [] : vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'prétoire');
		if (document === undefined || document.languageId !== 'markdown' || !/^---\r?\n[\s\S]*?^acte\s*:/mu.test(document.getText(new vscode.Range(0, 0, 200, 0)))) {
			item.hide();
			return;
		}
		const errors = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
		const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
		item.text = `$(law) ${errors} $(error) ${warnings} $(warning)`;
		item.tooltip = vscode.l10n.t('Prétoire: {0} error(s), {1} warning(s) in this pleading. Click to open the Problems view.', errors, warnings);
		item.show();
	};
	context.subscriptions.push(item, vscode.languages.onDidChangeDiagnostics(update), vscode.window.onDidChangeActiveTextEditor(update));
	update();
}
