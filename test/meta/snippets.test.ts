import * as assert from 'node:assert/strict';
import { PhraseMatcher, readText } from '../../server/src/language/phraseMatcher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { dataCategoryById, outOfScopeData, platforms, timestampPrecision } from '../../server/src/knowledge';
import { modelOf } from '../helpers/text';

/** The shape VS Code reads from a `.code-snippets` file. */
interface SnippetDefinition {
	readonly scope?: string;
	readonly prefix: string | readonly string[];
	readonly description?: string;
	readonly body: string | readonly string[];
}

/** What a snippet body expands to, read with the grammar of VS Code snippets. */
interface ParsedBody {
	/** Tab stops in order of appearance, `$0` excluded. */
	readonly tabStops: number[];
	/** Options of each choice (`${1|a,b|}`), unescaped. */
	readonly choices: Map<number, string[]>;
	/** The text inserted when the lawyer accepts every default: placeholders' text and first choices. */
	readonly text: string;
}

/**
 * A small parser for the VS Code snippet syntax (tab stops, nested placeholders, choices, escapes).
 * Variables (`$TM_FILENAME`) are rejected: none of our snippets needs one, so a `$` followed by a
 * letter is a forgotten escape.
 */
function parseBody(body: string): ParsedBody {
	const tabStops: number[] = [];
	const choices = new Map<number, string[]>();
	let position = 0;

	function fail(message: string): never {
		throw new Error(`${message} at offset ${position} in ${JSON.stringify(body)}`);
	}

	function integer(): number {
		const match = /^\d+/u.exec(body.slice(position));
		if (match === null) {
			fail('Expected a tab stop number');
		}
		position += match[0].length;
		return Number(match[0]);
	}

	function record(index: number): void {
		if (index !== 0) {
			tabStops.push(index);
		}
	}

	/** Text up to the closing brace of a placeholder (when nested) or the end of the body. */
	function sequence(nested: boolean): string {
		let text = '';
		while (position < body.length) {
			const character = body[position];
			if (character === '\\' && position + 1 < body.length && '$}\\'.includes(body[position + 1])) {
				text += body[position + 1];
				position += 2;
			} else if (character === '}' && nested) {
				return text;
			} else if (character === '$') {
				text += dollar();
			} else {
				text += character;
				position++;
			}
		}
		if (nested) {
			fail('Unterminated placeholder');
		}
		return text;
	}

	function dollar(): string {
		position++;
		if (/\d/u.test(body[position] ?? '')) {
			record(integer());
			return '';
		}
		if (body[position] !== '{') {
			fail('Unescaped `$` (variables are not used by Prétoire snippets)');
		}
		position++;
		const index = integer();
		record(index);
		const marker = body[position];
		if (marker === '}') {
			position++;
			return '';
		}
		if (marker === ':') {
			position++;
			const text = sequence(true);
			position++;
			return text;
		}
		if (marker === '|') {
			position++;
			const options: string[] = [];
			let option = '';
			for (;;) {
				const character = body[position];
				if (character === undefined) {
					fail('Unterminated choice');
				}
				if (character === '\\' && position + 1 < body.length) {
					option += body[position + 1];
					position += 2;
				} else if (character === ',') {
					options.push(option);
					option = '';
					position++;
				} else if (character === '|' && body[position + 1] === '}') {
					options.push(option);
					position += 2;
					break;
				} else if (character === '|' || character === '$') {
					fail(`Unescaped \`${character}\` in a choice`);
				} else {
					option += character;
					position++;
				}
			}
			if (options.length < 2 || options.some((candidate) => candidate.trim() === '')) {
				fail('A choice needs at least two non-empty options');
			}
			choices.set(index, options);
			return options[0];
		}
		fail('Expected `}`, `:` or `|` after the tab stop number');
	}

	const text = sequence(false);
	return { tabStops, choices, text };
}

function bodyOf(snippet: SnippetDefinition): string {
	return typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n');
}

function prefixesOf(snippet: SnippetDefinition): readonly string[] {
	return typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;
}

const outOfScopeMatcher = new PhraseMatcher(outOfScopeData.map((entry) => [entry, entry.terms] as const));

suite('Snippets (snippets/pretoire.code-snippets)', () => {
	const raw = readFileSync(join(process.cwd(), 'snippets', 'pretoire.code-snippets'), 'utf8');
	const snippets = JSON.parse(raw) as Record<string, SnippetDefinition>;
	const entries = Object.entries(snippets);
	const byPrefix = new Map(entries.map(([, snippet]) => [prefixesOf(snippet)[0], snippet]));

	function snippet(prefix: string): SnippetDefinition {
		const found = byPrefix.get(prefix);
		assert.ok(found, `snippet ${prefix} is missing`);
		return found;
	}

	const dispositifClauses = [
		'145-communication',
		'145-donnees-identite',
		'145-donnees-compte',
		'145-donnees-techniques',
		'145-astreinte',
		'145-astreinte-requete',
		'145-interdiction-informer',
		'145-retrait',
		'145-depens',
		'145-article-700',
		'145-execution-provisoire',
	];
	const sections = ['145-motif-legitime', '145-proportionnalite', '145-derogation-contradictoire'];

	test('Should parse as JSON and target Markdown only', () => {
		assert.ok(entries.length >= dispositifClauses.length + sections.length + 1);
		for (const [name, definition] of entries) {
			assert.equal(definition.scope, 'markdown', name);
			assert.ok(typeof definition.body === 'string' || Array.isArray(definition.body), name);
		}
	});

	test('Should give every snippet unique prefixes starting with 145-', () => {
		const seen = new Set<string>();
		for (const [name, definition] of entries) {
			const prefixes = prefixesOf(definition);
			assert.ok(prefixes.length > 0, name);
			for (const prefix of prefixes) {
				assert.match(prefix, /^145-[a-z0-9]+(?:-[a-z0-9]+)*$/u, name);
				assert.ok(!seen.has(prefix), `prefix ${prefix} is used twice`);
				seen.add(prefix);
			}
		}
		for (const prefix of [...dispositifClauses, ...sections, '145-delai']) {
			assert.ok(byPrefix.has(prefix), `snippet ${prefix} is missing`);
		}
	});

	test('Should describe every snippet in French and cite its source', () => {
		for (const [name, definition] of entries) {
			const description = definition.description ?? '';
			assert.ok(description.length > 40, name);
			assert.match(description, /[àâçéèêëîïôûù]/u, `${name}: no French accent`);
			assert.match(description, /\s(?:le|la|les|du|des|de|et|à)\s/u, `${name}: not French`);
			assert.match(description, /\barticles?\s|Cass\.\s|TJ Paris|décret n°/u, `${name}: no source`);
		}
	});

	test('Should number the tab stops of every body consecutively', () => {
		for (const [name, definition] of entries) {
			const { tabStops } = parseBody(bodyOf(definition));
			const distinct = [...new Set(tabStops)].sort((left, right) => left - right);
			assert.deepEqual(distinct, distinct.map((_, index) => index + 1), name);
			assert.deepEqual(tabStops.filter((index, position) => tabStops.indexOf(index) === position), distinct, `${name}: tab stops out of order`);
		}
	});

	test('Should never request data outside article L. 34-1, II bis, CPCE', () => {
		for (const [name, definition] of entries) {
			const { text, choices } = parseBody(bodyOf(definition));
			// Word by word, as the rules read a dispositif: « rib » is not in « tribunal ».
			const written = readText([text, ...[...choices.values()].flat()].join('\n'));
			for (const match of outOfScopeMatcher.matches(written)) {
				assert.fail(`${name} requests « ${match.phrase} » (${match.entry.id})`);
			}
		}
	});

	test('Should write the three tiers in the exact wording of the knowledge base', () => {
		const identite = parseBody(bodyOf(snippet('145-donnees-identite'))).text;
		const compte = parseBody(bodyOf(snippet('145-donnees-compte'))).text;
		const techniques = parseBody(bodyOf(snippet('145-donnees-techniques'))).text;
		assert.ok(identite.includes(dataCategoryById('identite-civile')!.dispositifWording));
		assert.ok(compte.includes(dataCategoryById('autres-informations')!.dispositifWording));
		const technical = dataCategoryById('donnees-techniques')!;
		assert.ok(techniques.includes(technical.dispositifWordingByKind.hebergeur));
		assert.ok(techniques.includes(timestampPrecision.dispositifWording));
		assert.match(techniques, /adresses IP/u);
		assert.match(techniques, /ports-source/u);
		assert.match(techniques, /à la seconde près/u);
		assert.match(techniques, /fuseau horaire/u);
	});

	test('Should open each dispositif clause as a list item and each section with a heading', () => {
		for (const prefix of dispositifClauses) {
			assert.match(parseBody(bodyOf(snippet(prefix))).text, /^- \S/u, prefix);
		}
		for (const prefix of sections) {
			assert.match(parseBody(bodyOf(snippet(prefix))).text, /^## \S/u, prefix);
		}
	});

	test('Should offer the délais ordered by the case law', () => {
		for (const prefix of ['145-communication', '145-delai']) {
			const options = [...parseBody(bodyOf(snippet(prefix))).choices.values()].find((candidate) => candidate.includes('quinze jours'));
			assert.deepEqual(options, ['quinze jours', 'dix jours', 'quarante-huit heures'], prefix);
		}
		assert.match(parseBody(bodyOf(snippet('145-communication'))).text, /celles des données suivantes qui sont en sa possession/u);
	});

	test('Should name only the confirmed entities of the platforms', () => {
		const confirmed = new Set(platforms.filter((platform) => platform.confirmed.denomination).map((platform) => platform.denomination));
		for (const prefix of ['145-communication', '145-interdiction-informer', '145-retrait']) {
			const options = [...parseBody(bodyOf(snippet(prefix))).choices.values()].find((candidate) => candidate.includes('Twitter International Unlimited Company'));
			assert.ok(options, prefix);
			for (const option of options) {
				assert.ok(confirmed.has(option), `${prefix}: ${option}`);
			}
		}
	});

	test('Should offer to leave the costs with the claimant before the condemnation with distraction', () => {
		const depens = snippet('145-depens');
		const [options] = [...parseBody(bodyOf(depens)).choices.values()];
		assert.equal(options[0], 'LAISSER les dépens à la charge de la demanderesse');
		assert.equal(options[1], 'DIRE que chaque partie conservera la charge de ses dépens');
		assert.ok(options.slice(2).some((option) => /^CONDAMNER .*article 699 du code de procédure civile/u.test(option)));
		assert.match(depens.description ?? '', /Cass\. 2e civ\., 21 nov\. 2024, n° 22-16\.763/u);
		assert.match(bodyOf(snippet('145-astreinte')), /se réserver la liquidation de l'astreinte/iu);
		assert.match(bodyOf(snippet('145-astreinte')), /article 491 du code de procédure civile/u);
		// Article 491 is the juge des référés' power: a requête's astreinte never cites it.
		assert.doesNotMatch(bodyOf(snippet('145-astreinte-requete')), /491|liquidation/u);
		assert.match(bodyOf(snippet('145-astreinte-requete')), /ASSORTIR cette injonction d'une astreinte/u);
		assert.match(bodyOf(snippet('145-execution-provisoire')), /articles 514 et 514-1 du code de procédure civile/u);
	});

	suite('Expanded into a pleading', () => {
		const frontMatter = [
			'---',
			'acte: assignation-refere',
			'juridiction: Tribunal judiciaire de Paris',
			'date: 2025-01-15',
			'defendeur:',
			'  plateforme: x',
			'infractions:',
			'  - qualification: menaces de mort',
			'    texte: article 222-17, alinéa 2, du code pénal',
			'---',
			'',
			'# II. DISCUSSION',
			'',
		];

		/** The pleading a lawyer gets by inserting the snippets, with the given option of each choice. */
		function pleading(choice: (options: string[]) => string): string {
			const expand = (prefix: string): string => {
				const { text, choices } = parseBody(bodyOf(snippet(prefix)));
				let expanded = text;
				for (const options of choices.values()) {
					expanded = expanded.replace(options[0], choice(options));
				}
				return expanded.trimEnd();
			};
			const clauses = dispositifClauses.map((prefix) => (prefix.startsWith('145-donnees-') ? `  ${expand(prefix)}` : expand(prefix)));
			return [...frontMatter, ...sections.map(expand).join('\n\n').split('\n'), '', '# PAR CES MOTIFS', '', ...clauses, ''].join('\n');
		}

		function findings(text: string): string[] {
			return analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today: new Date('2025-01-15T12:00:00Z') }).map((finding) => finding.ruleId);
		}

		test('Should raise none of the dispositif rules with the default choices', () => {
			const raised = findings(pleading((options) => options[0]));
			for (const ruleId of ['data-beyond-l34-1', 'costs-against-non-losing-party', 'source-port-missing', 'user-notification-not-prohibited', 'rule-failed']) {
				assert.ok(!raised.includes(ruleId), `${ruleId} raised`);
			}
		});

		test('Should let the costs rule warn about the condemnation option', () => {
			const raised = findings(pleading((options) => options.find((option) => option.startsWith('CONDAMNER')) ?? options[0]));
			assert.ok(raised.includes('costs-against-non-losing-party'));
		});
	});
});
