import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NewPleadingRequest, TemplatesRequest } from '../../../server/src/protocol';
import { localToday } from '../localToday';

/** What a step answers: a value, « Back », or nothing (the lawyer closed the wizard). */
type StepAnswer<T> = { readonly value: T } | 'back' | undefined;

type Template = TemplatesRequest.Result['templates'][number];

/** What the lawyer may type to find a kind of act, in French and in English, beyond its label. */
const ACT_WORDS: Record<'assignation' | 'requete', string> = {
	assignation: 'assignation référé contradictoire summons writ interim relief inter partes',
	requete: 'requête non contradictoire ordonnance sur requête ex parte application petition',
};
const DEFENDANT_WORDS: Record<Template['platformKind'], string> = {
	hebergeur: 'plateforme hébergeur réseau social site platform host hosting provider social network',
	fai: 'fournisseur d’accès FAI opérateur abonné adresse IP access provider ISP internet service provider subscriber',
};

/** The title of a step and whether it has « Back ». */
interface StepFrame {
	readonly title: string;
	readonly canGoBack: boolean;
}

/** The case file the act goes into, or none (a lone act). */
type DossierChoice = { readonly folder: vscode.Uri; readonly exists: boolean } | undefined;

/**
 * « Nouvel acte… »: kind of act, défendeur, offences, then what only the lawyer knows (publication
 * URLs, account, client, court), the hearing day for an assignation, and the case file the act goes
 * into. Every step has « Back »; every question after the offences may be left empty: the act then
 * carries a marked placeholder (`[À compléter : …]`) that Prétoire flags until it is replaced.
 */
export async function newPleading(client: LanguageClient): Promise<void> {
	const date = localToday();
	const catalogue = await client.sendRequest<TemplatesRequest.Result>(TemplatesRequest.method, { date } satisfies TemplatesRequest.Params);
	const folders = vscode.workspace.workspaceFolders ?? [];
	const answers: {
		template?: Template;
		platform?: string;
		offences?: string[];
		secondBranchTechnicalData?: boolean;
		urls?: string;
		account?: string;
		client?: string;
		court?: string;
		hearing?: string;
		dossier?: DossierChoice;
	} = {};
	type Step = (frame: StepFrame) => Promise<StepAnswer<unknown>>;
	const steps = (): { name: string; run: Step }[] => {
		const template = answers.template;
		// Until the kind is chosen, the count is the longest path's (an assignation asks the hearing day).
		const isAssignation = template === undefined || template.id.startsWith('assignation');
		const all: ({ name: string; run: Step } | false)[] = [
			{ name: vscode.l10n.t('kind of act'), run: (frame) => pickKind(frame, catalogue.templates, answers.template).then((answer) => keep(answer, (value) => (answers.template = value))) },
			{ name: vscode.l10n.t('defendant'), run: (frame) => pickPlatform(frame, catalogue.platforms, template!, answers.platform).then((answer) => keep(answer, (value) => (answers.platform = value))) },
			{ name: vscode.l10n.t('offences (Space to tick several, Enter to confirm)'), run: (frame) => pickOffences(frame, catalogue.offences, answers.offences).then((answer) => keep(answer, (value) => (answers.offences = value))) },
			secondBranchOnly(catalogue.offences, answers.offences) && { name: vscode.l10n.t('Data to request'), run: (frame) => pickSecondBranchData(frame, answers.secondBranchTechnicalData).then((answer) => keep(answer, (value) => (answers.secondBranchTechnicalData = value))) },
			{ name: vscode.l10n.t('publication URLs'), run: (frame) => askUrls(frame, catalogue, template!, answers.platform!, answers.urls).then((answer) => keep(answer, (value) => (answers.urls = value))) },
			{
				name: vscode.l10n.t('author’s account'),
				run: (frame) => ask(frame, { prompt: vscode.l10n.t('The account that published, e.g. @anonyme_75. Leave empty to read it from the URL or complete later.'), value: answers.account }).then((answer) => keep(answer, (value) => (answers.account = value))),
			},
			{
				name: vscode.l10n.t('client'),
				run: (frame) => ask(frame, { prompt: vscode.l10n.t('Civility, given names and SURNAME of the client, e.g. « Madame Claire MARTIN ». Leave empty to complete later.'), value: answers.client }).then((answer) => keep(answer, (value) => (answers.client = value))),
			},
			{
				name: vscode.l10n.t('court'),
				run: (frame) => ask(frame, { value: answers.court ?? 'Tribunal judiciaire de Paris', validate: (value) => (value.trim() === '' ? vscode.l10n.t('Name the court') : undefined) }).then((answer) => keep(answer, (value) => (answers.court = value))),
			},
			isAssignation && { name: vscode.l10n.t('hearing day'), run: (frame) => pickHearing(frame, catalogue.platforms.find((platform) => platform.id === answers.platform)?.hearingDays ?? catalogue.hearingDays, answers.hearing).then((answer) => keep(answer, (value) => (answers.hearing = value))) },
			folders.length > 0 && { name: vscode.l10n.t('case file'), run: (frame) => pickDossier(frame, answers.client, answers.dossier).then((answer) => keep(answer, (value) => (answers.dossier = value))) },
		];
		return all.filter((step): step is { name: string; run: Step } => step !== false);
	};
	for (let index = 0; index < steps().length; ) {
		const current = steps();
		const step = current[index];
		const answer = await step.run({ title: vscode.l10n.t('New pleading ({0}/{1}): {2}', index + 1, current.length, step.name), canGoBack: index > 0 });
		if (answer === undefined) {
			return;
		}
		index = answer === 'back' ? Math.max(0, index - 1) : index + 1;
	}
	const template = answers.template!;
	const params: NewPleadingRequest.Params = {
		template: template.id,
		platform: answers.platform,
		court: answers.court,
		offences: answers.offences,
		date,
		client: blankToUndefined(answers.client),
		account: blankToUndefined(answers.account),
		publications: splitUrls(answers.urls ?? ''),
		hearing: answers.hearing,
		avocat: vscode.workspace.getConfiguration('pretoire').get<NewPleadingRequest.Params['avocat']>('avocat'),
		secondBranchTechnicalData: secondBranchOnly(catalogue.offences, answers.offences) && answers.secondBranchTechnicalData === true,
	};
	const composed = await client.sendRequest<NewPleadingRequest.Result>(NewPleadingRequest.method, params);
	const folder = answers.dossier?.folder ?? folders[0]?.uri;
	// A new case file's folder exists before the save dialog opens in it (a dialog offers no folder that
	// does not exist yet); it goes again, still empty, if the lawyer cancels.
	const newFolder = answers.dossier !== undefined && !(await exists(answers.dossier.folder)) ? answers.dossier.folder : undefined;
	if (newFolder !== undefined) {
		await vscode.workspace.fs.createDirectory(newFolder);
	}
	const target = folder === undefined ? undefined : await vscode.window.showSaveDialog({
		title: vscode.l10n.t('Save the new pleading'),
		defaultUri: vscode.Uri.joinPath(folder, composed.fileName),
		filters: { Markdown: ['md'] },
	});
	if (target === undefined && newFolder !== undefined) {
		await vscode.workspace.fs.delete(newFolder, { recursive: false }).then(undefined, () => undefined);
	}
	if (target === undefined) {
		// No folder to write to (or the lawyer cancelled): the pleading still opens, unsaved.
		const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: composed.text });
		await vscode.window.showTextDocument(document);
		return;
	}
	let text = composed.text;
	const dossier = answers.dossier;
	if (dossier !== undefined) {
		const dossierFile = vscode.Uri.joinPath(dossier.folder, 'dossier.yaml');
		if (!dossier.exists && !(await exists(dossierFile))) {
			await vscode.workspace.fs.writeFile(dossierFile, new TextEncoder().encode(composed.dossierText));
		}
		// The act names its case file relative to where it is saved (the save dialog may have moved it).
		text = (await client.sendRequest<NewPleadingRequest.Result>(NewPleadingRequest.method, { ...params, dossier: relativePath(target, dossierFile), dossierUri: dossierFile.toString() })).text;
	}
	await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}

function keep<T>(answer: StepAnswer<T>, store: (value: T) => void): StepAnswer<T> {
	if (answer !== undefined && answer !== 'back') {
		store(answer.value);
	}
	return answer;
}

function pickKind(frame: StepFrame, templates: readonly Template[], previous: Template | undefined): Promise<StepAnswer<Template>> {
	const items = templates.map((choice) => ({ label: choice.label, description: choice.detail, choice, words: `${ACT_WORDS[choice.id.startsWith('requete') ? 'requete' : 'assignation']} ${DEFENDANT_WORDS[choice.platformKind]}` }));
	return pick(frame, { items, active: items.find((item) => item.choice.id === previous?.id), placeholder: vscode.l10n.t('Type to search, e.g. « assignation plateforme », « requête FAI », « summons platform »') }).then((answer) => map(answer, (chosen) => chosen[0].choice));
}

function pickPlatform(frame: StepFrame, platforms: TemplatesRequest.Result['platforms'], template: Template, previous: string | undefined): Promise<StepAnswer<string>> {
	const items = platforms.filter((choice) => choice.kind === template.platformKind).map((choice) => ({ label: choice.label, description: choice.detail, choice, words: choice.domains.join(' ') }));
	return pick(frame, { items, active: items.find((item) => item.choice.id === previous) }).then((answer) => map(answer, (chosen) => chosen[0].choice.id));
}

/**
 * The offences, searchable by their other names (« menaces de mort », « cyberharcèlement »): ticked
 * items win; with none ticked, Enter chooses the highlighted one rather than nothing.
 */
function pickOffences(frame: StepFrame, choices: TemplatesRequest.Result['offences'], previous: readonly string[] | undefined): Promise<StepAnswer<string[]>> {
	const items = choices.map((choice) => ({ label: choice.label, description: choice.detail, detail: choice.keywords.length > 0 ? choice.keywords.join(' · ') : undefined, id: choice.id, words: '' }));
	return pick(frame, {
		items,
		many: true,
		selected: items.filter((item) => previous?.includes(item.id) === true),
		placeholder: vscode.l10n.t('Type to search, e.g. « menaces de mort », « harcèlement », « injure »'),
		nothingChosen: vscode.l10n.t('Choose at least one offence: type its name, or tick it with Space'),
	}).then((answer) => map(answer, (chosen) => chosen.map((item) => item.id)));
}

/**
 * Whether the chosen offences reach the threshold of article 60-1-2 CPP only through its 2° (one year,
 * online): the act then asks for identity data only unless the lawyer chooses the technical data too,
 * the cour d'appel de Paris having refused them for two such offences.
 */
function secondBranchOnly(choices: TemplatesRequest.Result['offences'], chosenIds: readonly string[] | undefined): boolean {
	const chosen = choices.filter((choice) => chosenIds?.includes(choice.id) === true);
	return !chosen.some((choice) => choice.technicalData === 'yes') && chosen.some((choice) => choice.technicalData === 'second-branch');
}

function pickSecondBranchData(frame: StepFrame, previous: boolean | undefined): Promise<StepAnswer<boolean>> {
	const items = [
		{ label: vscode.l10n.t('Identity data only (recommended)'), technicalData: false, words: 'identité identity' },
		{ label: vscode.l10n.t('Also the technical data (IP addresses, ports)'), detail: vscode.l10n.t('Exposed: CA Paris refused them for offences punished by one year committed online (27 Oct. 2023, 10 Sept. 2024)'), technicalData: true, words: 'IP port technique technical' },
	];
	return pick(frame, { items, active: items.find((item) => item.technicalData === previous) }).then((answer) => map(answer, (chosen) => chosen[0].technicalData));
}

function askUrls(frame: StepFrame, catalogue: TemplatesRequest.Result, template: Template, platformId: string, previous: string | undefined): Promise<StepAnswer<string>> {
	const platform = catalogue.platforms.find((choice) => choice.id === platformId);
	const hostDomains = template.platformKind === 'hebergeur' ? platform?.domains : undefined;
	return ask(frame, {
		prompt: vscode.l10n.t('The addresses of the publications, separated by spaces. Leave empty to complete later.'),
		placeHolder: hostDomains === undefined ? 'https://x.com/compte/status/1852441610286007506' : `https://${hostDomains[0]}/…`,
		value: previous,
		validate: (value) => invalidUrl(value, hostDomains, platform?.label ?? platformId),
	});
}

function pickHearing(frame: StepFrame, days: readonly string[], previous: string | undefined): Promise<StepAnswer<string>> {
	const format = new Intl.DateTimeFormat(vscode.env.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const items = days.map((day, index) => ({ label: format.format(new Date(`${day}T12:00:00Z`)), description: index === 0 ? vscode.l10n.t('suggested: three weeks after the act') : undefined, day, words: day }));
	return pick(frame, { items, active: items.find((item) => item.day === previous), placeholder: vscode.l10n.t('The day asked for the hearing (working days only); type to search, e.g. « 12 janvier »') }).then((answer) => map(answer, (chosen) => chosen[0].day));
}

/** An existing case file of the workspace, a new one (named after the client), or none. */
async function pickDossier(frame: StepFrame, clientName: string | undefined, previous: DossierChoice): Promise<StepAnswer<DossierChoice>> {
	const found = await vscode.workspace.findFiles('**/dossier.{yaml,yml}', '**/node_modules/**', 100);
	type Item = vscode.QuickPickItem & { readonly words: string; readonly choice: DossierChoice | 'new' };
	const items: Item[] = [
		{ label: `$(new-folder) ${vscode.l10n.t('New case file…')}`, description: vscode.l10n.t('a folder with its dossier.yaml, shared by the acts of the case'), words: 'nouveau new', choice: 'new' },
		...found.map((file) => ({ label: `$(folder) ${vscode.workspace.asRelativePath(vscode.Uri.joinPath(file, '..'))}`, description: 'dossier.yaml', words: 'dossier', choice: { folder: vscode.Uri.joinPath(file, '..'), exists: true } })),
		{ label: `$(file) ${vscode.l10n.t('No case file')}`, description: vscode.l10n.t('the act alone, at the root of the workspace'), words: 'sans aucun none', choice: undefined },
	];
	const active = previous === undefined ? undefined : items.find((item) => typeof item.choice === 'object' && item.choice.folder.toString() === previous.folder.toString());
	const answer = await pick(frame, { items, active, placeholder: vscode.l10n.t('Where the act goes: its case file holds what the acts of the case share') });
	if (answer === undefined || answer === 'back') {
		return answer;
	}
	const choice = answer.value[0].choice;
	if (choice !== 'new') {
		return { value: choice };
	}
	const root = vscode.workspace.workspaceFolders![0].uri;
	const name = await ask(frame, {
		prompt: vscode.l10n.t('Name of the new case file’s folder, in the workspace'),
		value: `dossier-${surnameSlug(clientName) ?? vscode.l10n.t('client')}`,
		validate: (value) => (/^[^/\\:*?"<>|]+$/u.test(value.trim()) ? undefined : vscode.l10n.t('A folder name, not a path')),
	});
	if (name === undefined) {
		return undefined;
	}
	if (name === 'back') {
		return pickDossier(frame, clientName, previous);
	}
	const folder = vscode.Uri.joinPath(root, name.value.trim());
	return { value: { folder, exists: await exists(vscode.Uri.joinPath(folder, 'dossier.yaml')) } };
}

interface PickOptions<T extends vscode.QuickPickItem & { readonly words: string }> {
	readonly items: readonly T[];
	readonly active?: T;
	readonly many?: boolean;
	readonly selected?: readonly T[];
	readonly placeholder?: string;
	readonly nothingChosen?: string;
}

/**
 * One quick pick step. Every word typed must appear in the item's label, description, detail or
 * other words (case and accents ignored), in any order: « assignation plateforme » finds the
 * assignation against a platform, which VS Code's own filter (one field at a time) would not.
 */
function pick<T extends vscode.QuickPickItem & { readonly words: string }>(frame: StepFrame, options: PickOptions<T>): Promise<StepAnswer<T[]>> {
	const picker = vscode.window.createQuickPick<T>();
	picker.title = frame.title;
	picker.buttons = frame.canGoBack ? [vscode.QuickInputButtons.Back] : [];
	picker.ignoreFocusOut = true;
	picker.canSelectMany = options.many === true;
	picker.placeholder = options.placeholder;
	// Shown whatever VS Code's filter thinks: this step filters them itself.
	const items = options.items.map((item) => ({ ...item, alwaysShow: true }));
	const copyOf = (item: T): T => items[options.items.indexOf(item)];
	picker.items = items;
	if (options.selected !== undefined && options.selected.length > 0) {
		picker.selectedItems = options.selected.map(copyOf);
	}
	if (options.active !== undefined) {
		picker.activeItems = [copyOf(options.active)];
	}
	picker.onDidChangeValue((typed) => {
		const selected = picker.selectedItems;
		picker.items = items.filter((item) => matches(item, typed));
		if (picker.canSelectMany) {
			picker.selectedItems = selected.filter((item) => picker.items.includes(item));
		}
	});
	return new Promise((resolve) => {
		let answered = false;
		const answer = (value: StepAnswer<T[]>): void => {
			answered = true;
			resolve(value);
			picker.hide();
		};
		picker.onDidTriggerButton((button) => {
			if (button === vscode.QuickInputButtons.Back) {
				answer('back');
			}
		});
		picker.onDidAccept(() => {
			// Ticked items; else the highlighted one, if it matches what was typed (Enter may come before
			// the list filtered for the last keystroke is shown); else the first item that matches.
			const typed = picker.value;
			const highlighted = picker.activeItems.filter((item) => matches(item, typed));
			const chosen = picker.canSelectMany && picker.selectedItems.length > 0 ? [...picker.selectedItems] : highlighted.length > 0 ? highlighted.slice(0, 1) : items.filter((item) => matches(item, typed)).slice(0, 1);
			if (chosen.length === 0) {
				// Nothing silently chosen for the lawyer: say what is expected.
				picker.placeholder = options.nothingChosen ?? picker.placeholder;
				return;
			}
			answer({ value: chosen });
		});
		picker.onDidHide(() => {
			if (!answered) {
				resolve(undefined);
			}
			picker.dispose();
		});
		picker.show();
	});
}

/** One free-text step; an empty answer is kept (the act then carries a placeholder). */
function ask(frame: StepFrame, options: { readonly prompt?: string; readonly placeHolder?: string; readonly value?: string; readonly validate?: (value: string) => string | undefined }): Promise<StepAnswer<string>> {
	const input = vscode.window.createInputBox();
	input.title = frame.title;
	input.buttons = frame.canGoBack ? [vscode.QuickInputButtons.Back] : [];
	input.ignoreFocusOut = true;
	input.prompt = options.prompt;
	input.placeholder = options.placeHolder;
	input.value = options.value ?? '';
	const validate = (): void => {
		input.validationMessage = options.validate?.(input.value);
	};
	validate();
	input.onDidChangeValue(validate);
	return new Promise((resolve) => {
		let answered = false;
		const answer = (value: StepAnswer<string>): void => {
			answered = true;
			resolve(value);
			input.hide();
		};
		input.onDidTriggerButton((button) => {
			if (button === vscode.QuickInputButtons.Back) {
				answer('back');
			}
		});
		input.onDidAccept(() => {
			if (options.validate?.(input.value) === undefined) {
				answer({ value: input.value });
			}
		});
		input.onDidHide(() => {
			if (!answered) {
				resolve(undefined);
			}
			input.dispose();
		});
		input.show();
	});
}

function map<T, U>(answer: StepAnswer<T>, convert: (value: T) => U): StepAnswer<U> {
	return answer === undefined || answer === 'back' ? answer : { value: convert(answer.value) };
}

function matches(item: vscode.QuickPickItem & { readonly words: string }, typed: string): boolean {
	const haystack = fold([item.label, item.description ?? '', item.detail ?? '', item.words].join(' '));
	const words = fold(typed).split(/\s+/u).filter((word) => word !== '');
	return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function blankToUndefined(value: string | undefined): string | undefined {
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The client's surname (the word in capitals, else the last word), folded for a folder name. */
function surnameSlug(clientName: string | undefined): string | undefined {
	const words = (clientName ?? '').trim().split(/\s+/u).filter((word) => word !== '');
	const surname = words.find((word) => word.length > 1 && word === word.toLocaleUpperCase('fr') && /\p{L}/u.test(word)) ?? words.at(-1);
	const slug = surname === undefined ? '' : fold(surname).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');
	return slug === '' ? undefined : slug;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
	return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** `to` relative to the folder of `from`, with forward slashes, as the act's `dossier:` line writes it. */
function relativePath(from: vscode.Uri, to: vscode.Uri): string {
	const fromParts = from.path.split('/').slice(0, -1);
	const toParts = to.path.split('/');
	let common = 0;
	while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
		common++;
	}
	return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
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
