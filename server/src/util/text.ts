/** "Menace de mort" → "menace de mort", to use a label inside a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The document's own line break, so that inserted lines match the lawyer's file (CRLF, LF, or CR alone as old Mac files have). */
export function lineBreakOf(text: string): string {
	if (text.includes('\r\n')) {
		return '\r\n';
	}
	return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** Where the line holding `offset` starts, whatever its line break (LF, CRLF, CR). */
export function lineStartAt(text: string, offset: number): number {
	let start = offset;
	while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
		start--;
	}
	return start;
}

/** Where the line holding `offset` ends, before its line break (LF, CRLF, CR). */
export function lineEndAt(text: string, offset: number): number {
	let end = offset;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
		end++;
	}
	return end;
}
