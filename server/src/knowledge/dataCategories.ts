import knowledge from 'pretoire:knowledge';
import { type Resolved, resolveSource } from './sources';
import type { KnowledgeData } from './schema';

/**
 * A tier of art. L. 34-1, II bis, CPCE as detailed by décret n° 2021-1362 and art. R. 10-13 CPCE
 * (`server/knowledge/data-categories.yaml`, whose schema documents each field), its sources resolved.
 */
export type DataCategory = Resolved<KnowledgeData['data-categories']['categories'][number]>;

/** One datum a pleading may ask a platform or an access provider to disclose. */
export type DataItem = DataCategory['items'][number];

/**
 * Who a retention text addresses: hosts (LCEN art. 6, I, 2), access providers (LCEN art. 6, I, 1) — both
 * under décret n° 2021-1362 — and electronic-communications operators under art. R. 10-13 CPCE (which
 * TJ Paris also applied to Telegram and to La Poste's webmail).
 */
export type RetentionHolder = DataItem['listedFor'][number];

/** A requirement added by case law to the statutory lists. */
export type CaseLawDataRequirement = Resolved<KnowledgeData['data-categories']['timestampPrecision']>;

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
