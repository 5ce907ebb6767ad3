/** "Menace de mort" → "menace de mort", to use a label inside a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The document's own line break, so that inserted lines match the lawyer's file (CRLF or LF). */
export function lineBreakOf(text: string): string {
	return text.includes('\r\n') ? '\r\n' : '\n';
}
