import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readDossier } from '../document/dossier';
import { isIsoDate } from '../document/frontMatterSchema';
import { platformByKey, platforms, type Platform } from '../knowledge';
import { accessProviderAct } from '../templates/accessProviderAct';
import { instantiateTemplate, newActFileName, newDossierText, readTemplates } from '../templates/newPleading';

export const NEW_USAGE = `        pretoire new --acte assignation-refere|requete --plateforme CLÉ [--dossier DOSSIER] [--date AAAA-MM-JJ] [-o ACTE.md]
        pretoire new --dossier DOSSIER --acte assignation-refere --fai CLÉ [--date AAAA-MM-JJ] -o ACTE.md`;

interface NewCommand {
	readonly dossier: string;
	readonly provider: string;
	readonly output: string;
	readonly date: string;
}

function parseNewArguments(args: readonly string[]): NewCommand | string {
	const values = new Map<string, string>();
	for (let index = 0; index < args.length; index++) {
		const [flag, inline] = args[index].startsWith('--') ? args[index].split('=', 2) : [args[index], undefined];
		if (!['--dossier', '--acte', '--fai', '--date', '-o', '--output'].includes(flag)) {
			return `Option inconnue : ${args[index]}`;
		}
		const value = inline ?? args[++index];
		if (value === undefined || value === '') {
			return `Valeur absente pour ${flag}`;
		}
		values.set(flag === '--output' ? '-o' : flag, value);
	}
	const acte = values.get('--acte') ?? 'assignation-refere';
	if (acte !== 'assignation-refere') {
		return `Acte non pris en charge par \`new\` : ${acte} (seule l'assignation en référé contre le fournisseur d'accès, --acte assignation-refere)`;
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
	return { dossier, provider, output, date };
}

/** `pretoire new`: writes the act against the platform (step 1, `--plateforme`) or against the access provider from the dossier (step 2, `--fai`), never over an existing file. */
export function newCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): number {
	if (args.some((arg) => arg === '--plateforme' || arg.startsWith('--plateforme='))) {
		return newPlatformActCommand(args, write, warn);
	}
	const command = parseNewArguments(args);
	if (typeof command === 'string') {
		warn(command);
		return 2;
	}
	const provider = platformByKey(command.provider);
	if (provider === undefined || provider.kind !== 'fai') {
		warn(`Fournisseur d'accès inconnu : ${command.provider} ; clés du catalogue : ${platforms.filter((platform) => platform.kind === 'fai').map((platform) => platform.key).join(', ')}`);
		return 2;
	}
	const dossierFile = existsSync(command.dossier) && statSync(command.dossier).isDirectory() ? join(command.dossier, 'dossier.yaml') : command.dossier;
	let text: string;
	try {
		text = readFileSync(dossierFile, 'utf8');
	} catch (error) {
		warn(`${dossierFile} : lecture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
		return 2;
	}
	const dossier = readDossier(text);
	const invalid = dossier.issues.filter((issue) => issue.kind !== 'unknown-key');
	if (invalid.length > 0) {
		warn(`${dossierFile} : dossier invalide ; corrigez-le d'abord :\n${invalid.map((issue) => `- ${issue.message}`).join('\n')}`);
		return 1;
	}
	if (existsSync(command.output)) {
		warn(`${command.output} existe déjà : choisissez un autre nom (Prétoire n'écrase jamais un acte)`);
		return 1;
	}
	let act: string;
	try {
		const dossierPath = relative(dirname(resolve(command.output)), resolve(dossierFile)).split(sep).join('/');
		act = accessProviderAct({ dossier: dossier.data, dossierPath, provider, date: command.date });
	} catch (error) {
		warn(error instanceof Error ? error.message : String(error));
		return 1;
	}
	try {
		writeFileSync(command.output, act, { flag: 'wx' });
	} catch (error) {
		warn(`${command.output} : écriture impossible (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
		return 1;
	}
	write(`Acte écrit : ${command.output} (contre ${provider.denomination}, ${dossier.data.connexions?.length ?? 0} connexion(s))`);
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
	const values = new Map<string, string>();
	for (let index = 0; index < args.length; index++) {
		const [flag, inline] = args[index].startsWith('--') ? args[index].split('=', 2) : [args[index], undefined];
		if (!['--acte', '--plateforme', '--dossier', '--date', '-o', '--output'].includes(flag)) {
			return `Option inconnue : ${args[index]}`;
		}
		const value = inline ?? args[++index];
		if (value === undefined || value === '') {
			return `Valeur absente pour ${flag}`;
		}
		values.set(flag === '--output' ? '-o' : flag, value);
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
		const act = instantiateTemplate(readTemplates(join(__dirname, '..', 'templates')), { ...params, dossier: dossierPath });
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
	return 0;
}
