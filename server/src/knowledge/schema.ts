/**
 * The shape of the knowledge files (`server/knowledge/*.yaml`), checked when the bundles are built
 * (`scripts/knowledgeBuild.mjs`): a malformed entry fails the build with its file, line and field.
 * The same schemas are written as JSON Schema beside the files for editing them in VS Code.
 *
 * Sources are referenced by their key in `sources.yaml`, so each citation is spelled once; a reference
 * may add a note that applies where it is cited (e.g. what a decision refused).
 */
import { isIP, isIPv4, isIPv6 } from 'node:net';
import { z } from 'zod';

const text = z.string().min(1);
/** Text shown to the user: French, and English for `pretoire.language = en`. */
const localized = z.strictObject({ fr: text, en: text }).describe('Text shown to the user, in French and in English (pretoire.language = en)');
/**
 * Executable examples of an alias or term list: sentences in which the matcher the rules use must find
 * this entry, and sentences in which it must not (a longer phrase of another entry, a look-alike).
 */
const matchSpecs = z.strictObject({
	matches: z.array(text).min(1).describe('Sentences in which this entry must be found'),
	rejects: z.array(text).optional().describe('Sentences in which this entry must not be found'),
}).describe('Examples run by test/unit/matchSpecs.test.ts through the matcher of the rules');

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id expected (e.g. menace-de-mort)');

/** A legal source as a French lawyer cites it. */
const legalSourceSchema = z.strictObject({
	citation: text.describe('Citation in French, as written in a pleading (a decision: court, formation, date and RG or pourvoi number; a text: article, paragraph and code or law)'),
	key: z.string().regex(/^S\d+[a-z]?$/, 'law.md §12 key expected (e.g. S29)').optional().describe('Source key in law.md §12'),
	confirmed: z.boolean().describe('False when law.md marks the cited point UNCONFIRMED: never presented as settled law'),
	note: localized.optional().describe('Remark on what exactly is (un)confirmed; may be shown in a hover'),
	short: text.optional().describe('Short form where room is scarce: code lenses, agenda entries (e.g. « art. 65, loi 1881 »)'),
});
/** A legal source of `sources.yaml`, as the schema reads it. */
export type LegalSourceEntry = z.output<typeof legalSourceSchema>;

const sourceKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'source key of sources.yaml expected').describe('Key of an entry of sources.yaml');

/**
 * A citation of a source, optionally with a note that applies where it is cited. Branded, so that the
 * types of the server's lookups can tell a reference (resolved to its source) from any other string.
 */
const sourceRefSchema = z.union([sourceKey, z.strictObject({ key: sourceKey, note: localized.describe('Remark replacing the source note where it is cited') })]).brand<'SourceRef'>();
export type SourceRef = z.output<typeof sourceRefSchema>;
export type LocalizedEntry = z.output<typeof localized>;
export type MatchSpecsEntry = z.output<typeof matchSpecs>;

const sourcesFileSchema = z.strictObject({
	reviewed: z.iso.date().describe('Day a practitioner last reviewed the knowledge base against law.md (shown in hovers)'),
	sources: z.record(sourceKey, legalSourceSchema),
});

// --- Offences ---

const penaltySchema = z.strictObject({
	imprisonmentYears: z.number().positive().optional().describe('Years of imprisonment (0.5 = six months); absent for fine-only offences'),
	fineEuros: z.number().int().positive(),
	otherPenalties: z.array(text).optional().describe('Other main penalties, in French'),
});

/** The kinds of content the facts of a composed act tell of, one per family of offences. */
export const pleadedFacts = ['message', 'messages-prives', 'profil', 'contenu-visuel', 'montage', 'annonce', 'acces-compte', 'correspondances', 'informations-personnelles', 'contenu-sexuel', 'messages-repetes', 'harcelement-scolaire', 'montage-sexuel', 'message-public'] as const;

const offenceSchema = z.strictObject({
	id: kebabId,
	label: localized.describe('Label of the offence'),
	legalText: z.strictObject({
		article: text,
		code: z.enum(['code pénal', 'loi du 29 juillet 1881']),
		alinea: text.optional(),
	}).describe('The text that punishes the offence (the one art. 53 of the 1881 law requires for press offences)'),
	citation: text.describe('Canonical French citation to insert in a pleading'),
	articles: z.array(text).min(1).describe('Article numbers whose citation in a pleading counts as qualifying this offence'),
	aliases: z.array(text).min(1).describe('Lowercase French phrases used in prose for this offence; each maps to this offence only'),
	specs: matchSpecs,
	maxPenalty: penaltySchema,
	onlineAggravation: z.strictObject({
		paragraph: text,
		imprisonmentYears: z.number().positive(),
		fineEuros: z.number().int().positive(),
		wording: text,
		wordingVerbatim: z.boolean().describe('False when wording describes the circumstance instead of quoting it'),
		citation: text,
	}).optional(),
	aggravations: z.array(z.strictObject({
		circumstance: text,
		imprisonmentYears: z.number().positive().optional(),
		fineEuros: z.number().int().positive().optional(),
	})).optional(),
	press: z.strictObject({
		prescriptionMonths: z.union([z.literal(3), z.literal(12)]),
		source: sourceRefSchema,
	}).optional(),
	prescription: z.strictObject({
		months: z.number().int().positive().optional().describe('Absent when law.md leaves the period open'),
		source: sourceRefSchema,
		note: localized.optional(),
	}),
	seriousCrime: z.strictObject({
		verdict: z.enum(['held-serious', 'held-not-serious', 'meets-60-1-2-threshold', 'below-threshold', 'uncertain']),
		reasoning: localized.describe('One sentence naming the penalty and the decision or text relied on'),
		sources: z.array(sourceRefSchema).min(1),
		onlineOnly: z.boolean().optional().describe('True when the threshold is met only because the offence is committed online'),
	}),
	plaintRequired: sourceRefSchema.optional().describe('Set when the public action requires the victim\'s complaint'),
	plaidoirie: z.strictObject({
		recit: z.enum(pleadedFacts).describe('What the facts of an act invoking this offence tell of: the kind of content at issue'),
		gravite: text.optional().describe('Argument for the judge, in French, that the offence opens the technical data: affirmative and sourced, with no caveat (those stay in seriousCrime.reasoning, for the lawyer)'),
		qualification: text.optional().describe('What an act writes after « constitutif de » when the label names several conducts or grounds in the alternative: the one conduct the act pleads, or a blank naming the ground to choose (art. 53 of the 1881 press law requires one precise qualification)'),
		faitsJoints: text.optional().describe('The facts sentence an act adds when this offence follows another of a set, whose facts do not carry its own element (the threat of a blackmail, the intrusion of 323-1); « {victime} » stands for the victim'),
		victimeMineure: z.literal(true).optional().describe('Set when the offence\'s victim is a minor (a pupil for harcèlement scolaire): the facts name the child, the client acts as legal representative, and no consent is alleged'),
	}).describe('What an act composed by Prétoire pleads for this offence: the judge\'s voice, not the lawyer\'s notes'),
	confirmed: z.boolean(),
	sources: z.array(sourceRefSchema).min(1),
	branche6012: z.enum(['1°', '2°', 'aucune']).describe('Branch of article 60-1-2 CPP the offence meets as committed online: 1° (at least three years), 2° (at least one year, committed through an electronic communications network — arguable but exposed: the Paris court of appeal refused technical data twice), aucune (below the threshold)'),
}).superRefine((offence, context) => {
	const opensTechnicalData = offence.seriousCrime.verdict === 'held-serious' || offence.seriousCrime.verdict === 'meets-60-1-2-threshold';
	if (opensTechnicalData !== (offence.plaidoirie.gravite !== undefined)) {
		context.addIssue({ code: 'custom', path: ['plaidoirie', 'gravite'], message: opensTechnicalData ? 'an offence whose verdict opens the technical data needs its pleading argument' : 'only an offence whose verdict opens the technical data has a pleading argument for them' });
	}
});

const offencesFileSchema = z.strictObject({ offences: z.array(offenceSchema).min(1) });

// --- Data categories ---

const retentionHolder = z.enum(['hebergeur', 'fai', 'operateur']);

const dataItemSchema = z.strictObject({
	id: kebabId,
	label: localized,
	terms: z.array(text).min(1).describe('Lowercase French phrases by which a lawyer requests it'),
	specs: matchSpecs.optional().describe('Required for the items the rules look for (technical data)'),
	listedFor: z.array(retentionHolder).describe('Holders the texts literally require to keep it'),
	orderedFromHostsBy: z.array(sourceRefSchema).optional().describe('Decisions that ordered it from a host although the hosts\' list does not name it'),
	sources: z.array(sourceRefSchema).min(1),
	note: localized.optional(),
});

const dataCategorySchema = z.strictObject({
	id: z.enum(['identite-civile', 'autres-informations', 'donnees-techniques']),
	tier: z.enum(['1°', '2°', '3°']),
	label: localized,
	terms: z.array(text),
	legalBasis: z.array(sourceRefSchema).min(1),
	purposes: text,
	retention: z.strictObject({
		months: z.number().int().positive(),
		from: localized.describe('The event the period runs from'),
		source: sourceRefSchema,
		note: localized.optional(),
	}),
	requiresSeriousCrime: z.boolean(),
	dispositifWording: text,
	dispositifWordingByKind: z.strictObject({ hebergeur: text, fai: text }),
	dispositifWordingSource: sourceRefSchema,
	items: z.array(dataItemSchema).min(1),
	confirmed: z.boolean(),
});

const dataCategoriesFileSchema = z.strictObject({
	decree: z.strictObject({
		citation: text,
		title: text,
		nor: text,
		journalOfficiel: text,
		source: sourceRefSchema,
	}),
	categories: z.array(dataCategorySchema).length(3),
	timestampPrecision: z.strictObject({
		id: kebabId,
		label: localized,
		terms: z.array(text).min(1),
		requirement: localized,
		dispositifWording: text,
		requiresSeriousCrime: z.boolean(),
		sources: z.array(sourceRefSchema).min(1),
		note: localized.optional(),
		confirmed: z.boolean(),
	}),
});

// --- Out-of-scope data and civil wrongs: phrases a pleading uses, with what they mean in law ---

/** An entry found by its phrases: its id, the phrases, sentences to test them with, its name and its sources. */
const phraseEntry = {
	id: kebabId,
	terms: z.array(text).min(1),
	specs: matchSpecs,
	label: localized,
	sources: z.array(sourceRefSchema).min(1),
};

const outOfScopeDataFileSchema = z.strictObject({
	outOfScope: z.array(z.strictObject({
		...phraseEntry,
		reason: localized.describe('One sentence saying why it falls outside the retention texts'),
		confirmed: z.boolean(),
	})).min(1),
});

const civilWrongsFileSchema = z.strictObject({
	civilWrongs: z.array(z.strictObject(phraseEntry)).min(1),
});

// --- Platforms ---

const platformsFileSchema = z.strictObject({
	platforms: z.array(z.strictObject({
		key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Stable lowercase key (e.g. x, google, free-mobile)'),
		name: localized.describe('Commercial name of the service'),
		kind: z.enum(['hebergeur', 'fai']).describe('Step 1 defendant (host) or step 2 defendant (access provider)'),
		retentionRegimes: z.array(retentionHolder).min(1).describe('Retention regimes courts applied to it (a messaging service may be treated as an operator)'),
		denomination: text.describe('Legal name of the entity to sue'),
		forme: text.optional().describe('Legal form, in French, when law.md gives it'),
		siege: text.optional().describe('Registered office, when law.md gives one'),
		registration: text.optional().describe('Registration number, when law.md gives one'),
		confirmed: z.strictObject({ denomination: z.boolean(), siege: z.boolean() }),
		note: text.optional().describe('French remark for hovers (renaming, EU entity, co-defendants)'),
		domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'lowercase host name expected')).min(1).describe('Host names whose URLs point to this service; subdomains match too'),
		sources: z.array(sourceRefSchema).min(1),
	})).min(1),
});

// --- Procedure ---

const procedureFileSchema = z.strictObject({
	articles: z.array(z.strictObject({
		article: text,
		subject: localized,
		text: text.describe('Verbatim excerpt (law.md §4); […] marks cuts made there'),
		source: sourceRefSchema,
	})).min(1),
});

// --- Reserved IP addresses ---

const reservedAddressesFileSchema = z.strictObject({
	blocks: z.array(z.strictObject({
		network: text.describe('First address of the block'),
		prefix: z.number().int().min(0).max(128).describe('Prefix length of the block'),
		family: z.enum(['ipv4', 'ipv6']),
		label: localized.describe('What the block is, as the message names it'),
		reservedBy: text.describe('The RFC that reserves the block, as the message cites it (e.g. RFC 1918)'),
		documentation: z.boolean().optional().describe('Reserved for examples: a real host’s answer never contains it'),
	}).refine((block) => isIP(block.network) === (block.family === 'ipv4' ? 4 : 6), 'network must be an address of its family')).min(1),
});

// --- E-filing ---

const eFilingFileSchema = z.strictObject({
	maxBytesPerSending: z.number().int().positive().describe('Bytes e-filing accepts per sending to a court'),
	maxFileNameLength: z.number().int().positive().describe('Characters of a plain ASCII file name e-filing accepts'),
	basis: text.describe('Where these limits come from, as the export notes quote it (not a statute: to be checked with the registry)'),
});

// --- Service in another member state of the European Union ---

const crossBorderServiceFileSchema = z.strictObject({
	serviceMonths: z.number().int().positive().describe('Months the receiving agency has to serve the act (regulation 2020/1784, art. 11)'),
	refusalDays: z.number().int().positive().describe('Days the addressee has to refuse an untranslated act (regulation 2020/1784, art. 12)'),
	sources: z.array(sourceRefSchema).min(1).describe('The texts the periods come from, cited together in the agenda'),
	memberStates: z.array(z.strictObject({
		fr: text.describe('The state as the catalogue writes it at the end of a seat address'),
		en: text.describe('Its English name'),
		serviceLanguages: localized.optional().describe('The languages of the place of service, where the research read them'),
	})).min(1).describe('The member states other than France'),
});

// --- Texts an act writes for the court ---

/** Text an act writes, in French, in which `{key}` stands for the citation of that entry of sources.yaml. */
const citingText = text.describe('Pleading text, in French; {key} stands for the citation of that entry of sources.yaml');

const comparutionFileSchema = z.strictObject({
	paragraph: citingText.describe('The modalités de comparution and the warning every assignation carries (CPC 56, 4°)'),
});

const templateSamplesFileSchema = z.strictObject({
	facts: z.array(z.array(text).min(1)).min(2).describe('The sample identity of the templates, one fact per entry, each with the ways an act writes it'),
});

// --- IP prefixes of the access providers ---

/** `86.192.0.0/11`: a network address with no host bit set, and its length. */
function isCanonicalPrefix(value: string, family: 4 | 6): boolean {
	const [network, length, ...rest] = value.split('/');
	const bits = Number(length);
	const max = family === 4 ? 32 : 128;
	if (rest.length > 0 || !/^\d{1,3}$/u.test(length ?? '') || bits > max || !(family === 4 ? isIPv4(network) : isIPv6(network))) {
		return false;
	}
	const hostBits = family === 4 ? network.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(octet), 0n) : ipv6Bits(network);
	return (hostBits & ((1n << BigInt(max - bits)) - 1n)) === 0n;
}

function ipv6Bits(address: string): bigint {
	const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
	const groups = (part: string | undefined): string[] => (part === undefined || part === '' ? [] : part.split(':'));
	const left = groups(head);
	const right = groups(tail);
	const all = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
	return all.reduce((sum, group) => (sum << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const ipPrefixesFileSchema = z.strictObject({
	snapshot: z.strictObject({
		date: z.iso.date().describe('Day the dataset was read: every attribution holds for that day only'),
		source: sourceKey,
		dataset: z.url().describe('The public per-AS prefix dataset read'),
		files: text.describe('The files of the dataset read, per AS'),
		revision: text.optional().describe('The dataset revision (commit) read'),
	}),
	providers: z.array(z.strictObject({
		platform: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Key of the access provider in platforms.yaml'),
		as: z.number().int().positive().describe('Autonomous system number the provider announces its prefixes under'),
		asName: text.optional().describe('The AS name in the routing registry (e.g. PROXAD for Free)'),
		ipv4: z.array(z.string().refine((value) => isCanonicalPrefix(value, 4), 'IPv4 prefix expected (e.g. 86.192.0.0/11, no host bit set)')),
		ipv6: z.array(z.string().refine((value) => isCanonicalPrefix(value, 6), 'IPv6 prefix expected (e.g. 2a01:cb00::/27, no host bit set)')),
	})).min(1),
});

/** Each knowledge file, by its name in `server/knowledge/` (without `.yaml`). */
export const knowledgeFileSchemas = {
	'sources': sourcesFileSchema,
	'offences': offencesFileSchema,
	'data-categories': dataCategoriesFileSchema,
	'out-of-scope-data': outOfScopeDataFileSchema,
	'civil-wrongs': civilWrongsFileSchema,
	'platforms': platformsFileSchema,
	'procedure': procedureFileSchema,
	'reserved-addresses': reservedAddressesFileSchema,
	'e-filing': eFilingFileSchema,
	'ip-prefixes': ipPrefixesFileSchema,
	'cross-border-service': crossBorderServiceFileSchema,
	'comparution': comparutionFileSchema,
	'template-samples': templateSamplesFileSchema,
} as const;

export type KnowledgeFileName = keyof typeof knowledgeFileSchemas;

/** The validated content of every knowledge file, as the build hands it to the server. */
export type KnowledgeData = { readonly [name in KnowledgeFileName]: z.output<(typeof knowledgeFileSchemas)[name]> };

/** A cross-reference error: where it is (file and path inside it) and what is wrong. */
export interface KnowledgeProblem {
	readonly file: KnowledgeFileName;
	readonly path: readonly (string | number)[];
	readonly message: string;
}

/** Lowercase, typographic apostrophes and spaces folded: how phrases are compared for uniqueness. */
function folded(phrase: string): string {
	return phrase.toLowerCase().replace(/[\u2019\u02bc\u2018]/g, '\'').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
}

/**
 * What the schemas cannot see: every source reference names an entry of `sources.yaml`, ids are unique,
 * and each alias or term designates one entry only (a phrase mapping to two offences would make the
 * analysis depend on file order).
 */
export function crossReferenceProblems(data: KnowledgeData): KnowledgeProblem[] {
	const problems: KnowledgeProblem[] = [];
	const sourceKeys = new Set(Object.keys(data.sources.sources));

	// Walks any value and reports the source references that name no source.
	const checkReferences = (file: KnowledgeFileName, value: unknown, path: (string | number)[]): void => {
		if (Array.isArray(value)) {
			value.forEach((element, index) => checkReferences(file, element, [...path, index]));
			return;
		}
		if (value === null || typeof value !== 'object') {
			return;
		}
		for (const [field, child] of Object.entries(value)) {
			const isReferenceField = ['source', 'sources', 'legalBasis', 'orderedFromHostsBy', 'plaintRequired', 'dispositifWordingSource'].includes(field);
			if (isReferenceField) {
				const references = Array.isArray(child) ? child.map((reference, index) => [reference, [...path, field, index]] as const) : [[child, [...path, field]] as const];
				for (const [reference, where] of references) {
					const key = typeof reference === 'string' ? reference : (reference as { key: string }).key;
					if (!sourceKeys.has(key)) {
						problems.push({ file, path: where, message: `unknown source « ${key} » (not in sources.yaml)` });
					}
				}
			} else {
				checkReferences(file, child, [...path, field]);
			}
		}
	};
	for (const name of Object.keys(knowledgeFileSchemas) as KnowledgeFileName[]) {
		if (name !== 'sources') {
			checkReferences(name, data[name], []);
		}
	}

	const checkUnique = (file: KnowledgeFileName, owners: Map<string, string>, phrase: string, owner: string, path: (string | number)[], what: string): void => {
		const key = folded(phrase);
		const previous = owners.get(key);
		if (previous !== undefined && previous !== owner) {
			problems.push({ file, path, message: `${what} « ${phrase} » already belongs to ${previous}` });
		} else if (previous === owner) {
			problems.push({ file, path, message: `${what} « ${phrase} » is listed twice for ${owner}` });
		}
		owners.set(key, owner);
	};

	const offenceIds = new Map<string, string>();
	const aliasOwners = new Map<string, string>();
	data.offences.offences.forEach((offence, index) => {
		checkUnique('offences', offenceIds, offence.id, `offence #${index + 1}`, ['offences', index, 'id'], 'id');
		offence.aliases.forEach((alias, aliasIndex) => {
			checkUnique('offences', aliasOwners, alias, `offence ${offence.id}`, ['offences', index, 'aliases', aliasIndex], 'alias');
		});
		// Below the threshold is one fact, stated twice: the two statements must agree.
		if ((offence.branche6012 === 'aucune') !== (offence.seriousCrime.verdict === 'below-threshold')) {
			problems.push({ file: 'offences', path: ['offences', index, 'branche6012'], message: `branche6012 « ${offence.branche6012} » contradicts verdict « ${offence.seriousCrime.verdict} »` });
		}
	});

	const categoryIds = new Map<string, string>();
	const termOwners = new Map<string, string>();
	data['data-categories'].categories.forEach((category, index) => {
		checkUnique('data-categories', categoryIds, category.id, `tier #${index + 1}`, ['categories', index, 'id'], 'id');
		category.terms.forEach((term, termIndex) => checkUnique('data-categories', termOwners, term, `tier ${category.id}`, ['categories', index, 'terms', termIndex], 'term'));
		category.items.forEach((item, itemIndex) => {
			item.terms.forEach((term, termIndex) => checkUnique('data-categories', termOwners, term, `item ${item.id}`, ['categories', index, 'items', itemIndex, 'terms', termIndex], 'term'));
		});
	});
	data['out-of-scope-data'].outOfScope.forEach((entry, index) => {
		entry.terms.forEach((term, termIndex) => checkUnique('out-of-scope-data', termOwners, term, `out-of-scope ${entry.id}`, ['outOfScope', index, 'terms', termIndex], 'term'));
	});
	const civilWrongIds = new Map<string, string>();
	const civilTermOwners = new Map<string, string>();
	data['civil-wrongs'].civilWrongs.forEach((wrong, index) => {
		checkUnique('civil-wrongs', civilWrongIds, wrong.id, `civil wrong #${index + 1}`, ['civilWrongs', index, 'id'], 'id');
		wrong.terms.forEach((term, termIndex) => checkUnique('civil-wrongs', civilTermOwners, term, `civil wrong ${wrong.id}`, ['civilWrongs', index, 'terms', termIndex], 'term'));
	});

	const platformKeys = new Map<string, string>();
	const domainOwners = new Map<string, string>();
	data.platforms.platforms.forEach((platform, index) => {
		checkUnique('platforms', platformKeys, platform.key, `platform #${index + 1}`, ['platforms', index, 'key'], 'key');
		platform.domains.forEach((domain, domainIndex) => checkUnique('platforms', domainOwners, domain, `platform ${platform.key}`, ['platforms', index, 'domains', domainIndex], 'domain'));
	});

	// A prefix two providers announce would make the attribution arbitrary.
	const prefixOwners = new Map<string, string>();
	data['ip-prefixes'].providers.forEach((provider, index) => {
		const platform = data.platforms.platforms.find((entry) => entry.key === provider.platform);
		if (platform?.kind !== 'fai') {
			problems.push({ file: 'ip-prefixes', path: ['providers', index, 'platform'], message: `« ${provider.platform} » is no access provider (kind: fai) of platforms.yaml` });
		}
		(['ipv4', 'ipv6'] as const).forEach((family) => provider[family].forEach((prefix, prefixIndex) => checkUnique('ip-prefixes', prefixOwners, prefix, `AS${provider.as}`, ['providers', index, family, prefixIndex], 'prefix')));
	});

	// A citation written `{key}` in a text for the court names a source too.
	for (const [, key] of data.comparution.paragraph.matchAll(/\{([^{}]*)\}/gu)) {
		if (!sourceKeys.has(key)) {
			problems.push({ file: 'comparution', path: ['paragraph'], message: `unknown source « ${key} » (not in sources.yaml)` });
		}
	}
	return problems;
}
