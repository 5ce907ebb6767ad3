import assert from 'node:assert/strict';
import {
	dataCategories,
	type LegalSource,
	type Offence,
	offenceById,
	offences,
	offencesByArticle,
	outOfScopeData,
	platformByKey,
	platformForHost,
	platforms,
	timestampPrecision,
} from '../../server/src/knowledge';

/**
 * The art. 60-1-2 CPP yardstick the data's verdicts must agree with: a crime or a délit punished by at
 * least three years, or at least one year when committed through an electronic communications network.
 * Only the base penalty and the online aggravation count; other aggravations depend on facts.
 */
function meetsCpp6012Threshold(offence: Offence, committedOnline: boolean): boolean {
	const base = offence.maxPenalty.imprisonmentYears ?? 0;
	const years = committedOnline && offence.onlineAggravation ? Math.max(base, offence.onlineAggravation.imprisonmentYears) : base;
	return years >= 3 || (committedOnline && years >= 1);
}

/** Phrases are written as the matcher reads them: lowercase, straight apostrophes, single spaces. */
function assertPlainLowercase(phrase: string): void {
	assert.equal(phrase, phrase.toLowerCase(), phrase);
	assert.doesNotMatch(phrase, /[\u2019\u02bc\u00a0\u202f]|\s{2}|^\s|\s$/u, phrase);
}

function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	return values.filter((value) => seen.has(value) || !seen.add(value));
}

const inScopeTerms = [
	...dataCategories.flatMap((category) => [...category.terms, ...category.items.flatMap((item) => item.terms)]),
	...timestampPrecision.terms,
];
const outOfScopeTerms = outOfScopeData.flatMap((entry) => entry.terms);
const allSources: LegalSource[] = [
	...offences.flatMap((o) => [...o.sources, ...o.seriousCrime.sources, o.prescription.source, ...(o.press ? [o.press.source] : [])]),
	...dataCategories.flatMap((c) => [...c.legalBasis, c.dispositifWordingSource, ...c.items.flatMap((i) => i.sources)]),
	...outOfScopeData.flatMap((e) => e.sources),
	...platforms.flatMap((p) => p.sources),
	...timestampPrecision.sources,
];

suite('Knowledge base: offences', () => {
	test('Should have unique offence ids in kebab case', () => {
		assert.deepEqual(duplicates(offences.map((o) => o.id)), []);
		for (const offence of offences) {
			assert.match(offence.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, offence.id);
			assert.equal(offenceById(offence.id), offence);
		}
	});

	// Which offence an alias designates in a pleading is tested through the rules' matcher (matchSpecs.test.ts).
	test('Should give each alias to one offence only', () => {
		assert.deepEqual(duplicates(offences.flatMap((o) => o.aliases)), []);
	});

	test('Should write aliases in plain lowercase', () => {
		offences.flatMap((o) => o.aliases).forEach(assertPlainLowercase);
	});

	test('Should give every press offence its prescription, and none to other offences', () => {
		for (const offence of offences) {
			if (offence.legalText.code === 'loi du 29 juillet 1881') {
				assert.ok(offence.press, `${offence.id} lacks press regime`);
				assert.ok([3, 12].includes(offence.press.prescriptionMonths), offence.id);
				assert.equal(offence.prescription.months, offence.press.prescriptionMonths, offence.id);
			} else {
				assert.equal(offence.press, undefined, offence.id);
			}
		}
	});

	test('Should flag the one-year press prescription as resting on an unconfirmed art. 65-3 wording', () => {
		const oneYear = offences.filter((o) => o.press?.prescriptionMonths === 12);
		assert.ok(oneYear.length >= 3);
		for (const offence of oneYear) {
			assert.equal(offence.press?.source.confirmed, false, offence.id);
			assert.match(offence.press?.source.citation ?? '', /65-3/);
		}
	});

	test('Should list the punishing article among the qualifying articles', () => {
		for (const offence of offences) {
			assert.ok(offence.articles.includes(offence.legalText.article), offence.id);
			assert.ok(offencesByArticle(offence.legalText.article, offence.legalText.code).includes(offence), offence.id);
		}
		assert.deepEqual(offencesByArticle('R621-1').map((o) => o.id), ['diffamation-non-publique']);
		assert.deepEqual(offencesByArticle('222-17', 'code pénal').map((o) => o.id), ['menace', 'menace-de-mort']);
	});

	test('Should keep serious-crime verdicts consistent with the art. 60-1-2 CPP yardstick', () => {
		for (const offence of offences) {
			const { verdict, onlineOnly } = offence.seriousCrime;
			assert.ok(offence.seriousCrime.reasoning.fr.length > 0 && offence.seriousCrime.reasoning.en.length > 0, offence.id);
			assert.ok(offence.seriousCrime.sources.length > 0, offence.id);
			if (verdict === 'meets-60-1-2-threshold') {
				assert.ok(meetsCpp6012Threshold(offence, true), offence.id);
				assert.equal(meetsCpp6012Threshold(offence, false), !onlineOnly, offence.id);
			}
			if (verdict === 'below-threshold') {
				assert.equal(meetsCpp6012Threshold(offence, true), false, offence.id);
			}
		}
	});

	test('Should anchor the held verdicts on the decisions of law.md', () => {
		const keys = (id: string) => offenceById(id)?.seriousCrime.sources.map((s) => s.key);
		assert.equal(offenceById('menace-de-mort')?.seriousCrime.verdict, 'held-serious');
		assert.ok(keys('menace-de-mort')?.includes('S29'));
		assert.equal(offenceById('harcelement-moral')?.seriousCrime.verdict, 'held-serious');
		assert.ok(keys('harcelement-moral')?.includes('S6'));
		assert.equal(offenceById('messages-malveillants')?.seriousCrime.verdict, 'held-not-serious');
		assert.ok(keys('messages-malveillants')?.includes('S28'));
		// Addendum A.8: identity data ordered, technical data refused for 226-4-1 (CA Paris, 10 sept. 2024).
		assert.equal(offenceById('usurpation-identite')?.seriousCrime.verdict, 'held-not-serious');
		assert.ok(keys('usurpation-identite')?.includes('S63'));
		assert.equal(offenceById('diffamation-publique-particulier')?.seriousCrime.verdict, 'below-threshold');
		assert.equal(offenceById('injure-publique-particulier')?.seriousCrime.verdict, 'below-threshold');
		// Sources conflict on chantage: the reasoning must say so and cite the disputed decision as unconfirmed.
		const chantage = offenceById('chantage');
		assert.match(chantage?.seriousCrime.reasoning.fr ?? '', /divergent/);
		assert.match(chantage?.seriousCrime.reasoning.en ?? '', /disagree/);
		assert.ok(chantage?.seriousCrime.sources.some((s) => s.key === 'S32' && !s.confirmed));
	});

	test('Should require a complaint for 226-1 to 226-2-1 only', () => {
		for (const offence of offences) {
			const expected = ['226-1', '226-2', '226-2-1'].includes(offence.legalText.article);
			assert.equal(offence.plaintRequired !== undefined, expected, offence.id);
		}
	});
});

suite('Knowledge base: data categories', () => {
	test('Should describe the three tiers of L. 34-1 II bis with their retention periods', () => {
		assert.deepEqual(dataCategories.map((c) => [c.tier, c.retention.months, c.requiresSeriousCrime]), [
			['1°', 60, false],
			['2°', 12, false],
			['3°', 12, true],
		]);
	});

	// What a term designates in a dispositif is tested through the rules' matcher (matchSpecs.test.ts).
	test('Should give each data term to one place only', () => {
		assert.deepEqual(duplicates(inScopeTerms), []);
	});

	test('Should write data terms in plain lowercase', () => {
		[...inScopeTerms, ...outOfScopeTerms].forEach(assertPlainLowercase);
	});

	test('Should never list a term both in scope and out of scope', () => {
		const inScope = new Set(inScopeTerms);
		assert.deepEqual(outOfScopeTerms.filter((term) => inScope.has(term)), []);
		assert.deepEqual(duplicates(outOfScopeTerms), []);
	});

	test('Should keep the terminal identifier in scope, since R. 10-13 IV 3° lists it', () => {
		const terminal = dataCategories.flatMap((category) => category.items).find((item) => item.id === 'identifiant-terminal');
		assert.ok(terminal?.terms.includes('identifiant du terminal'));
		assert.ok(!outOfScopeTerms.includes('identifiant du terminal'));
	});
});

suite('Knowledge base: platforms', () => {
	test('Should have unique keys and domains', () => {
		assert.deepEqual(duplicates(platforms.map((p) => p.key)), []);
		assert.deepEqual(duplicates(platforms.flatMap((p) => p.domains)), []);
		for (const platform of platforms) {
			assert.equal(platformByKey(platform.key), platform);
		}
	});

	test('Should never mark a missing address as confirmed', () => {
		for (const platform of platforms) {
			if (platform.siege === undefined) {
				assert.equal(platform.confirmed.siege, false, platform.key);
			}
		}
	});

	test('Should resolve host names by the most specific domain', () => {
		assert.equal(platformForHost('mobile.twitter.com')?.key, 'x');
		assert.equal(platformForHost('WWW.Instagram.com.')?.key, 'instagram');
		assert.equal(platformForHost('mobile.free.fr')?.key, 'free-mobile');
		assert.equal(platformForHost('free.fr')?.key, 'free');
		assert.equal(platformForHost('notx.com'), undefined);
	});
});

suite('Knowledge base: sources', () => {
	test('Should give every entry at least one source', () => {
		const entries = [...offences, ...outOfScopeData, ...platforms, timestampPrecision, ...dataCategories.flatMap((c) => c.items)];
		for (const entry of entries) {
			assert.ok(entry.sources.length > 0, JSON.stringify(entry).slice(0, 60));
		}
		for (const category of dataCategories) {
			assert.ok(category.legalBasis.length > 0, category.id);
		}
	});

	test('Should use law.md source keys only', () => {
		for (const source of allSources) {
			assert.ok(source.citation.length > 0);
			if (source.key !== undefined) {
				assert.match(source.key, /^S\d+[a-z]?$/, source.citation);
			}
		}
	});
});
