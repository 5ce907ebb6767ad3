/**
 * Custom requests between the extension and the server (`pretoire/<verb>`). The client imports the
 * types only: there is no shared runtime code between the two bundles.
 */
import type { WorkspaceEdit } from 'vscode-languageserver-types';

/** Renumbers the pièces in the order of their first citation and returns the edit to apply. */
export namespace RenumberPiecesRequest {
	export const method = 'pretoire/renumberPieces';
	export interface Params {
		readonly uri: string;
	}
	export type Result = WorkspaceEdit | null;
}

/**
 * The same renumbering for any LSP client, through `workspace/executeCommand` (argument: the
 * document's URI); the server applies the edit with `workspace/applyEdit`. Its own id, so that the
 * VS Code client's command `pretoire.renumberPieces` does not collide with it.
 */
export const RENUMBER_PIECES_COMMAND = 'pretoire.server.renumberPieces';

/** The text of a new pleading instantiated from a template with the lawyer's choices. */
export namespace NewPleadingRequest {
	export const method = 'pretoire/newPleading';
	export interface Params {
		/** Template id, from `TemplatesRequest`. */
		readonly template: string;
		/** Platform catalogue key of the défendeur. */
		readonly platform?: string;
		/** Court, e.g. « Tribunal judiciaire de Paris ». */
		readonly court?: string;
		/** Offence ids of the catalogue. */
		readonly offences?: readonly string[];
		/** Date of the act, ISO `YYYY-MM-DD`; today when absent. */
		readonly date?: string;
	}
	export interface Result {
		readonly text: string;
	}
}

/** The templates and catalogues the "Nouvel acte" flow offers. */
export namespace TemplatesRequest {
	export const method = 'pretoire/templates';
	export interface Choice {
		readonly id: string;
		readonly label: string;
		readonly detail?: string;
	}
	export interface Result {
		readonly templates: readonly (Choice & { readonly platformKind: 'hebergeur' | 'fai' })[];
		readonly platforms: readonly (Choice & { readonly kind: 'hebergeur' | 'fai' })[];
		readonly offences: readonly Choice[];
	}
}

/** Exports the pleading to PDF next to it (or to `target`) and returns where it was written. */
export namespace ExportPdfRequest {
	export const method = 'pretoire/exportPdf';
	export interface Params {
		readonly uri: string;
		/** `pretoire.export.outputDirectory`: absolute, or relative to the pleading's folder; next to it when empty. */
		readonly outputDirectory?: string;
	}
	export interface Result {
		readonly path: string;
		readonly pages?: number;
	}
}
