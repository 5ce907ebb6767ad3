import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { frontMatterIssueMessage } from '../engine/messages';
import { translator } from '../l10n';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readDossier } from '../document/dossier';
import { isIsoDate, type ActKind } from '../document/frontMatterSchema';
import { platformByKey, platforms, providerKeyOfConnexion, type Platform } from '../knowledge';
import { attributionWording } from '../queries/connexions';
import { accessProviderAct, connexionsOfProvider, providersOfDossier } from '../templates/accessProviderAct';
import { instantiateTemplate, newActFileName, newDossierText, readTemplates } from '../templates/newPleading';
import { readLawyerFileSync, textOf } from '../services/safeFile';
import { PROJECT_FILE, pathPolicyFor, projectSettingsFor } from './projectSettings';

export const NEW_USAGE = `        pretoire new --acte assignation-refere|requete --plateforme CLÉ [--dossier DOSSIER] [--date AAAA-MM-JJ] [-o ACTE.md]
        pretoire new --dossier DOSSIER --acte assignation-refere|requete --fai CLÉ|auto [--date AAAA-MM-JJ] -o ACTE.md|RÉPERTOIRE/`;

interface NewCommand {
	readonly dossier: string;
	/** A catalogue key, or `auto`: one act per provider the dossier's connections are attributed to. */
	readonly provider: string;
	readonly output: string;
	readonly date: string;
	readonly acte: ActKind;
}

/** The value of each option (`--flag value` or `--flag=value`, `--output` read as `-o`), or the refusal of the first one not allowed or without value. */
function optionValues(args: readonly string[], allowed: readonly string[]): Map<string, string> | string {
	const values = new Map<string, string>();
	for (let index = 0; index < args.length; index++) {
		const [flag, inline] = args[index].startsWith('--') ? args[index].split('=', 2) : [args[index], undefined];
		if (!allowed.includes(flag)) {
			return `Option inconnue : ${args[index]}`;
		}
		const value = inline ?? args[++index];
		if (value === undefined || value === '') {
			return `Valeur absente pour ${flag}`;
		}
		values.set(flag === '--output' ? '-o' : flag, value);
	}
	return values;
}

function parseNewArguments(args: readonly string[]): NewCommand | string {
	const values = optionValues(args, ['--dossier', '--acte', '--fai', '--date', '-o', '--output']);
	if (typeof values === 'string') {
		return values;
	}
	const acte = values.get('--acte') ?? 'assignation-refere';
	if (acte !== 'assignation-refere' && acte !== 'requete') {
		return `Acte non pris en charge par \`new\` : ${acte} (--acte assignation-refere ou --acte requete contre le fournisseur d'accès)`;
	}
	const dossier = values.get('--dossier');
	const provider = values.get('--fai');
	const output = values.get('-o');
	if (dossier === undefined || provider === undefined || output === undefined) {
		return 'Indiquez --dossier, --fai et -o';
	}
	const date = values.get('--date') ?? new Date().toISOString().slice(0, 10);
	if (!isIsoDate(date)) {
		return `Date invalide pour --date : ${date} ; attendu AAAA-MM-JJ`;
	}
	return { dossier, provider, output, date, acte };
}

/** `pretoire new`: writes the act against the platform (step 1, `--plateforme`) or the act(s) against the access provider(s) from the dossier (step 2, `--fai`), never over an existing file. */
export function newCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): number {
	if (args.some((arg) => arg === '--plateforme' || arg.startsWith('--plateforme='))) {
		return newPlatformActCommand(args, write, warn);
	}
	const command = parseNewArguments(args);
	if (typeof command === 'string') {
		warn(command);
		return 2;
	}
	const chosen = command.provider === 'auto' ? undefined : platformByKey(command.provider);
	if (command.provider !== 'auto' && (chosen === undefined || chosen.kind !== 'fai')) {
		warn(`Fournisseur d'accès inconnu : ${command.provider} ; clés du catalogue : ${platforms.filter((platform) => platform.kind === 'fai').map((platform) => platform.key).join(', ')}, ou auto`);
		return 2;
	}
	const dossierFile = existsSync(command.dossier) && statSync(command.dossier).isDirectory() ? join(command.dossier, 'dossier.yaml') : command.dossier;
	const read = textOf(readLawyerFileSync(dossierFile, 'dossier', translator('fr')));
	if ('refusal' in read) {
		warn(`${dossierFile} : ${read.refusal}`);
		return 2;
	}
	const dossier = readDossier(read.text);
	const invalid = dossier.issues.filter((issue) => issue.kind !== 'unknown-key');
	if (invalid.length > 0) {
		warn(`${dossierFile} : dossier invalide ; corrigez-le d'abord :\n${invalid.map((issue) => `- ${frontMatterIssueMessage(issue, 'fr')}`).join('\n')}`);
		return 1;
	}
	const providers = chosen === undefined ? providersOfDossier(dossier.data).map((key) => platformByKey(key)).filter((platform): platform is Platform => platform !== undefined) : [chosen];
	if (providers.length === 0) {
		warn(`${dossierFile} : aucune connexion n'est attribuée à un fournisseur d'accès du catalogue ; indiquez-le avec --fai CLÉ`);
		return 1;
	}
	const toDirectory = chosen === undefined || command.output.endsWith('/') || (existsSync(command.output) && statSync(command.output).isDirectory());
	const targets = providers.map((provider) => ({ provider, output: toDirectory ? join(command.output, `${command.acte}-${provider.key}.md`) : command.output }));
	const existing = targets.filter((target) => existsSync(target.output));
	if (existing.length > 0) {
		warn(`${existing.map((target) => target.output).join(', ')} existe déjà : choisissez un autre nom (Prétoire n'écrase jamais un acte)`);
		return 1;
	}
	const acts: { output: string; provider: Platform; text: string; connexions: number }[] = [];
	for (const { provider, output } of targets) {
		try {
			const dossierPath = relative(dirname(resolve(output)), resolve(dossierFile)).split(sep).join('/');
			const unattributed = chosen === undefined ? 'exclude' : 'include';
			acts.push({ output, provider, text: accessProviderAct({ dossier: dossier.data, dossierPath, provider, date: command.date, acte: command.acte, unattributed }, translator('fr')), connexions: connexionsOfProvider(dossier.data, provider.key, unattributed).length });
		} catch (error) {
			warn(error instanceof Error ? error.message : String(error));
			return 1;
		}
	}
	for (const act of acts) {
		try {
			mkdirSync(dirname(act.output), { recursive: true });
			writeFileSync(act.output, act.text, { flag: 'wx' });
		} catch (error) {
			warn(`${act.output} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
			return 1;
		}
		write(`Acte écrit : ${act.output} (contre ${act.provider.denomination}, ${act.connexions} connexion(s))`);
	}
	if (!projectForDossier(acts.map((act) => act.output), dossierFile, write, warn)) {
		return 1;
	}
	if (chosen === undefined) {
		// Addresses no provider of the table announces have no act: say so rather than drop them silently.
		for (const connexion of dossier.data.connexions ?? []) {
			if (connexion?.ip !== undefined && providerKeyOfConnexion(connexion.ip, connexion.fournisseur) === undefined) {
				warn(`${connexion.ip} : sans acte, ${attributionWording(connexion.ip, translator('fr'))}`);
			}
		}
	}
	return 0;
}

// Step 1: the act against the platform (the wizard's « Nouvel acte »), optionally into a case file.

interface NewPlatformActCommand {
	readonly act: 'assignation-refere' | 'requete';
	readonly platform: Platform;
	readonly dossier: string | undefined;
	readonly output: string | undefined;
	readonly date: string;
}

function parseNewPlatformActArguments(args: readonly string[]): NewPlatformActCommand | string {
	const values = optionValues(args, ['--acte', '--plateforme', '--dossier', '--date', '-o', '--output']);
	if (typeof values === 'string') {
		return values;
	}
	const act = values.get('--acte');
	if (act !== 'assignation-refere' && act !== 'requete') {
		return `Indiquez --acte assignation-refere ou --acte requete${act === undefined ? '' : ` (reçu : ${act})`}`;
	}
	const key = values.get('--plateforme') ?? '';
	const platform = platformByKey(key);
	if (platform === undefined || platform.kind !== 'hebergeur') {
		const hosts = platforms.filter((candidate) => candidate.kind === 'hebergeur').map((candidate) => candidate.key).join(', ');
		return platform?.kind === 'fai' ? `${key} est un fournisseur d'accès : l'acte contre lui s'écrit avec --fai à partir du dossier` : `Plateforme inconnue : ${key} ; clés du catalogue : ${hosts}`;
	}
	const date = values.get('--date') ?? new Date().toISOString().slice(0, 10);
	if (!isIsoDate(date)) {
		return `Date invalide pour --date : ${date} ; attendu AAAA-MM-JJ`;
	}
	return { act, platform, dossier: values.get('--dossier'), output: values.get('-o'), date };
}

function newPlatformActCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): number {
	const command = parseNewPlatformActArguments(args);
	if (typeof command === 'string') {
		warn(command);
		return 2;
	}
	const params = { template: `${command.act}-hebergeur`, platform: command.platform.key, date: command.date };
	// With a case file, the act goes into its folder; a case file that does not exist yet is created.
	const dossierFile = command.dossier === undefined ? undefined : /\.ya?ml$/iu.test(command.dossier) ? command.dossier : join(command.dossier, 'dossier.yaml');
	const output = command.output ?? join(dossierFile === undefined ? '.' : dirname(dossierFile), newActFileName(params));
	if (existsSync(output)) {
		warn(`${output} existe déjà : choisissez un autre nom avec -o (Prétoire n'écrase jamais un acte)`);
		return 1;
	}
	try {
		const dossierPath = dossierFile === undefined ? undefined : relative(dirname(resolve(output)), resolve(dossierFile)).split(sep).join('/');
		// A case file that names the lawyer is inherited, not written over.
		const read = dossierFile === undefined || !existsSync(dossierFile) ? undefined : textOf(readLawyerFileSync(dossierFile, 'dossier', translator('fr')));
		const act = instantiateTemplate(readTemplates(join(__dirname, '..', 'templates')), { ...params, dossier: dossierPath }, translator('fr'), read === undefined || 'refusal' in read ? undefined : readDossier(read.text).data);
		if (dossierFile !== undefined && !existsSync(dossierFile)) {
			mkdirSync(dirname(dossierFile), { recursive: true });
			writeFileSync(dossierFile, newDossierText(undefined), { flag: 'wx' });
			write(`Dossier créé : ${dossierFile}`);
		}
		mkdirSync(dirname(output), { recursive: true });
		writeFileSync(output, act, { flag: 'wx' });
	} catch (error) {
		warn(`${output} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
		return 1;
	}
	write(`Acte écrit : ${output} (${command.act === 'requete' ? 'requête' : 'assignation en référé'} contre ${command.platform.denomination}) ; complétez les « [À compléter : …] » puis lancez pretoire check ${output}`);
	return dossierFile === undefined || projectForDossier([output], dossierFile, write, warn) ? 0 : 1;
}

/**
 * `check` and `export` read the dossier an act names only inside the act's folder tree, or the folder
 * of the nearest `.pretoire.json` (pathPolicyFor). An act written into a subfolder of the dossier's
 * folder (`-o dossier/actes/`) names `../dossier.yaml`: the dossier's folder is made the project,
 * with an empty `.pretoire.json` (default settings), so that the act keeps its parties. False when the
 * project file cannot be written.
 */
function projectForDossier(outputs: readonly string[], dossierFile: string, write: (text: string) => void, warn: (text: string) => void): boolean {
	const dossierFolder = dirname(resolve(dossierFile));
	const outside = outputs.filter((output) => {
		const root = pathPolicyFor(output, projectSettingsFor(output, new Map(), translator('fr'))).root;
		return relative(root, dossierFolder).startsWith('..');
	});
	if (outside.length === 0) {
		return true;
	}
	// An act outside the dossier's folder tree cannot be helped without widening what a received folder may read.
	const away = outside.filter((output) => relative(dossierFolder, resolve(output)).startsWith('..'));
	if (away.length > 0) {
		warn(`${away.join(', ')} : hors du dossier de ${dossierFile}, que pretoire check et export ne liront pas depuis cet acte ; écrivez l'acte dans le dossier`);
		return true;
	}
	const projectFile = join(dossierFolder, PROJECT_FILE);
	try {
		writeFileSync(projectFile, '{}\n', { flag: 'wx' });
	} catch (error) {
		warn(`${projectFile} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)}) ; pretoire check et export ne liront pas ${dossierFile} depuis ${outside.join(', ')}`);
		return false;
	}
	write(`Réglages créés : ${projectFile} (réglages par défaut) ; les actes de ce dossier peuvent ainsi nommer ${dossierFile}`);
	return true;
}
