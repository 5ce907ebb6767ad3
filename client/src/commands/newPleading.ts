import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NewPleadingRequest, TemplatesRequest } from '../../../server/src/protocol';
import { localToday } from '../localToday';

const STEPS = 7;

/**
 * « Nouvel acte… »: kind of act, défendeur, offences, then what only the lawyer knows (publication
 * URLs, account, client, court). Every question but the first three may be left empty: the act then carries
 * a marked placeholder (`[À compléter : …]`) that Prétoire flags until it is replaced.
 */
export async function newPleading(client: LanguageClient): Promise<void> {
	const catalogue = await client.sendRequest<TemplatesRequest.Result>(TemplatesRequest.method);
	const title = (step: number, what: string) => vscode.l10n.t('New pleading ({0}/{1}): {2}', step, STEPS, what);
	const template = await vscode.window.showQuickPick(
		catalogue.templates.map((choice) => ({ label: choice.label, description: choice.detail, choice })),
		{ title: title(1, vscode.l10n.t('kind of act')), ignoreFocusOut: true, matchOnDescription: true },
	);
	if (template === undefined) {
		return;
	}
	const platform = await vscode.window.showQuickPick(
		catalogue.platforms.filter((choice) => choice.kind === template.choice.platformKind).map((choice) => ({ label: choice.label, description: choice.detail, choice })),
		{ title: title(2, vscode.l10n.t('defendant')), ignoreFocusOut: true, matchOnDescription: true },
	);
	if (platform === undefined) {
		return;
	}
	const offences = await pickOffences(catalogue.offences, title(3, vscode.l10n.t('offences (Space to tick several, Enter to confirm)')));
	if (offences === undefined) {
		return;
	}
	const secondBranchTechnicalData = await askSecondBranchTechnicalData(catalogue.offences.filter((choice) => offences.includes(choice.id)));
	if (secondBranchTechnicalData === undefined) {
		return;
	}
	const hostDomains = template.choice.platformKind === 'hebergeur' ? platform.choice.domains : undefined;
	const urls = await vscode.window.showInputBox({
		title: title(4, vscode.l10n.t('publication URLs')),
		prompt: vscode.l10n.t('The addresses of the publications, separated by spaces. Leave empty to complete later.'),
		placeHolder: hostDomains === undefined ? 'https://x.com/compte/status/1852441610286007506' : `https://${hostDomains[0]}/…`,
		ignoreFocusOut: true,
		validateInput: (value) => invalidUrl(value, hostDomains, platform.choice.label),
	});
	if (urls === undefined) {
		return;
	}
	const account = await vscode.window.showInputBox({
		title: title(5, vscode.l10n.t('author’s account')),
		prompt: vscode.l10n.t('The account that published, e.g. @anonyme_75. Leave empty to read it from the URL or complete later.'),
		ignoreFocusOut: true,
	});
	if (account === undefined) {
		return;
	}
	const clientName = await vscode.window.showInputBox({
		title: title(6, vscode.l10n.t('client')),
		prompt: vscode.l10n.t('Civility, given names and SURNAME of the client, e.g. « Madame Claire MARTIN ». Leave empty to complete later.'),
		ignoreFocusOut: true,
	});
	if (clientName === undefined) {
		return;
	}
	const court = await vscode.window.showInputBox({
		title: title(7, vscode.l10n.t('court')),
		value: 'Tribunal judiciaire de Paris',
		ignoreFocusOut: true,
		validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Name the court') : undefined),
	});
	if (court === undefined) {
		return;
	}
	const { text } = await client.sendRequest<NewPleadingRequest.Result>(NewPleadingRequest.method, {
		template: template.choice.id,
		platform: platform.choice.id,
		court,
		offences,
		date: localToday(),
		client: clientName.trim() === '' ? undefined : clientName.trim(),
		account: account.trim() === '' ? undefined : account.trim(),
		publications: splitUrls(urls),
		avocat: vscode.workspace.getConfiguration('pretoire').get<NewPleadingRequest.Params['avocat']>('avocat'),
		secondBranchTechnicalData,
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

/**
 * When the chosen offences reach the threshold of article 60-1-2 CPP only through its 2° (one year,
 * online), the act asks for identity data only unless the lawyer chooses to ask the technical data too:
 * the cour d'appel de Paris refused them for two such offences. `false` when there is nothing to ask.
 */
async function askSecondBranchTechnicalData(chosen: TemplatesRequest.Result['offences']): Promise<boolean | undefined> {
	if (chosen.some((choice) => choice.technicalData === 'yes') || !chosen.some((choice) => choice.technicalData === 'second-branch')) {
		return false;
	}
	const identityOnly = { label: vscode.l10n.t('Identity data only (recommended)'), technicalData: false };
	const withTechnicalData = { label: vscode.l10n.t('Also the technical data (IP addresses, ports)'), detail: vscode.l10n.t('Exposed: CA Paris refused them for offences punished by one year committed online (27 Oct. 2023, 10 Sept. 2024)'), technicalData: true };
	const answer = await vscode.window.showQuickPick([identityOnly, withTechnicalData], { title: vscode.l10n.t('Data to request'), ignoreFocusOut: true });
	return answer?.technicalData;
}

/**
 * The offences, searchable by their other names (« menaces de mort », « cyberharcèlement »): ticked
 * items win; with none ticked, Enter chooses the highlighted one rather than nothing.
 */
function pickOffences(choices: TemplatesRequest.Result['offences'], title: string): Promise<string[] | undefined> {
	type Item = vscode.QuickPickItem & { readonly id: string };
	const picker = vscode.window.createQuickPick<Item>();
	picker.title = title;
	picker.canSelectMany = true;
	picker.ignoreFocusOut = true;
	picker.matchOnDescription = true;
	picker.matchOnDetail = true;
	picker.placeholder = vscode.l10n.t('Type to search, e.g. « menaces de mort », « harcèlement », « injure »');
	picker.items = choices.map((choice) => ({
		id: choice.id,
		label: choice.label,
		description: choice.detail,
		detail: choice.keywords.length > 0 ? choice.keywords.join(' · ') : undefined,
	}));
	return new Promise((resolve) => {
		let accepted = false;
		picker.onDidAccept(() => {
			// Ticked items; else the highlighted one; else, when the lawyer typed and pressed Enter, the first match.
			const chosen = picker.selectedItems.length > 0 ? picker.selectedItems : picker.activeItems.length > 0 ? picker.activeItems.slice(0, 1) : picker.items.filter((item) => matches(item, picker.value)).slice(0, 1);
			if (chosen.length === 0) {
				// Nothing silently chosen for the lawyer: say what is expected.
				picker.placeholder = vscode.l10n.t('Choose at least one offence: type its name, or tick it with Space');
				return;
			}
			accepted = true;
			resolve(chosen.map((item) => item.id));
			picker.hide();
		});
		picker.onDidHide(() => {
			if (!accepted) {
				resolve(undefined);
			}
			picker.dispose();
		});
		picker.show();
	});
}

/** Every word typed appears in the offence's name, text or other names (case and accents ignored). */
function matches(item: vscode.QuickPickItem, typed: string): boolean {
	const haystack = fold([item.label, item.description ?? '', item.detail ?? ''].join(' '));
	const words = fold(typed).split(/\s+/u).filter((word) => word !== '');
	return words.length > 0 && words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function splitUrls(value: string): string[] {
	return value.split(/[\s,;]+/u).filter((url) => url !== '');
}

/** Why a URL cannot be a publication of the chosen host (another host's URL, not a URL at all). */
function invalidUrl(value: string, domains: readonly string[] | undefined, platformName: string): string | undefined {
	for (const text of splitUrls(value)) {
		let host: string;
		try {
			host = new URL(/^https?:\/\//iu.test(text) ? text : `https://${text}`).hostname.toLowerCase();
		} catch {
			return vscode.l10n.t('« {0} » is not a web address.', text);
		}
		if (domains !== undefined && !domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
			return vscode.l10n.t('« {0} » is not an address of {1} ({2}).', text, platformName, domains.join(', '));
		}
	}
	return undefined;
}
