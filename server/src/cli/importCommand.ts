import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeZone, type AnswerTimeZone, type ImportedConnexion } from '../evidence/platformAnswer';
import { translator } from '../l10n';
import { importConnexions, importedRowText } from '../services/importConnexions';

export const IMPORT_USAGE = `        pretoire import-connexions RÉPONSE --dossier DOSSIER [--piece N] [--fuseau UTC|Europe/Paris|+01:00] [--dry-run]`;

interface ImportCommand {
	readonly answer: string;
	readonly dossier: string;
	readonly piece?: number;
	readonly zone?: AnswerTimeZone;
	readonly dryRun: boolean;
}

function parseImportArguments(args: readonly string[]): ImportCommand | string {
	const values = new Map<string, string>();
	const files: string[] = [];
	let dryRun = false;
	for (let index = 0; index < args.length; index++) {
		const [flag, inline] = args[index].startsWith('--') ? args[index].split('=', 2) : [args[index], undefined];
		if (flag === '--dry-run') {
			dryRun = true;
			continue;
		}
		if (!flag.startsWith('-')) {
			files.push(flag);
			continue;
		}
		if (!['--dossier', '--piece', '--fuseau'].includes(flag)) {
			return `Option inconnue : ${args[index]}`;
		}
		const value = inline ?? args[++index];
		if (value === undefined || value === '') {
			return `Valeur absente pour ${flag}`;
		}
		values.set(flag, value);
	}
	const dossier = values.get('--dossier');
	if (files.length !== 1 || dossier === undefined) {
		return 'Indiquez un fichier de réponse de la plateforme et --dossier';
	}
	const pieceText = values.get('--piece');
	const piece = pieceText === undefined ? undefined : Number(pieceText);
	if (piece !== undefined && (!Number.isInteger(piece) || piece < 1)) {
		return `Numéro de pièce invalide pour --piece : ${pieceText ?? ''} ; attendu un entier positif`;
	}
	const zoneText = values.get('--fuseau');
	const zone = zoneText === undefined ? undefined : parseTimeZone(zoneText);
	if (zoneText !== undefined && zone === undefined) {
		return `Fuseau illisible pour --fuseau : ${zoneText} ; attendu UTC, Europe/Paris ou un décalage comme +01:00`;
	}
	return { answer: files[0], dossier, piece, zone, dryRun };
}

function row(connexion: ImportedConnexion): string {
	return `  ${importedRowText(connexion, translator('fr'))}`;
}

/** `pretoire import-connexions`: adds the connections of a platform's answer to dossier.yaml, all or none. */
export function importCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): number {
	const command = parseImportArguments(args);
	if (typeof command === 'string') {
		warn(`${command}\n${IMPORT_USAGE}`);
		return 2;
	}
	const dossierFile = existsSync(command.dossier) && statSync(command.dossier).isDirectory() ? join(command.dossier, 'dossier.yaml') : command.dossier;
	const result = importConnexions({ answerFile: command.answer, dossierFile, piece: command.piece, zone: command.zone, write: !command.dryRun }, translator('fr'));
	if (result.kind === 'zone-needed') {
		warn(`${command.answer} : les heures ne disent pas leur fuseau, ni dans les valeurs ni dans l'en-tête ; Prétoire ne le devine pas. Indiquez-le : --fuseau UTC, --fuseau Europe/Paris ou --fuseau +01:00 (tel que la plateforme l'a communiqué)`);
		return 2;
	}
	if (result.kind === 'refused') {
		warn(`${command.answer} : fichier refusé, rien n'a été écrit :\n${result.problems.map((problem) => `- ${problem}`).join('\n')}`);
		return 1;
	}
	if (result.added.length > 0) {
		write(`${command.dryRun ? 'Connexions qui seraient ajoutées' : 'Connexions ajoutées'} à ${dossierFile} (heure de Paris)${command.piece === undefined ? '' : `, pièce n° ${command.piece}`} :`);
		result.added.forEach((connexion) => write(row(connexion)));
	}
	if (result.duplicates.length > 0) {
		write(`Déjà dans le dossier, non répétées :`);
		result.duplicates.forEach((connexion) => write(row(connexion)));
	}
	if (result.added.length === 0) {
		write(`Aucune connexion nouvelle : ${dossierFile} est inchangé`);
	} else if (command.dryRun) {
		write(`--dry-run : ${dossierFile} est inchangé`);
	}
	return 0;
}
