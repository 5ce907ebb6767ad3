import { ExportError, writePdfAtomically } from '../export/pdf';
import { translator } from '../l10n';
import { caseFileTarget, exportCaseFile, type CaseFileKind } from '../services/caseFileExport';
import { exportGateVerdict } from './exportGate';
import { readActFile } from './readAct';

export const CASE_FILE_USAGE = `        pretoire export FICHIER --ordonnance|--bordereau|--bundle [-o SORTIE.pdf] [--force]`;

const FLAGS: Readonly<Record<string, CaseFileKind>> = { '--ordonnance': 'ordonnance', '--bordereau': 'bordereau', '--bundle': 'bundle' };

/** Whether `pretoire export` is asked for a document of the case file rather than the act itself. */
export function isCaseFileExport(args: readonly string[]): boolean {
	return args.some((arg) => arg in FLAGS);
}

/**
 * `pretoire export ACTE.md --ordonnance|--bordereau|--bundle [-o SORTIE.pdf]`: the projet
 * d'ordonnance of a requête, the bordereau alone, or act + bordereau + stamped pièces.
 */
export async function caseFileCommand(args: readonly string[], write: (text: string) => void, warn: (text: string) => void): Promise<number> {
	const files: string[] = [];
	const kinds: CaseFileKind[] = [];
	let output: string | undefined;
	let force = false;
	for (let index = 0; index < args.length; index++) {
		const [flag, inline] = args[index].startsWith('--') ? args[index].split('=', 2) : [args[index], undefined];
		if (flag in FLAGS) {
			kinds.push(FLAGS[flag]);
		} else if (flag === '--force') {
			force = true;
		} else if (flag === '-o' || flag === '--output') {
			output = inline ?? args[++index];
			if (output === undefined || output === '') {
				warn(`Valeur absente pour ${flag}`);
				return 2;
			}
		} else if (flag.startsWith('-')) {
			warn(`Option inconnue : ${args[index]}`);
			return 2;
		} else {
			files.push(args[index]);
		}
	}
	if (files.length !== 1 || kinds.length !== 1) {
		warn(files.length !== 1 ? 'Un seul acte à la fois pour `export`' : 'Une seule des options --ordonnance, --bordereau, --bundle à la fois');
		return 2;
	}
	const [file] = files;
	const [kind] = kinds;
	const french = translator('fr');
	const act = readActFile(file, french, ', rien à exporter');
	if ('refusal' in act) {
		warn(act.refusal);
		return 2;
	}
	const { model, policy } = act;
	if (exportGateVerdict(file, model, force, warn) === 'refused') {
		return 1;
	}
	const target = output ?? caseFileTarget(file, kind);
	try {
		const document = await exportCaseFile(model, kind, target, french, {}, policy);
		await writePdfAtomically(document.pdf, target, file);
		const label = kind === 'ordonnance' ? 'Projet d’ordonnance' : kind === 'bordereau' ? 'Bordereau' : 'Dossier de pièces';
		write(`${label} écrit : ${target} (${document.pages} page${document.pages > 1 ? 's' : ''}, ${(document.pdf.byteLength / 1024).toFixed(0)} Ko)`);
		document.notes.forEach(warn);
	} catch (error) {
		warn(error instanceof ExportError ? error.message : `Export impossible : ${String(error)}`);
		return 1;
	}
	return 0;
}
