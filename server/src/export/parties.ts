import type { FrontMatterData } from '../document/frontMatterSchema';
import type { Defendant } from '../queries/defendant';
import { frenchIsoDate } from './frenchDates';

/**
 * The parties as an act names them (CPC art. 54, 57 and 648): the French sentences of the first
 * page, built from the front matter, as runs of text that the PDF (Typst) and Word renderers both set.
 */

/** A run of the act's text: plain, bold, or a gap the lawyer must fill (« [À compléter : domicile] »). */
export type Run = { readonly text: string; readonly bold?: boolean } | { readonly missing: string };

const strong = (text: string): Run => ({ text, bold: true });
const prose = (text: string): Run => ({ text });
const missing = (what: string): Run => ({ missing: what });

type Demandeur = NonNullable<NonNullable<FrontMatterData['demandeurs']>[number]>;
type Avocat = NonNullable<FrontMatterData['avocat']>;
type Civility = 'Madame' | 'Monsieur';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * "Madame" or "Monsieur", when the lawyer's own text calls the person so ("Madame Claire MARTIN",
 * "Madame MARTIN"). The front matter has no civility, and agreement ("née", "domicilié") depends on
 * it: guessing from the first name would be wrong too often, so an unclear case stays neutral.
 */
export function civilityOf(nom: string, body: string): Civility | undefined {
	// Letter boundaries by hand: `\b` knows ASCII letters only, and would fail after "DUPRÉ".
	const pattern = new RegExp(`(?<![\\p{L}])(Madame|Mme|Monsieur|M\\.)\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}${escapeRegExp(nom)}(?![\\p{L}\\p{N}])`, 'gu');
	const found = new Set<Civility>();
	for (const match of body.matchAll(pattern)) {
		found.add(match[1] === 'Madame' || match[1] === 'Mme' ? 'Madame' : 'Monsieur');
	}
	return found.size === 1 ? [...found][0] : undefined;
}

function isNaturalPerson(person: Demandeur): person is Demandeur & { nom?: string } {
	return 'nom' in person || 'prenoms' in person || 'naissance' in person;
}

/** One demandeur: identity in bold, then birth, nationality, profession, domicile (CPC art. 54, 2°). */
export function demandeurRuns(person: Demandeur, body: string): Run[] {
	if (!isNaturalPerson(person)) {
		const legal = person as { denomination?: string; forme?: string; siege?: string; representant?: string };
		return [
			legal.denomination !== undefined ? strong(`La société ${legal.denomination}`) : missing('dénomination du demandeur'),
			...(legal.forme !== undefined ? [prose(`, ${legal.forme}`)] : []),
			prose(', dont le siège social est situé '),
			legal.siege !== undefined ? prose(legal.siege) : missing('siège social'),
			legal.representant !== undefined ? prose(`, prise en la personne de ${legal.representant}`) : prose(', prise en la personne de son représentant légal'),
		];
	}
	const natural = person as { nom?: string; prenoms?: string; naissance?: { date?: string; lieu?: string }; nationalite?: string; profession?: string; domicile?: string; qualite?: string };
	const civility = natural.nom === undefined ? undefined : civilityOf(natural.nom, body);
	const name = [civility, natural.prenoms, natural.nom].filter((part) => part !== undefined).join(' ');
	// CPC 648 2° and 54 3°: date and place of birth, nationality and profession are mentions on pain of
	// nullity; one the front matter lacks prints as a visible blank, never as nothing.
	const birthDay = natural.naissance?.date;
	const birthPlace = natural.naissance?.lieu;
	const birth: Run[] = [
		birthDay !== undefined ? prose(`le ${frenchIsoDate(birthDay)}`) : missing('date de naissance'),
		prose(' à '),
		birthPlace !== undefined ? prose(birthPlace) : missing('lieu de naissance'),
	];
	const parts: Run[] = [natural.nom !== undefined ? strong(name) : missing('nom du demandeur')];
	// Without a civility the agreement of "né" is unknown: the neutral wording goes after the domicile.
	if (civility !== undefined) {
		parts.push(prose(`, ${civility === 'Madame' ? 'née' : 'né'} `), ...birth);
	}
	parts.push(prose(', de nationalité '), natural.nationalite !== undefined ? prose(natural.nationalite) : missing('nationalité'));
	parts.push(prose(', '), natural.profession !== undefined ? prose(natural.profession) : missing('profession'));
	parts.push(prose(', demeurant '), natural.domicile !== undefined ? prose(natural.domicile) : missing('domicile'));
	if (civility === undefined) {
		parts.push(prose(', date et lieu de naissance : '), ...birth.map((run) => ('text' in run ? { ...run, text: run.text.replace(/^le /u, '') } : run)));
	}
	if (natural.qualite !== undefined) {
		parts.push(prose(`, ${natural.qualite}`));
	}
	return parts;
}

/** The short name used in the PDF title: "Claire Anne MARTIN", "Société X". */
export function demandeurShortName(person: Demandeur): string | undefined {
	if (isNaturalPerson(person)) {
		const natural = person as { nom?: string; prenoms?: string };
		return [natural.prenoms, natural.nom].filter((part) => part !== undefined).join(' ') || undefined;
	}
	return (person as { denomination?: string }).denomination;
}

/** The constituted lawyer, whose office is the elected domicile (CPC art. 751 and 752). */
export function avocatRuns(avocat: Avocat | undefined): Run[] {
	if (avocat === undefined) {
		return [missing('avocat constitué')];
	}
	// A blank that asks for « Maître Prénom NOM » already says « Maître ».
	const name = avocat.nom === undefined ? undefined : /^(?:\[À compléter : )?(?:ma[iî]tre|me)\b/iu.test(avocat.nom) ? avocat.nom : `Maître ${avocat.nom}`;
	return [
		name !== undefined ? strong(name) : missing('nom de l’avocat'),
		...(avocat.barreau !== undefined ? [prose(`, avocat au barreau de ${avocat.barreau}`)] : [prose(', avocat au barreau de '), missing('barreau')]),
		...(avocat.toque !== undefined ? [prose(`, toque ${String(avocat.toque)}`)] : []),
		prose(', dont le cabinet est situé '),
		avocat.adresse !== undefined ? prose(avocat.adresse) : missing('adresse du cabinet'),
		prose(', au cabinet duquel domicile est élu'),
	];
}

/** The défendeur, resolved through the platform catalogue (CPC art. 648, 4°). */
export function defendantRuns(defendant: Defendant | undefined): Run[] {
	if (defendant === undefined || defendant.denomination === undefined) {
		return [missing('dénomination du défendeur')];
	}
	const registration = defendant.platform?.registration;
	return [
		strong(`La société ${defendant.denomination}`),
		// CPC 648 4°: the form of a legal person is a mention on pain of nullity; a missing one prints as a blank.
		prose(', '),
		defendant.forme !== undefined ? prose(defendant.forme) : missing('forme sociale'),
		...(registration !== undefined ? [prose(`, immatriculée sous le ${registration}`)] : []),
		prose(', dont le siège social est situé '),
		defendant.siege !== undefined ? prose(defendant.siege) : missing('siège social'),
		prose(', prise en la personne de son représentant légal domicilié en cette qualité audit siège'),
	];
}

/** "du tribunal judiciaire de Paris", "de la cour d’appel de Versailles", inside a sentence. */
export function ofJurisdiction(juridiction: string): string {
	// Inside a sentence, the court's common noun is in lower case (« du tribunal judiciaire de Paris »), as in the body and the ordonnance.
	const named = juridiction.replace(/^(Tribunal|Cour|Chambre|Juridiction)\b/u, (noun) => noun.toLocaleLowerCase('fr'));
	if (/^(?:cour|chambre|juridiction)\b/iu.test(named)) {
		return `de la ${named}`;
	}
	return `du ${named}`;
}
