import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { civilityOf } from '../../server/src/export/parties';
import { pleadingToTypst } from '../../server/src/export/typst';
import { CLEAN_ASSIGNATION, CLEAN_REQUETE, modelOfFile, modelOfText } from './tools';

/** The markup with its escapes and Typst spacing removed: what the reader will see, roughly. */
function visible(markup: string): string {
	return markup.replace(/\\(.)/gu, '$1').replace(/#super\[(\w+)\];/gu, '$1').replace(/[\u00a0\u202f]/gu, ' ');
}

/** An assignation at Lyon for Paul DURAND: the front matter's lines after his given names, then the body. */
function durandAssignation(frontMatter: readonly string[], body: readonly string[]): ReturnType<typeof modelOfText> {
	const head = ['---', 'acte: assignation-refere', 'juridiction: Tribunal judiciaire de Lyon', 'date: 2025-01-15', 'demandeurs:', '  - nom: DURAND', '    prenoms: Paul'];
	return modelOfText([...head, ...frontMatter, '---', '', ...body].join('\n'));
}

suite('Export: Typst source', () => {
	const assignation = pleadingToTypst(modelOfFile(CLEAN_ASSIGNATION));
	const requete = pleadingToTypst(modelOfFile(CLEAN_REQUETE));

	test('Should open an assignation with its title, hearing and parties from the front matter', () => {
		const text = visible(assignation.markup);
		assert.match(text, /ASSIGNATION EN RÉFÉRÉ/u);
		assert.match(text, /\(article 145 du code de procédure civile\)/u);
		assert.match(text, /Audience des référés du mardi 4 février 2025 à 9 heures 30/u);
		assert.match(text, /L’AN DEUX MILLE VINGT-CINQ ET LE/u);
		assert.match(text, /Madame Claire Anne MARTIN\];, née le 12 juin 1984 à Lyon \(69\), de nationalité française, journaliste, demeurant 12 rue des Lilas, 75011 Paris/u);
		assert.match(text, /Maître Jeanne DUPONT\];, avocat au barreau de Paris, toque C1234, dont le cabinet est situé 8 boulevard Malesherbes, 75008 Paris/u);
		assert.match(text, /D’AVOIR À COMPARAÎTRE/u);
		assert.match(text, /par-devant Madame ou Monsieur le Président du tribunal judiciaire de Paris, statuant en référé/u);
	});

	test('Should name the défendeur from the platform catalogue', () => {
		// The template gives only `plateforme: x`: denomination, form and seat come from the catalogue.
		assert.match(visible(assignation.markup), /La société Twitter International Unlimited Company\];, société de droit irlandais, dont le siège social est situé One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Irlande, prise en la personne de son représentant légal/u);
	});

	test('Should keep the lawyer’s heading numbering and add none', () => {
		assert.match(assignation.markup, /#heading\(level: 1\)\[I\\\. EXPOSÉ DES FAITS\]/u);
		assert.match(assignation.markup, /#heading\(level: 2\)\[A\\\. Sur le motif légitime\]/u);
		assert.doesNotMatch(assignation.markup, /numbering/u);
	});

	test('Should set out the dispositif with its verbs in bold', () => {
		const dispositif = assignation.markup.slice(assignation.markup.indexOf('#dispositif('));
		assert.match(dispositif, /^#dispositif\(\n\[#strong\[ORDONNER\]; à la société/u);
		assert.match(dispositif, /\[#strong\[FAIRE INTERDICTION\]; à la société/u);
		assert.match(dispositif, /\[#strong\[LAISSER\]; les dépens/u);
	});

	test('Should end with the bordereau as a numbered table', () => {
		const text = visible(assignation.markup);
		assert.match(text, /#heading\(level: 1\)\[BORDEREAU DES PIÈCES COMMUNIQUÉES\]/u);
		assert.match(text, /\[1\], \[Pièce d’identité de Madame Claire MARTIN\]/u);
		assert.match(text, /\[4\], \[Récépissé de plainte du 5 novembre 2024\]/u);
	});

	test('Should drop HTML comments, which Markdown never shows', () => {
		assert.match(readFileSync(CLEAN_ASSIGNATION, 'utf8'), /pretoire:qualification/u);
		assert.doesNotMatch(assignation.markup, /pretoire/u);
	});

	test('Should address a requête to the president and sign it', () => {
		const text = visible(requete.markup);
		assert.match(text, /REQUÊTE AUX FINS DE MESURES D’INSTRUCTION/u);
		assert.match(text, /À Madame ou Monsieur le Président du tribunal judiciaire de Paris/u);
		assert.match(text, /MESURES SOLLICITÉES À L’ENCONTRE DE/u);
		assert.match(text, /SOUS TOUTES RÉSERVES\]; #linebreak\(\)\nLe 15 janvier 2025 #linebreak\(\)\nMaître Jeanne DUPONT/u);
		assert.doesNotMatch(text, /COMMISSAIRE DE JUSTICE|D’AVOIR À COMPARAÎTRE/u);
	});

	test('Should make a bold PAR CES MOTIFS paragraph a heading of the dispositif', () => {
		const markup = pleadingToTypst(modelOfText('---\nacte: requete\n---\n\n**PAR CES MOTIFS**\n\n- ORDONNER la mesure.\n')).markup;
		// The last block of the body sticks to the closing that follows it.
		assert.match(markup, /#heading\(level: 1\)\[PAR CES MOTIFS\]\n\n#block\(sticky: true, width: 100%\)\[#dispositif\(\n\[#strong\[ORDONNER\]; la mesure\\\.\],\n\)\]/u);
		const paragraphs = pleadingToTypst(modelOfText('---\nacte: requete\n---\n\n# PAR CES MOTIFS\n\nDIRE ET JUGER que la mesure est fondée ;\n\n**ORDONNER** la mesure.\n')).markup;
		assert.match(paragraphs, /\n#strong\[DIRE ET JUGER\]; que la mesure est fondée\u202f;\n\n#block\(sticky: true, width: 100%\)\[#strong\[ORDONNER\]; la mesure\\\.\]\n/u);
	});

	test('Should take the civility from the lawyer’s own text, and only when it is unambiguous', () => {
		assert.equal(civilityOf('MARTIN', 'Madame Claire MARTIN est journaliste. Madame MARTIN a déposé plainte.'), 'Madame');
		assert.equal(civilityOf('DUPRÉ', 'M. Jean DUPRÉ, puis Monsieur DUPRÉ.'), 'Monsieur');
		assert.equal(civilityOf('MARTIN', 'Madame MARTIN et Monsieur MARTIN'), undefined);
		assert.equal(civilityOf('MARTIN', 'Madame MARTINEZ'), undefined);
		assert.equal(civilityOf('MARTIN', 'la société MARTIN'), undefined);
	});

	test('Should give the PDF metadata: title, subject and author', () => {
		assert.equal(assignation.title, 'Assignation en référé – Claire Anne MARTIN c/ Twitter International Unlimited Company');
		assert.equal(assignation.subject, 'Article 145 du code de procédure civile – Tribunal judiciaire de Paris');
		assert.equal(assignation.author, 'Maître Jeanne DUPONT');
		assert.match(assignation.markup, /^#set document\(title: "Assignation en référé – Claire Anne MARTIN c\/ Twitter International Unlimited Company", author: \("Maître Jeanne DUPONT",\)/u);
	});

	test('Should show what the front matter lacks instead of leaving it out', () => {
		const model = durandAssignation(
			['    naissance: { date: 1990-03-01, lieu: Nantes }', '    nationalite: française', '    profession: artisan', '    domicile: 1 rue Haute, 69001 Lyon', 'defendeur:', '  denomination: Exemple SAS'],
			['# PAR CES MOTIFS', '', '- ORDONNER la communication des données.'],
		);
		const text = visible(pleadingToTypst(model).markup);
		assert.match(text, /\[À compléter : date et heure de l’audience\]/u);
		assert.match(text, /\[À compléter : siège social\]/u);
		assert.match(text, /\[À compléter : avocat constitué\]/u);
		// No "Monsieur DURAND" in the body: the civility is unknown, so the wording stays neutral.
		assert.match(text, /Paul DURAND\];, de nationalité française, artisan, demeurant 1 rue Haute, 69001 Lyon, date et lieu de naissance : 1er mars 1990 à Nantes/u);
		assert.doesNotMatch(text, /BORDEREAU/u);
	});

	test('Should print a missing birth date and place, nationality or profession as a visible blank (CPC 648 2°)', () => {
		// Issue 21: a demandeur without `naissance` printed no birth at all: the mention vanished from the PDF.
		const model = durandAssignation(['    naissance: { lieu: Nantes }', '    domicile: 1 rue Haute, 69001 Lyon'], ['Monsieur DURAND est artisan.']);
		const text = visible(pleadingToTypst(model).markup);
		assert.match(text, /Paul DURAND\];, né #strong\[\[À compléter : date de naissance\]\]; à Nantes, de nationalité #strong\[\[À compléter : nationalité\]\];, #strong\[\[À compléter : profession\]\];, demeurant 1 rue Haute/u);
	});
});
