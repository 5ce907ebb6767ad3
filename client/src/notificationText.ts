/**
 * Text from the act, the repository or the server (a file name, Typst's message quoting the act) as
 * a VS Code notification shows it. A notification turns `[label](command:…)`, `(https://…)` and
 * `(file:…)` into links, the command ones run on a click: a folder or a line of the act written that
 * way must stay text. A word joiner (U+2060, invisible, no line break) between `]` and `(` keeps the
 * text as it reads and breaks the link syntax; nothing else changes.
 */
export function notificationText(text: string): string {
	return text.replace(/\]\(/gu, ']\u2060(');
}
