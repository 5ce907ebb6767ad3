/**
 * Quiet time after a keystroke before the pages are rendered again: short, since a render that is
 * under way when the lawyer types again is followed by one more, never by one per keystroke, and a
 * render sends the webview only the pages that changed.
 */
export const PREVIEW_RENDER_DELAY_MS = 50;

/**
 * Where a printed line comes from: its letters and digits looked up in the source's, as the export
 * rewrites punctuation and spacing (apostrophes, non-breaking spaces, list markers) and breaks lines
 * anew. Shorter and shorter beginnings of the line are tried, so a line that starts a paragraph, a
 * heading or a party's designation is found; printed-only text (the act's title) finds nothing.
 */
export function sourceOffsetOf(source: string, renderedLine: string): number | undefined {
	const folded: string[] = [];
	const offsets: number[] = [];
	for (let index = 0; index < source.length; index++) {
		const character = foldCharacter(source[index]);
		if (character !== '') {
			folded.push(character);
			offsets.push(index);
		}
	}
	const haystack = folded.join('');
	const needle = [...renderedLine].map(foldCharacter).join('');
	for (let length = Math.min(needle.length, 60); length >= 8; length = Math.floor(length * 0.7)) {
		const found = haystack.indexOf(needle.slice(0, length));
		if (found >= 0) {
			return offsets[found];
		}
	}
	return undefined;
}

function foldCharacter(character: string): string {
	const base = character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	return /^[\p{L}\p{N}]$/u.test(base) ? base : '';
}
