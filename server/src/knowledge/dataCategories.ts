import knowledge from 'pretoire:knowledge';
import { type LegalSource, resolveSource } from './sources';
import { normalizeTerm } from './terms';

/**
 * Who a retention text addresses: hosts (LCEN art. 6, I, 2), access providers (LCEN art. 6, I, 1) — both
 * under décret n° 2021-1362 — and electronic-communications operators under art. R. 10-13 CPCE (which
 * TJ Paris also applied to Telegram and to La Poste's webmail).
 */
export type RetentionHolder = 'hebergeur' | 'fai' | 'operateur';

/** One datum a pleading may ask a platform or an access provider to disclose. */
export interface DataItem {
	/** Stable kebab-case id. */
	readonly id: string;
	/** French label, close to the text's wording. */
	readonly label: string;
	/** Lowercase French phrases by which a lawyer requests it; match them on word boundaries. */
	readonly terms: readonly string[];
	/** Holders the texts literally require to keep it. */
	readonly listedFor: readonly RetentionHolder[];
	/** Decisions that ordered it from a host although the hosts' list does not name it. */
	readonly orderedFromHostsBy?: readonly LegalSource[];
	readonly sources: readonly LegalSource[];
	/** French remark shown with the item (scope limits, open points). */
	readonly note?: string;
}

/** A tier of art. L. 34-1, II bis, CPCE as detailed by décret n° 2021-1362 and art. R. 10-13 CPCE. */
export interface DataCategory {
	readonly id: 'identite-civile' | 'autres-informations' | 'donnees-techniques';
	readonly tier: '1°' | '2°' | '3°';
	/** French label taken from art. L. 34-1, II bis. */
	readonly label: string;
	/** Lowercase phrases naming the whole tier (items have their own). */
	readonly terms: readonly string[];
	readonly legalBasis: readonly LegalSource[];
	/** Purposes for which the data is kept, verbatim from art. L. 34-1, II bis. */
	readonly purposes: string;
	readonly retention: {
		readonly months: number;
		/** French: the event the period runs from. */
		readonly from: string;
		readonly source: LegalSource;
		readonly note?: string;
	};
	/** True when the data may only serve the fight against « la criminalité et la délinquance grave ». */
	readonly requiresSeriousCrime: boolean;
	/** Wording for a dispositif addressed to a host (the usual defendant). */
	readonly dispositifWording: string;
	/** Wording for a dispositif, by kind of defendant. */
	readonly dispositifWordingByKind: { readonly hebergeur: string; readonly fai: string };
	/** Where the dispositif wording comes from. */
	readonly dispositifWordingSource: LegalSource;
	readonly items: readonly DataItem[];
	readonly confirmed: boolean;
}

const data = knowledge['data-categories'];

/** Identification of the décret, for citations and hovers. */
export const decret20211362 = { ...data.decree, source: resolveSource(data.decree.source) };

/** The three tiers of art. L. 34-1, II bis, CPCE (`server/knowledge/data-categories.yaml`). */
export const dataCategories: readonly DataCategory[] = data.categories.map((category) => ({
	...category,
	legalBasis: category.legalBasis.map(resolveSource),
	retention: { ...category.retention, source: resolveSource(category.retention.source) },
	dispositifWordingSource: resolveSource(category.dispositifWordingSource),
	items: category.items.map((item) => ({
		...item,
		orderedFromHostsBy: item.orderedFromHostsBy?.map(resolveSource),
		sources: item.sources.map(resolveSource),
	})),
}));

/** A requirement added by case law to the statutory lists. */
export interface CaseLawDataRequirement {
	readonly id: string;
	/** French label. */
	readonly label: string;
	/** Lowercase phrases by which a pleading asks for it. */
	readonly terms: readonly string[];
	/** French statement of the requirement and why courts accept it. */
	readonly requirement: string;
	/** Wording for a dispositif. */
	readonly dispositifWording: string;
	/** It completes 3° data, so it shares the « délinquance grave » condition. */
	readonly requiresSeriousCrime: boolean;
	readonly sources: readonly LegalSource[];
	/** French remark on open points. */
	readonly note?: string;
	readonly confirmed: boolean;
}

/**
 * Exact timestamp (to the second), time zone and source port for each connection: not listed in R. 10-13,
 * ordered by TJ Paris because NAT-shared IP addresses cannot otherwise be traced to one subscriber.
 */
export const timestampPrecision: CaseLawDataRequirement = { ...data.timestampPrecision, sources: data.timestampPrecision.sources.map(resolveSource) };

/** The tier with this id, if any. */
export function dataCategoryById(id: string): DataCategory | undefined {
	return dataCategories.find((category) => category.id === id);
}

/** Where a requested datum falls: its tier, and the precise item when the phrase names one. */
export interface DataTermMatch {
	readonly category: DataCategory;
	readonly item?: DataItem;
}

const byTerm = new Map<string, DataTermMatch>();
for (const category of dataCategories) {
	for (const term of category.terms) {
		byTerm.set(term, { category });
	}
	for (const item of category.items) {
		for (const term of item.terms) {
			byTerm.set(term, { category, item });
		}
	}
}

/** The tier (and item) a lowercase-insensitive phrase such as `Adresses IP` requests, if it is a known term. */
export function dataTermMatch(phrase: string): DataTermMatch | undefined {
	return byTerm.get(normalizeTerm(phrase));
}
