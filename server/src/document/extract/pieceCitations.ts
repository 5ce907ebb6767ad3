import type { PieceCitation, PieceNumberMention, ProseBlock } from '../model';
import { WS } from './text';

/** Ranges wider than this are typos ("pièces 2 à 2000"), not citations: they are kept as their two ends. */
const MAX_RANGE_WIDTH = 200;

/** "pièce n°3, 15 janvier 2024" or "pièce 2, 21h04": the number after the comma is a date or a time, not a pièce. */
const NOT_A_DATE_OR_TIME = `(?!\\d|[,.:]\\d|${WS}{0,3}(?:h(?:\\d|\\b)|€|%|janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c))`;
const NUMBER_MARK = `(?:n${WS}?[°o]${WS}?s?\\.?|nos?\\.?|num[ée]ros?)`;
const CITATION = new RegExp(
	`\\bpi[eè]ces?${WS}{0,3}(?:${NUMBER_MARK}${WS}{0,3})?(\\d{1,4})${NOT_A_DATE_OR_TIME}((?:${WS}{0,3}(?:,|et|à|a|-|–|ou)${WS}{0,3}(?:${NUMBER_MARK}${WS}{0,3})?\\d{1,4}${NOT_A_DATE_OR_TIME}){0,100})`,
	'giu',
);
const TAIL_TOKEN = /(,|\bet\b|à|\ba\b|-|–|\bou\b)|(\d{1,4})/giu;

/**
 * Finds "pièce n°6", "pièces n°2 et n°3", "pièces nos 2 à 4" in prose. A range cites every number
 * in it, so "pièces 2 à 4" uses pièce 3 as well.
 */
export function findPieceCitations(blocks: readonly ProseBlock[]): PieceCitation[] {
	const citations: PieceCitation[] = [];
	for (const block of blocks) {
		for (const match of block.text.matchAll(CITATION)) {
			const start = block.span.start + match.index;
			const mentions: PieceNumberMention[] = [];
			const firstOffset = match.index + match[0].length - match[2].length - match[1].length;
			mentions.push({ numero: Number(match[1]), span: { start: block.span.start + firstOffset, end: block.span.start + firstOffset + match[1].length } });
			const numbers = [Number(match[1])];
			let pendingRange = false;
			const tailStart = match.index + match[0].length - match[2].length;
			for (const token of match[2].matchAll(TAIL_TOKEN)) {
				if (token[1] !== undefined) {
					pendingRange = /^(à|a|-|–)$/iu.test(token[1]);
					continue;
				}
				const numero = Number(token[2]);
				const offset = block.span.start + tailStart + token.index;
				mentions.push({ numero, span: { start: offset, end: offset + token[2].length } });
				const previous = numbers[numbers.length - 1];
				if (pendingRange && numero > previous && numero - previous <= MAX_RANGE_WIDTH) {
					for (let inner = previous + 1; inner < numero; inner++) {
						numbers.push(inner);
					}
				}
				numbers.push(numero);
				pendingRange = false;
			}
			citations.push({ span: { start, end: start + match[0].length }, numbers: [...new Set(numbers)], mentions });
		}
	}
	return citations;
}
