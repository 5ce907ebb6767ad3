import { basename, dirname, relative, sep } from 'node:path';
import { frontMatterIssueMessage } from '../engine/messages';
import type { Translator } from '../l10n';
import { fileURLToPath } from 'node:url';
import { readDossier } from '../document/dossier';
import type { FrontMatterData } from '../document/frontMatterSchema';
import type { PleadingModel } from '../document/model';
import { ExportError, writePdfAtomically } from '../export/pdf';
import { platformByKey } from '../knowledge';
import type { AccessProviderActRequest, ExportCaseFileRequest } from '../protocol';
import { accessProviderAct } from '../templates/accessProviderAct';
import { caseFileTarget, exportCaseFile } from './caseFileExport';
import { prepareExportTarget } from './exportService';
import type { PathPolicy } from './repositoryPaths';
import { readLawyerFile, textOf } from './safeFile';

/**
 * The step-2 act for the command palette: the dossier as the editor has it (unsaved edits count) or
 * as it is on disk; the act's `dossier:` path relative to where it will be saved.
 */
export async function accessProviderActText(params: AccessProviderActRequest.Params, openText: (uri: string) => string | undefined, translator: Translator): Promise<AccessProviderActRequest.Result> {
	const provider = platformByKey(params.platform);
	if (provider === undefined) {
		throw new ExportError(`Fournisseur d’accès inconnu : ${params.platform}`);
	}
	if (!params.dossierUri.startsWith('file:') || !params.targetUri.startsWith('file:')) {
		throw new ExportError('Enregistrez d’abord le dossier et choisissez un fichier local pour l’acte');
	}
	const dossierPath = fileURLToPath(params.dossierUri);
	const read = openText(params.dossierUri) ?? textOf(await readLawyerFile(dossierPath, 'dossier', translator));
	if (typeof read !== 'string' && 'refusal' in read) {
		throw new ExportError(`Dossier illisible : ${dossierPath} (${read.refusal})`);
	}
	const text = typeof read === 'string' ? read : read.text;
	const dossier = readDossier(text);
	const invalid = dossier.issues.filter((issue) => issue.kind !== 'unknown-key');
	if (invalid.length > 0) {
		throw new ExportError(`Dossier invalide : corrigez d’abord ${basename(dossierPath)} (${frontMatterIssueMessage(invalid[0], translator.language)})`);
	}
	const reference = relative(dirname(fileURLToPath(params.targetUri)), dossierPath).split(sep).join('/');
	return { text: accessProviderAct({ dossier: dossier.data, dossierPath: reference, provider, date: params.date, acte: params.acte, avocat: params.avocat }, translator) };
}

/** The case file a new act goes into, as read (the editor's text first); undefined when it cannot be read or is not there yet. */
export async function newActDossier(dossierUri: string | undefined, openText: (uri: string) => string | undefined, translator: Translator): Promise<FrontMatterData | undefined> {
	if (dossierUri === undefined || !dossierUri.startsWith('file:')) {
		return undefined;
	}
	const read = openText(dossierUri) ?? textOf(await readLawyerFile(fileURLToPath(dossierUri), 'dossier', translator));
	if (typeof read !== 'string' && 'refusal' in read) {
		return undefined;
	}
	return readDossier(typeof read === 'string' ? read : read.text).data;
}

/** Writes the projet d'ordonnance, the bordereau or the bundle beside the act (or in the export folder). */
export async function exportCaseFileToDisk(model: PleadingModel, params: ExportCaseFileRequest.Params, policy: PathPolicy, translator: Translator): Promise<ExportCaseFileRequest.Result> {
	const { source, target } = await prepareExportTarget(params.uri, params.outputDirectory, (act) => basename(caseFileTarget(act, params.kind)), 'Export');
	const document = await exportCaseFile(model, params.kind, target, translator, {}, policy);
	await writePdfAtomically(document.pdf, target, source);
	return { path: target, pages: document.pages, notes: document.notes };
}
