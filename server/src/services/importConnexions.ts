import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { addConnexions } from '../document/dossierConnexions';
import { fileURLToPath } from 'node:url';
import { parseTimeZone, readPlatformAnswer, type AnswerTimeZone, type ImportedConnexion } from '../evidence/platformAnswer';
import type { Translator } from '../l10n';
import type { ImportConnexionsRequest } from '../protocol';
import { attributionWording } from '../queries/connexions';
import { readLawyerFileSync, textOf } from './safeFile';

export interface ConnexionsImportRequest {
	readonly answerFile: string;
	readonly dossierFile: string;
	readonly piece?: number;
	readonly zone?: AnswerTimeZone;
	/** False: say what would be written, write nothing. */
	readonly write: boolean;
}

export type ConnexionsImport =
	| { readonly kind: 'zone-needed' }
	| { readonly kind: 'refused'; readonly problems: readonly string[] }
	| {
		readonly kind: 'done';
		readonly written: boolean;
		readonly added: readonly ImportedConnexion[];
		readonly duplicates: readonly ImportedConnexion[];
	};

/**
 * Imports the connections of a platform's answer into `dossier.yaml`: all of them or none (a row that
 * cannot be read refuses the file), written atomically (a temporary file renamed over the dossier).
 */
export function importConnexions(request: ConnexionsImportRequest, translator: Translator): ConnexionsImport {
	const { t } = translator;
	// Both files are named by the lawyer (an argument, a dialog): read through the one safe reader.
	const answer = textOf(readLawyerFileSync(request.answerFile, 'platformAnswer', translator));
	if ('refusal' in answer) {
		return { kind: 'refused', problems: [t('{0} : {1}', request.answerFile, answer.refusal)] };
	}
	const reading = readPlatformAnswer(answer.text, request.zone, translator);
	if (reading.kind !== 'read') {
		return reading;
	}
	const dossier = textOf(readLawyerFileSync(request.dossierFile, 'dossier', translator));
	if ('refusal' in dossier) {
		return { kind: 'refused', problems: [t('{0} : {1}', request.dossierFile, dossier.refusal)] };
	}
	const addition = addConnexions(dossier.text, reading.connexions, request.piece, translator);
	if (addition.kind === 'refused') {
		return { kind: 'refused', problems: [t('{0} : {1}', request.dossierFile, addition.problem)] };
	}
	const added = reading.connexions.filter((connexion) => addition.added.includes(connexion));
	const duplicates = reading.connexions.filter((connexion) => addition.duplicates.includes(connexion));
	if (request.write && added.length > 0) {
		const temporary = `${request.dossierFile}.${process.pid}.tmp`;
		try {
			writeFileSync(temporary, addition.text, { flag: 'wx' });
			renameSync(temporary, request.dossierFile);
		} catch (error) {
			rmSync(temporary, { force: true });
			return { kind: 'refused', problems: [t('{0} : écriture impossible ({1})', request.dossierFile, (error as NodeJS.ErrnoException).code ?? 'erreur')] };
		}
	}
	return { kind: 'done', written: request.write && added.length > 0, added, duplicates };
}

/** One imported row as the lawyer checks it: where it was read, what is written, who announces the address. */
export function importedRowText(connexion: ImportedConnexion, translator: Translator): string {
	const { t } = translator;
	return t('ligne {0} : {1}', connexion.line, `${connexion.ip}${connexion.port === undefined ? '' : t(', port {0}', connexion.port)}, ${connexion.horodatage} — ${attributionWording(connexion.ip, translator)}`);
}

/** The editor's request: the same import as `pretoire import-connexions`, on local files. */
export function importConnexionsRequest(params: ImportConnexionsRequest.Params, translator: Translator): ImportConnexionsRequest.Result {
	const { t } = translator;
	if (!params.answerUri.startsWith('file:') || !params.dossierUri.startsWith('file:')) {
		return { kind: 'refused', problems: [t('Enregistrez d’abord le dossier et la réponse de la plateforme dans des fichiers locaux')] };
	}
	const zone = params.zone === undefined ? undefined : parseTimeZone(params.zone);
	if (params.zone !== undefined && zone === undefined) {
		return { kind: 'refused', problems: [t('Fuseau illisible : {0} ; attendu UTC, Europe/Paris ou un décalage comme +01:00', params.zone)] };
	}
	const result = importConnexions({ answerFile: fileURLToPath(params.answerUri), dossierFile: fileURLToPath(params.dossierUri), piece: params.piece, zone, write: params.write }, translator);
	if (result.kind !== 'done') {
		return result;
	}
	return { kind: 'done', written: result.written, added: result.added.map((row) => ({ text: importedRowText(row, translator) })), duplicates: result.duplicates.map((row) => ({ text: importedRowText(row, translator) })) };
}
