import { basename, resolve } from 'node:path';
import { deadlinesToIcs } from '../export/ics';
import { ExportError, writeExportAtomically } from '../export/pdf';
import { translator, type MessageLanguage } from '../l10n';
import { deadlinesOf } from '../queries/deadlines';
import { readActFile } from './readAct';

export const CALENDAR_USAGE = `        pretoire calendar FICHIER [-o SORTIE.ics] [--language fr|en]`;

/** `pretoire calendar ACTE.md -o ECHEANCES.ics`: the deadlines of the action, for any agenda. */
export async function calendarCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	const files: string[] = [];
	let output: string | undefined;
	let language: 'fr' | 'en' = 'fr';
	for (let index = 0; index < args.length; index++) {
		const [flag, inline] = args[index].startsWith('--') ? args[index].split('=', 2) : [args[index], undefined];
		if (flag === '-o' || flag === '--output' || flag === '--language') {
			const value = inline ?? args[++index];
			if (value === undefined || value === '' || (flag === '--language' && value !== 'fr' && value !== 'en')) {
				warn(`Valeur invalide pour ${flag} : ${value ?? '(absente)'}`);
				return 2;
			}
			if (flag === '--language') {
				language = value as 'fr' | 'en';
			} else {
				output = value;
			}
		} else if (flag.startsWith('-')) {
			warn(`Option inconnue : ${args[index]}`);
			return 2;
		} else {
			files.push(args[index]);
		}
	}
	if (files.length !== 1) {
		warn(files.length === 0 ? 'Aucun acte' : 'Un seul acte à la fois pour `calendar`');
		return 2;
	}
	return writeCalendar(files[0], output, language, write, warn);
}

async function writeCalendar(file: string, output: string | undefined, language: MessageLanguage, write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	const act = readActFile(file, translator(language));
	if ('refusal' in act) {
		warn(act.refusal);
		return 2;
	}
	const { model } = act;
	const { deadlines, reminders } = deadlinesOf(model, language);
	const target = resolve(output ?? file.replace(/(?:\.(?:md|markdown))?$/iu, '.ics'));
	if (!/\.ics$/iu.test(target)) {
		warn(`Écriture refusée : ${target} ne finit pas par .ics ; choisissez un nom en .ics`);
		return 1;
	}
	const ics = deadlinesToIcs(deadlines, reminders, { uri: model.document.uri, title: basename(file) }, new Date(), translator(language));
	try {
		// The one writer of every export: never over the act, a dossier or settings; atomic, 0600, no temporary left.
		await writeExportAtomically(Buffer.from(ics, 'utf8'), target, file);
	} catch (error) {
		warn(error instanceof ExportError ? error.message : `${target} : écriture impossible (${String(error)})`);
		return 1;
	}
	write(`Échéancier écrit : ${target} (${deadlines.length} échéance${deadlines.length > 1 ? 's' : ''}${deadlines.some((deadline) => deadline.uncertain) ? ', dont certaines à vérifier' : ''})`);
	reminders.forEach((reminder) => write(`Rappel sans date : ${reminder.label}`));
	return 0;
}
