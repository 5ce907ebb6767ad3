/** An export that must not produce a file, with a French message for the lawyer. */
export class ExportError extends Error {
	override readonly name = 'ExportError';
}
