import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readDossier } from '../document/dossier';
import { isIsoDate } from '../document/frontMatterSchema';
import { platformByKey, platforms } from '../knowledge';
import { accessProviderAct } from '../templates/accessProviderAct';
import { readLawyerFileSync, textOf } from '../services/safeFile';

export const NEW_USAGE = `        pretoire new --dossier DOSSIER --acte assignation-refere --fai CLÉ [--date AAAA-MM-JJ] -o ACTE.md`;

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

/** `pretoire new`: writes the act against the access provider from the dossier, never over an existing file. */
export function newCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): number {
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
	const read = textOf(readLawyerFileSync(dossierFile, 'dossier'));
	if ('refusal' in read) {
		warn(`${dossierFile} : ${read.refusal}`);
		return 2;
	}
	const dossier = readDossier(read.text);
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
