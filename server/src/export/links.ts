/**
 * The only links a document Prétoire writes may carry: web pages and e-mail addresses. A `javascript:`
 * link runs code in whatever opens the file, a `file:` or relative link opens a file on the reader's
 * machine, and other schemes start applications; in an act or a pièce filed under the lawyer's name,
 * such a link becomes its plain text (or, in a pièce, is removed).
 */
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)[^\u0000-\u0020\u007f-\u009f]+$/iu;

/** Whether the address is an absolute http(s) or mailto link, without spaces or control characters. */
export function isAllowedLink(url: string): boolean {
	return ALLOWED_LINK.test(url);
}
