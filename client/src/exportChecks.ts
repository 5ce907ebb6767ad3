import * as vscode from 'vscode';

/** The active pleading if it may be exported (a Markdown file in a trusted workspace); else says why. */
export function exportablePleading(): vscode.TextDocument | undefined {
	const document = vscode.window.activeTextEditor?.document;
	if (document === undefined || document.languageId !== 'markdown') {
		void vscode.window.showWarningMessage(vscode.l10n.t('Open a pleading (Markdown) to export it.'));
		return undefined;
	}
	if (!vscode.workspace.isTrusted) {
		void vscode.window.showWarningMessage(vscode.l10n.t('Exporting writes a file: trust this workspace first.'));
		return undefined;
	}
	return document;
}

/** Whether to go on with an export of a pleading that has errors: asks, unless `pretoire.export.askWhenErrors` is off. */
export async function confirmDespiteErrors(document: vscode.TextDocument, configuration: vscode.WorkspaceConfiguration): Promise<boolean> {
	const errors = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'prétoire' && diagnostic.severity === vscode.DiagnosticSeverity.Error);
	if (errors.length === 0 || !configuration.get<boolean>('export.askWhenErrors', true)) {
		return true;
	}
	const exportAnyway = vscode.l10n.t('Export anyway');
	const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The pleading has {0} error(s). Export it anyway?', errors.length), { modal: true }, exportAnyway);
	return answer === exportAnyway;
}
