import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Waits for diagnostics of `uri` through the API event, never by sleeping blindly. */
function diagnosticsOf(uri: vscode.Uri, predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('no matching diagnostics within 30 s')), 30_000);
		const check = (): boolean => {
			const diagnostics = vscode.languages.getDiagnostics(uri);
			if (predicate(diagnostics)) {
				clearTimeout(timer);
				subscription.dispose();
				resolve(diagnostics);
				return true;
			}
			return false;
		};
		const subscription = vscode.languages.onDidChangeDiagnostics(() => check());
		check();
	});
}

suite('Prétoire in the extension host', () => {
	test('Should report a broken date in a pleading', async () => {
		const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nacte: requete\njuridiction: TJ Paris\ndate: 2025-02-30\n---\n\n# Faits\n' });
		await vscode.window.showTextDocument(document);
		const diagnostics = await diagnosticsOf(document.uri, (found) => found.some((diagnostic) => diagnostic.code !== undefined));
		const date = diagnostics.find((diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code) === 'front-matter-invalid' && diagnostic.range.start.line === 3);
		assert.ok(date);
	});

	test('Should register the commands', async () => {
		const commands = await vscode.commands.getCommands(true);
		for (const command of ['pretoire.newPleading', 'pretoire.exportPdf', 'pretoire.exportWord', 'pretoire.renumberPieces', 'pretoire.showProblems']) {
			assert.ok(commands.includes(command), command);
		}
	});
});
