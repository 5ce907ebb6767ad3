import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { QueryMemo } from '../../server/src/queries/memo';
import { analyze } from '../../server/src/engine/analyze';
import { hover } from '../../server/src/features/hover';
import { dataCategories, legalSources, offences, outOfScopeData, platforms, procedureArticles, timestampPrecision } from '../../server/src/knowledge';
import { translator, type MessageLanguage } from '../../server/src/l10n';
import { allLegalReferences, offenceMentions } from '../../server/src/queries/offences';
import { modelOf } from '../helpers/text';

/**
 * `pretoire.language = en` is English end to end: the knowledge base carries `{ fr, en }` texts, and no
 * French one may leak into a hover or a diagnostic in English mode. Every rule fixture is analysed, and
 * every offence mention and legal reference in it hovered, in both languages.
 */
const TODAY = new Date('2025-03-01T12:00:00Z');

/** The French side of every bilingual text of the knowledge base (verbatim quotations of the law are not bilingual). */
function frenchTexts(): string[] {
	const found = new Set<string>();
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) {
			value.forEach(walk);
		} else if (value !== null && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			if (typeof record.fr === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2) {
				if (record.fr !== record.en) {
					found.add(record.fr);
				}
				return;
			}
			Object.values(record).forEach(walk);
		}
	};
	walk([offences, dataCategories, outOfScopeData, platforms, procedureArticles, timestampPrecision, Object.values(legalSources)]);
	return [...found];
}

function fixtureTexts(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? fixtureTexts(path) : name.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
	});
}

/** Everything the lawyer reads about the fixtures: diagnostics, related notes, fix titles and legal hovers. */
function shownTexts(texts: readonly string[], language: MessageLanguage): string[] {
	const messages = translator(language);
	const shown: string[] = [];
	for (const text of texts) {
		const model = modelOf(text);
		for (const finding of analyze(model, { settings: { rules: {} }, language, today: TODAY })) {
			shown.push(finding.message, ...(finding.related ?? []).map((related) => related.message), ...(finding.fixes ?? []).map((fix) => fix.title));
		}
		for (const span of [...offenceMentions(model).map((mention) => mention.span), ...allLegalReferences(model).map((reference) => reference.span)]) {
			const result = hover(model, model.document.positionAt(span.start), TODAY, messages, new QueryMemo());
			if (result !== undefined && typeof result.contents === 'object' && 'value' in result.contents) {
				shown.push(result.contents.value);
			}
		}
	}
	return shown;
}

suite('Knowledge base in English mode', function () {
	this.timeout(60000);
	const french = frenchTexts();
	const fixtures = fixtureTexts(join(process.cwd(), 'test', 'rules'));

	test('Should carry an English text beside every French one shown to the user', () => {
		assert.ok(french.length > 150, `only ${french.length} bilingual texts`);
	});

	test('Should show the knowledge base’s French texts in French mode (the check can fail)', () => {
		const shown = shownTexts(fixtures, 'fr').join('\n');
		const leaked = french.filter((sentence) => shown.includes(sentence));
		assert.ok(leaked.length >= 10, `only ${leaked.length} knowledge texts shown in French mode`);
	});

	test('Should show no French sentence of the knowledge base in English hovers and messages', () => {
		const shown = shownTexts(fixtures, 'en');
		assert.ok(shown.length > 100, `only ${shown.length} texts shown`);
		const all = shown.join('\n');
		assert.deepEqual(french.filter((sentence) => all.includes(sentence)), []);
	});

	test('Should date the knowledge base at the foot of legal hovers, in the message language', () => {
		const text = fixtures.find((candidate) => candidate.includes('menaces de mort')) ?? '';
		const model = modelOf(text);
		const mention = offenceMentions(model)[0];
		assert.ok(mention !== undefined);
		const english = hover(model, model.document.positionAt(mention.span.start), TODAY, translator('en'), new QueryMemo());
		assert.match(JSON.stringify(english?.contents), /Knowledge base reviewed on \d{1,2} \w+ \d{4}/u);
		const french = hover(model, model.document.positionAt(mention.span.start), TODAY, translator('fr'), new QueryMemo());
		assert.match(JSON.stringify(french?.contents), /Base de connaissances revue le \d{1,2}(?:er)? \p{L}+ \d{4}/u);
	});
});
