import knowledge from 'pretoire:knowledge';
import type { KnowledgeData } from './schema';

/** What the courts' e-filing (RPVA / e-barreau) accepts, as practice research reports it (`server/knowledge/e-filing.yaml`). */
export const eFiling: KnowledgeData['e-filing'] = knowledge['e-filing'];

/** A file name e-filing accepts: ASCII letters, digits, `-`, `_` and `.`, short enough. */
export function isPlainFileName(name: string): boolean {
	return /^[A-Za-z0-9._-]+$/u.test(name) && name.length <= eFiling.maxFileNameLength;
}

/** The plain form of a file name: accents removed, spaces and other signs turned into `-`. */
export function plainFileName(name: string): string {
	const plain = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/gu, '')
		.replace(/[^A-Za-z0-9._-]+/gu, '-')
		.replace(/-{2,}/gu, '-')
		.replace(/^-|-(?=\.[^.]+$)/gu, '');
	const dot = plain.lastIndexOf('.');
	const extension = dot > 0 ? plain.slice(dot) : '';
	return plain.length <= eFiling.maxFileNameLength ? plain : plain.slice(0, eFiling.maxFileNameLength - extension.length) + extension;
}
