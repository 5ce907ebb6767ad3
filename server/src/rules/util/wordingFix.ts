import type { Span } from '../../document/model';
import { frenchParisWording } from '../../queries/publications';
import type { RuleFix } from '../types';

/**
 * Rewrites a time of the prose as the publication's exact Paris time, in French (the act is French).
 * Its title is the rule's `writeWording` message (`Écrire « {wording} »`), which each rule offering it declares.
 */
export function frenchWordingFix(instant: Date, span: Span): RuleFix {
	const wording = frenchParisWording(instant);
	return { title: { messageId: 'writeWording', data: { wording } }, kind: 'substantive', edits: [{ span, newText: wording }] };
}
