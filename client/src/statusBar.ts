import * as vscode from 'vscode';

/**
 * « Prétoire : 1 erreur, 2 avertissements » for the active pleading, in words so that it cannot be
 * read as VS Code's own counters next to it; a click shows this act's problems.
 */
export function createStatusBar(context: vscode.ExtensionContext): void {
	const item = vscode.window.createStatusBarItem('pretoire.status', vscode.StatusBarAlignment.Left, 0);
	item.name = vscode.l10n.t('Prétoire');
	item.command = 'pretoire.showProblems';
	const update = (): void => {
		const document = vscode.window.activeTextEditor?.document;
		if (document === undefined || !isPleading(document)) {
			item.hide();
			return;
		}
		const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'prétoire');
		const errors = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
		const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
		const summary = problemSummary(errors, warnings);
		item.text = `$(law) ${vscode.l10n.t('Prétoire: {0}', summary)}`;
		item.tooltip = vscode.l10n.t('{0} in this pleading. Click to show its problems.', summary);
		item.accessibilityInformation = { label: vscode.l10n.t('Prétoire: {0}', summary) };
		item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : warnings > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
		item.show();
	};
	context.subscriptions.push(item, vscode.languages.onDidChangeDiagnostics(update), vscode.window.onDidChangeActiveTextEditor(update));
	update();
}

/** « 1 erreur, 2 avertissements », « aucune erreur ni aucun avertissement »: each count with its own plural. */
export function problemSummary(errors: number, warnings: number): string {
	const parts = [
		...(errors > 0 ? [errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors)] : []),
		...(warnings > 0 ? [warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings)] : []),
	];
	return parts.length === 0 ? vscode.l10n.t('no errors or warnings') : parts.join(', ');
}

/** A Markdown file whose front matter has an `acte` key. */
export function isPleading(document: vscode.TextDocument): boolean {
	return document.languageId === 'markdown' && /^---\r?\n[\s\S]*?^acte\s*:/mu.test(document.getText(new vscode.Range(0, 0, 200, 0)));
}

/**
 * Opens the Problems view (never toggles it closed) showing the active file's problems only. VS Code
 * offers no way to read the view's « active file only » filter, only to toggle it: Prétoire turns it
 * on once and remembers it did, so that later clicks do not turn it off again.
 */
export async function showPleadingProblems(context: vscode.ExtensionContext): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.problems.focus');
	if (!context.globalState.get<boolean>('pretoire.problemsFilteredToActiveFile', false)) {
		await vscode.commands.executeCommand('workbench.actions.workbench.panel.markers.view.toggleActiveFile');
		await context.globalState.update('pretoire.problemsFilteredToActiveFile', true);
	}
}
