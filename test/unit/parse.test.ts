import * as assert from 'node:assert/strict';
import { frontMatterIssueMessage } from '../../server/src/engine/messages';
import { looksLikePleading } from '../../server/src/document/parse';
import { fromTransferable, toTransferable } from '../../server/src/document/transfer';
import { frontMatter, joinLines, modelOf } from '../helpers/text';

suite('Document model', () => {
	suite('Activation', () => {
		test('Should recognise a pleading by the `acte` key of its front matter', () => {
			assert.equal(looksLikePleading(joinLines(...frontMatter(), '# Faits')), true);
		});

		test('Should leave other Markdown files alone', () => {
			assert.equal(looksLikePleading('# Notes\n\nacte: not front matter'), false);
			assert.equal(looksLikePleading(joinLines('---', 'title: Blog post', '---', 'acte: requete')), false);
			assert.equal(looksLikePleading(''), false);
		});
	});

	suite('Front matter', () => {
		test('Should keep every valid field when one field is invalid', () => {
			const model = modelOf(joinLines(...frontMatter('pieces:', '  - numero: 1', '    intitule: Constat', '  - numero: deux', '    intitule: Plainte')));
			const data = model.frontMatter!.data;
			assert.equal(data.juridiction, 'Tribunal judiciaire de Paris');
			assert.equal(data.pieces?.[0]?.numero, 1);
			assert.equal(data.pieces?.[1]?.numero, undefined);
			assert.equal(data.pieces?.[1]?.intitule, 'Plainte');
			assert.equal(model.act, 'assignation-refere');
		});

		test('Should report an impossible date on the value itself', () => {
			const text = joinLines('---', 'acte: requete', 'juridiction: TJ Paris', 'date: 2024-02-30', '---');
			const model = modelOf(text);
			const [issue] = model.frontMatter!.issues;
			assert.equal(issue.kind, 'schema');
			assert.equal(text.slice(issue.span.start, issue.span.end), '2024-02-30');
			assert.match(frontMatterIssueMessage(issue, 'fr'), /`date`/u);
		});

		test('Should report a missing required key at the opening fence', () => {
			const model = modelOf(joinLines('---', 'acte: requete', 'date: 2024-02-03', '---'));
			const issue = model.frontMatter!.issues.find((candidate) => candidate.path[0] === 'juridiction');
			assert.ok(issue);
			assert.deepEqual(issue.span, { start: 0, end: 3 });
			assert.match(frontMatterIssueMessage(issue, 'fr'), /Clé obligatoire manquante : `juridiction`/u);
		});

		test('Should report a YAML syntax error at its position and still read the other keys', () => {
			const text = joinLines('---', 'acte: requete', 'juridiction: [TJ Paris', 'date: 2024-02-03', '---');
			const model = modelOf(text);
			const syntax = model.frontMatter!.issues.filter((issue) => issue.kind === 'yaml-syntax');
			assert.ok(syntax.length > 0);
			assert.ok(model.rangeOf(syntax[0].span).start.line >= 2);
			assert.equal(model.frontMatter!.data.acte, 'requete');
		});

		test('Should report an unknown key as such, at the key', () => {
			const text = joinLines(...frontMatter('juridicton: TJ Paris'));
			const issue = modelOf(text).frontMatter!.issues.find((candidate) => candidate.kind === 'unknown-key');
			assert.ok(issue);
			assert.equal(text.slice(issue.span.start, issue.span.end), 'juridicton');
		});

		test('Should report the fields of the person type a demandeur most resembles', () => {
			const model = modelOf(joinLines(...frontMatter('demandeurs:', '  - denomination: ACME', '    forme: SAS', '    siege: Paris')));
			const messages = model.frontMatter!.issues.map((issue) => frontMatterIssueMessage(issue, 'fr'));
			assert.deepEqual(messages.length, 1);
			assert.match(messages[0], /representant/u);
		});

		test('Should not expand an alias bomb', () => {
			const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
			for (let level = 1; level < 10; level++) {
				lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
			}
			const model = modelOf(joinLines('---', 'acte: requete', ...lines, '---'));
			assert.ok(model.frontMatter!.issues.some((issue) => issue.kind === 'limit'));
		});

		test('Should say when the front matter is never closed', () => {
			const model = modelOf(joinLines('---', 'acte: requete', 'date: 2024-01-01', '', '# Faits'));
			assert.match(frontMatterIssueMessage(model.frontMatter!.issues[0], 'fr'), /non fermé/u);
		});

		test('Should handle CRLF line endings', () => {
			const text = ['---', 'acte: requete', 'juridiction: TJ Paris', 'date: 2024-02-30', '---', '# Faits'].join('\r\n');
			const model = modelOf(text);
			const [issue] = model.frontMatter!.issues;
			assert.equal(text.slice(issue.span.start, issue.span.end), '2024-02-30');
			assert.equal(model.body.sections[0].kind, 'faits');
		});
	});

	suite('Body', () => {
		test('Should find sections and their kinds, subsections inheriting their parent kind', () => {
			const model = modelOf(joinLines(...frontMatter(), '# I. EXPOSÉ DES FAITS', 'texte', '# II. DISCUSSION', '## A. Sur le motif légitime', 'texte', '# PAR CES MOTIFS', '- ORDONNER'));
			assert.deepEqual(
				model.body.sections.map((section) => [section.title, section.kind]),
				[['I. EXPOSÉ DES FAITS', 'faits'], ['II. DISCUSSION', 'discussion'], ['A. Sur le motif légitime', 'discussion'], ['PAR CES MOTIFS', 'dispositif']],
			);
		});

		test('Should read the dispositif measures from its list, even under a bold PAR CES MOTIFS', () => {
			const model = modelOf(joinLines(...frontMatter(), '# DISCUSSION', '- not a measure', '', '**PAR CES MOTIFS**', '', '- ORDONNER la communication ;', '- CONDAMNER aux dépens.'));
			assert.deepEqual(model.body.measures.map((measure) => measure.text), ['- ORDONNER la communication ;', '- CONDAMNER aux dépens.']);
		});

		test('Should read a dispositif written as paragraphs in the judge’s voice', () => {
			const model = modelOf(joinLines(...frontMatter(), '# PAR CES MOTIFS', '', 'Ordonnons à la société X de communiquer les données ;', '', 'Faisons interdiction à la société X d’informer le titulaire ;', '', 'Disons n’y avoir lieu à application de l’article 700 ;', '', 'Fixons l’astreinte à 500 euros par jour ;', '', 'Fait à Paris, le 15 janvier 2025.'));
			assert.deepEqual(model.body.measures.map((measure) => measure.text.split(' ')[0]), ['Ordonnons', 'Faisons', 'Disons', 'Fixons']);
		});

		test('Should read alinéas with their article', () => {
			const model = modelOf(joinLines(...frontMatter(), 'Vu l’article 222-17, alinéa 2, du code pénal, les articles 29, alinéa 1er, et 32, alinéa 2, de la loi du 29 juillet 1881, l’article 33, troisième alinéa, de la même loi et le deuxième alinéa de l’article 222-18 du code pénal.'));
			assert.deepEqual(model.body.legalReferences.map((reference) => reference.alineas.map(({ article, alinea }) => `${article} al. ${alinea}`)), [['222-17 al. 2'], ['29 al. 1', '32 al. 2'], ['33 al. 3'], ['222-18 al. 2']]);
		});

		test('Should read the 1881 law however its date is written', () => {
			for (const written of ['loi du 29 juillet 1881', 'loi du 29/07/1881', 'loi du 29 juil. 1881', 'loi du 29 juill. 1881', 'loi de 1881']) {
				const model = modelOf(joinLines(...frontMatter(), `Vu l’article 32, alinéa 2, de la ${written}.`));
				assert.deepEqual(model.body.legalReferences.map((reference) => reference.instrument), [{ kind: 'loi', name: 'loi du 29 juillet 1881' }], written);
			}
		});

		test('Should find pièce citations with lists and ranges', () => {
			const model = modelOf(joinLines(...frontMatter(), 'Voir la pièce n°6, les pièces n°2 et n°3, les pièces nos 8 à 10 et la Pièce 12.'));
			assert.deepEqual(model.body.pieceCitations.map((citation) => citation.numbers), [[6], [2, 3], [8, 9, 10], [12]]);
			const text = model.document.getText();
			assert.deepEqual(model.body.pieceCitations[1].mentions.map((mention) => text.slice(mention.span.start, mention.span.end)), ['2', '3']);
		});

		test('Should not read a date or a time after a pièce as another pièce', () => {
			const model = modelOf(joinLines(...frontMatter(), 'Constat (pièce n°3, 15 janvier 2024) et pièce 2, 21h04.'));
			assert.deepEqual(model.body.pieceCitations.map((citation) => citation.numbers), [[3], [2]]);
		});

		test('Should find legal references with their instrument', () => {
			const model = modelOf(
				joinLines(
					...frontMatter(),
					"Vu l'article 222-17, alinéa 2, du code pénal, les articles 29 et 32 de la loi du 29 juillet 1881,",
					"l'article L. 34-1 du code des postes et des communications électroniques, l'art. 145 CPC et le décret n° 2021-1362 du 20 octobre 2021.",
				),
			);
			assert.deepEqual(
				model.body.legalReferences.map((reference) => [reference.articles, reference.instrument]),
				[
					[['222-17'], { kind: 'code', code: 'code pénal' }],
					[['29', '32'], { kind: 'loi', name: 'loi du 29 juillet 1881' }],
					[['L. 34-1'], { kind: 'code', code: 'code des postes et des communications électroniques' }],
					[['145'], { kind: 'code', code: 'code de procédure civile' }],
					[[], { kind: 'decret', number: '2021-1362' }],
				],
			);
		});

		test('Should find dates and times written in prose, with their precision and zone', () => {
			const model = modelOf(
				joinLines(...frontMatter(), 'Le 3 novembre 2024 à 21h04, puis le 1er août 2024 à 19 h 02 min 31 s heure de Paris, et le 7 juillet 2023 à 17:17:03 (UTC+2).'),
			);
			assert.deepEqual(
				model.body.dateTimes.map((found) => [found.date, found.time, found.zone, found.zoneOffsetMinutes]),
				[
					[{ year: 2024, month: 11, day: 3 }, { hour: 21, minute: 4, second: undefined }, undefined, undefined],
					[{ year: 2024, month: 8, day: 1 }, { hour: 19, minute: 2, second: 31 }, 'heure de Paris', undefined],
					[{ year: 2023, month: 7, day: 7 }, { hour: 17, minute: 17, second: 3 }, 'UTC+2', 120],
				],
			);
		});

		test('Should read times written in words', () => {
			const model = modelOf(joinLines(...frontMatter(), 'Le premier novembre 2024 à 21 heures 04 minutes et 31 secondes (heure de Paris), puis le 3 novembre 2024 à 22 heures 17, le 4 novembre 2024, 08:15:02 (UTC+1), et le 5 novembre 2024, 15 messages.'));
			assert.deepEqual(
				model.body.dateTimes.map((found) => [found.date, found.time, found.zone]),
				[
					[{ year: 2024, month: 11, day: 1 }, { hour: 21, minute: 4, second: 31 }, 'heure de Paris'],
					[{ year: 2024, month: 11, day: 3 }, { hour: 22, minute: 17, second: undefined }, undefined],
					[{ year: 2024, month: 11, day: 4 }, { hour: 8, minute: 15, second: 2 }, 'UTC+1'],
					[{ year: 2024, month: 11, day: 5 }, undefined, undefined],
				],
			);
		});

		test('Should read a one-digit hour and a zone after a comma', () => {
			const model = modelOf(joinLines(...frontMatter(), 'Le 3 mars 2025 à 8 h 05 min 51 s, heure de Paris, puis le 4 mars 2025 à 9:07:02, UTC+1, et le 5 mars 2025 à 8 h 05, les messages.'));
			assert.deepEqual(
				model.body.dateTimes.map((found) => [found.date, found.time, found.zone]),
				[
					[{ year: 2025, month: 3, day: 3 }, { hour: 8, minute: 5, second: 51 }, 'heure de Paris'],
					[{ year: 2025, month: 3, day: 4 }, { hour: 9, minute: 7, second: 2 }, 'UTC+1'],
					[{ year: 2025, month: 3, day: 5 }, { hour: 8, minute: 5, second: undefined }, undefined],
				],
			);
		});

		test('Should ignore citations inside code blocks', () => {
			const model = modelOf(joinLines(...frontMatter(), '```', 'pièce n°9', '```'));
			assert.equal(model.body.pieceCitations.length, 0);
		});
	});
});

suite('Front matter bounds', () => {
	test('Should split the front matter exactly where remark-frontmatter does', async () => {
		const { unified } = await import('unified');
		const { default: remarkParse } = await import('remark-parse');
		const { default: remarkFrontmatter } = await import('remark-frontmatter');
		const { frontMatterBounds } = await import('../../server/src/document/parse');
		const samples = [
			joinLines(...frontMatter(), '# Faits'),
			joinLines('---', '---', 'texte'),
			joinLines('---', 'acte: requete', '---'),
			['---', 'acte: requete', 'a: b', '---', '', '# Faits'].join('\r\n'),
			joinLines('---', 'acte: requete', '----', 'suite', '---', 'corps'),
			joinLines('---', 'acte: requete', 'sans fermeture'),
			joinLines('--- ', 'acte: requete', '--- ', 'corps'),
		];
		for (const sample of samples) {
			const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(sample);
			const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
			const bounds = frontMatterBounds(sample);
			assert.equal(bounds !== undefined, yamlNode !== undefined, JSON.stringify(sample));
			if (bounds !== undefined && yamlNode !== undefined) {
				assert.equal(sample.slice(bounds.contentStart, bounds.contentEnd), (yamlNode as { value: string }).value, JSON.stringify(sample));
			}
		}
	});

	test('Should reuse the front matter after a body edit, and the body after a front-matter edit', async () => {
		const { TextDocument } = await import('vscode-languageserver-textdocument');
		const { parsePleading } = await import('../../server/src/document/parse');
		const text = joinLines(...frontMatter('pieces:', '  - numero: 1', '    intitule: Constat'), '# Faits', 'Voir la pièce n° 1.');
		const first = parsePleading(TextDocument.create('file:///a.md', 'markdown', 1, text));
		const bodyEdit = parsePleading(TextDocument.create('file:///a.md', 'markdown', 2, `${text} Et la pièce n° 1 encore.`), first);
		assert.equal(bodyEdit.frontMatter, first.frontMatter);
		assert.equal(bodyEdit.body.pieceCitations.length, 2);
		const frontMatterEdit = parsePleading(TextDocument.create('file:///a.md', 'markdown', 3, text.replace('Constat', 'Constat du commissaire de justice')), first);
		const shift = ' du commissaire de justice'.length;
		assert.notEqual(frontMatterEdit.frontMatter, first.frontMatter);
		assert.deepEqual(frontMatterEdit.body.pieceCitations[0].span, { start: first.body.pieceCitations[0].span.start + shift, end: first.body.pieceCitations[0].span.end + shift });
		assert.equal(frontMatterEdit.document.getText().slice(frontMatterEdit.body.sections[0].headingSpan.start, frontMatterEdit.body.sections[0].headingSpan.end), '# Faits');
	});
});

suite('Front matter positions and the model copied to the main thread', () => {
	const textAt = (text: string, span: { start: number; end: number } | undefined): string | undefined => (span === undefined ? undefined : text.slice(span.start, span.end));

	test('Should locate keys, values and list items, and count entries', () => {
		const text = joinLines(...frontMatter('publications:', '  - url: https://x.com/a/status/1', '    horodatage: 2024-11-03T21:04:00+01:00', '  - url: https://x.com/a/status/2', 'pieces: []'));
		const front = modelOf(text).frontMatter!;
		assert.equal(textAt(text, front.locate(['publications', 1, 'url'])), 'https://x.com/a/status/2');
		assert.equal(textAt(text, front.locate(['publications', 0, 'horodatage'], 'key')), 'horodatage');
		assert.equal(textAt(text, front.locate(['juridiction'], 'key')), 'juridiction');
		assert.equal(front.itemCount(['publications']), 2);
		assert.equal(front.itemCount(['publications', 0]), 2);
		assert.equal(front.itemCount(['pieces']), 0);
		// A path of the wrong shape finds nothing: a name in a list, an index in a mapping, past the end.
		assert.equal(front.locate(['publications', 'url']), undefined);
		assert.equal(front.locate([0]), undefined);
		assert.equal(front.locate(['publications', 2]), undefined);
		assert.equal(front.locate(['publications', 1, 'horodatage']), undefined);
	});

	test('Should locate every key of a mapping with thousands of keys', () => {
		const keys = Array.from({ length: 5000 }, (_, index) => `cle${index}: valeur${index}`);
		const text = joinLines(...frontMatter(...keys));
		const front = modelOf(text).frontMatter!;
		for (const index of [0, 31, 32, 2500, 4999]) {
			assert.equal(textAt(text, front.locate([`cle${index}`])), `valeur${index}`);
		}
		assert.equal(front.locate(['cle5000']), undefined);
		assert.equal(textAt(text, front.locate(['acte'])), 'assignation-refere');
	});

	test('Should report a missing key of a list item at the item’s first key', () => {
		const text = joinLines(...frontMatter('pieces:', '  - intitule: Constat'));
		const issue = modelOf(text).frontMatter!.issues.find((found) => found.path.join('.') === 'pieces.0.numero');
		assert.equal(textAt(text, issue?.span), 'intitule');
	});

	test('Should give the main thread the same positions and texts, folding on demand', () => {
		const text = joinLines(...frontMatter('pieces:', '  - numero: 1', '    intitule: Constat'), '# Faits', '', 'Le 3 novembre 2024 à 21h04, l’ÉLÈVE a reçu des menaces (article 222-17 du code pénal, pièce n° 1).', '', '# PAR CES MOTIFS', '', '- ORDONNER la communication des données ;');
		const analysed = modelOf(text);
		const copied = fromTransferable(structuredClone(toTransferable(analysed)), analysed.document);
		assert.deepEqual(copied.frontMatter!.locate(['pieces', 0, 'intitule']), analysed.frontMatter!.locate(['pieces', 0, 'intitule']));
		assert.deepEqual(copied.frontMatter!.data, analysed.frontMatter!.data);
		assert.deepEqual(copied.body.prose.map((block) => [block.text, block.folded, block.kind, block.sectionIndex]), analysed.body.prose.map((block) => [block.text, block.folded, block.kind, block.sectionIndex]));
		assert.deepEqual(copied.body.measures.map((measure) => [measure.text, measure.folded]), analysed.body.measures.map((measure) => [measure.text, measure.folded]));
		assert.deepEqual(copied.body.legalReferences, analysed.body.legalReferences);
		assert.deepEqual(copied.body.dateTimes.map((dateTime) => [dateTime.text, dateTime.date, dateTime.time]), analysed.body.dateTimes.map((dateTime) => [dateTime.text, dateTime.date, dateTime.time]));
		assert.deepEqual(copied.body.pieceCitations, analysed.body.pieceCitations);
		assert.ok(copied.body.prose.some((block) => block.folded.includes('l’eleve a recu des menaces')));
	});
});

suite('Incremental reading of the body', () => {
	const paragraph = (index: number): string => `Le ${index + 1} mars 2024 à 21h0${index % 10}, le compte a publié un message visé par l’article 222-17 du code pénal (pièce n° ${index + 1}).`;
	const body = [
		'# Faits',
		'',
		...Array.from({ length: 40 }, (_, index) => [paragraph(index), '']).flat(),
		'# Discussion',
		'',
		'- premier point',
		'- second point',
		'',
		'> une citation',
		'',
		'# PAR CES MOTIFS',
		'',
		'- ORDONNER la communication des données ;',
		'- CONDAMNER aux dépens.',
	].join('\n');
	const text = joinLines(...frontMatter(), body);

	test('Should read an edited body exactly as a fresh reading does, whatever the edit', async () => {
		const { TextDocument } = await import('vscode-languageserver-textdocument');
		const { parsePleading } = await import('../../server/src/document/parse');
		const first = parsePleading(TextDocument.create('file:///a.md', 'markdown', 1, text));
		const edits: [string, string][] = [
			['pièce n° 7).', 'pièce n° 7) et la pièce n° 8.'],
			['# Discussion', '## Discussion'],
			['(pièce n° 12).\n\nLe 13', '(pièce n° 12).\nLe 13'],
			['- second point\n', '- second point\n\n    suite du second point\n'],
			['> une citation', '> une citation\n> - dans une liste'],
			['# Faits\n\n', '# Faits\n\n```\n'],
			['- CONDAMNER aux dépens.', '- CONDAMNER aux dépens.\n\n# Annexe\n\nTexte.'],
		];
		for (const [from, to] of edits) {
			assert.ok(text.includes(from), from);
			const edited = text.replace(from, to);
			const incremental = parsePleading(TextDocument.create('file:///a.md', 'markdown', 2, edited), first);
			const fresh = parsePleading(TextDocument.create('file:///a.md', 'markdown', 2, edited));
			assert.deepEqual(incremental.body, fresh.body, `${from} → ${to}`);
		}
	});
});

suite('Incremental analysis', () => {
	test('Should analyse a body kept after a front-matter edit against the new front matter', async () => {
		const { readFileSync } = await import('node:fs');
		const { TextDocument } = await import('vscode-languageserver-textdocument');
		const { parsePleading } = await import('../../server/src/document/parse');
		const { analyze } = await import('../../server/src/engine/analyze');
		const options = { settings: { rules: {} }, language: 'fr' as const, today: new Date('2025-03-01T12:00:00Z') };
		const text = readFileSync('test/rules/timestamp-mismatch/invalid-typo.md', 'utf8');
		// The second publication moves to pièce n° 5, which the body does not cite: its « 22:18:03 » no longer
		// speaks of that publication.
		const swapped = text.replace('    piece: 3\n', '    piece: 5\n');
		assert.notEqual(swapped, text);
		const first = parsePleading(TextDocument.create('file:///a.md', 'markdown', 1, text));
		analyze(first, options);
		const kept = parsePleading(TextDocument.create('file:///a.md', 'markdown', 2, swapped), first);
		assert.equal(kept.body, first.body, 'the body is reused');
		const fresh = parsePleading(TextDocument.create('file:///a.md', 'markdown', 2, swapped));
		const messages = (model: typeof first): string[] => analyze(model, options).filter((finding) => finding.ruleId === 'timestamp-mismatch').map((finding) => finding.message);
		assert.deepEqual(messages(kept), messages(fresh));
		assert.equal(messages(fresh).length, messages(first).length - 1);
	});
});
