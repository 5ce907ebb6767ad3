import type { PublicationUrl } from '../evidence/publicationUrl';
import { formatFrenchDate, formatFrenchParisDateTime, formatIsoWithParisOffset } from '../evidence/parisTime';
import { comparutionParagraph, courtCitation, technicalDataGround, type Offence, type Platform, type PleadedFacts } from '../knowledge';
import type { NewPleadingRequest } from '../protocol';
import { placeholder, yamlString } from './placeholders';

/** Everything the composed act depends on; the pleading text below is French whatever the UI language. */
export interface ActCase {
	readonly act: 'requete' | 'assignation-refere';
	/** The défendeur: a host for a first act, an access provider for a second. */
	readonly platform: Platform;
	readonly court: string;
	readonly date: string;
	readonly hearing?: string;
	/** Set when the défendeur is seated abroad: the act argues the court's competence, and an assignation is served abroad. */
	readonly abroad?: { readonly memberState?: string; readonly languages?: string };
	readonly offences: readonly Offence[];
	/** A natural person (civility, given names, surname), or a legal person named by its `company` designation (« la société ALPHA CONSEIL »). */
	readonly client: { readonly civility?: 'Madame' | 'Monsieur'; readonly surname?: string; readonly givenNames?: string; readonly company?: { readonly denomination: string; readonly designation: string } };
	/** True when the lawyer opted in to technical data on an offence meeting 60-1-2 only through its 2°. */
	readonly secondBranchTechnicalData?: boolean;
	/** The lawyer's own details, from the setting `pretoire.avocat`; unused when the case file names the lawyer. */
	readonly avocat?: NewPleadingRequest.Params['avocat'];
	/** `@handle`, when given or read from a URL. */
	readonly account?: string;
	/** At least one; `url` absent when the lawyer gave none. */
	readonly publications: readonly { readonly url?: string; readonly parsed?: PublicationUrl; readonly createdAt?: Date }[];
}

const ARTICLE_145 = [
	`L’${courtCitation('cpc145')} permet d’ordonner, avant tout procès, les mesures`,
	'd’instruction légalement admissibles s’il existe un motif légitime de conserver ou d’établir la',
	'preuve de faits dont pourrait dépendre la solution d’un litige.',
].join('\n');

const CPCE = 'code des postes et des communications électroniques';
const LCEN = courtCitation('lcenAct');
const DECREE = courtCitation('decret20211362');
/** The order that required the source port and the exact time with its time zone for shared IPv4 addresses (law.md §7.3). */
export const PORT_ORDER = courtCitation('tjParis20241231');
/** The order that gave a host's IP addresses and source ports (law.md §7.3). */
const IP_FROM_HOST_ORDER = courtCitation('tjParis20241112');

/** Whether `argument` already cites `order`: it names the order's number (« RG 24/57566 »), the last part of its citation. */
export function citesOrder(argument: string, order: string): boolean {
	return argument.includes(order.slice(order.lastIndexOf(', ') + 2));
}

/** The day article 145 as rewritten by décret n° 2025-619 applies from (instances introduced from that day, law.md A.13). */
const ARTICLE_145_REWRITTEN_FROM = '2025-09-01';

/** Identity data (art. 2 of the decree) and the account's identifier and pseudonyms (art. 3), as a host's dispositif lists them. */
const IDENTITY_DATA = 'les nom et prénom, la date et le lieu de naissance, la ou les adresses postales associées, la ou les adresses de courrier électronique et le ou les numéros de téléphone ; l’identifiant utilisé et le ou les pseudonymes utilisés';

/** An assignation states the modalités de comparution and the warning of article 56, 4°, CPC; a requête has no defendant to summon. */
function comparutionMention(actCase: ActCase): string[] {
	if (actCase.act !== 'assignation-refere') {
		return [];
	}
	return [comparutionParagraph(), ...serviceAbroad(actCase)];
}

/** An assignation to a company seated in another member state is served under regulation (EU) 2020/1784, translated (its art. 12 lets the addressee refuse an act it cannot read). */
function serviceAbroad(actCase: ActCase): string[] {
	if (actCase.abroad === undefined) {
		return [];
	}
	const state = actCase.abroad.memberState;
	if (state === undefined) {
		// Regulation 2020/1784 binds member states only; the law of the seat's state decides, which the catalogue does not hold.
		return [`Le présent acte sera signifié à ${company(actCase)}, société de droit étranger dont le siège est hors de France, selon ${placeholder('mode de signification applicable dans l’État du siège et traduction requise')}.`];
	}
	const language = actCase.abroad?.languages?.split(' ou ')[0];
	return [`Le présent acte sera signifié à la société ${actCase.platform.denomination}, dont le siège est en ${state}, selon le règlement (UE) 2020/1784 du Parlement européen et du Conseil du 25 novembre 2020, accompagné de sa traduction ${language === undefined ? 'dans une langue officielle du lieu de signification' : `en ${language}`} (article 12 du même règlement).`];
}

export function actBody(actCase: ActCase): string {
	const sections = actCase.platform.kind === 'fai' ? accessProviderBody(actCase) : hostBody(actCase);
	return `${sections.join('\n\n')}\n`;
}

/** « la défenderesse, la société X » in an assignation; in a requête the host is no party: « la société X ». */
function holder(actCase: ActCase): string {
	return actCase.act === 'assignation-refere' ? `la défenderesse, ${company(actCase)},` : `${company(actCase)},`;
}

/**
 * « la société X »; when the catalogue marks the entity unconfirmed, the act does not assert it: the
 * dispositif asks its name once (`orderedCompany`), and the other sentences speak of the contracting company.
 */
function company(actCase: ActCase): string {
	return actCase.platform.confirmed.denomination ? `la société ${actCase.platform.denomination}` : 'la société contractante des utilisateurs en France';
}

/** The company the dispositif orders, a blank when the catalogue marks the entity unconfirmed. */
function orderedCompany(actCase: ActCase): string {
	const { denomination, confirmed } = actCase.platform;
	return confirmed.denomination ? `la société ${denomination}` : `la société ${placeholder(`dénomination de la société contractante des utilisateurs en France (${denomination} ou l’une de ses sociétés affiliées, selon les conditions du service)`)}`;
}

function hostBody(actCase: ActCase): string[] {
	const { publications } = actCase;
	const client = clientDesignation(actCase);
	const account = actCase.account === undefined ? placeholder('@compte auteur') : actCase.account;
	const recit = factsOf(actCase.offences);
	const minor = againstMinor(actCase);
	const representation = minor ? [`${capitalize(shortName(actCase))} agit ${representativeQuality(actCase)}.`] : [];
	const facts = publications.map((publication, index) => {
		// A profile is seen on a day, not published at an hour.
		const when = publication.createdAt === undefined ? `Le ${placeholder(recit === 'profil' ? 'date à laquelle le profil a été constaté' : 'date et heure de la publication')}` : capitalize(formatFrenchParisDateTime(publication.createdAt));
		// An account the lawyer did not give is asked once, in the dispositif.
		const own = publicationAccount(actCase, publication);
		const who = index > 0 && own === publicationAccount(actCase, publications[0]) ? 'le même compte' : own === undefined ? 'un compte' : `le compte « ${own} »`;
		const content = publications.length > 1 ? `${CONTENT_AT_ISSUE[recit]}, pièce n° ${index + 2}` : CONTENT_AT_ISSUE[recit];
		return `${when}, ${publicationFact(recit, who, factsService(actCase.platform, publication.parsed), victimOf(actCase, index === 0), minor, index === 0)} (pièce n° ${index + 2}) : ${placeholder(content)}.`;
	});
	const profile = recit !== 'profil' && actCase.offences.some((offence) => offence.plaidoirie.recit === 'profil')
		? [`Ce compte a été ouvert au nom de ${shortName(actCase)}, sans son accord, et reprend ${placeholder('éléments de son identité repris par le profil (nom, photographie)')} (pièce n° 2).`]
		: [];
	const fraud = recit !== 'annonce' && actCase.offences.some((offence) => offence.plaidoirie.recit === 'annonce')
		// Through a profile in the client's name, the request goes to third parties, not to the client impersonated.
		? [`Par ce compte, une annonce suivie d’une demande de paiement a été adressée ${recit === 'profil' ? `à des tiers, au nom de ${shortName(actCase)},` : `à ${shortName(actCase)}`} (pièce n° 2) : ${placeholder(CONTENT_AT_ISSUE.annonce)}.`]
		: [];
	const complaint = publications.length + 2;
	const serious = pleadingArgument(actCase);
	const content = publications.length > 1 ? 'des contenus' : 'du contenu';
	const dataRequested = serious === undefined
		? IDENTITY_DATA
		: `${IDENTITY_DATA} ; l’identifiant de la connexion à l’origine de la communication ; les types de protocoles utilisés pour la connexion au service et pour le transfert des contenus ; les adresses IP utilisées lors de la création du compte et de la mise en ligne ${content}, ainsi que les ports source associés, avec l’horodatage exact à la seconde près et le fuseau horaire de chaque connexion`;
	// An account taken over is the victim's own: the measure bears on the connexions to it, not on an author's account.
	const concerned = recit === 'acces-compte'
		? `aux connexions au compte « ${placeholder('identifiant du compte de la victime')} » de ${shortName(actCase)}, faites sans son accord ${placeholder('période des accès contestés')}`
		: `au titulaire du compte « ${account} »`;
	const discussion = new SectionLetters();
	// A company offering several services whose URL the lawyer did not give: the facts ask which; the discussion speaks of its services.
	const stored = factsService(actCase.platform, publications[0].parsed).startsWith('[') ? 'ses services' : serviceName(actCase.platform, publications[0].parsed);
	return [
		...comparutionMention(actCase),
		'# I. EXPOSÉ DES FAITS',
		...facts,
		...profile,
		...fraud,
		...remise(actCase, recit),
		...jointFacts(actCase, recit),
		...representation,
		`${capitalize(shortName(actCase))} (pièce n° 1) a déposé plainte (pièce n° ${complaint}). Aucune instance au fond n’est pendante.`,
		'# II. DISCUSSION',
		...competence(actCase, discussion),
		...legitimateGround(actCase, discussion),
		...derogation(actCase, discussion, 'le titulaire du compte', hostRisk(serious !== undefined)),
		`## ${discussion.next()}. Sur les mesures légalement admissibles (${courtCitation('lcenArt6Dated')} ; ${courtCitation('cpceL341IIbis')} ; ${DECREE})`,
		`En application de l’article 6 de la ${LCEN} et de l’article L. 34-1, II bis, du ${CPCE}, ${holder(actCase)} qui assure le stockage des contenus mis en ligne sur ${stored}, détient et conserve les données de nature à permettre l’identification de quiconque a contribué à la création d’un contenu.`,
		`Les informations relatives à l’identité civile de l’utilisateur (article 2 du ${DECREE}) et les autres informations fournies lors de la création du compte, dont l’identifiant et les pseudonymes utilisés (article 3 du même décret), sont conservées pour les besoins des procédures pénales (article L. 34-1, II bis, 1° et 2°, du ${CPCE}). Leur communication est nécessaire à l’identification de l’auteur des faits.`,
		...(serious === undefined ? [] : [
			`Les données techniques permettant d’identifier la source de la connexion sont conservées pour les besoins de la lutte contre la criminalité et la délinquance grave (${courtCitation('cpceL341IIbis3SameCode')}) ; l’hébergeur conserve, pour chaque opération de création d’un contenu, l’identifiant de la connexion à l’origine de la communication et les types de protocoles utilisés (article 5, 2°, du ${DECREE}). ${serious}`,
			// The argument may already rely on the order that gave a host's IP addresses and ports: it is cited once.
			`${operatorRegime(actCase.platform, citesOrder(serious, IP_FROM_HOST_ORDER))}Les adresses IP étant partagées entre plusieurs abonnés, leur communication doit comprendre le port source et l’horodatage exact de chaque connexion, à la seconde près et avec le fuseau horaire${citesOrder(serious, PORT_ORDER) ? '' : ` (${PORT_ORDER})`}.`,
		]),
		`La mesure est limitée à un seul compte${recit === 'profil' ? '' : ` et à ${publications.length > 1 ? `${countInWords(publications.length)} ${recit === 'messages-prives' ? 'messages' : 'publications'}` : recit === 'messages-prives' ? 'un message' : 'une publication'}`} : elle est proportionnée au respect de la vie privée de son titulaire.`,
		...secrecy(actCase, 'le titulaire du compte', hostRisk(serious !== undefined)),
		...pressNotice(actCase, discussion),
		'# PAR CES MOTIFS',
		dispositifLeadIn(actCase),
		[
			`- ORDONNER à ${orderedCompany(actCase)} de communiquer à ${client}, dans un délai de quinze jours à compter de la signification de l’ordonnance à intervenir, celles des données suivantes qui sont en sa possession, relatives ${concerned} : ${dataRequested} ;`,
			`- FAIRE INTERDICTION à ${actCase.platform.confirmed.denomination ? company(actCase) : 'la même société'} d’informer le titulaire du compte de la présente procédure ;`,
			`- LAISSER les dépens à la charge ${claimantOf(actCase)}.`,
		].join('\n'),
	];
}

function accessProviderBody(actCase: ActCase): string[] {
	const publication = actCase.publications[0];
	const client = clientDesignation(actCase);
	const account = actCase.account === undefined ? placeholder('@compte auteur') : actCase.account;
	const recit = factsOf(actCase.offences);
	// A profile is seen on a day, not published at an hour; its connexion is the one that created it.
	const profile = recit === 'profil';
	const when = publication.createdAt === undefined ? placeholder(profile ? 'date à laquelle le profil a été constaté' : 'date et heure de la publication') : formatFrenchParisDateTime(publication.createdAt).replace(/^le /u, '');
	const host = publication.parsed === undefined ? placeholder('hébergeur de la publication') : `l’hébergeur du service ${serviceName(actCase.platform, publication.parsed)}`;
	const constats = actCase.publications.length;
	const order = constats + 2;
	const denomination = actCase.platform.denomination;
	const discussion = new SectionLetters();
	const serious = pleadingArgument(actCase);
	return [
		...comparutionMention(actCase),
		'# I. EXPOSÉ DES FAITS',
		`Le ${when}, ${publicationFact(recit, `le compte « ${account} »`, publication.parsed === undefined ? placeholder('service en ligne') : serviceName(actCase.platform, publication.parsed), victimOf(actCase), againstMinor(actCase))} (pièce n° 2) : ${placeholder(CONTENT_AT_ISSUE[recit])}.`,
		...remise(actCase, recit),
		`${capitalize(shortName(actCase))} justifie de son identité (pièce n° 1). Par ordonnance du ${placeholder('date de l’ordonnance rendue contre l’hébergeur')} (pièce n° ${order}), le président du ${actCase.court.replace(/^Tribunal/u, 'tribunal')} a ordonné à ${host} de communiquer les données d’identification du titulaire du compte. Cet hébergeur a communiqué (pièce n° ${order + 1}) l’adresse IP, le port source et l’horodatage de la connexion utilisée pour ${profile ? 'la création du compte' : 'la mise en ligne du message'}. Cette adresse IP est attribuée par la société ${denomination} à ses abonnés. Aucune instance au fond n’est pendante.`,
		'# II. DISCUSSION',
		...competence(actCase, discussion),
		...legitimateGround(actCase, discussion),
		...derogation(actCase, discussion, 'l’abonné', SUBSCRIBER_RISK),
		`## ${discussion.next()}. Sur les mesures légalement admissibles (${courtCitation('lcenArt6Dated')} ; ${courtCitation('cpceL341IIbis')} ; ${DECREE})`,
		`En application de l’article 6 de la ${LCEN} et de l’article L. 34-1, II bis, du ${CPCE}, ${holder(actCase)} qui fournit l’accès à internet, conserve l’identité civile de ses abonnés (article 2 du ${DECREE}) et, pour chaque connexion, l’adresse IP attribuée à la source de la connexion et le port associé (article 5, 1°, du même décret ; article R. 10-13 du ${CPCE}). ${serious ?? `Ces données techniques sont conservées pour les besoins de la lutte contre la criminalité et la délinquance grave (article L. 34-1, II bis, 3°, du ${CPCE}) : ${placeholder('infraction relevant de la délinquance grave et décision retenue')}.`} L’adresse IP étant partagée entre plusieurs abonnés, seuls le port source et l’horodatage exact à la seconde près, avec le fuseau horaire, permettent d’identifier l’abonné.`,
		'La mesure est limitée à une seule connexion : elle est proportionnée au respect de la vie privée de l’abonné.',
		...secrecy(actCase, 'l’abonné', SUBSCRIBER_RISK),
		...pressNotice(actCase, discussion),
		'# PAR CES MOTIFS',
		dispositifLeadIn(actCase),
		[
			`- ORDONNER à la société ${denomination} de communiquer à ${client}, dans un délai de quinze jours à compter de la signification de l’ordonnance à intervenir, les nom et prénom, la date et le lieu de naissance, la ou les adresses postales associées, la ou les adresses de courrier électronique et le ou les numéros de téléphone du titulaire de l’abonnement auquel était attribuée l’adresse IP ${placeholder('adresse IP communiquée')}, avec le port source ${placeholder('port source communiqué')}, le ${placeholder('date et heure de la connexion, à la seconde, avec fuseau')} ;`,
			`- FAIRE INTERDICTION à la société ${denomination} d’informer l’abonné de la présente procédure ;`,
			`- LAISSER les dépens à la charge ${claimantOf(actCase)}.`,
		].join('\n'),
	];
}

/** « Il est demandé à Madame ou Monsieur le Président… de bien vouloir : » (assignation), « PLAISE À… » (requête): the infinitives of the dispositif hang on it. */
function dispositifLeadIn(actCase: ActCase): string {
	const president = `Madame ou Monsieur le Président du ${actCase.court.replace(/^Tribunal/u, 'tribunal')}`;
	return actCase.act === 'requete' ? `PLAISE À ${president}, de bien vouloir :` : `Il est demandé à ${president} de bien vouloir :`;
}

/**
 * What the person to identify could do if warned, and the retention that makes it urgent: the one-year
 * retention of the technical data (L. 34-1, II bis, 3°) only when the act asks them; else that of the
 * account's information, one year from its closure (2°).
 */
function hostRisk(technicalData: boolean): string {
	return technicalData
		? `pourrait supprimer ce compte et les contenus en cause, alors que les données techniques permettant d’identifier la source de la connexion ne sont conservées, en application de l’article L. 34-1, II bis, 3°, du ${CPCE}, qu’un an à compter de celle-ci`
		: `pourrait supprimer ce compte et les contenus en cause, les informations fournies lors de la création du compte n’étant alors conservées, en application de l’article L. 34-1, II bis, 2°, du ${CPCE}, qu’un an à compter de sa clôture`;
}

const SUBSCRIBER_RISK = `pourrait faire disparaître les preuves conservées sur ses équipements, alors que les données techniques permettant d’identifier la source de la connexion ne sont conservées, en application de l’article L. 34-1, II bis, 3°, du ${CPCE}, qu’un an à compter de celle-ci`;

/** A requête states why the measure cannot be taken with the other side heard (CPC 493, 845 al. 2), and why the holder of the data must keep it secret. */
function derogation(actCase: ActCase, letters: SectionLetters, target: string, risk: string): string[] {
	if (actCase.act !== 'requete') {
		return [];
	}
	return [
		`## ${letters.next()}. Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction (${courtCitation('cpc493_845_2')})`,
		`Averti de la procédure, ${target} ${risk}. Seule une mesure ordonnée à son insu préserve ainsi la preuve ; pour la même raison, il convient de faire interdiction à ${company(actCase)} d’informer ${target} de la présente procédure.`,
	];
}

/** In an assignation, the argument for the prohibition on informing that the dispositif asks; a requête gives it with the derogation. */
function secrecy(actCase: ActCase, target: string, risk: string): string[] {
	if (actCase.act !== 'assignation-refere') {
		return [];
	}
	return [`Averti de la procédure, ${target} ${risk} : l’efficacité de la mesure commande qu’il soit fait interdiction à ${company(actCase)} d’informer ${target} de la présente procédure.`];
}

/**
 * A host seated abroad: the court's competence rests on article 145 as rewritten by décret n° 2025-619
 * (law.md A.13, for instances introduced from 1 September 2025): the court able to hear the case on
 * the merits. How courts read its « lieu d'exécution » limb for a host abroad is not settled, so the act
 * relies on the merits limb alone.
 */
function competence(actCase: ActCase, letters: SectionLetters): string[] {
	if ((actCase.abroad === undefined && actCase.platform.kind !== 'fai') || !arguesCompetence(actCase.date)) {
		return [];
	}
	const seat = actCase.abroad === undefined ? [] : [`Le siège ${actCase.abroad.memberState === undefined ? 'à l’étranger' : `en ${actCase.abroad.memberState}`} de ${company(actCase)} est sans incidence sur ce choix, que ce texte rattache à l’action au fond envisagée contre l’auteur des faits, et non au domicile de la personne qui détient la preuve.`];
	return [
		`## ${letters.next()}. Sur la compétence (${courtCitation('cpc145_2')})`,
		[competenceParagraph(actCase.court, shortName(actCase)), ...seat].join(' '),
	];
}

/** Whether an act of `date` argues its court's competence under article 145 as rewritten by décret n° 2025-619 (instances introduced from 1 September 2025). */
export function arguesCompetence(date: string): boolean {
	return date >= ARTICLE_145_REWRITTEN_FROM;
}

/** The court seised is one able to hear the case on the merits (CPC 145 al. 2, law.md A.13): the paragraph of « Sur la compétence ». */
export function competenceParagraph(court: string, victim: string): string {
	return `La juridiction territorialement compétente pour statuer sur une demande formée en application de l’${courtCitation('cpc145')} est, au choix du demandeur, celle susceptible de connaître de l’affaire au fond ou celle dans le ressort de laquelle la mesure d’instruction doit être exécutée (${courtCitation('cpc145_2')}, issu du ${courtCitation('decret2025619')}). L’action envisagée contre l’auteur des faits, qui ont atteint ${victim} en France, relève du ${court.replace(/^Tribunal/u, 'tribunal')}, juridiction susceptible d’en connaître au fond.`;
}

/** Article 145 and the qualification of the facts; the block between markers lists the offences. */
function legitimateGround(actCase: ActCase, letters: SectionLetters): string[] {
	return [
		`## ${letters.next()}. Sur le motif légitime (${courtCitation('cpc145')})`,
		ARTICLE_145,
		['<!-- pretoire:qualification -->', qualificationParagraph(actCase.offences), '<!-- /pretoire:qualification -->'].join('\n'),
		'L’action pénale envisagée contre l’auteur des faits n’est pas manifestement vouée à l’échec.',
	];
}

/** « Les faits sont constitutifs de menace de mort, délit prévu et réprimé par l’article … ». */
export function qualificationParagraph(offences: readonly Offence[]): string {
	const parts = offences.map((offence) => {
		const citation = citationOf(offence);
		const nature = /^articles? R\./u.test(citation) ? 'contravention prévue et réprimée' : 'délit prévu et réprimé';
		const name = qualificationOf(offence);
		return `${ofName(name)}, ${nature} par ${citation.startsWith('articles') ? 'les ' : 'l’'}${citation}`;
	});
	return `Les faits sont constitutifs ${parts.join(', et ')}.`;
}

/** The catalogue's argument for the technical data, with the typographic apostrophe of the act. */
function pleadingArgument(actCase: ActCase): string | undefined {
	return technicalDataGround(actCase.offences, actCase.secondBranchTechnicalData === true)?.plaidoirie.gravite?.replace(/'/gu, '’');
}

/** The account that published: the one its URL shows, else the one the lawyer gave (undefined when neither). */
export function publicationAccount(actCase: ActCase, publication: ActCase['publications'][number]): string | undefined {
	return publication.parsed?.handle === undefined ? actCase.account : `@${publication.parsed.handle}`;
}

/** The facts family an act tells: the first chosen offence's, a message when none is chosen. */
function factsOf(offences: readonly Offence[]): PleadedFacts {
	return offences[0]?.plaidoirie.recit ?? 'message';
}

/** One sentence for each further offence of a set whose element the first offence's facts do not tell (the catalogue's `faitsJoints`). */
function jointFacts(actCase: ActCase, recit: PleadedFacts): string[] {
	return actCase.offences.slice(1).flatMap((offence) => (offence.plaidoirie.recit === recit || offence.plaidoirie.faitsJoints === undefined ? [] : [offence.plaidoirie.faitsJoints.replace('{victime}', victimOf(actCase, false))]));
}

/**
 * An escroquerie is consummated by the remise the deception determined (CP 313-1): the facts tell it,
 * the client's or, through a profile in the client's name, the third parties'.
 */
function remise(actCase: ActCase, recit: PleadedFacts): string[] {
	if (!actCase.offences.some((offence) => offence.plaidoirie.recit === 'annonce')) {
		return [];
	}
	return recit === 'profil'
		? [`Sur la foi d’une demande de paiement faite par ce compte, des tiers ont remis ${placeholder('sommes remises par les tiers, dates et moyens de paiement')}.`]
		: [`Sur la foi de cette annonce, ${shortName(actCase)} a remis ${placeholder('somme remise, date et moyen de paiement')}.`];
}

/**
 * TJ Paris, 12 nov. 2024 ordered the messaging service Telegram the data of L. 34-1 and R. 10-13, the
 * operators' regime, whose IV 1° lists the port (law.md §1.2): against a service the catalogue holds
 * to that regime too, the act pleads it; against a host, the order stands as an example. The decision
 * is cited once: « précitée » when the argument already cites it.
 */
function operatorRegime(platform: Platform, cited: boolean): string {
	const decision = cited ? `${IP_FROM_HOST_ORDER.slice(0, IP_FROM_HOST_ORDER.lastIndexOf(', '))}, précitée` : IP_FROM_HOST_ORDER;
	if (platform.retentionRegimes.includes('operateur')) {
		return `Le juge des référés a appliqué à la messagerie Telegram le régime des opérateurs de communications électroniques, en lui ordonnant la communication des informations prévues par les articles L. 34-1 et R. 10-13 du ${CPCE} (${decision}) ; l’${courtCitation('cpceR1013IV1SameCode')} vise « l’adresse IP attribuée à la source de la connexion et le port associé ». `;
	}
	return cited ? '' : `Les adresses IP et les ports source ont été ordonnés à l’exploitant de la messagerie Telegram, pour des atteintes à un système de traitement automatisé de données et une tentative d’escroquerie (${decision}). `;
}

/** « en qualité de représentante légale de son enfant mineur », in the facts and in the designation of the parties (CPC 648 2°). */
export function representativeQuality(actCase: ActCase): string {
	return `en qualité de ${actCase.client.civility === 'Madame' ? 'représentante légale' : 'représentant légal'} de son enfant mineur`;
}

/** An offence whose victim is a minor (the catalogue says so): the facts name the child, and the client acts as its legal representative. */
export function againstMinor(actCase: ActCase): boolean {
	return actCase.offences.some((offence) => offence.plaidoirie.victimeMineure === true);
}

/** Whom the facts name: the client, or the client's minor child. */
function victimOf(actCase: ActCase, first = true): string {
	return againstMinor(actCase) ? minorChild(shortName(actCase), first) : shortName(actCase);
}

/** The client's minor child: named (a blank) the first time, then « l’enfant mineur de … », so that the blank is asked once. */
function minorChild(client: string, first: boolean): string {
	return first ? `${placeholder('prénom de l’enfant')}, enfant mineur de ${client}` : `l’enfant mineur de ${client}`;
}

/**
 * One publication's fact as an act tells it for the offences invoked: what the account did to the client
 * (or the client's minor child), on which service, and the blank for what it said or showed.
 */
export function pleadedPublication(offences: readonly Offence[], who: string, service: string, client: string, first: boolean): { readonly fact: string; readonly content: string } {
	const minor = offences.some((offence) => offence.plaidoirie.victimeMineure === true);
	const victim = minor ? minorChild(client, first) : client;
	const recit = factsOf(offences);
	return { fact: publicationFact(recit, who, service, victim, minor, first), content: CONTENT_AT_ISSUE[recit] };
}

/**
 * What the account did, as the facts of each family tell it. A minor's consent is no element of the
 * offences against minors (an image of a minor is pornographic whatever the minor agreed to, CP 227-23):
 * the facts allege none.
 */
function publicationFact(recit: PleadedFacts, who: string, service: string, victim: string, minor: boolean, first = true): string {
	const withoutConsent = minor ? '' : ' sans son consentement';
	switch (recit) {
		case 'message':
			return `${who} a publié sur ${service} un message visant ${victim}`;
		case 'message-public':
			return `${who} a publié sur ${service}, sous une forme accessible à tous, un message visant ${victim}`;
		case 'messages-repetes':
			return `${who} a publié sur ${service}, parmi des messages répétés visant ${victim}, le message suivant`;
		case 'harcelement-scolaire':
			// The school is asked once, with the first publication.
			return `${who} a publié sur ${service}, parmi des messages répétés visant ${victim}${first ? `, élève de l’établissement d’enseignement ${placeholder('établissement d’enseignement fréquenté par l’élève et par l’auteur des messages')}` : ''}, le message suivant`;
		case 'messages-prives':
			return `${who} a adressé à ${victim}, par la messagerie privée ${ofName(service)}, un message`;
		case 'profil':
			return `${who}, ouvert sur ${service} au nom de ${victim} sans son accord, reprenait son identité en vue de troubler sa tranquillité ou de porter atteinte à son honneur ou à sa considération`;
		case 'contenu-visuel':
			return `${who} a mis en ligne sur ${service} une vidéo ou une image représentant ${victim}${withoutConsent}`;
		case 'contenu-sexuel':
			return `${who} a mis en ligne sur ${service} une vidéo ou une image représentant ${victim}${withoutConsent}, contenu présentant un caractère ${minor ? 'pornographique' : 'sexuel'}`;
		case 'montage':
			return `${who} a mis en ligne sur ${service} un montage, vidéo ou image, réalisé avec l’image ou les paroles ${ofName(victim)}${withoutConsent}, sans qu’il apparaisse à l’évidence qu’il s’agit d’un montage ni qu’il en soit expressément fait mention`;
		case 'montage-sexuel':
			return `${who} a mis en ligne sur ${service} un montage à caractère sexuel, vidéo ou image, réalisé avec l’image ou les paroles ${ofName(victim)}${withoutConsent}`;
		case 'annonce':
			return `${who} a publié sur ${service} une annonce suivie d’une demande de paiement adressée à ${victim}`;
		case 'acces-compte':
			return `${who} a été utilisé pour accéder sans droit au compte ${ofName(victim)} sur ${service}`;
		case 'correspondances':
			return `${who} a publié sur ${service} des correspondances privées ${ofName(victim)}, divulguées sans son accord`;
		case 'informations-personnelles':
			return `${who} a publié sur ${service} des informations personnelles permettant d’identifier ou de localiser ${victim}, aux fins de l’exposer à un risque direct d’atteinte à sa personne ou à ses biens`;
	}
}

/** The blank the lawyer fills with the content at issue, for each family. */
const CONTENT_AT_ISSUE: Readonly<Record<PleadedFacts, string>> = {
	'message': 'teneur du message, citée entre guillemets',
	'message-public': 'teneur du message, citée entre guillemets',
	'messages-repetes': 'teneur du message, citée entre guillemets',
	'harcelement-scolaire': 'teneur du message, citée entre guillemets',
	'montage-sexuel': 'description du montage, sans le reproduire',
	'messages-prives': 'teneur du message, citée entre guillemets',
	'profil': 'éléments de son identité repris par le profil (nom, photographie)',
	'contenu-visuel': 'description du contenu, sans le reproduire',
	'contenu-sexuel': 'description du contenu, sans le reproduire',
	'montage': 'description du montage, sans le reproduire',
	'annonce': 'teneur de l’annonce et de la demande de paiement',
	'acces-compte': 'circonstances de l’accès au compte',
	'correspondances': 'description des correspondances divulguées',
	'informations-personnelles': 'informations diffusées, sans les reproduire',
};

/** Press offences: the act is denounced to the ministère public (art. 53 of the loi du 29 juillet 1881). */
function pressNotice(actCase: ActCase, letters: SectionLetters): string[] {
	if (!actCase.offences.some((offence) => offence.press !== undefined)) {
		return [];
	}
	return [
		`## ${letters.next()}. Sur la dénonciation au ministère public (${courtCitation('loi1881Art53Act')})`,
		// Whether article 53 governs a 145 act is not established (law.md §5.3): the act does what it asks, without saying it must.
		`Les faits relevant de la ${courtCitation('loi1881Act')}, le présent acte sera dénoncé au ministère public près le ${actCase.court.replace(/^Tribunal/u, 'tribunal')}, dans les formes de l’article 53 de cette loi.`,
	];
}

/**
 * « Madame MARTIN » in the narrative; « la partie demanderesse » (« requérante ») when the civility or
 * the name is to complete, so that the blank is asked once, in the dispositif.
 */
function shortName(actCase: ActCase): string {
	const { client } = actCase;
	if (client.company !== undefined) {
		return client.company.designation;
	}
	if (client.civility !== undefined && client.surname !== undefined) {
		return `${client.civility} ${client.surname}`;
	}
	return actCase.act === 'requete' ? 'la partie requérante' : 'la partie demanderesse';
}

function claimantOf(actCase: ActCase): string {
	const requete = actCase.act === 'requete';
	// « la société », « l’association »: a feminine noun.
	switch (actCase.client.company === undefined ? actCase.client.civility : 'Madame') {
		case 'Madame':
			return requete ? 'de la requérante' : 'de la demanderesse';
		case 'Monsieur':
			return requete ? 'du requérant' : 'du demandeur';
		default:
			return requete ? 'de la partie requérante' : 'de la partie demanderesse';
	}
}

/** « deux », « trois »… as pleadings write small counts; digits beyond ten. */
function countInWords(count: number): string {
	return ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'][count] ?? String(count);
}

/**
 * « de » before a name, elided before a vowel sound (« d’Orange », « d’Instagram », « d’appels »); a
 * « Y » keeps it (« de YouTube »), as does a blank, which the lawyer completes.
 */
export function ofName(name: string): string {
	return /^[aeiouàâéèêëîïôûœ]/iu.test(name) ? `d’${name}` : `de ${name}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** A, B, C… for the discussion's sections, whose number depends on the act. */
export class SectionLetters {
	private count = 0;
	next(): string {
		return String.fromCharCode(65 + this.count++);
	}
}

/**
 * The act's `avocat` key: the lawyer's own details (setting `pretoire.avocat`), a blank for each one
 * missing. An act whose case file names the lawyer writes none: it inherits the case file's.
 */
export function lawyerFrontMatter(avocat: ActCase['avocat']): string[] {
	return [
		'avocat:',
		`  nom: ${yamlString(given(avocat?.nom) ?? placeholder('Maître Prénom NOM'))}`,
		`  barreau: ${yamlString(given(avocat?.barreau) ?? placeholder('barreau'))}`,
		`  toque: ${yamlString(given(avocat?.toque) ?? placeholder('numéro de toque'))}`,
		`  adresse: ${yamlString(given(avocat?.adresse) ?? placeholder('adresse du cabinet'))}`,
	];
}

/** A detail the lawyer set, trimmed; undefined when empty or not a string (settings come from the client as they are). */
function given(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * « Madame Claire MARTIN », « la société ALPHA CONSEIL »; « la partie demanderesse » (« requérante »)
 * when the lawyer gave no name, which the front matter asks once.
 */
export function clientDesignation(actCase: ActCase): string {
	const { client } = actCase;
	if (client.company !== undefined) {
		return client.company.designation;
	}
	if (client.surname === undefined) {
		return shortName(actCase);
	}
	return [client.civility ?? placeholder('Madame ou Monsieur'), client.givenNames, client.surname].filter((part) => part !== undefined).join(' ');
}

/** The offence's name as a pleading writes it after « constitutif de »: one conduct, one ground (art. 53 of the loi du 29 juillet 1881), never the label's alternatives. */
export function qualificationOf(offence: Offence): string {
	// The catalogue's labels keep the straight apostrophe; the act's prose writes the typographic one.
	return (offence.plaidoirie.qualification ?? offence.label.fr.charAt(0).toLocaleLowerCase('fr') + offence.label.fr.slice(1)).replace(/'/gu, '’');
}

/** The text punishing the offence as committed online: its aggravated form when there is one. */
export function citationOf(offence: Offence): string {
	return offence.onlineAggravation?.citation ?? offence.citation;
}

/** « 1er novembre 2024 », Paris date of an instant. */
export function frenchDayOf(instant: Date): string {
	const [year, month, day] = formatIsoWithParisOffset(instant).slice(0, 10).split('-').map(Number);
	return formatFrenchDate(year, month, day);
}

const SERVICE_NAMES: Readonly<Record<PublicationUrl['platform'], string>> = { x: 'X', tiktok: 'TikTok', discord: 'Discord', instagram: 'Instagram', facebook: 'Facebook', youtube: 'YouTube' };

/** The service the facts name: a company offering several (« Google (Gmail, YouTube, Recherche) ») is no place where content stands, so the lawyer names the service. */
function factsService(platform: Platform, url: PublicationUrl | undefined): string {
	const services = /\(([^)]*,[^)]*)\)$/u.exec(platform.name.fr)?.[1];
	return url === undefined && services !== undefined ? placeholder(`service concerné : ${services}`) : serviceName(platform, url);
}

/** The service as a pleading names it: the URL's (YouTube for Google) or the platform's name. */
export function serviceName(platform: Platform, url: PublicationUrl | undefined): string {
	// « Facebook, Messenger » names two services: the act speaks of the first; « La Poste (messagerie laposte.net) » one, by its domain.
	const domain = /\((?:messagerie )?([a-z0-9-]+\.[a-z]+)\)$/u.exec(platform.name.fr)?.[1];
	return url === undefined ? domain ?? platform.name.fr.replace(/\s*\(.*\)$/u, '').split(',')[0] : SERVICE_NAMES[url.platform];
}
