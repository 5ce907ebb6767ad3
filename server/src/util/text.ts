/** "Menace de mort" → "menace de mort", to use a label inside a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
