import type { FrontMatterMessageId } from './frontMatterMessages';
import type { MessageData } from './message';
import type { Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { FrontMatterData, ActKind } from './frontMatterSchema';

/** A half-open span of UTF-16 offsets in the whole document text. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** A text replacement, in document offsets. */
export interface SpanEdit {
	readonly span: Span;
	readonly newText: string;
}

/**
 * What a fix changes, as ESLint separates fixes from suggestions: a `mechanical` fix completes the
 * form without changing what the act says or asks (a missing article number, a pièce added to the
 * bordereau, a scaffold to complete) and is applied by `source.fixAll` and `pretoire check --fix`;
 * a `substantive` fix changes what the act says or asks (removes a demand, rewrites a time of the
 * facts) and is only offered in the light bulb, for the lawyer to choose.
 */
export type FixKind = 'mechanical' | 'substantive';

/** A repair offered as a quick fix. */
export interface Fix {
	/** Title shown in the lightbulb menu, in the message language. */
	readonly title: string;
	readonly kind: FixKind;
	readonly edits: readonly SpanEdit[];
}

/**
 * The span, in the act, of a value the act inherits from its `dossier.yaml`: the `dossier:` line,
 * since the value is written nowhere in the act; `origin` is where it is written in the dossier.
 */
export interface InheritedSpan extends Span {
	readonly origin: Span;
}

export function isInherited(span: Span): span is InheritedSpan {
	return 'origin' in span;
}

/** A problem found while reading the front matter (YAML syntax, schema, unknown key, unreadable dossier). */
export interface FrontMatterIssue {
	readonly kind: 'yaml-syntax' | 'schema' | 'unknown-key' | 'limit' | 'dossier';
	readonly span: Span;
	/** Its message among `frontMatterMessages`, in no language: rendered by whoever shows it. */
	readonly messageId: FrontMatterMessageId;
	readonly data?: MessageData;
	/** Path of the faulty value in the front matter, when known. */
	readonly path: readonly (string | number)[];
}

/** A path into the front matter, as used by `locate`. */
export type FrontMatterPath = readonly (string | number)[];

export interface FrontMatterModel {
	/** Span of the YAML text between the `---` fences. */
	readonly span: Span;
	/** The values that passed validation; a bad field is dropped, never the whole front matter. */
	readonly data: FrontMatterData;
	readonly issues: readonly FrontMatterIssue[];
	/** Span of a key or of its value in the document text, if present. */
	locate(path: FrontMatterPath, part?: 'key' | 'value'): Span | undefined;
	/** Entries of the list or mapping at `path`, 0 when absent. (Positions are kept, not the YAML tree.) */
	itemCount(path: FrontMatterPath): number;
	/** The index `locate` and `itemCount` read, which crosses to another thread as plain data. */
	readonly positions: FrontMatterPositionIndex;
}

/** The front matter's positions as plain data: typed arrays survive the copy to another thread. */
export interface TransferablePositions {
	readonly entries: Int32Array;
	readonly names: readonly string[];
}

/** Where each key and value of the front matter sits (`FrontMatterPositions` in frontMatter.ts). */
export interface FrontMatterPositionIndex {
	transferable(): TransferablePositions;
}

export type SectionKind = 'faits' | 'discussion' | 'dispositif' | 'other';

export interface Section {
	readonly title: string;
	readonly depth: number;
	readonly kind: SectionKind;
	/** Span of the heading line itself. */
	readonly headingSpan: Span;
	/** From the heading to the start of the next heading of the same or a higher level. */
	readonly span: Span;
}

/** A block of prose (paragraph or heading) in the body, with its raw source text. */
export interface ProseBlock {
	readonly span: Span;
	readonly text: string;
	/** `text` lower-cased without accents, computed once for the rules' keyword tests. */
	readonly folded: string;
	readonly kind: 'paragraph' | 'heading';
	/** Index into `sections` of the section holding the block, -1 before the first heading. */
	readonly sectionIndex: number;
}

/** A measure requested in the dispositif (an item of the list under PAR CES MOTIFS). */
export interface Measure {
	readonly span: Span;
	readonly text: string;
	/** `text` lower-cased without accents. */
	readonly folded: string;
}

export interface PieceNumberMention {
	readonly numero: number;
	readonly span: Span;
}

/** "pièce n°6", "pièces n°2 et n°3", "pièces nos 2 à 4" (a range cites every number in it). */
export interface PieceCitation {
	readonly span: Span;
	readonly numbers: readonly number[];
	readonly mentions: readonly PieceNumberMention[];
}

export type LegalInstrument =
	| { readonly kind: 'code'; readonly code: CodeName }
	| { readonly kind: 'loi'; readonly name: LawName }
	| { readonly kind: 'decret'; readonly number: string };

export type CodeName =
	| 'code pénal'
	| 'code de procédure civile'
	| 'code de procédure pénale'
	| 'code des postes et des communications électroniques'
	| 'code civil';

export type LawName = 'loi du 29 juillet 1881' | 'loi n° 2004-575 du 21 juin 2004';

/** "article 222-17 du code pénal", "articles 29 et 32 de la loi du 29 juillet 1881", "décret n° 2021-1362". */
export interface LegalReference {
	readonly span: Span;
	/** Normalized article numbers ("222-17", "L. 34-1"), empty when only the instrument is cited. */
	readonly articles: readonly string[];
	/** The alinéa written with an article ("article 222-17, alinéa 2", "deuxième alinéa de l'article 32"). */
	readonly alineas: readonly { readonly article: string; readonly alinea: number }[];
	readonly instrument: LegalInstrument | undefined;
	readonly text: string;
}

/** "le 3 novembre 2024 à 21h04", "7 juillet 2023 à 17:17:03 (UTC+2)". */
export interface ProseDateTime {
	readonly span: Span;
	readonly text: string;
	readonly date: { readonly year: number; readonly month: number; readonly day: number };
	readonly time?: { readonly hour: number; readonly minute: number; readonly second?: number };
	/** The time zone as written ("UTC+2", "heure de Paris", "CEST"), if any. */
	readonly zone?: string;
	/** Offset from UTC in minutes implied by `zone`, when the zone fixes one. */
	readonly zoneOffsetMinutes?: number;
}

export interface BodyModel {
	readonly span: Span;
	readonly sections: readonly Section[];
	readonly prose: readonly ProseBlock[];
	readonly measures: readonly Measure[];
	readonly pieceCitations: readonly PieceCitation[];
	readonly legalReferences: readonly LegalReference[];
	readonly dateTimes: readonly ProseDateTime[];
	/** Places past the parser's limits (nesting, delimiters), read as plain text: see `markdownLimits`. */
	readonly neutralised: readonly NeutralisedPlace[];
}

export type LimitKind = 'nesting' | 'delimiters';

/**
 * Where the Markdown parser's limits were reached (see `markdownLimits`): the first line (nesting) or
 * stretch (delimiters) read as plain text, relative to the text given, and how many were in all.
 */
export interface NeutralisedPlace {
	readonly kind: LimitKind;
	readonly span: Span;
	readonly count: number;
}

/** The `dossier.yaml` an act names, read by the wiring layer and merged into the act's front matter. */
export interface DossierLink {
	/** The value of the act's `dossier:` key: where findings about inherited data are reported. */
	readonly reference: Span;
	/** The dossier as read; undefined when it could not be read (the reason is a front-matter issue). */
	readonly document?: TextDocument;
	/** The dossier's own reading, spans in `document`. */
	readonly frontMatter?: FrontMatterModel;
	/** The top-level keys the act takes from the dossier. */
	readonly inherited: readonly string[];
}

/** Everything the rules and features know about one pleading; built once per document version. */
export interface PleadingModel {
	readonly document: TextDocument;
	/** True when the document is too large for its body to be analysed (see `MAX_ANALYSED_CHARACTERS`). */
	readonly oversized: boolean;
	/** The act kind, read from the `acte` key even when the rest of the front matter is invalid. */
	readonly act: ActKind | undefined;
	/** Undefined when the document has no front matter at all. */
	readonly frontMatter: FrontMatterModel | undefined;
	/** Present when the front matter names a `dossier:`; the front matter then holds the merged values. */
	readonly dossier?: DossierLink;
	readonly body: BodyModel;
	rangeOf(span: Span): Range;
}
