import knowledge from 'pretoire:knowledge';
import { type LegalSource, type LocalizedText, type MatchSpecs, resolveSource } from './sources';

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
	/** Label, close to the text's wording. */
	readonly label: LocalizedText;
	/** Lowercase French phrases by which a lawyer requests it; match them on word boundaries. */
	readonly terms: readonly string[];
	/** Sentences requesting (and not requesting) this item, for the items the rules look for. */
	readonly specs?: MatchSpecs;
	/** Holders the texts literally require to keep it. */
	readonly listedFor: readonly RetentionHolder[];
	/** Decisions that ordered it from a host although the hosts' list does not name it. */
	readonly orderedFromHostsBy?: readonly LegalSource[];
	readonly sources: readonly LegalSource[];
	/** Remark shown with the item (scope limits, open points). */
	readonly note?: LocalizedText;
}

/** A tier of art. L. 34-1, II bis, CPCE as detailed by décret n° 2021-1362 and art. R. 10-13 CPCE. */
export interface DataCategory {
	readonly id: 'identite-civile' | 'autres-informations' | 'donnees-techniques';
	readonly tier: '1°' | '2°' | '3°';
	/** Label taken from art. L. 34-1, II bis. */
	readonly label: LocalizedText;
	/** Lowercase phrases naming the whole tier (items have their own). */
	readonly terms: readonly string[];
	readonly legalBasis: readonly LegalSource[];
	/** Purposes for which the data is kept, verbatim from art. L. 34-1, II bis. */
	readonly purposes: string;
	readonly retention: {
		readonly months: number;
		/** The event the period runs from. */
		readonly from: LocalizedText;
		readonly source: LegalSource;
		readonly note?: LocalizedText;
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
	/** Label. */
	readonly label: LocalizedText;
	/** Lowercase phrases by which a pleading asks for it. */
	readonly terms: readonly string[];
	/** Statement of the requirement and why courts accept it. */
	readonly requirement: LocalizedText;
	/** Wording for a dispositif. */
	readonly dispositifWording: string;
	/** It completes 3° data, so it shares the « délinquance grave » condition. */
	readonly requiresSeriousCrime: boolean;
	readonly sources: readonly LegalSource[];
	/** Remark on open points. */
	readonly note?: LocalizedText;
	readonly confirmed: boolean;
}

/**
 * Exact timestamp (to the second), time zone and source port for each connection: not listed in R. 10-13,
 * ordered by TJ Paris because NAT-shared IP addresses cannot otherwise be traced to one subscriber.
 */
export const timestampPrecision: CaseLawDataRequirement = { ...data.timestampPrecision, sources: data.timestampPrecision.sources.map(resolveSource) };

/** The tier with this id: the build checks that the three tiers are present, once each. */
export function dataCategoryById(id: DataCategory['id']): DataCategory {
	const category = dataCategories.find((candidate) => candidate.id === id);
	if (category === undefined) {
		throw new Error(`Missing data category ${id}`);
	}
	return category;
}
