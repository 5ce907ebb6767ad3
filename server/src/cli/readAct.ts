import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleFinding } from '../engine/analyze';
import { inheritDossier } from '../document/dossier';
import { isInherited, type PleadingModel } from '../document/model';
import { parsePleading } from '../document/parse';
import { loadDossier } from '../services/dossierFiles';

/** An act as the CLI analyses it: parsed, with what it inherits from the `dossier.yaml` on disk. */
export function readAct(document: TextDocument): PleadingModel {
	const model = parsePleading(document);
	return inheritDossier(model, loadDossier(model));
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
