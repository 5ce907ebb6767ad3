import type { PleadingModel } from '../document/model';
import { fold } from '../document/extract/text';
import { courtCitation, technicalDataGround, type DataCategory } from '../knowledge';
import { requestsTechnicalData, retainedDataRequests } from '../queries/dataRequests';
import { QueryMemo } from '../queries/memo';
import { againstAccessProvider } from '../queries/connexions';
import { defendantOf } from '../queries/defendant';
import { invokedOffences } from '../queries/offences';
import { demandeurShortName, ofJurisdiction } from './parties';
import { missing, prose, strong } from './markup';
import { preamble } from './typst';
import { ExportError } from './pdf';

/**
 * The projet d'ordonnance a requête asks the judge to sign (practice: the president signs a draft
 * attached to the requête). It recites the requête and its pièces, the articles relied on, the
 * reasons for not calling the other side — which must appear in the requête or the order itself
 * (CPC 493, 845 al. 2; Cass. 2e civ., 3 mars 2022, law.md §4.4) — the measures in the judge's voice,
 * and the remedies of articles 496 and 497. Date, signature and formule exécutoire stay blank: they
 * are the court's. French only, like every exported act.
 */
export function ordonnanceToTypst(model: PleadingModel): { markup: string; title: string } {
	if (model.act !== 'requete') {
		throw new ExportError('Projet d’ordonnance impossible : il accompagne une requête (`acte: requete`) ; une assignation en référé aboutit à une ordonnance rendue après débat');
	}
	const data = model.frontMatter?.data ?? {};
	const court = data.juridiction;
	const names = (data.demandeurs ?? []).flatMap((person) => (person === undefined ? [] : [demandeurShortName(person)])).filter((name): name is string => name !== undefined);
	const defendant = defendantOf(model);
	const title = `Projet d’ordonnance sur requête – ${names.length > 0 ? names.join(', ') : 'requérant'} c/ ${defendant?.denomination ?? 'défendeur'}`;
	const metadata = { title, subject: `${courtCitation('cpc145_493_845').replace(/^a/u, 'A')}${court === undefined ? '' : ` – ${court}`}`, author: data.avocat?.nom };
	const measures = model.body.measures.map((measure) => judgeVoice(measure.text));
	const parts = [
		preamble(metadata, court === undefined ? '' : prose(court), prose('Projet d’ordonnance sur requête')),
		`#align(center, block(below: 2em, {
	block(below: 0.7em, text(size: 16pt, weight: "bold", tracking: 0.04em)[${prose('ORDONNANCE SUR REQUÊTE')}])
	text(style: "italic")[${prose(`(${courtCitation('cpc145_493_845')})`)}]
}))`,
		paragraph(`${prose('Nous, ')}${missing('nom du magistrat')}${prose(`, président ${court === undefined ? 'du tribunal judiciaire' : ofJurisdiction(court)}, assisté de `)}${missing('nom du greffier')}${prose(', greffier,')}`),
		paragraph(prose('Vu la requête qui précède et les pièces qui y sont jointes ;')),
		...legalBases(model).map((basis) => paragraph(prose(`Vu ${basis} ;`))),
		heading('MOTIFS'),
		paragraph(prose(`Les faits exposés dans la requête et les pièces produites caractérisent un motif légitime d’établir, avant tout procès, la preuve de faits dont pourrait dépendre la solution d’un litige (${courtCitation('cpc145')}).`)),
		...dataMotifs(model),
		...secrecyMotif(model, defendant?.denomination, adversarialReasons(model)),
		...adversarialReasons(model),
		heading('PAR CES MOTIFS'),
		paragraph(prose('Statuant non contradictoirement, par ordonnance sur requête,')),
		measures.length === 0 ? paragraph(missing('mesures ordonnées')) : `#dispositif(${measures.map((measure) => `[${measure}]`).join(', ')})`,
		`#dispositif([${strong(prose('Disons'))}${prose(` que copie de la requête et de la présente ordonnance sera laissée à la personne à laquelle elle est opposée (${courtCitation('cpc495_3')}) ;`)}], [${strong(prose('Rappelons'))}${prose(` que la présente ordonnance est exécutoire au seul vu de la minute (${courtCitation('cpc495_2')}).`)}])`,
		`#block(above: 1.6em, inset: (x: 0.8em, y: 0.6em), stroke: 0.5pt, { set par(first-line-indent: 0pt); set text(size: 10pt); [${strong(prose('Voies de recours'))}#linebreak()${prose(`S’il n’est pas fait droit à la requête, appel peut être interjeté dans un délai de quinze jours, à moins que l’ordonnance n’émane du premier président de la cour d’appel (${courtCitation('cpc496_1')}). S’il est fait droit à la requête, tout intéressé peut en référer au juge qui a rendu l’ordonnance (article 496, alinéa 2), lequel a la faculté de la modifier ou de la rétracter, même si le juge du fond est saisi de l’affaire (article 497).`)}] })`,
		`#v(1.5em)
#block(breakable: false, { set par(first-line-indent: 0pt, justify: false)
	[${prose(`Fait à ${cityOf(court) ?? ''}`)}${cityOf(court) === undefined ? missing('lieu') : ''}${prose(', le ')}${missing('date')}]
	v(1.2em)
	grid(columns: (1fr, 1fr), column-gutter: 2em, [${prose('Le greffier')}#v(2.5em)${missing('signature')}], [${prose('Le président')}#v(2.5em)${missing('signature')}])
	v(1.5em)
	block(width: 100%, inset: 0.8em, stroke: (dash: "dashed", thickness: 0.5pt), [${strong(prose('Formule exécutoire'))}#linebreak()${missing('formule exécutoire apposée par le greffe')}])
})`,
	];
	return { markup: parts.join('\n\n'), title };
}

/** The measures of the requête ("ORDONNER à…") in the judge's voice ("Ordonnons à…"). */
const JUDGE_VERBS: readonly (readonly [RegExp, string])[] = [
	[/^faire\s+interdiction\b/iu, 'Faisons interdiction'],
	[/^faire\s+defense\b/iu, 'Faisons défense'],
	[/^ordonner\b/iu, 'Ordonnons'],
	[/^enjoindre\b/iu, 'Enjoignons'],
	[/^dire\b/iu, 'Disons'],
	[/^autoriser\b/iu, 'Autorisons'],
	[/^designer\b/iu, 'Désignons'],
	[/^commettre\b/iu, 'Commettons'],
	[/^fixer\b/iu, 'Fixons'],
	[/^assortir\b/iu, 'Assortissons'],
	[/^reserver\b/iu, 'Réservons'],
	[/^laisser\b/iu, 'Laissons'],
	[/^condamner\b/iu, 'Condamnons'],
	[/^rappeler\b/iu, 'Rappelons'],
	[/^constater\b/iu, 'Constatons'],
	[/^declarer\b/iu, 'Déclarons'],
	[/^juger\b/iu, 'Jugeons'],
	[/^rejeter\b/iu, 'Rejetons'],
	[/^debouter\b/iu, 'Déboutons'],
	[/^accorder\b/iu, 'Accordons'],
	[/^interdire\b/iu, 'Interdisons'],
];

/** One measure as Typst markup: the verb turned to the judge's voice, sub-items kept as lines. */
export function judgeVoice(measureText: string): string {
	const lines = measureText.split(/\r?\n/u);
	const items: string[] = [];
	for (const line of lines) {
		const subItem = /^\s{2,}[-*+]\s+(.*)$/u.exec(line);
		if (subItem !== null) {
			items.push(subItem[1]);
		} else if (items.length <= 1) {
			items[0] = `${items[0] ?? ''} ${line}`;
		} else {
			items[items.length - 1] += ` ${line}`;
		}
	}
	const [lead = '', ...subItems] = items.map((item) => plainText(item).replace(/\s+/gu, ' ').trim());
	// The order's own « Disons… » and « Rappelons… » follow the measures: the last measure, its « dépens »
	// item included, goes on with a semicolon, never a full stop.
	if (subItems.length > 0) {
		subItems[subItems.length - 1] = goingOn(subItems[subItems.length - 1]);
	}
	const text = (subItems.length === 0 ? goingOn(lead) : lead).replace(/^[-*+]\s+|^\d+[.)]\s+/u, '').replace(/l[’']ordonnance à intervenir/giu, 'la présente ordonnance');
	const verb = JUDGE_VERBS.find(([pattern]) => pattern.test(fold(text)));
	const opening = verb === undefined ? undefined : new RegExp(`^\\S+(?:\\s+\\S+){${verb[1].split(' ').length - 1}}`, 'u').exec(text)?.[0];
	const head = verb === undefined || opening === undefined ? prose(text) : `${strong(prose(verb[1]))}${prose(text.slice(opening.length))}`;
	return subItems.length === 0 ? head : `${head}#list(${subItems.map((item) => `[${prose(item)}]`).join(', ')})`;
}

/** An item the list goes on after: its closing full stop becomes a semicolon. */
function goingOn(item: string): string {
	return item.replace(/(?<!\.)\s*[.;]$/u, ' ;');
}

const LCEN = `l’${courtCitation('lcenArt6Act')}`;
const CPCE = 'code des postes et des communications électroniques';
const DECREE = courtCitation('decret20211362');

/** The tiers of L. 34-1 II bis the dispositif asks for, read from its measures. */
function requestedTiers(model: PleadingModel): ReadonlySet<DataCategory['id']> {
	const memo = new QueryMemo();
	const tiers = new Set<DataCategory['id']>(model.body.measures.flatMap((measure) => retainedDataRequests(measure, memo).map((match) => match.entry.id)));
	if (requestsTechnicalData(model, memo)) {
		tiers.add('donnees-techniques');
	}
	return tiers;
}

/** The articles of décret n° 2021-1362 for the tiers requested: art. 2 (identity), 3 (account), 5 (technical; its 1° for an access provider, its 2° for a host). */
function decreeArticles(model: PleadingModel, tiers: ReadonlySet<DataCategory['id']>): string[] {
	const articles = [
		...(tiers.has('identite-civile') ? ['2'] : []),
		...(tiers.has('autres-informations') ? ['3'] : []),
		...(tiers.has('donnees-techniques') ? [againstAccessProvider(model) ? '5, 1°' : '5, 2°'] : []),
	];
	const last = articles.pop();
	if (last === undefined) {
		return [];
	}
	// « l’article 5, 2°, du décret », « les articles 2, 3 et 5, 2°, du décret »: a paragraph number closes with a comma.
	const closing = last.includes('°') ? `${last},` : last;
	return [articles.length === 0 ? `l’article ${closing} du ${DECREE}` : `les articles ${articles.join(', ')} et ${closing} du ${DECREE}`];
}

/** The texts relied on: the procedure, the host's or provider's duty on its full basis (law.md §2-3), each offence. */
function legalBases(model: PleadingModel): string[] {
	const tiers = requestedTiers(model);
	const bases = [`les ${courtCitation('cpc145_493to498_845')}`, LCEN, `l’article L. 34-1, II bis, du ${CPCE}`, ...decreeArticles(model, tiers)];
	for (const offence of model.frontMatter?.data.infractions ?? []) {
		if (offence?.texte !== undefined) {
			bases.push(/^articles\b/iu.test(offence.texte) ? `les ${offence.texte}` : /^article\b/iu.test(offence.texte) ? `l’${offence.texte}` : offence.texte);
		}
	}
	return bases;
}

/**
 * One motif per tier ordered: why identity data (kept for criminal proceedings, necessary and limited),
 * and why technical data (the offence held serious and the decision relied on, from the catalogue's
 * pleading argument); a blank when no invoked offence carries technical data.
 */
function dataMotifs(model: PleadingModel): string[] {
	const tiers = requestedTiers(model);
	const motifs: string[] = [];
	if (tiers.has('identite-civile') || tiers.has('autres-informations')) {
		const what = tiers.has('autres-informations')
			? `Les informations relatives à l’identité civile de l’utilisateur et les autres informations fournies lors de la création du compte sont conservées pour les besoins des procédures pénales (article L. 34-1, II bis, 1° et 2°, du ${CPCE})`
			: `Les informations relatives à l’identité civile de l’utilisateur sont conservées pour les besoins des procédures pénales (article L. 34-1, II bis, 1°, du ${CPCE})`;
		motifs.push(paragraph(prose(`${what} ; leur communication, limitée à ce qui permet d’identifier l’auteur des faits, est nécessaire à l’exercice du droit à la preuve et proportionnée au respect de la vie privée.`)));
	}
	if (tiers.has('donnees-techniques')) {
		// The requête asks them: the order gives the best ground it has, an offence of the 2° of 60-1-2 included.
		const ground = technicalDataGround(invokedOffences(model), true)?.plaidoirie.gravite?.replace(/'/gu, '’');
		const basis = `Les données techniques permettant d’identifier la source de la connexion sont conservées pour les besoins de la lutte contre la criminalité et la délinquance grave (article L. 34-1, II bis, 3°, du ${CPCE}).`;
		// A host communicates the addresses and their ports; an access provider is given them, and identifies the subscriber by them.
		const port = againstAccessProvider(model)
			? 'L’adresse IP étant partagée entre plusieurs abonnés, le port source et l’horodatage exact de chaque connexion permettent d’identifier l’abonné.'
			: 'L’adresse IP étant partagée entre plusieurs abonnés, sa communication comprend le port source et l’horodatage exact de chaque connexion.';
		motifs.push(paragraph(ground === undefined ? `${prose(`${basis} `)}${missing('infraction relevant de la délinquance grave et décision retenue')}` : prose(`${basis} ${ground} ${port}`)));
	}
	return motifs;
}

/**
 * The motif of the prohibition on informing the account holder, when the dispositif asks it: its
 * purpose, the measure's effect (its legal basis is not settled, law.md §6, so the order gives none);
 * none when the circumstances quoted from the requête (`reasons`) already give it.
 */
function secrecyMotif(model: PleadingModel, host: string | undefined, reasons: readonly string[]): string[] {
	const asked = model.body.measures.some((measure) => {
		const folded = fold(measure.text);
		return /interdi|defense/u.test(folded) && /inform|avert|aviser/u.test(folded);
	});
	if (!asked || reasons.some((reason) => /interdiction/u.test(fold(reason)))) {
		return [];
	}
	const holder = host === undefined ? 'la société défenderesse' : `la société ${host}`;
	// The subscriber behind an address has no account to close: he could destroy what his equipment holds.
	return [paragraph(prose(againstAccessProvider(model)
		? `L’interdiction faite à ${holder} d’informer l’abonné de la présente mesure en préserve l’efficacité : averti avant que son identité ne soit établie, il pourrait faire disparaître les preuves conservées sur ses équipements.`
		: `L’interdiction faite à ${holder} d’informer le titulaire du compte de la présente mesure en préserve l’efficacité : averti avant que son identité ne soit établie, il pourrait fermer le compte et poursuivre les agissements sous un autre identifiant.`))];
}

/**
 * The circumstances that justify a non-adversarial order, taken from the requête's own section on
 * them, so that the order states them as the Cour de cassation requires.
 */
function adversarialReasons(model: PleadingModel): string[] {
	const { sections, prose: blocks } = model.body;
	const paragraphs = blocks.filter((block) => block.kind === 'paragraph' && sections[block.sectionIndex]?.kind !== 'dispositif');
	// The requête's section on the derogation states the circumstances; elsewhere, a paragraph that speaks of it.
	const inSection = paragraphs.filter((block) => /contradict/u.test(fold(sections[block.sectionIndex]?.title ?? '')));
	const reasons = inSection.length > 0 ? inSection : paragraphs.filter((block) => /contradict/u.test(block.folded));
	const opening = paragraph(prose(`Les circonstances exigent que la mesure ne soit pas prise contradictoirement (${courtCitation('cpc493_845_2')}) :`));
	if (reasons.length === 0) {
		return [opening, paragraph(missing('circonstances justifiant la dérogation au principe de la contradiction'))];
	}
	return [opening, ...reasons.map((block) => `#quotation[${prose(withoutRestatement(plainText(block.text)))}]`)];
}

/** « La mesure ne peut être prise contradictoirement : averti… » → « Averti… »: the order's opening already says it. */
function withoutRestatement(reason: string): string {
	const circumstances = /^[^:.]*contradictoire(?:ment)?\s*:\s*(\S[\s\S]*)$/u.exec(reason)?.[1];
	return circumstances === undefined ? reason : circumstances.charAt(0).toLocaleUpperCase('fr') + circumstances.slice(1);
}

/** Markdown emphasis and code marks removed; an underscore inside a word (`@anonyme_75`) stays. */
function plainText(markdown: string): string {
	return markdown
		.replace(/`/gu, '')
		.replace(/(^|[\s(«])[*_]+(?=\S)/gu, '$1')
		.replace(/(?<=\S)[*_]+(?=$|[\s.,;:)»])/gu, '');
}

function cityOf(court: string | undefined): string | undefined {
	return court === undefined ? undefined : /\b(?:de|d[’'])\s*([\p{Lu}][\p{L}' -]+)$/u.exec(court)?.[1]?.trim();
}

function paragraph(markup: string): string {
	return `#par[${markup}]`;
}

function heading(text: string): string {
	return `#heading(level: 1)[${prose(text)}]`;
}
