import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ImportConnexionsRequest } from '../../../server/src/protocol';
import { chooseDossier } from './accessProviderAct';

/**
 * « Importer la réponse de la plateforme… »: the platform's answer (CSV, TSV, JSON) into the
 * `connexions` of a dossier.yaml. The server reads and converts; this asks for the file, the pièce and,
 * when the file does not say it, the time zone, shows what will be written and asks before writing.
 */
export async function importConnexions(client: LanguageClient): Promise<void> {
	const answer = await vscode.window.showOpenDialog({
		title: vscode.l10n.t('The platform’s answer (CSV, TSV or JSON)'),
		canSelectMany: false,
		filters: { [vscode.l10n.t('Platform answer')]: ['csv', 'tsv', 'txt', 'json'] },
	});
	if (answer?.[0] === undefined) {
		return;
	}
	const dossier = await chooseDossier();
	if (dossier === undefined) {
		return;
	}
	const pieceText = await vscode.window.showInputBox({
		title: vscode.l10n.t('Pièce number of the platform’s answer (empty: none)'),
		ignoreFocusOut: true,
		validateInput: (value) => (value.trim() === '' || /^[1-9]\d{0,3}$/u.test(value.trim()) ? undefined : vscode.l10n.t('A positive whole number, e.g. 6')),
	});
	if (pieceText === undefined) {
		return;
	}
	const params = { answerUri: answer[0].toString(), dossierUri: dossier.toString(), piece: pieceText.trim() === '' ? undefined : Number(pieceText), zone: undefined as string | undefined };
	let preview = await client.sendRequest<ImportConnexionsRequest.Result>(ImportConnexionsRequest.method, { ...params, write: false } satisfies ImportConnexionsRequest.Params);
	if (preview.kind === 'zone-needed') {
		params.zone = await askTimeZone();
		if (params.zone === undefined) {
			return;
		}
		preview = await client.sendRequest<ImportConnexionsRequest.Result>(ImportConnexionsRequest.method, { ...params, write: false } satisfies ImportConnexionsRequest.Params);
	}
	if (preview.kind === 'refused') {
		void vscode.window.showErrorMessage(vscode.l10n.t('The answer was refused; nothing was written.'), { modal: true, detail: preview.problems.join('\n') });
		return;
	}
	if (preview.kind !== 'done' || preview.added.length === 0) {
		void vscode.window.showInformationMessage(vscode.l10n.t('No new connection: the dossier already holds every connection of this answer.'));
		return;
	}
	const detail = [...preview.added.map((row) => row.text), ...(preview.duplicates.length === 0 ? [] : ['', vscode.l10n.t('Already in the dossier, not repeated: {0}', preview.duplicates.length)])].join('\n');
	const confirm = vscode.l10n.t('Import');
	if ((await vscode.window.showInformationMessage(vscode.l10n.t('Add {0} connection(s) to {1}, in Paris time?', preview.added.length, vscode.workspace.asRelativePath(dossier)), { modal: true, detail }, confirm)) !== confirm) {
		return;
	}
	const written = await client.sendRequest<ImportConnexionsRequest.Result>(ImportConnexionsRequest.method, { ...params, write: true } satisfies ImportConnexionsRequest.Params);
	if (written.kind === 'refused') {
		void vscode.window.showErrorMessage(vscode.l10n.t('The answer was refused; nothing was written.'), { modal: true, detail: written.problems.join('\n') });
		return;
	}
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dossier));
}

/** The zone of the answer's times, never guessed: the lawyer reads it in the platform's answer. */
async function askTimeZone(): Promise<string | undefined> {
	const other = vscode.l10n.t('Another offset…');
	const choice = await vscode.window.showQuickPick([
		{ label: 'UTC' },
		{ label: 'Europe/Paris', description: vscode.l10n.t('Paris time (summer and winter)') },
		{ label: other },
	], { title: vscode.l10n.t('The answer’s times do not state their time zone: which one does the platform use?'), ignoreFocusOut: true });
	if (choice?.label !== other) {
		return choice?.label;
	}
	return vscode.window.showInputBox({
		title: vscode.l10n.t('Offset from UTC, e.g. +01:00'),
		ignoreFocusOut: true,
		validateInput: (value) => (/^[+-]\d{2}:?\d{2}$/u.test(value.trim()) ? undefined : vscode.l10n.t('An offset such as +01:00 or -05:00')),
	});
}
