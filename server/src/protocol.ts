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
		/** The client as the lawyer writes it, e.g. « Madame Claire MARTIN »; a placeholder when absent. */
		readonly client?: string;
		/** The author's account, e.g. `@anonyme_75`; read from the URLs, or a placeholder, when absent. */
		readonly account?: string;
		/** Publication URLs; their times are read from the URL where the platform encodes them. */
		readonly publications?: readonly string[];
		/** Day of the hearing (assignation), ISO `YYYY-MM-DD`, one of `TemplatesRequest.Result.hearingDays`; three weeks after the act when absent. */
		readonly hearing?: string;
		/** The case file the act inherits from, relative to the act (`dossier.yaml`): written as its `dossier:` line. */
		readonly dossier?: string;
		/** The same case file's URI, read so that the act does not write what it inherits (the lawyer's details). */
		readonly dossierUri?: string;
		/**
		 * True when the lawyer asks the technical data on an offence that meets the threshold of art. 60-1-2
		 * CPP only through its 2° (one year, online): exposed since CA Paris refused them for two such
		 * offences, so asked only when the lawyer opts in.
		 */
		readonly secondBranchTechnicalData?: boolean;
		/** The lawyer's own details (setting `pretoire.avocat`); each one absent is a blank to complete. */
		readonly avocat?: { readonly nom?: string; readonly barreau?: string; readonly toque?: string; readonly adresse?: string };
	}
	export interface Result {
		readonly text: string;
		/** The name the act is saved under by default: date, act, défendeur and client (`2026-12-07-assignation-x-leroy.md`). */
		readonly fileName: string;
		/** A new `dossier.yaml` for the act's case, when none exists yet. */
		readonly dossierText: string;
	}
}

/** The templates and catalogues the "Nouvel acte" flow offers. */
export namespace TemplatesRequest {
	export const method = 'pretoire/templates';
	export interface Params {
		/** The day of the new act, ISO `YYYY-MM-DD` where the lawyer is; today on the server when absent. */
		readonly date?: string;
	}
	export interface Choice {
		readonly id: string;
		readonly label: string;
		readonly detail?: string;
	}
	export interface Result {
		readonly templates: readonly (Choice & { readonly platformKind: 'hebergeur' | 'fai' })[];
		/**
		 * `domains`: the hosts whose URLs belong to the platform, to check the URLs the lawyer gives;
		 * `hearingDays`: the days an assignation against it may propose, the suggested one first (later against a défendeur seated abroad).
		 */
		readonly platforms: readonly (Choice & { readonly kind: 'hebergeur' | 'fai'; readonly domains: readonly string[]; readonly hearingDays: readonly string[] })[];
		/**
		 * `keywords`: the offence's other names (« menaces de mort », « cyberharcèlement »…) for the search;
		 * `technicalData`: whether the act asks the technical data for it (`second-branch`: only if the lawyer opts in).
		 */
		readonly offences: readonly (Choice & { readonly keywords: readonly string[]; readonly technicalData: 'yes' | 'second-branch' | 'no' })[];
		/** The days an assignation may propose for the hearing (no weekend, no public holiday), the suggested one first. */
		readonly hearingDays: readonly string[];
	}
}

/** Exports the pleading to PDF next to it (or to `target`) and returns where it was written. */
export namespace ExportPdfRequest {
	export const method = 'pretoire/exportPdf';
	export interface Params {
		readonly uri: string;
		/** `pretoire.export.outputDirectory`: absolute, or relative to the pleading's folder; next to it when empty. */
		readonly outputDirectory?: string;
		/** Exported despite blanks to complete (« exporter quand même »): every page is marked « PROJET ». */
		readonly draft?: boolean;
	}
	export interface Result {
		readonly path: string;
		readonly pages?: number;
	}
}

/** « Prétoire : Exporter en Word »: the same act as the PDF, as a .docx file. */
export namespace ExportWordRequest {
	export const method = 'pretoire/exportWord';
	export interface Params extends ExportPdfRequest.Params {
		/** `pretoire.export.wordTemplate`: the firm's reference document, absolute or relative to the pleading's folder. */
		readonly wordTemplate?: string;
	}
	export interface Result {
		readonly path: string;
	}
}

/** The pleading as it will print: its pages rendered by the export's Typst engine, as one SVG. */
export namespace PreviewRequest {
	export const method = 'pretoire/preview';
	export interface Params {
		readonly uri: string;
		/** The keys of the parts the preview holds from earlier renders: they come back without their SVG. */
		readonly known?: readonly string[];
	}
	/** A part of the pages, named by a hash of its SVG; the SVG is left out when its key was `known`. */
	export interface Part {
		readonly key: string;
		readonly svg?: string;
	}
	export interface Result {
		/** The styles and glyph outlines the pages draw with, as an SVG that draws nothing. */
		readonly head: Part;
		/** Each page as an SVG of its own, with a selectable text layer (`.tsel` elements). */
		readonly pages: readonly Part[];
	}
}

/** Writes nothing: the text of the act against an access provider (step 2), from a `dossier.yaml`. */
export namespace AccessProviderActRequest {
	export const method = 'pretoire/accessProviderAct';
	export interface Params {
		readonly dossierUri: string;
		/** Catalogue key of the access provider (`orange`, `sfr`…). */
		readonly platform: string;
		/** Where the act will be saved: its `dossier:` path is written relative to it. */
		readonly targetUri: string;
		/** Date of the act, ISO `YYYY-MM-DD`. */
		readonly date: string;
		/** An assignation en référé (the default) or a requête. */
		readonly acte?: 'assignation-refere' | 'requete';
		/** The lawyer's own details (setting `pretoire.avocat`), written when the dossier names no lawyer. */
		readonly avocat?: NewPleadingRequest.Params['avocat'];
	}
	export interface Result {
		readonly text: string;
	}
}

/**
 * Imports the connections of a platform's answer (CSV, TSV, JSON) into a `dossier.yaml`: with
 * `write: false`, says what would be written; the time zone is asked when the file does not give it.
 */
export namespace ImportConnexionsRequest {
	export const method = 'pretoire/importConnexions';
	export interface Params {
		readonly answerUri: string;
		readonly dossierUri: string;
		readonly piece?: number;
		/** `UTC`, `Europe/Paris` or an offset such as `+01:00`, for times that carry no zone. */
		readonly zone?: string;
		readonly write: boolean;
	}
	export interface Row {
		/** « ligne 2 : 90.54.112.18, port 51234, 2024-11-01T21:04:29+01:00 — Orange (AS3215…) ». */
		readonly text: string;
	}
	export type Result =
		| { readonly kind: 'zone-needed' }
		| { readonly kind: 'refused'; readonly problems: readonly string[] }
		| { readonly kind: 'done'; readonly written: boolean; readonly added: readonly Row[]; readonly duplicates: readonly Row[] };
}

/** Exports a document of the case file beside the act and returns where it went, with remarks. */
export namespace ExportCaseFileRequest {
	export const method = 'pretoire/exportCaseFile';
	export interface Params {
		readonly uri: string;
		readonly kind: 'ordonnance' | 'bordereau' | 'bundle';
		/** `pretoire.export.outputDirectory`, as for the act's PDF. */
		readonly outputDirectory?: string;
	}
	export interface Result {
		readonly path: string;
		readonly pages: number;
		/** French remarks: size beyond what e-filing accepts, file name to simplify. */
		readonly notes: readonly string[];
	}
}

/**
 * The lawyer trusted the workspace (VS Code's workspace trust): the server may then honour
 * `pretoire.allowFilesOutsideWorkspace`. Until then, and for a client that says it is untrusted in
 * `initializationOptions.workspaceTrusted`, nothing outside the workspace folders is read.
 */
export namespace WorkspaceTrustedNotification {
	export const method = 'pretoire/workspaceTrusted';
}

/**
 * What the lawyer must confirm before an export (services/exportGate.ts, the same gate as the command
 * line's): the blanks left to complete and the errors of the act's current analysis.
 */
export namespace ExportGateRequest {
	export const method = 'pretoire/exportGate';
	export interface Params {
		readonly uri: string;
	}
	export interface Result {
		readonly blanks: number;
		readonly errors: number;
	}
}
