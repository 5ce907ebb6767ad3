import type { PublicationUrl } from '../evidence/publicationUrl';
import { formatFrenchDate, formatFrenchParisDateTime, formatIsoWithParisOffset } from '../evidence/parisTime';
import { comparutionParagraph, type Offence, type Platform, type SeriousCrimeVerdict } from '../knowledge';
import { placeholder } from './placeholders';

/** Everything the composed act depends on; the pleading text below is French whatever the UI language. */
export interface ActCase {
	readonly act: 'requete' | 'assignation-refere';
	/** The défendeur: a host for a first act, an access provider for a second. */
	readonly platform: Platform;
	readonly court: string;
	readonly date: string;
	readonly hearing?: string;
	readonly offences: readonly Offence[];
	readonly client: { readonly civility?: 'Madame' | 'Monsieur'; readonly surname?: string; readonly givenNames?: string };
	/** `@handle`, when given or read from a URL. */
	readonly account?: string;
	/** At least one; `url` absent when the lawyer gave none. */
	readonly publications: readonly { readonly url?: string; readonly parsed?: PublicationUrl; readonly createdAt?: Date }[];
}

/** Technical data is asked for only when an invoked offence may count as « délinquance grave ». */
const TECHNICAL_DATA_VERDICTS: readonly SeriousCrimeVerdict[] = ['held-serious', 'meets-60-1-2-threshold'];
const VERDICT_RANK: readonly SeriousCrimeVerdict[] = ['held-serious', 'meets-60-1-2-threshold', 'uncertain', 'below-threshold', 'held-not-serious'];

const ARTICLE_145 = [
	'L’article 145 du code de procédure civile permet d’ordonner, avant tout procès, les mesures',
	'd’instruction légalement admissibles s’il existe un motif légitime de conserver ou d’établir la',
	'preuve de faits dont pourrait dépendre la solution d’un litige.',
].join('\n');

const IDENTITY_DATA = 'les nom et prénom, la date et le lieu de naissance, la ou les adresses postales associées, la ou les adresses de courrier électronique et le ou les numéros de téléphone ; l’identifiant utilisé et le ou les pseudonymes utilisés';

/** An assignation states the modalités de comparution and the warning of article 56, 4°, CPC; a requête has no defendant to summon. */
function comparutionMention(actCase: ActCase): string[] {
	return actCase.act === 'assignation-refere' ? [comparutionParagraph()] : [];
}

export function actBody(actCase: ActCase): string {
	const sections = actCase.platform.kind === 'fai' ? accessProviderBody(actCase) : hostBody(actCase);
	return `${sections.join('\n\n')}\n`;
}

function hostBody(actCase: ActCase): string[] {
	const { publications } = actCase;
	const client = clientDesignation(actCase.client);
	const account = actCase.account === undefined ? placeholder('@compte auteur') : actCase.account;
	const facts = publications.map((publication, index) => {
		const when = publication.createdAt === undefined ? `Le ${placeholder('date et heure de la publication')}` : capitalize(formatFrenchParisDateTime(publication.createdAt));
		const who = index === 0 ? `le compte « ${account} »` : 'le même compte';
		return `${when}, ${who} a publié sur ${serviceName(actCase.platform, publication.parsed)} un message visant ${shortName(actCase)} (pièce n° ${index + 2}) : ${placeholder('teneur du message, citée entre guillemets')}.`;
	});
	const complaint = publications.length + 2;
	const technical = technicalDataAllowed(actCase.offences);
	const dataRequested = technical
		? `${IDENTITY_DATA} ; les adresses IP utilisées lors de la création du compte et de la mise en ligne ${publications.length > 1 ? 'des messages' : 'du message'}, ainsi que les ports source associés, avec l’horodatage exact à la seconde près et le fuseau horaire de chaque connexion`
		: IDENTITY_DATA;
	const denomination = actCase.platform.denomination;
	const discussion = new SectionLetters();
	return [
		...comparutionMention(actCase),
		'# I. EXPOSÉ DES FAITS',
		`${client} est ${placeholder('profession ou qualité du client')} (pièce n° 1).`,
		...facts,
		`${capitalize(shortName(actCase))} a déposé plainte le ${placeholder('date de la plainte')} (pièce n° ${complaint}). Aucune instance au fond n’est pendante.`,
		'# II. DISCUSSION',
		...legitimateGround(actCase, discussion),
		...(actCase.act === 'requete' ? [
			`## ${discussion.next()}. Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction`,
			'La mesure ne peut être prise contradictoirement : averti par la plateforme, le titulaire du compte pourrait supprimer celui-ci et les traces de ses connexions, et les données techniques ne sont conservées qu’un an à compter de la connexion (articles 493 et 845, alinéa 2, du code de procédure civile).',
		] : []),
		`## ${discussion.next()}. Sur les mesures légalement admissibles`,
		`Les données demandées sont celles que la défenderesse doit conserver en application de l’article L. 34-1 du code des postes et des communications électroniques et du décret n° 2021-1362 du 20 octobre 2021. ${seriousCrimeArgument(actCase.offences)}${technical ? ' Les adresses IP étant partagées entre plusieurs abonnés, la communication des données techniques doit comprendre le port source et l’horodatage exact de chaque connexion.' : ''}`,
		`La mesure est limitée à un seul compte et à ${publications.length > 1 ? `${countInWords(publications.length)} messages` : 'un message'} : elle est proportionnée au respect de la vie privée de son titulaire.`,
		...pressNotice(actCase, discussion),
		'# PAR CES MOTIFS',
		[
			`- ORDONNER à la société ${denomination} de communiquer à ${client}, dans un délai de quinze jours à compter de la signification de l’ordonnance à intervenir, celles des données suivantes qui sont en sa possession, relatives au titulaire du compte « ${account} » : ${dataRequested} ;`,
			`- FAIRE INTERDICTION à la société ${denomination} d’informer le titulaire du compte de la présente procédure ;`,
			`- LAISSER les dépens à la charge ${claimantOf(actCase)}.`,
		].join('\n'),
	];
}

function accessProviderBody(actCase: ActCase): string[] {
	const publication = actCase.publications[0];
	const client = clientDesignation(actCase.client);
	const account = actCase.account === undefined ? placeholder('@compte auteur') : actCase.account;
	const when = publication.createdAt === undefined ? placeholder('date et heure de la publication') : formatFrenchParisDateTime(publication.createdAt).replace(/^le /u, '');
	const host = publication.parsed === undefined ? placeholder('hébergeur de la publication') : `l’hébergeur du service ${serviceName(actCase.platform, publication.parsed)}`;
	const constats = actCase.publications.length;
	const order = constats + 2;
	const ip = placeholder('adresse IP communiquée');
	const port = placeholder('port source communiqué');
	const connection = placeholder('date et heure de la connexion, à la seconde, avec fuseau');
	const denomination = actCase.platform.denomination;
	const discussion = new SectionLetters();
	const retention = publication.createdAt === undefined ? '' : `, délai qui expire le ${frenchDayOf(new Date(publication.createdAt.getTime() + 365 * 86_400_000))}`;
	return [
		...comparutionMention(actCase),
		'# I. EXPOSÉ DES FAITS',
		`${client} est ${placeholder('profession ou qualité du client')} (pièce n° 1).`,
		`Le ${when}, le compte « ${account} » a publié un message visant ${shortName(actCase)} (pièce n° 2) : ${placeholder('teneur du message, citée entre guillemets')}.`,
		`Par ordonnance (pièce n° ${order}), le président du ${actCase.court.replace(/^Tribunal/u, 'tribunal')} a ordonné à ${host} de communiquer les données d’identification du titulaire du compte. Celui-ci a communiqué (pièce n° ${order + 1}) l’adresse IP ${ip}, avec le port source ${port}, utilisée pour la mise en ligne du message le ${connection}. Cette adresse IP est attribuée par la défenderesse à ses abonnés. Aucune instance au fond n’est pendante.`,
		'# II. DISCUSSION',
		...legitimateGround(actCase, discussion),
		...(actCase.act === 'requete' ? [
			`## ${discussion.next()}. Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction`,
			`La mesure ne peut être prise contradictoirement : l’abonné, averti, pourrait faire disparaître les preuves conservées sur ses équipements, et les données techniques ne sont conservées qu’un an à compter de la connexion${retention} (articles 493 et 845, alinéa 2, du code de procédure civile).`,
		] : []),
		`## ${discussion.next()}. Sur les mesures légalement admissibles`,
		`En application de l’article L. 34-1 du code des postes et des communications électroniques et de l’article R. 10-13 du même code, la défenderesse conserve l’adresse IP attribuée à la source de la connexion et le port associé, ainsi que l’identité civile de l’abonné.${technicalDataAllowed(actCase.offences) ? ` ${seriousCrimeArgument(actCase.offences)}` : ''} L’adresse IP étant partagée entre plusieurs abonnés, seuls le port source et l’horodatage exact à la seconde près, avec le fuseau horaire, permettent d’identifier l’abonné.`,
		'La mesure est limitée à une seule connexion : elle est proportionnée au respect de la vie privée de l’abonné.',
		...pressNotice(actCase, discussion),
		'# PAR CES MOTIFS',
		[
			`- ORDONNER à la société ${denomination} de communiquer à ${client}, dans un délai de quinze jours à compter de la signification de l’ordonnance à intervenir, les nom et prénom, la date et le lieu de naissance, la ou les adresses postales associées, la ou les adresses de courrier électronique et le ou les numéros de téléphone du titulaire de l’abonnement auquel était attribuée l’adresse IP ${ip}, avec le port source ${port}, le ${connection} ;`,
			`- FAIRE INTERDICTION à la société ${denomination} d’informer l’abonné de la présente procédure ;`,
			`- LAISSER les dépens à la charge ${claimantOf(actCase)}.`,
		].join('\n'),
	];
}

/** Article 145 and the qualification of the facts; the block between markers lists the offences. */
function legitimateGround(actCase: ActCase, letters: SectionLetters): string[] {
	return [
		`## ${letters.next()}. Sur le motif légitime`,
		ARTICLE_145,
		['<!-- pretoire:qualification -->', qualificationParagraph(actCase.offences), '<!-- /pretoire:qualification -->'].join('\n'),
		'L’action envisagée contre l’auteur des faits n’est pas manifestement vouée à l’échec.',
	];
}

/** « Les faits sont constitutifs de menace de mort, délit prévu et réprimé par l’article … ». */
export function qualificationParagraph(offences: readonly Offence[]): string {
	const parts = offences.map((offence) => {
		const citation = citationOf(offence);
		const nature = /^articles? R\./u.test(citation) ? 'contravention prévue et réprimée' : 'délit prévu et réprimé';
		const name = qualificationOf(offence);
		return `${/^[aeiouyàâéèêëîïôûœ]/iu.test(name) ? 'd’' : 'de '}${name}, ${nature} par ${citation.startsWith('articles') ? 'les ' : 'l’'}${citation}`;
	});
	return `Les faits sont constitutifs ${parts.join(', et ')}.`;
}

/** The strongest « délinquance grave » argument the chosen offences allow, or why only identity is asked. */
function seriousCrimeArgument(offences: readonly Offence[]): string {
	const best = [...offences].sort((left, right) => VERDICT_RANK.indexOf(left.seriousCrime.verdict) - VERDICT_RANK.indexOf(right.seriousCrime.verdict))[0];
	if (best === undefined) {
		return '';
	}
	if (TECHNICAL_DATA_VERDICTS.includes(best.seriousCrime.verdict)) {
		// The catalogue's reasoning, without its caveat for the lawyer (« aucune décision civile… »), which a pleading does not plead.
		const argument = best.seriousCrime.reasoning.fr.replace(/ ; aucune décision civile[^.]*\./u, '.');
		return argument;
	}
	return 'La demande porte sur les informations relatives à l’identité civile de l’utilisateur et sur les autres informations fournies lors de la création du compte, conservées pour les besoins des procédures pénales (article L. 34-1, II bis, 1° et 2°, du code des postes et des communications électroniques).';
}

function technicalDataAllowed(offences: readonly Offence[]): boolean {
	return offences.some((offence) => TECHNICAL_DATA_VERDICTS.includes(offence.seriousCrime.verdict));
}

/** Press offences: the act is denounced to the ministère public (art. 53 of the loi du 29 juillet 1881, by prudence). */
function pressNotice(actCase: ActCase, letters: SectionLetters): string[] {
	if (!actCase.offences.some((offence) => offence.press !== undefined)) {
		return [];
	}
	return [
		`## ${letters.next()}. Sur la dénonciation au ministère public`,
		`Par prudence, et conformément à l’article 53 de la loi du 29 juillet 1881, le présent acte sera dénoncé au ministère public près le ${actCase.court.replace(/^Tribunal/u, 'tribunal')}.`,
	];
}

/** « Madame MARTIN » in the narrative, or the full designation when no civility was given. */
function shortName(actCase: ActCase): string {
	const { client } = actCase;
	return client.civility !== undefined && client.surname !== undefined ? `${client.civility} ${client.surname}` : clientDesignation(client);
}

function claimantOf(actCase: ActCase): string {
	const requete = actCase.act === 'requete';
	switch (actCase.client.civility) {
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

function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** A, B, C… for the discussion's sections, whose number depends on the act. */
class SectionLetters {
	private count = 0;
	next(): string {
		return String.fromCharCode(65 + this.count++);
	}
}

/** « Madame Claire MARTIN », or a placeholder for what the lawyer did not give. */
export function clientDesignation(client: ActCase['client']): string {
	if (client.surname === undefined) {
		return placeholder('civilité, prénom et NOM du client');
	}
	return [client.civility, client.givenNames, client.surname].filter((part) => part !== undefined).join(' ');
}

/** The offence's name as a pleading writes it after « constitutif de ». */
export function qualificationOf(offence: Offence): string {
	return offence.label.fr.charAt(0).toLocaleLowerCase('fr') + offence.label.fr.slice(1);
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

/** The service as a pleading names it: the URL's (YouTube for Google) or the platform's name. */
export function serviceName(platform: Platform, url: PublicationUrl | undefined): string {
	return url === undefined ? platform.name.fr.replace(/\s*\(.*\)$/u, '') : SERVICE_NAMES[url.platform];
}
