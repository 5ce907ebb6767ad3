import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { growth, LINEAR_GROWTH_BOUND } from '../helpers/growth';

interface GrammarRule {
	readonly include?: string;
	readonly match?: string;
	readonly begin?: string;
	readonly end?: string;
	readonly while?: string;
	readonly name?: string;
	readonly captures?: Readonly<Record<string, GrammarRule>>;
	readonly beginCaptures?: Readonly<Record<string, GrammarRule>>;
	readonly endCaptures?: Readonly<Record<string, GrammarRule>>;
	readonly patterns?: readonly GrammarRule[];
}

interface InjectionGrammar {
	readonly scopeName: string;
	readonly injectionSelector: string;
	readonly patterns: readonly GrammarRule[];
	readonly repository: Readonly<Record<string, GrammarRule>>;
}

/** Every regular expression of the grammar, with where it sits. */
function regexesOf(grammar: InjectionGrammar): { where: string; source: string }[] {
	const found: { where: string; source: string }[] = [];
	const visit = (rule: GrammarRule, where: string): void => {
		for (const key of ['match', 'begin', 'end', 'while'] as const) {
			const source = rule[key];
			if (source !== undefined) {
				found.push({ where: `${where}.${key}`, source });
			}
		}
		for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
			for (const [group, capture] of Object.entries(rule[key] ?? {})) {
				visit(capture, `${where}.${key}.${group}`);
			}
		}
		rule.patterns?.forEach((pattern, index) => visit(pattern, `${where}.patterns[${index}]`));
	};
	grammar.patterns.forEach((pattern, index) => visit(pattern, `patterns[${index}]`));
	for (const [name, rule] of Object.entries(grammar.repository)) {
		visit(rule, `repository.${name}`);
	}
	return found;
}

/** JavaScript reading of a pattern: with the `u` flag when it compiles so, as the brief allows. */
function compile(source: string, flags = ''): RegExp {
	try {
		return new RegExp(source, `u${flags}`);
	} catch {
		return new RegExp(source, flags);
	}
}

interface Token {
	readonly text: string;
	readonly scopes: readonly string[];
}

/**
 * A one-line stand-in for the TextMate scanner: at each position the earliest match of the top-level
 * patterns wins, the first pattern breaking ties; lookbehinds see the whole line, as in Oniguruma.
 */
function tokenize(grammar: InjectionGrammar, line: string): Token[] {
	const rules = grammar.patterns.map((pattern) => grammar.repository[pattern.include!.slice(1)]);
	const regexes = rules.map((rule) => compile(rule.match!, 'g'));
	const tokens: Token[] = [];
	let position = 0;
	while (position < line.length) {
		let best: { index: number; match: RegExpExecArray } | undefined;
		for (const [index, regex] of regexes.entries()) {
			regex.lastIndex = position;
			const match = regex.exec(line);
			if (match !== null && match[0].length > 0 && (best === undefined || match.index < best.match.index)) {
				best = { index, match };
			}
		}
		if (best === undefined) {
			break;
		}
		const { match } = best;
		const rule = rules[best.index];
		const captured = Object.entries(rule.captures ?? {})
			.map(([group, capture]) => `${match[Number(group)] ?? ''}=${capture.name}`)
			.filter((entry) => !entry.startsWith('='));
		tokens.push({ text: best.match[0], scopes: [rule.name ?? '', ...captured].filter((scope) => scope !== '') });
		position = best.match.index + best.match[0].length;
	}
	return tokens;
}

/** Milliseconds for a global scan of the text, the best of a few runs. */
function scan(regex: RegExp, text: string): void {
	let count = 0;
	for (const match of text.matchAll(regex)) {
		count += match[0].length > 0 ? 1 : 0;
	}
	assert.ok(count >= 0);
}

function repeated(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Asserts that `pattern` finds each text whole (inside `context`), its numbered groups holding what the case expects. */
function assertFoundWhole(pattern: RegExp, cases: readonly (readonly [string, Readonly<Record<number, string | undefined>>])[], context = (text: string): string => text): void {
	for (const [text, groups] of cases) {
		const match = pattern.exec(context(text));
		assert.ok(match, text);
		assert.equal(match[0], text, text);
		for (const [group, expected] of Object.entries(groups)) {
			assert.equal(match[Number(group)], expected, `${text}: group ${group}`);
		}
	}
}

suite('Injection grammar (syntaxes/pretoire.injection.tmLanguage.json)', () => {
	const grammar = JSON.parse(readFileSync(join(process.cwd(), 'syntaxes', 'pretoire.injection.tmLanguage.json'), 'utf8')) as InjectionGrammar;
	const regexes = regexesOf(grammar);
	const rule = (name: string): RegExp => {
		const found = grammar.repository[name];
		assert.ok(found?.match, `repository.${name} is missing`);
		return compile(found.match);
	};

	test('Should be a valid injection grammar into Markdown prose', () => {
		assert.equal(grammar.scopeName, 'text.pretoire.injection');
		assert.equal(grammar.injectionSelector, 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -meta.embedded');
		assert.ok(regexes.length >= 4);
		for (const pattern of grammar.patterns) {
			assert.ok(pattern.include?.startsWith('#') && grammar.repository[pattern.include.slice(1)] !== undefined, pattern.include);
		}
	});

	test('Should compile every pattern as a JavaScript RegExp', () => {
		for (const { where, source } of regexes) {
			assert.doesNotThrow(() => new RegExp(source, 'u'), where);
		}
	});

	test('Should avoid the Oniguruma-only syntax', () => {
		for (const { where, source } of regexes) {
			// \G, \A, \z, \h, \x{…}, POSIX brackets; outside classes, atomic groups, inline flags and possessive quantifiers.
			const escapes = source.match(/\\./gu) ?? [];
			assert.ok(!escapes.some((escape) => /^\\[GAzZhHK]$/u.test(escape)), where);
			assert.doesNotMatch(source, /\\x\{|\[:\w+:\]/u, where);
			const outsideClasses = source.replace(/\\./gu, 'x').replace(/\[[^\]]*\]/gu, 'x');
			assert.doesNotMatch(outsideClasses, /\(\?>|\(\?[imx-]+[):]|[+*?}]\+/u, where);
		}
	});

	test('Should scope only common theme scopes ending in .pretoire', () => {
		const names = JSON.stringify(grammar).match(/"name":\s*"[^"]+"/gu) ?? [];
		const scopes = names.map((entry) => entry.replace(/^"name":\s*"|"$/gu, '')).filter((scope) => scope.includes('.'));
		assert.ok(scopes.length > 0);
		for (const scope of scopes) {
			assert.match(scope, /^(?:keyword|constant|entity|markup|meta|string|support|variable)\.[\w.-]+\.pretoire$/u, scope);
		}
	});

	test('Should match legal references with their article and instrument', () => {
		const reference = rule('legal-reference');
		const cases: [string, string, string | undefined][] = [
			['article 222-17 du code pénal', '222-17', 'code pénal'],
			['art. L. 34-1 CPCE', 'L. 34-1', 'CPCE'],
			['articles 493 et 845 du code de procédure civile', '493 et 845', 'code de procédure civile'],
			['article 222-33-2-2, 4°, du code pénal', '222-33-2-2, 4°', 'code pénal'],
			['article L. 34-1, II bis, 3°, du code des postes et des communications électroniques', 'L. 34-1, II bis, 3°', 'code des postes et des communications électroniques'],
			['article 6 de la loi n° 2004-575 du 21 juin 2004', '6', 'loi n° 2004-575 du 21 juin 2004'],
			['article 29 de la loi du 29 juillet 1881', '29', 'loi du 29 juillet 1881'],
			['article 5 du décret n° 2021-1362 du 20 octobre 2021', '5', 'décret n° 2021-1362 du 20 octobre 2021'],
			['article 845, alinéa 2, du même code', '845, alinéa 2', 'même code'],
			['article 1er', '1er', undefined],
		];
		assertFoundWhole(reference, cases.map(([text, numbers, instrument]) => [text, { 2: numbers, 3: instrument }]));
		assert.equal(reference.exec('le partage des articles'), null);
		assert.equal(reference.exec('particle 12'), null);
		const instrument = rule('legal-instrument');
		for (const text of ['loi du 29 juillet 1881', 'décret n° 2021-1362', 'décret n° 2021-1362 du 20 octobre 2021', 'LCEN', 'code de procédure civile']) {
			assert.equal(instrument.exec(`selon la ${text}.`)?.[1], text, text);
		}
		assert.equal(instrument.exec('CPCEX'), null);
	});

	test('Should match pièce citations but not a date or a time after them', () => {
		const piece = rule('piece-citation');
		const cases: [string, string][] = [
			['pièce n° 6', '6'],
			['pièces nos 2 à 4', '2 à 4'],
			['pièces n° 2 et n° 3', '2 et n° 3'],
			['pièce n°6', '6'],
			['Pièces 1, 2 et 5', '1, 2 et 5'],
		];
		assertFoundWhole(piece, cases.map(([text, numbers]) => [text, { 3: numbers }]), (text) => `(${text})`);
		assert.equal(piece.exec('pièce 3, 15 janvier 2024')?.[0], 'pièce 3');
		assert.equal(piece.exec('pièce 2, 21h04')?.[0], 'pièce 2');
		assert.equal(piece.exec('une pièce maîtresse'), null);
	});

	test('Should match dispositif verbs in capitals at the start of a list item only', () => {
		const verb = rule('dispositif-verb');
		const cases: [string, string][] = [
			['- ORDONNER à la société', 'ORDONNER'],
			['  - FAIRE INTERDICTION à la société', 'FAIRE INTERDICTION'],
			['1. **CONDAMNER** la société', 'CONDAMNER'],
			['* DIRE ET JUGER que', 'DIRE ET JUGER'],
			['- DIRE que chaque partie', 'DIRE'],
			['- LAISSER les dépens', 'LAISSER'],
			['- SE RÉSERVER la liquidation', 'SE RÉSERVER'],
			['- RÉSERVER les dépens', 'RÉSERVER'],
			['- ENJOINDRE à la société', 'ENJOINDRE'],
			['- CONSTATER que', 'CONSTATER'],
			['- DÉBOUTER la défenderesse', 'DÉBOUTER'],
			['- RAPPELER que', 'RAPPELER'],
		];
		for (const [text, expected] of cases) {
			assert.equal(verb.exec(text)?.[1], expected, text);
		}
		for (const text of ['Il convient d\'ORDONNER la mesure', '- ORDONNERA', '- Ordonner à la société', 'ORDONNER à la société', '- la société doit ORDONNER']) {
			assert.equal(verb.exec(text), null, text);
		}
	});

	test('Should match timestamps, time zones and ISO date-times', () => {
		const cases: [string, string][] = [
			['clock-time', '21:04:31'],
			['clock-time', '21:04'],
			['french-time', '21 h 04 min 31 s'],
			['french-time', '21h04min31s'],
			['french-time', '21h04'],
			['time-zone', 'UTC+1'],
			['time-zone', 'UTC +01:00'],
			['time-zone', 'heure de Paris'],
			['time-zone', 'Europe/Paris'],
			['time-zone', 'CET'],
			['iso-date-time', '2024-11-01T21:04:31+01:00'],
			['iso-date-time', '2024-11-01T20:04:31Z'],
		];
		for (const [name, text] of cases) {
			assert.equal(rule(name).exec(`à ${text}, puis`)?.[0], text, `${name}: ${text}`);
		}
		assert.equal(rule('clock-time').exec('25:61'), null);
		assert.equal(rule('french-time').exec('21 heures'), null);
		assert.equal(rule('time-zone').exec('UTCX'), null);
	});

	test('Should tokenize a pleading line as the TextMate scanner would', () => {
		const tokens = tokenize(grammar, 'Le 1er novembre 2024 à 21:04:31 (UTC+1), le compte a publié un message (pièce n° 2) visé par l\'article 222-17, alinéa 2, du code pénal et la loi du 29 juillet 1881, soit 2024-11-01T21:04:31+01:00.');
		assert.deepEqual(tokens.map((token) => token.text), ['21:04:31', 'UTC+1', 'pièce n° 2', 'article 222-17, alinéa 2, du code pénal', 'loi du 29 juillet 1881', '2024-11-01T21:04:31+01:00']);
		assert.ok(tokens[3].scopes.includes('code pénal=entity.name.function.instrument.pretoire'));
		const dispositif = tokenize(grammar, '- ORDONNER à la société Twitter International Unlimited Company de communiquer dans un délai de quinze jours (pièces nos 2 à 4) ;');
		assert.deepEqual(dispositif.map((token) => token.text), ['ORDONNER', 'pièces nos 2 à 4']);
		assert.deepEqual(dispositif[0].scopes, ['ORDONNER=keyword.control.dispositif.pretoire']);
	});

	test('Should run every pattern in linear time (CPU cost growth, not durations)', function () {
		this.timeout(120000);
		const units = ['a', 'A', ' ', '\u00a0', '1', '-', ':', '.', ',', 'é', 'I', 'h', '°', '- ', '1-', '1 ', '1:', '1 h ', '1 et ', '1, ', 'article ', 'article 1', 'article 1, ', 'art. L. 1-', 'pièce ', 'pièces n° 1 et ', 'n° ', 'ORDONNER ', '- ORDONNER', 'UTC+', 'heure ', 'code ', 'loi du 1 ', '2024-11-01T', 'décret n° 2021-'];
		for (const { where, source } of regexes) {
			const regex = compile(source, 'g');
			for (const unit of units) {
				const texts = new Map([10_000, 100_000].map((length) => [length, repeated(unit, length)]));
				const measured = growth((length) => scan(regex, texts.get(length) ?? ''), 10_000, 100_000, { rounds: 2, minimumMicros: 3_000 });
				assert.ok(measured.ratio < LINEAR_GROWTH_BOUND, `${where} on ${JSON.stringify(unit)}: ${measured.large.toFixed(2)} ms for 10^5 vs ${measured.small.toFixed(2)} ms for 10^4 of CPU`);
			}
		}
	});
});
