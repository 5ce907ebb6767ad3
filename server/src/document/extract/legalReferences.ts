import type { LegalInstrument, LegalReference, ProseBlock } from '../model';
import { WS } from './text';

interface InstrumentPattern {
	readonly pattern: RegExp;
	readonly instrument: (match: RegExpExecArray) => LegalInstrument;
}

/** The instruments our pleadings cite, with the abbreviations lawyers use for them. */
const INSTRUMENTS: readonly InstrumentPattern[] = [
	{ pattern: new RegExp(`code${WS}+de${WS}+proc[ée]dure${WS}+civile|\\bCPC\\b|C\\.${WS}?pr\\.${WS}?civ\\.`, 'iu'), instrument: () => ({ kind: 'code', code: 'code de procédure civile' }) },
	{ pattern: new RegExp(`code${WS}+de${WS}+proc[ée]dure${WS}+p[ée]nale|\\bCPP\\b|C\\.${WS}?pr\\.${WS}?p[ée]n\\.`, 'iu'), instrument: () => ({ kind: 'code', code: 'code de procédure pénale' }) },
	{
		pattern: new RegExp(`code${WS}+des${WS}+postes${WS}+et${WS}+(?:des${WS}+)?communications${WS}+[ée]lectroniques|\\bCPCE\\b`, 'iu'),
		instrument: () => ({ kind: 'code', code: 'code des postes et des communications électroniques' }),
	},
	{ pattern: new RegExp(`code${WS}+p[ée]nal|\\bCP\\b|C\\.${WS}?p[ée]n\\.`, 'iu'), instrument: () => ({ kind: 'code', code: 'code pénal' }) },
	{ pattern: new RegExp(`code${WS}+civil|C\\.${WS}?civ\\.`, 'iu'), instrument: () => ({ kind: 'code', code: 'code civil' }) },
	{
		pattern: new RegExp(`loi${WS}+du${WS}+29${WS}*(?:juillet|juil\\.|juill\\.|\\/${WS}*0?7${WS}*\\/)${WS}*1881|loi${WS}+de${WS}+1881|loi${WS}+sur${WS}+la${WS}+libert[ée]${WS}+de${WS}+la${WS}+presse`, 'iu'),
		instrument: () => ({ kind: 'loi', name: 'loi du 29 juillet 1881' }),
	},
	{
		pattern: new RegExp(`loi${WS}+n${WS}?°${WS}?2004-575|loi${WS}+du${WS}+21${WS}+juin${WS}+2004|\\bLCEN\\b|loi${WS}+pour${WS}+la${WS}+confiance${WS}+dans${WS}+l['’][ée]conomie${WS}+num[ée]rique`, 'iu'),
		instrument: () => ({ kind: 'loi', name: 'loi n° 2004-575 du 21 juin 2004' }),
	},
	{ pattern: new RegExp(`d[ée]cret${WS}+n${WS}?°${WS}?(\\d{4}-\\d{1,5})`, 'iu'), instrument: (match) => ({ kind: 'decret', number: match[1] }) },
];

/** All instruments in one alternation, one capture group each: a block is scanned once for all of them. */
const ANY_INSTRUMENT = new RegExp(INSTRUMENTS.map(({ pattern }) => `(${pattern.source.replace(/\((?!\?)/gu, '(?:')})`).join('|'), 'giu');

interface InstrumentMatch {
	readonly start: number;
	readonly end: number;
	readonly instrument: LegalInstrument;
}

function instrumentsIn(text: string): InstrumentMatch[] {
	const found: InstrumentMatch[] = [];
	for (const match of text.matchAll(ANY_INSTRUMENT)) {
		const which = match.slice(1).findIndex((group) => group !== undefined);
		// Re-run the instrument's own pattern on the match, for its capture groups (the décret's number).
		const own = INSTRUMENTS[which].pattern.exec(match[0]);
		if (own !== null) {
			found.push({ start: match.index, end: match.index + match[0].length, instrument: INSTRUMENTS[which].instrument(own) });
		}
	}
	return found;
}

const ARTICLE_KEYWORD = new RegExp(`\\b(?:articles?|art\\.)${WS}+`, 'giu');
/** How far after "article" its instrument may stand ("article 222-33-2-2, 4°, du code pénal"). */
const WINDOW = 160;
const ARTICLE_NUMBER = new RegExp(`(?<![\\w°-])([LRDA]${WS}?\\.?${WS}?)?(\\d{1,4}(?:-\\d{1,4}){0,4})(?![\\w°-])`, 'gu');
const PARAGRAPH_MARK = new RegExp(`(?:alin[ée]as?|al\\.)${WS}*$`, 'iu');
const INSTRUMENT_CONNECTOR = new RegExp(`${WS}(?:du|de|des|d['’])${WS}`, 'iu');
const ORDINAL_SUFFIX = /^(?:er|e|°)/u;

/**
 * Finds "article 222-17 du code pénal", "articles 29 et 32 de la loi du 29 juillet 1881",
 * "art. L. 34-1 CPCE", and instruments cited on their own ("décret n° 2021-1362").
 */
export function findLegalReferences(blocks: readonly ProseBlock[]): LegalReference[] {
	const references: LegalReference[] = [];
	for (const block of blocks) {
		const instruments = instrumentsIn(block.text);
		const covered: { start: number; end: number }[] = [];
		for (const keyword of block.text.matchAll(ARTICLE_KEYWORD)) {
			const start = keyword.index;
			const nextKeyword = block.text.slice(start + keyword[0].length, start + WINDOW).search(/\barticles?\b|\bart\.|[;\n]\s*\n/iu);
			const limit = Math.min(block.text.length, start + WINDOW, nextKeyword === -1 ? Infinity : start + keyword[0].length + nextKeyword);
			const window = block.text.slice(start, limit);
			const instrumentMatch = instruments.find((candidate) => candidate.start >= start && candidate.end <= limit);
			// Article numbers stop at "du"/"de la": what follows names the instrument ("loi n° 2021-998…").
			const connector = window.search(INSTRUMENT_CONNECTOR);
			const instrumentOffset = instrumentMatch === undefined ? window.length : instrumentMatch.start - start;
			const articlesEnd = Math.min(instrumentOffset, connector === -1 ? window.length : connector);
			const articles = articleNumbers(window.slice(0, articlesEnd));
			const alineas = [...articles.alineas, ...alineaWrittenBefore(block.text.slice(Math.max(0, start - 40), start), articles.numbers[0])];
			if (articles.numbers.length === 0) {
				continue;
			}
			const end = instrumentMatch === undefined ? start + articles.lastEnd : instrumentMatch.end;
			covered.push({ start, end });
			references.push({
				span: { start: block.span.start + start, end: block.span.start + end },
				articles: articles.numbers,
				alineas,
				instrument: instrumentMatch?.instrument,
				text: block.text.slice(start, end),
			});
		}
		for (const match of instruments) {
			if (covered.some((span) => match.start < span.end && match.end > span.start)) {
				continue;
			}
			references.push({
				span: { start: block.span.start + match.start, end: block.span.start + match.end },
				articles: [],
				alineas: [],
				instrument: match.instrument,
				text: block.text.slice(match.start, match.end),
			});
		}
	}
	return references.sort((left, right) => left.span.start - right.span.start);
}

/** "alinéa 2", "al. 2", "alinéa 1er", "deuxième alinéa": the number of an alinéa written at `text`'s start. */
const ALINEA_AFTER = new RegExp(`^${WS}*,?${WS}*(?:(?:alin[ée]as?|al\\.)${WS}*(\\d{1,2})(?:er|e|°)?|(premier|1er|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me|huiti[èe]me)${WS}+alin[ée]a)`, 'iu');
const ORDINAL_WORDS: Readonly<Record<string, number>> = { premier: 1, deuxieme: 2, second: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8 };
const ALINEA_BEFORE = new RegExp(`(premier|1er|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me|huiti[èe]me)${WS}+alin[ée]a${WS}+de${WS}+l['’]$`, 'iu');

function articleNumbers(text: string): { numbers: string[]; lastEnd: number; alineas: { article: string; alinea: number }[] } {
	const numbers: string[] = [];
	const alineas: { article: string; alinea: number }[] = [];
	let lastEnd = 0;
	for (const match of text.matchAll(ARTICLE_NUMBER)) {
		const before = text.slice(0, match.index);
		const after = text.slice(match.index + match[0].length);
		if (PARAGRAPH_MARK.test(before) || ORDINAL_SUFFIX.test(after)) {
			continue;
		}
		const letter = match[1]?.trim().replace(/\s|\./gu, '').toUpperCase();
		const article = letter ? `${letter}. ${match[2]}` : match[2];
		numbers.push(article);
		lastEnd = match.index + match[0].length;
		const alinea = ALINEA_AFTER.exec(after);
		if (alinea !== null) {
			alineas.push({ article, alinea: alinea[1] !== undefined ? Number(alinea[1]) : ordinalNumber(alinea[2]) });
		}
	}
	return { numbers, lastEnd, alineas };
}

/** "deuxième alinéa de l'article 32": the alinéa written before the keyword, for the first article. */
function alineaWrittenBefore(before: string, article: string | undefined): { article: string; alinea: number }[] {
	const match = ALINEA_BEFORE.exec(before);
	if (match === null || article === undefined) {
		return [];
	}
	return [{ article, alinea: ordinalNumber(match[1]) }];
}

function ordinalNumber(word: string): number {
	const ordinal = word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase();
	return ordinal === '1er' ? 1 : ORDINAL_WORDS[ordinal];
}
