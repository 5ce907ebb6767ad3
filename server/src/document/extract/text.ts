/** Horizontal spaces as typed or pasted in French text (no-break and narrow no-break included). */
export const SPACE = '[ \\t\\u00a0\\u202f]';
/** Any whitespace, including a line break inside a paragraph. */
export const WS = '[\\s\\u00a0\\u202f]';

/** Lower-cases and strips accents, for comparisons that must survive "Pièce"/"PIECE". */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
