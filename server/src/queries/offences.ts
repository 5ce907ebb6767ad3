import { fold } from '../document/extract/text';
import { findLegalReferences } from '../document/extract/legalReferences';
import type { LegalReference, PleadingModel, Span } from '../document/model';
import { offences, offencesByArticle, type Offence } from '../knowledge';
import { Lexicon } from './lexicon';

/** One place where the pleading invokes an offence. */
export interface OffenceMention {
	readonly offence: Offence;
	readonly origin: 'front-matter' | 'prose';
	/** The words naming it (the `qualification` value, or the words in prose). */
	readonly span: Span;
	/** For a front-matter entry, its index in `infractions`. */
	readonly index?: number;
}

const offenceLexicon = new Lexicon<Offence>(offences.map((offence) => [offence, offence.aliases] as const));

const cache = new WeakMap<PleadingModel, { mentions: OffenceMention[]; references: LegalReference[] }>();

/** Every legal reference of the pleading: the body's and those written in the `texte` of each infraction. */
export function allLegalReferences(model: PleadingModel): readonly LegalReference[] {
	return analyseOffences(model).references;
}

/** Offences invoked in the front matter (`infractions`) and named in prose, in document order. */
export function offenceMentions(model: PleadingModel): readonly OffenceMention[] {
	return analyseOffences(model).mentions;
}

const qualifiedCache = new WeakMap<PleadingModel, ReadonlySet<Offence>>();

/** The offences whose legal text (an article of it, with its code or law) the pleading cites. */
export function qualifiedOffences(model: PleadingModel): ReadonlySet<Offence> {
	let qualified = qualifiedCache.get(model);
	if (qualified === undefined) {
		const found = new Set<Offence>();
		for (const reference of allLegalReferences(model)) {
			for (const article of reference.articles) {
				offencesByArticle(article).filter((offence) => instrumentMatches(offence, reference)).forEach((offence) => found.add(offence));
			}
		}
		qualified = found;
		qualifiedCache.set(model, qualified);
	}
	return qualified;
}

function instrumentMatches(offence: Offence, reference: LegalReference): boolean {
	const instrument = reference.instrument;
	if (instrument === undefined) {
		return false;
	}
	return offence.legalText.code === 'code pénal'
		? instrument.kind === 'code' && instrument.code === 'code pénal'
		: instrument.kind === 'loi' && instrument.name === 'loi du 29 juillet 1881';
}

/** The offences the pleading relies on, each once. */
export function invokedOffences(model: PleadingModel): Offence[] {
	return [...new Set(offenceMentions(model).map((mention) => mention.offence))];
}

/** Several rules read the same mentions: they are computed once per model. */
function analyseOffences(model: PleadingModel): { mentions: OffenceMention[]; references: LegalReference[] } {
	const cached = cache.get(model);
	if (cached !== undefined) {
		return cached;
	}
	const mentions: OffenceMention[] = [];
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
		const named = [...offenceLexicon.matches(infraction.qualification)].sort((left, right) => right.phrase.length - left.phrase.length)[0]?.entry;
		const byText = texteReferences.flatMap((reference) => reference.articles.flatMap((article) => offencesByArticle(article)));
		// The name decides between offences sharing an article (222-17 al. 1 and al. 2); the text decides otherwise.
		const offence = named !== undefined && (byText.length === 0 || byText.some((candidate) => candidate.articles.some((article) => named.articles.includes(article))))
			? named
			: byText[0] ?? named;
		if (offence !== undefined) {
			mentions.push({ offence, origin: 'front-matter', span: qualificationSpan, index });
		}
	});
	for (const block of model.body.prose) {
		for (const match of offenceLexicon.matches(block.text, block.span.start, block.folded)) {
			mentions.push({ offence: match.entry, origin: 'prose', span: match.span });
		}
	}
	const result = { mentions, references };
	cache.set(model, result);
	return result;
}
