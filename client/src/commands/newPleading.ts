import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NewPleadingRequest, TemplatesRequest } from '../../../server/src/protocol';

/** "Nouvel acte…": kind of act, platform, court and offences, then a new file from the template. */
export async function newPleading(client: LanguageClient): Promise<void> {
	const catalogue = await client.sendRequest<TemplatesRequest.Result>(TemplatesRequest.method);
	const template = await vscode.window.showQuickPick(
		catalogue.templates.map((choice) => ({ label: choice.label, description: choice.detail, choice })),
		{ title: vscode.l10n.t('New pleading (1/4): kind of act'), ignoreFocusOut: true, matchOnDescription: true },
	);
	if (template === undefined) {
		return;
	}
	const platform = await vscode.window.showQuickPick(
		catalogue.platforms.filter((choice) => choice.kind === template.choice.platformKind).map((choice) => ({ label: choice.label, description: choice.detail, choice })),
		{ title: vscode.l10n.t('New pleading (2/4): defendant'), ignoreFocusOut: true, matchOnDescription: true },
	);
	if (platform === undefined) {
		return;
	}
	const court = await vscode.window.showInputBox({
		title: vscode.l10n.t('New pleading (3/4): court'),
		value: 'Tribunal judiciaire de Paris',
		ignoreFocusOut: true,
		validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Name the court') : undefined),
	});
	if (court === undefined) {
		return;
	}
	const offences = await vscode.window.showQuickPick(
		catalogue.offences.map((choice) => ({ label: choice.label, description: choice.detail, choice })),
		{ title: vscode.l10n.t('New pleading (4/4): offences'), canPickMany: true, ignoreFocusOut: true, matchOnDescription: true },
	);
	if (offences === undefined) {
		return;
	}
	const { text } = await client.sendRequest<NewPleadingRequest.Result>(NewPleadingRequest.method, {
		template: template.choice.id,
		platform: platform.choice.id,
		court,
		offences: offences.map((offence) => offence.choice.id),
		date: new Date().toISOString().slice(0, 10),
	} satisfies NewPleadingRequest.Params);
	const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
	const target = await vscode.window.showSaveDialog({
		title: vscode.l10n.t('Save the new pleading'),
		defaultUri: folder === undefined ? undefined : vscode.Uri.joinPath(folder, template.choice.id.startsWith('requete') ? 'requete.md' : 'assignation.md'),
		filters: { Markdown: ['md'] },
	});
	if (target === undefined) {
		// No folder to write to (or the lawyer cancelled): the pleading still opens, unsaved.
		const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
		await vscode.window.showTextDocument(document);
		return;
	}
	await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}
