import type { TextDocument } from 'vscode-languageserver-textdocument';
import { inheritDossier } from '../document/dossier';
import type { PleadingModel } from '../document/model';
import { parsePleading } from '../document/parse';
import { loadDossier } from '../services/dossierFiles';

/** An act as the CLI analyses it: parsed, with what it inherits from the `dossier.yaml` on disk. */
export function readAct(document: TextDocument): PleadingModel {
	const model = parsePleading(document);
	return inheritDossier(model, loadDossier(model));
}
