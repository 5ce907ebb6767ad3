/**
 * The messages between the export engine (`engine.ts`, in the server or CLI process) and its child
 * process (`engineHost.ts`), which alone loads the native Typst compiler.
 */

/** Accessible first (PDF/A-2 level A: tagged, Unicode text), then the basic level of the same part. */
export const PDF_STANDARDS = ['a-2a', 'a-2b'] as const;
export type PdfStandardId = (typeof PDF_STANDARDS)[number];

export interface EngineRequest {
	readonly id: number;
	readonly output: 'pdf' | 'svg';
	/** The whole Typst source, self-contained. */
	readonly markup: string;
	readonly fontDirectory: string;
	/** Seconds since the epoch, written as the PDF's creation date. */
	readonly creationTimestamp: number;
	/** SVG only: the keys of the parts the caller already holds, which come back without their SVG. */
	readonly known?: readonly string[];
}

/**
 * A part of the rendered SVG, named by a key drawn from its content: the same key, the same SVG. Its
 * SVG is left out when the caller said it holds that key, so an edit sends only the pages it changed.
 */
export interface SvgPart {
	readonly key: string;
	readonly svg?: string;
}

export interface TypstProblem {
	readonly severity: 'error' | 'warning';
	/** Typst's own message, in English; translated for the lawyer by the engine. */
	readonly message: string;
}

export type EngineResponse =
	| { readonly id: number; readonly ok: true; readonly output: 'pdf'; readonly pdf: Uint8Array; readonly pages: number; readonly standard: PdfStandardId }
	| { readonly id: number; readonly ok: true; readonly output: 'svg'; readonly head: SvgPart; readonly pages: readonly SvgPart[] }
	/** Typst refused the document: its diagnostics, or the PDF writer's refusal. */
	| { readonly id: number; readonly ok: false; readonly problems: readonly TypstProblem[] }
	/** The native compiler could not be loaded on this platform. */
	| { readonly id: number; readonly ok: false; readonly unavailable: string };
