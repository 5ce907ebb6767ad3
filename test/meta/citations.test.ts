import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { legalSources } from '../../server/src/knowledge';

/**
 * One source per citation: rules and acts take their citations from `server/knowledge/sources.yaml` through
 * `citation(key)`, so that a decision is spelled once and a reviewer corrects it in one place. These
 * tests read the rule files as text (the test bundle runs from the repository root).
 */
const SOURCE_ROOT = join(process.cwd(), 'server', 'src');
const RULES_ROOT = join(SOURCE_ROOT, 'rules');

function typescriptFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? typescriptFiles(path) : name.endsWith('.ts') ? [path] : [];
	});
}

/**
 * The code without its comments (they may name the decisions a rule relies on, literals may not) and
 * without its regular expressions, whose quotes would otherwise open a string: a regular expression is
 * a `/…/` that follows an operator or an opening bracket.
 */
function codeOnly(code: string): string {
	return code
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|\s)\/\/.*$/gm, '$1')
		.replace(/([(,=:?!&|[{;]\s*)\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuyv]*/g, '$1/regex/');
}

/** Every string and template literal of the code (template substitutions included). */
function stringLiterals(code: string): string[] {
	return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((match) => match[0]);
}

/** A court decision (court, RG or pourvoi number) or a full statutory citation (article of a code, a law, a decree). */
const DECISION = /\b(?:Cass\.|Ass\. plén|Civ\. \d|Crim\.|TJ [A-Z]|CA [A-Z]|CJUE|Cons\. const)|\bRG \d|n° \d{2}-\d{2}\.\d{3}/u;
const STATUTE = /\barticles? (?:[LRD]\. ?)?\d[\d-]*(?:,? [^;()'`"]{0,30}?)?,? (?:du code|de la loi|du décret|du même code)|décret n° ?\d|loi n° ?\d|loi du \d{1,2}(?:er)? \p{L}+ \d{4}/u;

/** Values of the `LegalCode` and `LawName` types, compared against in code: names of codes and laws, not citations. */
const CODE_NAMES = new Set(['\'code pénal\'', '\'loi du 29 juillet 1881\'', '\'loi n° 2004-575 du 21 juin 2004\'']);

function citationLiterals(code: string): string[] {
	return stringLiterals(codeOnly(code)).filter((literal) => !CODE_NAMES.has(literal) && (DECISION.test(literal) || STATUTE.test(literal)));
}

suite('Citations come from the sources table', () => {
	test('Should recognise the citations the rules used to type (the check can fail)', () => {
		const typed = [
			'\'(Cass. 2e civ., 21 nov. 2024, n° 22-16.763)\'',
			'\'(TJ Paris, réf., 15 mars 2024, RG 23/57958)\'',
			'`au sens de l’article 696 du code de procédure civile`',
			'\'(articles 54, 3°, et 648, 2°, du code de procédure civile)\'',
			'\'(article L. 34-1, II bis, 3°, du code des postes et des communications électroniques)\'',
			'\'décret n° 2021-1362, art. 5, 2°\'',
			'"(art. 53, loi du 29 juillet 1881)"',
		];
		for (const literal of typed) {
			assert.deepEqual(citationLiterals(`const message = ${literal};`), [literal], literal);
		}
		// Naming an article as a thing (« les frais de l’article 700 ») is not citing a text.
		assert.deepEqual(citationLiterals('const message = \'Dépens ou frais de l’article 700 demandés contre le défendeur à une mesure de l’article 145\';'), []);
		assert.deepEqual(citationLiterals('/** (Cass. 2e civ., 24 mars 2022, n° 21-12.631) */\nconst a = 1; // TJ Paris, réf., 15 mars 2024'), []);
		// A quote inside a regular expression opens no string: the citation after it is still found.
		assert.deepEqual(citationLiterals('const court = /d\'/u.exec(title) ?? \'(article 145 du code de procédure civile)\';'), ['\'(article 145 du code de procédure civile)\'']);
	});

	test('Should find no decision or article citation typed in server/src', () => {
		const files = typescriptFiles(SOURCE_ROOT);
		assert.ok(files.some((file) => file.startsWith(RULES_ROOT + sep)), 'no rule file read');
		assert.ok(files.some((file) => file.endsWith(join('templates', 'actBody.ts'))), 'no act template read');
		for (const file of files) {
			assert.deepEqual(citationLiterals(readFileSync(file, 'utf8')), [], relative(process.cwd(), file).split(sep).join('/'));
		}
	});

	test('Should cite only keys that sources.yaml defines', () => {
		const keys = new Set(Object.keys(legalSources));
		let calls = 0;
		for (const file of typescriptFiles(SOURCE_ROOT)) {
			for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:citation|courtCitation)\('([^']+)'\)/g)) {
				calls += 1;
				assert.ok(keys.has(match[1]), `${relative(process.cwd(), file)}: unknown source ${match[1]}`);
			}
		}
		assert.ok(calls > 20, `only ${calls} citation() calls found`);
	});

	test('Should spell RG numbers one way (« RG 23/57958 », as law.md does)', () => {
		for (const source of Object.values(legalSources)) {
			assert.doesNotMatch(source.citation, /RG n°/u, source.citation);
			assert.doesNotMatch(source.note?.fr ?? '', /RG n°/u, source.citation);
		}
	});
});
