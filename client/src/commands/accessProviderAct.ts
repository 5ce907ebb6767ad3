import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AccessProviderActRequest, TemplatesRequest } from '../../../server/src/protocol';
import { notificationText } from '../notificationText';

/**
 * "Acte contre le fournisseur d'accès…": from a dossier.yaml (the open one, the one the open act
 * names, or one chosen in the workspace) and an access provider, the step-2 act, saved beside the
 * dossier under a name the lawyer confirms, never over an existing file.
 */
export async function accessProviderAct(client: LanguageClient): Promise<void> {
	const dossier = await chooseDossier();
	if (dossier === undefined) {
		return;
	}
	const catalogue = await client.sendRequest<TemplatesRequest.Result>(TemplatesRequest.method);
	const provider = await vscode.window.showQuickPick(
		catalogue.platforms.filter((choice) => choice.kind === 'fai').map((choice) => ({ label: choice.label, description: choice.detail, choice })),
		{ title: vscode.l10n.t('Act against the access provider: which provider attributed the addresses?'), ignoreFocusOut: true, matchOnDescription: true },
	);
	if (provider === undefined) {
		return;
	}
	const kind = await vscode.window.showQuickPick([
		{ label: vscode.l10n.t('Assignation en référé'), acte: 'assignation-refere' as const, prefix: 'assignation' },
		{ label: vscode.l10n.t('Requête (ex parte)'), acte: 'requete' as const, prefix: 'requete' },
	], { title: vscode.l10n.t('Act against the access provider: by assignation or by requête?'), ignoreFocusOut: true });
	if (kind === undefined) {
		return;
	}
	const target = await vscode.window.showSaveDialog({
		title: vscode.l10n.t('Save the act against the access provider'),
		defaultUri: vscode.Uri.joinPath(dossier, '..', `${kind.prefix}-${provider.choice.id}.md`),
		filters: { Markdown: ['md'] },
	});
	if (target === undefined) {
		return;
	}
	const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
	if (exists) {
		void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists: choose another name (Prétoire never overwrites an act).', notificationText(vscode.workspace.asRelativePath(target))));
		return;
	}
	const { text } = await client.sendRequest<AccessProviderActRequest.Result>(AccessProviderActRequest.method, {
		dossierUri: dossier.toString(),
		platform: provider.choice.id,
		targetUri: target.toString(),
		date: new Date().toISOString().slice(0, 10),
		acte: kind.acte,
		avocat: vscode.workspace.getConfiguration('pretoire').get<AccessProviderActRequest.Params['avocat']>('avocat'),
	} satisfies AccessProviderActRequest.Params);
	await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}

/** The dossier the command works on: the open one, the one the open act names, or one chosen in the workspace. */
export async function chooseDossier(): Promise<vscode.Uri | undefined> {
	const active = vscode.window.activeTextEditor?.document;
	if (active !== undefined && /\.ya?ml$/iu.test(active.uri.path)) {
		return active.uri;
	}
	const named = active === undefined ? undefined : /^dossier:\s*(\S+)/mu.exec(active.getText().slice(0, 4000))?.[1];
	if (active !== undefined && named !== undefined) {
		return vscode.Uri.joinPath(active.uri, '..', named);
	}
	const found = await vscode.workspace.findFiles('**/dossier*.{yaml,yml}', '**/node_modules/**', 50);
	if (found.length === 0) {
		void vscode.window.showWarningMessage(vscode.l10n.t('No dossier.yaml in this workspace: create one with the case data and the connections the host disclosed.'));
		return undefined;
	}
	const picked = found.length === 1 ? { uri: found[0] } : await vscode.window.showQuickPick(
		found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
		{ title: vscode.l10n.t('Which dossier?'), ignoreFocusOut: true },
	);
	return picked?.uri;
}
