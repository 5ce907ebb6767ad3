import type { Span } from '../../document/model';
import type { SpanEdit } from '../types';

/**
 * What ends the clause an enumeration lives in: a semicolon, a colon, a full stop; and what opens a
 * sub-enumeration (« les données du titulaire, dont l'adresse IP, le type de navigateur et la
 * géolocalisation »: the items are those after « dont », which a removal must never join with « et »).
 * A parenthesis is a clause of its own; outside it, it belongs to the item it follows
 * (« l'adresse IP (pièce n° 7), ainsi que le port »).
 */
const CLAUSE_BREAK = /[;:]|\.(?=[\s\u00a0]|$)|(?<=(?:^|[\s\u00a0])(?:dont|notamment))(?=[\s\u00a0])/giu;
const PARENTHESIS = /[()]/gu;
const DETERMINER_AFTER = String.raw`(?=(?:le|la|les|du|des|de|son|sa|ses|leur|leurs|un|une|au|aux)[\s\u00a0]|[ld][’'])`;
/**
 * Commas and "et" / "ainsi que" before a determiner join the items: « les nom et prénom » is one item,
 * « la date et le lieu de naissance » two; "ou" joins none (« la ou les adresses »). « , ainsi que »
 * and « , et » are one joint.
 */
const SEPARATOR = new RegExp(String.raw`[\s\u00a0]*,[\s\u00a0]*(?:(?:et|ainsi que)[\s\u00a0]+${DETERMINER_AFTER})?|[\s\u00a0]+(?:et|ainsi que)[\s\u00a0]+${DETERMINER_AFTER}`, 'giu');
/** What opens a complement of the item before it rather than an item of its own. */
const COMPLEMENT_START = /^(?:de|du|des|au|aux)[\s\u00a0]|^d['’]/iu;
const DETERMINER_BEFORE = /(?:\b(?:le|la|les|leur|leurs|son|sa|ses|du|des|de la|au|aux)[\s\u00a0]+|\b(?:de l|l|d)['’]|\bde[\s\u00a0]+)$/iu;
/** Participles and adjectives that agree with the whole enumeration when they follow it. */
const AGREEING_PLURAL = /([\s\u00a0]+)(utilis|associ|concern|rattach|collect|enregistr|conserv)(é|ée)s\b/iu;
const AGREEING_SINGULAR = /^[\s\u00a0]+(?:utilis|associ|concern|rattach|collect|enregistr|conserv)ée?(?![\p{L}])/iu;
const FEMININE_DETERMINER = /^(?:la|sa|de la|leur)[\s\u00a0]/iu;
const PLURAL_DETERMINER = /^(?:les|des|ses|leurs|aux)[\s\u00a0]/iu;

/** An item's text, without the separators around it. */
interface Segment {
	readonly start: number;
	readonly end: number;
}

/**
 * The enumerations of one measure, cut once into clauses and items so that removing many items of a
 * long measure stays linear in its length.
 */
export class Enumerations {
	private readonly breaks: number[] = [];
	/** Outermost parentheses, sorted: what they hold is a clause of its own. */
	private readonly parentheses: Span[] = [];
	private readonly segmentsByClause = new Map<number, Segment[]>();

	constructor(private readonly text: string, private readonly scope: Span) {
		const scoped = text.slice(scope.start, scope.end);
		const open: number[] = [];
		const unmatched: number[] = [];
		for (const match of scoped.matchAll(PARENTHESIS)) {
			const at = scope.start + match.index;
			if (match[0] === '(') {
				open.push(at);
			} else if (open.length === 0) {
				unmatched.push(at);
			} else {
				const start = open.pop()!;
				if (open.length === 0) {
					this.parentheses.push({ start, end: at });
				}
			}
		}
		// A bracket never closed (or never opened) ends the clause, as any break does.
		unmatched.push(...open);
		for (const match of scoped.matchAll(CLAUSE_BREAK)) {
			const at = scope.start + match.index;
			if (this.parenthesisAround(at) === undefined) {
				this.breaks.push(at);
			}
		}
		this.breaks.push(...unmatched);
		this.breaks.sort((left, right) => left - right);
	}

	/**
	 * Removes the items at `targets` (spans of their terms, all in one clause) and rewrites what is left
	 * so that it still reads as French: « A, B et C » without C is « A et B », and a participle that
	 * agreed with several items (« le type de navigateur et le système d'exploitation utilisés ») agrees
	 * with the one that remains. No edit when nothing would remain of the clause's enumeration:
	 * « la communication du type de navigateur utilisé » without its object only the lawyer can rewrite.
	 */
	remove(targets: readonly Span[]): SpanEdit | undefined {
		if (targets.length === 0) {
			return undefined;
		}
		const segments = this.segmentsOf(this.clauseAround(targets[0]));
		const removed = new Set<number>();
		const targetIn = new Map<number, Span>();
		for (const target of targets) {
			const index = segmentIndex(segments, target);
			if (index === -1 || target.end > segments[index].end) {
				return undefined;
			}
			removed.add(index);
			targetIn.set(index, target);
		}
		const lastIndex = segments.length - 1;
		if (removed.size === segments.length) {
			return undefined;
		}
		const singleLeft = segments.length - removed.size === 1;
		// Only the items around the removed ones are rewritten, unless one item alone remains (its agreement changes).
		// When the last item goes, the window reaches back to the separator before the new last item.
		const from = singleLeft ? 0 : Math.max(0, Math.min(...removed) - (removed.has(lastIndex) ? 2 : 1));
		const to = singleLeft || removed.has(lastIndex) ? lastIndex : Math.min(lastIndex, Math.max(...removed) + 1);
		const kept: number[] = [];
		for (let index = from; index <= to; index++) {
			if (!removed.has(index)) {
				kept.push(index);
			}
		}
		const text = this.text;
		const separatorBefore = (index: number): string => text.slice(segments[index - 1].end, segments[index].start);
		let written = '';
		if (removed.has(0)) {
			// The first segment carries what introduces the enumeration (« de communiquer »): it stays.
			const lead = text.slice(segments[0].start, targetIn.get(0)!.start);
			written = lead.slice(0, lead.length - (DETERMINER_BEFORE.exec(lead)?.[0].length ?? 0));
		}
		kept.forEach((index, position) => {
			if (position > 0) {
				// Each kept item keeps the separator before it, but the new last item takes the closing « et » if there was one.
				const closing = position === kept.length - 1 && removed.has(lastIndex) && !separatorBefore(lastIndex).includes(',');
				written += closing ? separatorBefore(lastIndex) : separatorBefore(index);
			}
			written += text.slice(segments[index].start, segments[index].end);
		});
		if (removed.has(lastIndex)) {
			// What follows the last item's term: its own participle goes with it, a shared one stays.
			const trailing = text.slice(targetIn.get(lastIndex)!.end, segments[lastIndex].end);
			if (!AGREEING_SINGULAR.test(trailing)) {
				written += trailing;
			}
		}
		if (singleLeft) {
			written = singularize(written, text.slice(segments[kept[0]].start, segments[kept[0]].end));
		}
		return minimalEdit(text, { start: segments[from].start, end: segments[to].end }, written);
	}

	/**
	 * Where the item holding `target` ends, and the separator after it (none when it closes its clause's
	 * enumeration). A segment opened by « de », « du », « des », « au », « aux » continues the item
	 * before it (« l'adresse IP utilisée lors de la création du compte et de la mise en ligne »).
	 */
	itemEnd(target: Span): { readonly end: number; readonly separatorAfter: string | undefined } | undefined {
		const segments = this.segmentsOf(this.clauseAround(target));
		let index = segmentIndex(segments, target);
		if (index === -1) {
			return undefined;
		}
		while (index + 1 < segments.length && COMPLEMENT_START.test(this.text.slice(segments[index + 1].start, segments[index + 1].end))) {
			index++;
		}
		const next = segments[index + 1];
		return { end: segments[index].end, separatorAfter: next === undefined ? undefined : this.text.slice(segments[index].end, next.start) };
	}

	/** The outermost parenthesis holding `at`, by binary search (they are sorted and disjoint). */
	private parenthesisAround(at: number): Span | undefined {
		let low = 0;
		let high = this.parentheses.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const parenthesis = this.parentheses[middle];
			if (parenthesis.end < at) {
				low = middle + 1;
			} else if (parenthesis.start > at) {
				high = middle - 1;
			} else {
				return parenthesis;
			}
		}
		return undefined;
	}

	private clauseAround(target: Span): Span {
		const parenthesis = this.parenthesisAround(target.start);
		if (parenthesis !== undefined && parenthesis.start < target.start) {
			return this.trimmed(parenthesis.start + 1, parenthesis.end);
		}
		// The last break before the target and the first one after it, by binary search.
		let low = 0;
		let high = this.breaks.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.breaks[middle] < target.start) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return this.trimmed(low > 0 ? this.breaks[low - 1] + 1 : this.scope.start, low < this.breaks.length ? this.breaks[low] : this.scope.end);
	}

	private trimmed(from: number, to: number): Span {
		let start = from;
		let end = to;
		const text = this.text;
		// A list marker and spaces are not part of the first item; trailing spaces are not part of the last.
		while (start < end && /[\s\u00a0\-*]/u.test(text[start])) {
			start++;
		}
		while (end > start && /[\s\u00a0]/u.test(text[end - 1])) {
			end--;
		}
		return { start, end };
	}

	private segmentsOf(clause: Span): Segment[] {
		const cached = this.segmentsByClause.get(clause.start);
		if (cached !== undefined) {
			return cached;
		}
		const segments: Segment[] = [];
		let start = clause.start;
		for (const match of this.text.slice(clause.start, clause.end).matchAll(SEPARATOR)) {
			const at = clause.start + match.index;
			const parenthesis = this.parenthesisAround(at);
			if (parenthesis !== undefined && parenthesis.start >= clause.start && parenthesis.end <= clause.end && parenthesis.start < at) {
				// A comma inside a parenthesis the clause holds joins nothing of the clause.
				continue;
			}
			segments.push({ start, end: at });
			start = at + match[0].length;
		}
		segments.push({ start, end: clause.end });
		this.segmentsByClause.set(clause.start, segments);
		return segments;
	}
}

/** The segment holding `target`'s start, by binary search (segments are sorted and disjoint). */
function segmentIndex(segments: readonly Segment[], target: Span): number {
	let low = 0;
	let high = segments.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (segments[middle].end < target.start) {
			low = middle + 1;
		} else if (segments[middle].start > target.start) {
			high = middle - 1;
		} else {
			return middle;
		}
	}
	return -1;
}

/** The smallest edit turning `span` into `newText`, so that fixes of neighbouring items touch as little as they can. */
function minimalEdit(text: string, span: Span, newText: string): SpanEdit {
	const old = text.slice(span.start, span.end);
	let head = 0;
	while (head < old.length && head < newText.length && old[head] === newText[head]) {
		head++;
	}
	let tail = 0;
	while (tail < old.length - head && tail < newText.length - head && old[old.length - 1 - tail] === newText[newText.length - 1 - tail]) {
		tail++;
	}
	return { span: { start: span.start + head, end: span.end - tail }, newText: newText.slice(head, newText.length - tail) };
}

/** « le système d'exploitation utilisés » → « le système d'exploitation utilisé », from the item's determiner. */
function singularize(written: string, item: string): string {
	const determiner = /(?:^|[\s\u00a0'’])((?:le|la|les|du|des|de la|son|sa|ses|leur|leurs|au|aux)[\s\u00a0])/iu.exec(item)?.[1] ?? '';
	if (PLURAL_DETERMINER.test(determiner)) {
		return written;
	}
	if (determiner === '') {
		// « l'adresse IP utilisés »: an elided article hides the gender, and the item needs no participle.
		return written.replace(AGREEING_PLURAL, '');
	}
	const feminine = FEMININE_DETERMINER.test(determiner);
	return written.replace(AGREEING_PLURAL, (_match, space: string, stem: string, ending: string) => `${space}${stem}${ending.toLowerCase() === 'ée' || feminine ? 'ée' : 'é'}`);
}
