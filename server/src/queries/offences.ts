import { fold } from '../document/extract/text';
import { findLegalReferences } from '../document/extract/legalReferences';
import type { LegalReference, PleadingModel, ProseBlock, Span } from '../document/model';
import { civilWrongCatalogue, offences, offencesByArticle, type CivilWrong, type LegalCode, type LocalizedText, type Offence } from '../knowledge';
import { PhraseMatcher, readText, type PhraseMatch, type ReadText } from '../language/phraseMatcher';
import type { Word } from '../language/words';
import type { QueryMemo } from './memo';
import { read } from './read';

/**
 * One offence the pleading qualifies: an entry of the front matter's `infractions`, or words of the
 * body that qualify facts (« constitutifs du délit de… », « caractérisent… », « prévu et réprimé
 * par… »). Narrative words (« des messages injurieux », « sa menace ») are not qualifications.
 */
export interface OffenceMention {
	readonly offence: Offence;
	readonly origin: 'front-matter' | 'prose';
	/** The words naming it (the `qualification` value, or the words in prose). */
	readonly span: Span;
	/** For a front-matter entry, its index in `infractions`. */
	readonly index?: number;
}

/** A qualification whose cited text designates another offence of the catalogue (« menaces de mort », article 222-16). */
export interface TextMismatch {
	readonly mention: OffenceMention;
	/** The offence the cited article and alinéa designate. */
	readonly cited: Offence;
	/** Where the contradicting text is written (`texte`, or the reference in prose). */
	readonly span: Span;
	readonly citedText: string;
}

/** An `infractions` entry the catalogue does not know: it is an offence, just not one we can assess. */
export interface UncataloguedQualification {
	readonly label: string;
	readonly span: Span;
	readonly index: number;
	/** The articles its `texte` cites, as written; empty when it cites none. */
	readonly articles: readonly string[];
}

/** A civil wrong the pleading relies on (dénigrement, concurrence déloyale…): not an offence. */
export interface CivilWrongMention {
	/** The catalogue's name for it, or the pleading's own words (the same in both languages) when it is recognised by its citation of article 1240 alone. */
	readonly label: LocalizedText;
	/** Undefined when recognised by its citation of article 1240 alone. */
	readonly wrong: CivilWrong | undefined;
	readonly span: Span;
}

interface OffenceAnalysis {
	readonly civilWrongs: readonly CivilWrongMention[];
	readonly mentions: readonly OffenceMention[];
	readonly mismatches: readonly TextMismatch[];
	readonly uncatalogued: readonly UncataloguedQualification[];
	readonly references: readonly LegalReference[];
}

/**
 * The grounds of arts 32 al. 2-3 and 33 al. 3-4 of the 1881 law, written after « à raison de » or
 * « en raison de »: « diffamation publique à raison de l’origine » is the discriminatory offence,
 * while « à raison de ses fonctions » is article 31's.
 */
const DISCRIMINATORY_HEADS = ['{0}', '{0} publique', '{0} publique commise', '{0} publique envers une personne', '{0} publique envers un groupe de personnes', '{0} envers une personne', '{0} publique envers une personne ou un groupe de personnes'];
const DISCRIMINATORY_GROUNDS = ['origine', 'ethnie', 'nation', 'race', 'religion', 'sexe', 'orientation sexuelle', 'identité de genre', 'handicap', 'appartenance', 'non-appartenance'];
const GROUND_DETERMINERS = ['de l’', 'de la ', 'du ', 'de leur ', 'de son ', 'de sa ', 'de ses '];

function discriminatoryPhrases(noun: string): string[] {
	return DISCRIMINATORY_HEADS.flatMap((head) => ['à raison', 'en raison'].flatMap((link) => GROUND_DETERMINERS.flatMap((determiner) => DISCRIMINATORY_GROUNDS.map((ground) => `${head.replace('{0}', noun)} ${link} ${determiner}${ground}`))));
}

function phrasesOf(offence: Offence): string[] {
	// Pleadings are French: the catalogue's French label is one more way to name the offence.
	const phrases = [offence.label.fr, ...offence.aliases];
	if (offence.id === 'diffamation-publique-discriminatoire' || offence.id === 'injure-publique-discriminatoire') {
		phrases.push(...discriminatoryPhrases(offence.id.startsWith('diffamation') ? 'diffamation' : 'injure'));
	}
	return phrases;
}

/** The civil wrongs of the knowledge base (law.md A.12), by their terms. */
const civilWrongLexicon = new PhraseMatcher<CivilWrong>(civilWrongCatalogue.map((wrong) => [wrong, wrong.terms] as const));

const offenceLexicon = new PhraseMatcher<Offence>(offences.map((offence) => [offence, phrasesOf(offence)] as const));

/**
 * Words that qualify the facts they precede: « constitutifs du délit de », « caractérisent »,
 * « sous la qualification de », « le délit de », « l’infraction de », « du chef de », « prévu et
 * réprimé par », « relevant de », « s’analysent en », « a commis une usurpation d’identité ». Compared by prefix of the
 * folded word, so every inflection counts (constitue, constituent, constitutives…).
 */
const QUALIFYING_PREFIXES = ['commis', 'commet', 'constitu', 'caracteris', 'qualif', 'delit', 'infraction', 'contravention', 'incrimin', 'reprim', 'prevu', 'analys'];
const QUALIFYING_WORDS: ReadonlySet<string> = new Set(['chef', 'relevant', 'relevent']);
/** How far before the offence's name a qualifying word still governs it (« constitutifs des délits de menaces, de harcèlement et d’injure »). */
const CUE_LOOKBACK = 12;
/** How far after the name its text may stand (« harcèlement moral, prévu et réprimé par l’article 222-33-2-2 »). */
const REFERENCE_LOOKAHEAD = 160;

/** How close a reference must follow a name in prose to be read as that name's own text. */
const ADJACENT = 40;
/** What separates a name from the citation that belongs to it alone: an opening bracket. */
const BRACKET_BETWEEN = /^[\s\u00a0]*\([\s\u00a0]*$/u;

/** Every legal reference of the pleading: the body's and those written in the `texte` of each infraction. */
export function allLegalReferences(model: PleadingModel, memo?: QueryMemo): readonly LegalReference[] {
	return analyseOffences(model, memo).references;
}

/** The qualified offences: the front matter's `infractions` and the body's qualifying phrases, in document order. */
export function offenceMentions(model: PleadingModel, memo?: QueryMemo): readonly OffenceMention[] {
	return analyseOffences(model, memo).mentions;
}

/** Qualifications whose cited article or alinéa designates another offence. */
export function textMismatches(model: PleadingModel, memo?: QueryMemo): readonly TextMismatch[] {
	return analyseOffences(model, memo).mismatches;
}

/** Civil wrongs relied on: `infractions` entries naming one, and body phrases qualifying facts as one. */
export function civilWrongs(model: PleadingModel, memo?: QueryMemo): readonly CivilWrongMention[] {
	return analyseOffences(model, memo).civilWrongs;
}

/** `infractions` entries outside the catalogue (escroquerie under an article we do not hold…). */
export function uncataloguedQualifications(model: PleadingModel, memo?: QueryMemo): readonly UncataloguedQualification[] {
	return analyseOffences(model, memo).uncatalogued;
}

/** The offences the pleading relies on, each once. */
export function invokedOffences(model: PleadingModel, memo?: QueryMemo): Offence[] {
	return [...new Set(offenceMentions(model, memo).map((mention) => mention.offence))];
}

/** The offences whose legal text (an article of it, with its code or law) the pleading cites. */
export function offencesWithTextCited(model: PleadingModel, memo?: QueryMemo): ReadonlySet<Offence> {
	let cited = citedOffences.get(model);
	if (cited === undefined) {
		const found = new Set<Offence>();
		for (const reference of allLegalReferences(model, memo)) {
			const code = codeOf(reference);
			if (code !== undefined) {
				reference.articles.forEach((article) => offencesByArticle(article, code).forEach((offence) => found.add(offence)));
			}
		}
		cited = found;
		citedOffences.set(model, cited);
	}
	return cited;
}

const citedOffences = new WeakMap<PleadingModel, ReadonlySet<Offence>>();

/** The code or law an offence reference is made under, if it is one that defines offences. */
function codeOf(reference: LegalReference): LegalCode | undefined {
	const instrument = reference.instrument;
	if (instrument?.kind === 'code' && instrument.code === 'code pénal') {
		return 'code pénal';
	}
	return instrument?.kind === 'loi' && instrument.name === 'loi du 29 juillet 1881' ? 'loi du 29 juillet 1881' : undefined;
}

function citesCivilCode1240(reference: LegalReference): boolean {
	return reference.instrument?.kind === 'code' && reference.instrument.code === 'code civil' && reference.articles.includes('1240');
}

/** "1er" → [1], "2 et 3" → [2, 3]: the alinéas an entry of the catalogue covers. */
function alineasOf(offence: Offence): readonly number[] {
	return [...(offence.legalText.alinea ?? '').matchAll(/\d+/gu)].map((match) => Number(match[0]));
}

/**
 * The entries of the catalogue a set of references designates, the most specific first: an alinéa
 * written with the punishing article keeps only the entries of that alinéa (« article 222-17,
 * alinéa 2 » is the death threat; « article 32, alinéa 2 » the discriminatory diffamation).
 * References without a code count when they are in `texte`, which speaks of an offence by nature.
 */
function designatedOffences(references: readonly LegalReference[], codeRequired: boolean): Offence[] {
	const designated: Offence[] = [];
	for (const reference of references) {
		const code = codeOf(reference);
		if (code === undefined && (codeRequired || reference.instrument !== undefined)) {
			continue;
		}
		const all: Offence[] = [];
		const punished: Offence[] = [];
		for (const article of reference.articles) {
			const found = offencesByArticle(article, code);
			all.push(...found);
			// The punishing article decides (« articles 29 et 32, alinéa 2 »: 29 only defines diffamation).
			const sameArticle = found.filter((offence) => offence.legalText.article === article);
			const alinea = reference.alineas.find((candidate) => candidate.article === article)?.alinea;
			const ofAlinea = alinea === undefined ? [] : sameArticle.filter((offence) => alineasOf(offence).includes(alinea));
			punished.push(...(ofAlinea.length > 0 ? ofAlinea : sameArticle));
		}
		for (const offence of punished.length > 0 ? punished : all) {
			if (!designated.includes(offence)) {
				designated.push(offence);
			}
		}
	}
	return designated;
}

/**
 * Whether the named words are a general name that a more precise entry refines: all of them are words
 * of one of its phrases (« menaces » in « menaces de mort », « diffamation publique » in « diffamation
 * envers un dépositaire de l’autorité publique »), whatever their order.
 */
function isGeneralName(named: PhraseMatch<Offence>, sibling: Offence): boolean {
	const keys = readText(named.phrase).words.filter((word) => word.boundary === undefined).map((word) => word.key);
	return phraseWords.some((phrase) => phrase.offence === sibling && keys.every((key) => phrase.keys.has(key)));
}

interface Resolution {
	readonly offence: Offence;
	readonly conflict?: Offence;
}

/**
 * The offence a name and its text designate together. The text refines a general name (« menaces »
 * with « alinéa 2 » is the death threat); a text that designates another offence than a precise
 * name is a contradiction the lawyer must resolve, and the name (what they meant) is kept.
 */
function resolve(named: PhraseMatch<Offence> | undefined, designated: readonly Offence[]): Resolution | undefined {
	if (named === undefined) {
		return designated[0] === undefined ? undefined : { offence: designated[0] };
	}
	const offence = named.entry;
	if (designated.length === 0 || designated.includes(offence)) {
		return { offence };
	}
	// « diffamation » under article 31 is the diffamation of an elected official: the text names the species.
	const refined = designated.find((candidate) => candidate.legalText.code === offence.legalText.code && isGeneralName(named, candidate));
	if (refined !== undefined) {
		return { offence: refined };
	}
	return { offence, conflict: designated[0] };
}

/** Every phrase of the catalogue with its words, for the word-order-free reading of a `qualification`. */
const phraseWords: readonly { readonly offence: Offence; readonly keys: ReadonlySet<string>; readonly size: number }[] = offences.flatMap((offence) => phrasesOf(offence).map((phrase) => {
	const keys = readText(phrase).words.filter((word) => word.boundary === undefined).map((word) => word.key);
	return { offence, keys: new Set(keys), size: keys.length };
}));

/**
 * The name in a short text (a `qualification` value): the longest phrase of the catalogue written in
 * it, or, when the words come in another order (« menaces réitérées de mort »), the longest phrase
 * all of whose words it holds.
 */
function nameIn(text: string): PhraseMatch<Offence> | undefined {
	const read = readText(text);
	const contiguous = [...offenceLexicon.matches(read)].filter((match) => !match.negated).sort((left, right) => (right.endWord - right.firstWord) - (left.endWord - left.firstWord))[0];
	const written = new Set(read.words.map((word) => word.key));
	const longest = contiguous === undefined ? 0 : contiguous.endWord - contiguous.firstWord;
	const scattered = phraseWords.filter((phrase) => phrase.size > longest && [...phrase.keys].every((key) => written.has(key))).sort((left, right) => right.size - left.size)[0];
	if (scattered === undefined || contiguous?.negated === true) {
		return contiguous;
	}
	const words = read.words.filter((word) => word.boundary === undefined);
	return { entry: scattered.offence, phrase: text, span: { start: 0, end: text.length }, negated: false, firstWord: 0, endWord: words.length };
}

/** Words right after a name that qualify it: « menaces de mort, punies de trois ans », « harcèlement au sens de l’article… ». */
const QUALIFYING_AFTER = ['puni', 'reprim', 'prevu', 'incrimin'];
const CUE_LOOKAHEAD = 8;

function qualifyingCueAfter(words: readonly Word[], end: number): boolean {
	for (let at = end; at < words.length && at - end < CUE_LOOKAHEAD; at++) {
		const word = words[at];
		if (word.boundary === 'sentence' && word.key !== '(') {
			return false;
		}
		if (QUALIFYING_AFTER.some((prefix) => word.folded.startsWith(prefix)) || (word.folded === 'sens' && words[at - 1]?.folded === 'au')) {
			return true;
		}
	}
	return false;
}

/** Whether words before the name qualify the facts (within its sentence). */
function qualifyingCueBefore(words: readonly Word[], index: number): boolean {
	for (let at = index - 1; at >= 0 && index - at <= CUE_LOOKBACK; at--) {
		const word = words[at];
		if (word.boundary === 'sentence') {
			return false;
		}
		// « caractérisé par des menaces » describes the means, it does not qualify them.
		if ((QUALIFYING_WORDS.has(word.folded) || QUALIFYING_PREFIXES.some((prefix) => word.folded.startsWith(prefix))) && words[at + 1]?.folded !== 'par') {
			return true;
		}
		// « a déposé plainte pour harcèlement » : the victim's complaint names the offence it pursues.
		if (word.folded === 'pour' && words[at - 1]?.folded.startsWith('plainte')) {
			return true;
		}
	}
	return false;
}

/** The penal references written right after the name, in the same sentence. */
function referencesAfter(block: ProseBlock, words: readonly Word[], match: PhraseMatch<Offence>, references: readonly LegalReference[]): LegalReference[] {
	// Bounded by the look-ahead, so that a sentence of a million words costs each name a few words.
	let limit = Math.min(block.span.end, match.span.end + REFERENCE_LOOKAHEAD);
	for (let at = match.endWord; at < words.length && words[at].start < limit; at++) {
		if (words[at].boundary === 'sentence' && words[at].key !== '(' && words[at].key !== ')') {
			limit = words[at].start;
			break;
		}
	}
	// References are in document order: find the first after the name, then read only those before the limit.
	let low = 0;
	let high = references.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (references[middle].span.start < match.span.end) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	const found: LegalReference[] = [];
	for (let at = low; at < references.length && references[at].span.start < limit; at++) {
		if (codeOf(references[at]) !== undefined) {
			found.push(references[at]);
		}
	}
	return found;
}

/**
 * « un chantage et un harcèlement (article 222-33-2-2) »: a citation in brackets is the text of the
 * name just before it, not of an earlier one. Only the names between the two are read (references
 * lie within the look-ahead), so a paragraph of many names stays linear.
 */
function bracketedAfterLaterName(block: ProseBlock, names: readonly PhraseMatch<Offence>[], index: number, reference: LegalReference): boolean {
	for (let later = index + 1; later < names.length && names[later].span.end <= reference.span.start; later++) {
		if (BRACKET_BETWEEN.test(block.text.slice(names[later].span.end - block.span.start, reference.span.start - block.span.start))) {
			return true;
		}
	}
	return false;
}

/**
 * Several rules and the hover read the same qualifications: they are computed once per model, reading
 * the words of the blocks through the analysis' `memo` when the first question comes from a rule.
 */
function analyseOffences(model: PleadingModel, memo: QueryMemo | undefined): OffenceAnalysis {
	let analysis = analyses.get(model);
	if (analysis === undefined) {
		analysis = readOffences(model, memo);
		analyses.set(model, analysis);
	}
	return analysis;
}

/** Small answers, kept with the model: the hover and the code lenses of an open act ask for them again. */
const analyses = new WeakMap<PleadingModel, OffenceAnalysis>();

function readOffences(model: PleadingModel, memo: QueryMemo | undefined): OffenceAnalysis {
	const civil: CivilWrongMention[] = [];
	const mentions: OffenceMention[] = [];
	const mismatches: TextMismatch[] = [];
	const uncatalogued: UncataloguedQualification[] = [];
	const references: LegalReference[] = [...model.body.legalReferences];
	const frontMatter = model.frontMatter;
	frontMatter?.data.infractions?.forEach((infraction, index) => {
		const qualificationSpan = frontMatter.locate(['infractions', index, 'qualification']);
		const texteSpan = frontMatter.locate(['infractions', index, 'texte']);
		const texteReferences = infraction?.texte !== undefined && texteSpan !== undefined
			? findLegalReferences([{ span: texteSpan, text: infraction.texte, folded: fold(infraction.texte), kind: 'paragraph', sectionIndex: -1 }])
			: [];
		references.push(...texteReferences);
		if (infraction?.qualification === undefined || qualificationSpan === undefined) {
			return;
		}
		const resolution = resolve(nameIn(infraction.qualification), designatedOffences(texteReferences, false));
		const civilWrong = [...civilWrongLexicon.matches(readText(infraction.qualification))].find((match) => !match.negated);
		if (resolution === undefined && (civilWrong !== undefined || texteReferences.some(citesCivilCode1240))) {
			civil.push({ label: civilWrong === undefined ? { fr: infraction.qualification, en: infraction.qualification } : civilWrong.entry.label, wrong: civilWrong?.entry, span: qualificationSpan });
			return;
		}
		if (resolution === undefined) {
			uncatalogued.push({ label: infraction.qualification, span: qualificationSpan, index, articles: texteReferences.flatMap((reference) => reference.articles) });
			return;
		}
		const mention: OffenceMention = { offence: resolution.offence, origin: 'front-matter', span: qualificationSpan, index };
		mentions.push(mention);
		if (resolution.conflict !== undefined && texteSpan !== undefined) {
			mismatches.push({ mention, cited: resolution.conflict, span: texteSpan, citedText: infraction.texte ?? '' });
		}
	});
	const bodyReferences = model.body.legalReferences;
	for (const block of model.body.prose) {
		const text: ReadText = read(block, memo);
		for (const match of civilWrongLexicon.matches(text)) {
			if (!match.negated && (qualifyingCueBefore(text.words, match.firstWord) || bodyReferences.some((reference) => citesCivilCode1240(reference) && reference.span.start >= match.span.end && reference.span.start - match.span.end <= REFERENCE_LOOKAHEAD))) {
				civil.push({ label: match.entry.label, wrong: match.entry, span: match.span });
			}
		}
		const names = [...offenceLexicon.matches(text)];
		for (const [index, match] of names.entries()) {
			if (match.negated) {
				continue;
			}
			const following = referencesAfter(block, text.words, match, bodyReferences).filter((reference) => !bracketedAfterLaterName(block, names, index, reference));
			const cued = qualifyingCueBefore(text.words, match.firstWord) || qualifyingCueAfter(text.words, match.endWord);
			if (following.length === 0 && !cued) {
				continue;
			}
			const resolution = resolve(match, designatedOffences(following, true));
			// « Les faits de harcèlement moral […] constituent le délit de harcèlement scolaire (article 222-33-2-3) »,
			// « obtenir, par la menace de violences, […] une extorsion (article 312-1) »: the text is another name's.
			if (resolution === undefined || (resolution.conflict !== undefined && !cued)) {
				continue;
			}
			const mention: OffenceMention = { offence: resolution.offence, origin: 'prose', span: match.span };
			mentions.push(mention);
			// In prose only a text written right after the name is surely its text.
			const reference = following[0];
			if (resolution.conflict !== undefined && reference.span.start - match.span.end <= ADJACENT) {
				mismatches.push({ mention, cited: resolution.conflict, span: reference.span, citedText: reference.text });
			}
		}
	}
	return { civilWrongs: civil, mentions, mismatches, uncatalogued, references };
}
