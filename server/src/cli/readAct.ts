import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleFinding } from '../engine/analyze';
import { inheritDossier } from '../document/dossier';
import { isInherited, type PleadingModel } from '../document/model';
import { looksLikePleading, parsePleading } from '../document/parse';
import type { Translator } from '../l10n';
import { loadDossier } from '../services/dossierFiles';
import type { PathPolicy } from '../services/repositoryPaths';
import { readLawyerFileSync, textOf } from '../services/safeFile';
import { pathPolicyFor, projectSettingsFor } from './projectSettings';

/**
 * An act as the CLI analyses it: parsed, with what it inherits from the `dossier.yaml` on disk, read
 * under `policy` (the act's folder tree when none is given).
 */
export function readAct(document: TextDocument, translator: Translator, policy?: PathPolicy): PleadingModel {
	const model = parsePleading(document);
	return inheritDossier(model, loadDossier(model, translator, policy));
}

/** The text of an act named on the command line, or the French line that refuses it (never its content). */
export function readActText(file: string, translator: Translator): { text: string } | { refusal: string } {
	const read = textOf(readLawyerFileSync(file, 'act', translator));
	return 'refusal' in read ? { refusal: `${file} : ${read.refusal}` } : read;
}

/**
 * The one act a command (export, calendar, a document of the case file) works on: read from disk and
 * parsed with its dossier, or the French line that refuses it (exit code 2). `notAnActSuffix` ends
 * the refusal of a file that is no pleading (« , rien à exporter »).
 */
export function readActFile(file: string, translator: Translator, notAnActSuffix = ''): { model: PleadingModel; policy: PathPolicy } | { refusal: string } {
	const read = readActText(file, translator);
	if ('refusal' in read) {
		return read;
	}
	if (!looksLikePleading(read.text)) {
		return { refusal: `${file} : pas un acte (aucune clé \`acte:\` dans le front matter)${notAnActSuffix}` };
	}
	const policy = pathPolicyFor(file, projectSettingsFor(file, new Map(), translator));
	return { model: readAct(TextDocument.create(pathToFileURL(resolve(file)).toString(), 'markdown', 1, read.text), translator, policy), policy };
}

/**
 * A finding about an inherited value names, after its message, where the dossier writes the value:
 * on the command line there is no « related information » to click.
 */
export function withOrigin(model: PleadingModel, finding: RuleFinding): RuleFinding {
	const dossier = model.dossier?.document;
	if (!isInherited(finding.span) || dossier === undefined) {
		return finding;
	}
	const position = dossier.positionAt(finding.span.origin.start);
	const name = dossier.uri.startsWith('file:') ? basename(fileURLToPath(dossier.uri)) : dossier.uri;
	return { ...finding, message: `${finding.message} [${name}:${position.line + 1}:${position.character + 1}]` };
}
