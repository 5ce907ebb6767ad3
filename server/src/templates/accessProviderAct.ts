import { isIPv4 } from 'node:net';
import type { ActKind, Connexion, FrontMatterData, IsoDateTimeParts, NaturalPerson, LegalPerson, Piece, Publication } from '../document/frontMatterSchema';
import { parseIsoDateTime } from '../document/frontMatterSchema';
import { placeholder } from '../knowledge/placeholders';
import { comparutionParagraph, courtCitation, providerKeyOfConnexion, isNonWorkingDay, offencesByArticle, platformForHost, providerOfAddress, technicalDataGround, workingDayAfter, type Offence, type Platform } from '../knowledge';
import { formatFrenchDate, formatOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import type { Translator } from '../l10n';
import { parsePublicationUrl } from '../evidence/publicationUrl';
import { arguesCompetence, citesOrder, competenceParagraph, lawyerFrontMatter, ofName, pleadedPublication, PORT_ORDER, SectionLetters, serviceName, type ActCase } from './actBody';

/** What the step-2 act is written from. */
export interface AccessProviderActInput {
	/** The dossier's data, as read from `dossier.yaml`. */
	readonly dossier: FrontMatterData;
	/** The path written in the act's `dossier:` key, relative to the act. */
	readonly dossierPath: string;
	/** The access provider that had attributed the addresses. */
	readonly provider: Platform;
	/** Date of the act, `YYYY-MM-DD`. */
	readonly date: string;
	/** An assignation en référé (the default) or a requête, ex parte, with its derogation section. */
	readonly acte?: ActKind;
	/** The lawyer's own details (setting `pretoire.avocat`), written when the dossier names no lawyer. */
	readonly avocat?: ActCase['avocat'];
	/** Whether the act also cites the connections no provider is known to announce (the lawyer named the provider). */
	readonly unattributed?: 'include' | 'exclude';
}

/**
 * The dossier's complete connections this provider is answerable for: those the dossier attributes to
 * it (`fournisseur`), or that the prefix table attributes to it, and, when the lawyer named the
 * provider, those no one is known to announce.
 */
export function connexionsOfProvider(dossier: FrontMatterData, providerKey: string, unattributed: 'include' | 'exclude' = 'include'): Connexion[] {
	return completeConnexions(dossier).filter((connexion) => {
		const key = providerKeyOfConnexion(connexion.ip, connexion.fournisseur);
		return key === undefined ? unattributed === 'include' : key === providerKey;
	});
}

/** The access providers the dossier's connections are attributed to, in the order of their first connection. */
export function providersOfDossier(dossier: FrontMatterData): string[] {
	return [...new Set(completeConnexions(dossier).map((connexion) => providerKeyOfConnexion(connexion.ip, connexion.fournisseur)).filter((key): key is string => key !== undefined))];
}

function completeConnexions(dossier: FrontMatterData): Connexion[] {
	return (dossier.connexions ?? []).filter((connexion): connexion is Connexion => connexion?.ip !== undefined && connexion.horodatage !== undefined);
}

const ORDONNANCE = /ordonnance/iu;
const ROUTING_TABLE = /table de routage/iu;

/**
 * The act against the access provider (step 2), an assignation en référé or a requête, written from
 * the dossier: the act inherits the parties, publications and offences from `dossier.yaml` and cites
 * only the connections this provider is answerable for (written in its own `connexions` when the
 * dossier holds others); its dispositif lists each with its IP address, source port when the address
 * is shared (IPv4) and time to the second with its offset, citing the step-1 ordonnance and the
 * host's answer. The text is French whatever the message language: it is the pleading.
 */
export function accessProviderAct(input: AccessProviderActInput, { t, localized }: Translator): string {
	const { dossier, provider } = input;
	if (provider.kind !== 'fai') {
		throw new Error(t('{0} n’est pas un fournisseur d’accès du catalogue', localized(provider.name)));
	}
	const requete = input.acte === 'requete';
	const all = completeConnexions(dossier);
	if (all.length === 0) {
		throw new Error(t('Le dossier ne contient aucune connexion complète (`connexions` : ip, port, horodatage) : ajoutez celles que l’hébergeur a communiquées'));
	}
	const connexions = connexionsOfProvider(dossier, provider.key, input.unattributed);
	if (connexions.length === 0) {
		throw new Error(t('Aucune connexion du dossier n’est attribuée à {0} : l’acte citerait des adresses d’un autre fournisseur d’accès', localized(provider.name)));
	}
	const pieces = (dossier.pieces ?? []).filter((piece): piece is Piece => piece?.numero !== undefined && piece.intitule !== undefined);
	const answerPieces = [...new Set(connexions.map((connexion) => connexion.piece).filter((numero): numero is number => numero !== undefined))];
	let ownPieces: Piece[] | undefined;
	let ordonnance = pieces.find((piece) => ORDONNANCE.test(piece.intitule))?.numero;
	const next = (): number => Math.max(0, ...pieces.map((piece) => piece.numero), ...(ownPieces ?? []).map((piece) => piece.numero)) + 1;
	// Pièces the dossier lacks are added to the act's own bordereau, which then replaces the dossier's.
	if (ordonnance === undefined) {
		ownPieces = [...pieces];
		ordonnance = next();
		ownPieces.push({ numero: ordonnance, intitule: `Ordonnance du président du tribunal judiciaire ordonnant la communication des données, du ${placeholder('date de l’ordonnance')}` });
	}
	if (answerPieces.length === 0) {
		ownPieces ??= [...pieces];
		const numero = next();
		ownPieces.push({ numero, intitule: `Données de connexion communiquées par l’hébergeur le ${placeholder('date de la réponse de l’hébergeur')}` });
		answerPieces.push(numero);
	}
	// The blocks the provider announces are a fact of the day the table is read: the act rests it on a relevé the lawyer produces.
	const routing = routingOf(connexions, provider);
	let routingPiece = routing === undefined ? undefined : pieces.find((piece) => ROUTING_TABLE.test(piece.intitule))?.numero;
	if (routing !== undefined && routingPiece === undefined) {
		ownPieces ??= [...pieces];
		routingPiece = next();
		ownPieces.push({ numero: routingPiece, intitule: `Relevé de la table de routage publique pour ${routing.prefixes.length === 1 ? 'le bloc' : 'les blocs'} d’adresses ${listed(routing.prefixes)} (${listed(routing.systems)}), du ${placeholder('date du relevé')}` });
	}

	const claimant = claimantName(dossier, pieces);
	const defendant = `la société ${provider.denomination}`;
	const frontMatter = [
		'---',
		`acte: ${requete ? 'requete' : 'assignation-refere'}`,
		`dossier: ${yamlScalar(input.dossierPath)}`,
		`date: ${input.date}`,
		...(requete ? [] : [`audience: ${hearingAfter(input.date)}`]),
		// The dossier's lawyer is inherited; without one, the setting's details or a blank for each.
		...(dossier.avocat === undefined ? lawyerFrontMatter(input.avocat) : []),
		'defendeur:',
		`  plateforme: ${provider.key}`,
		// A registered office the sources do not confirm is read on a Kbis, never pleaded from the catalogue.
		...(provider.confirmed.siege ? [] : [`  siege: ${JSON.stringify(placeholder(`siège social de la société ${provider.denomination}, à lire sur un extrait Kbis récent`))}`]),
		...(ownPieces === undefined ? [] : ['pieces:', ...ownPieces.flatMap((piece) => [`  - numero: ${piece.numero}`, `    intitule: ${yamlScalar(piece.intitule)}`, ...(piece.fichier === undefined ? [] : [`    fichier: ${yamlScalar(piece.fichier)}`])])]),
		...(connexions.length === all.length ? [] : ['connexions:', ...connexions.flatMap(connexionYaml)]),
		'---',
	];
	const publications = (dossier.publications ?? []).filter((publication): publication is Publication => publication?.url !== undefined && publication.horodatage !== undefined);
	const offences = (dossier.infractions ?? []).filter((offence) => offence?.qualification !== undefined && offence.texte !== undefined);
	const citeAnswer = answerPieces.length === 1 ? `pièce n° ${answerPieces[0]}` : `pièces n° ${answerPieces.join(' et n° ')}`;
	const claimantRole = requete ? 'la partie requérante' : 'la partie demanderesse';
	const host = hostOf(publications, ownPieces ?? pieces, answerPieces);
	const pleaded = catalogueOffences(offences);
	const ground = technicalDataGround(pleaded);
	const anyPort = connexions.some((connexion) => connexion.port !== undefined || isIPv4(connexion.ip));
	// An IPv6 address needs no port: the dispositif claims one for each address only when each has one.
	const everyPort = connexions.every((connexion) => connexion.port !== undefined || isIPv4(connexion.ip));
	// A retention already over at the date of the act is no urgency to plead.
	const expiry = retentionEnd(connexions, input.date);
	const letters = new SectionLetters();
	const body = [
		...(requete ? [] : [comparutionParagraph(), '']),
		'# I. EXPOSÉ DES FAITS',
		'',
		...publications.flatMap((publication, index) => {
			const told = pleadedPublication(pleaded, publication.compte === undefined ? 'un compte anonyme' : `le compte « ${publication.compte} »`, serviceOfUrl(publication.url), claimant, index === 0);
			// Each blank names its publication when there are several, so that none is asked twice.
			const content = publications.length === 1 ? told.content : `${told.content} (publication du ${dayWording(publication.horodatage)})`;
			return [`Le ${dateTimeWording(publication.horodatage)}, ${told.fact}, accessible à l’adresse ${publication.url}${publication.piece === undefined ? '' : ` (pièce n° ${publication.piece})`} : ${placeholder(content)}.`, ''];
		}),
		...(pleaded.some((offence) => offence.plaidoirie.victimeMineure === true) ? [`${capitalized(claimant)} agit au nom et pour le compte de son enfant mineur.`, ''] : []),
		`${stepOneOrder(ownPieces ?? pieces, ordonnance, host)} ${capitalized(host)} a communiqué (${citeAnswer}) ${connexions.length === 1 ? 'la connexion suivante' : 'les connexions suivantes'} :`,
		'',
		// Each connexion cites the answer that gives it: the dispositif, which lists them again, cites none.
		...connexions.map((connexion) => {
			const piece = connexion.piece ?? (answerPieces.length === 1 ? answerPieces[0] : undefined);
			return `- ${connexionWording(connexion)}${piece === undefined ? '' : ` (pièce n° ${piece})`} ;`;
		}),
		'',
		`${attributionSentence(connexions.length === 1, routing, routingPiece, defendant)} Aucune instance au fond n’est pendante.`,
		'',
		...otherPieces(ownPieces ?? pieces, [ordonnance, ...answerPieces, routingPiece, ...publications.map((publication) => publication.piece)]),
		'# II. DISCUSSION',
		'',
		...(arguesCompetence(input.date) ? [`## ${letters.next()}. Sur la compétence (${courtCitation('cpc145_2')})`, '', competenceParagraph(dossier.juridiction?.trim() || `tribunal judiciaire de ${placeholder('ville du tribunal')}`, claimant), ''] : []),
		`## ${letters.next()}. Sur le motif légitime (${courtCitation('cpc145')})`,
		'',
		`L’${courtCitation('cpc145')} permet d’ordonner, avant tout procès, les mesures d’instruction légalement admissibles s’il existe un motif légitime de conserver ou d’établir la preuve de faits dont pourrait dépendre la solution d’un litige.`,
		'',
		...(offences.length === 0 ? [] : [`Les faits sont constitutifs ${offences.map((offence) => `${ofName(offence!.qualification!.replace(/'/gu, '’'))}, ${/^articles? R\./u.test(offence!.texte!) ? 'contravention prévue et réprimée' : 'délit prévu et réprimé'} par ${withArticle(offence!.texte!)}`).join(', et ')}.`, '']),
		'Le procès pénal envisagé n’est pas manifestement voué à l’échec : seule l’identification de l’abonné permet de l’engager contre l’auteur des faits.',
		'',
		...(requete
			? [
				`## ${letters.next()}. Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction (${courtCitation('cpc493_845_2')})`,
				'',
				`La mesure ne peut être prise contradictoirement : l’abonné, averti par ${defendant}, pourrait faire disparaître les preuves conservées sur ses équipements, et les données permettant de l’identifier ne sont conservées qu’un an à compter de chaque connexion${expiry === undefined ? '' : `, délai qui expire le ${expiry} pour la plus ancienne des connexions en cause`}. Seule une ordonnance rendue sans que l’abonné en soit averti préserve ces preuves (${courtCitation('cpc493_845_2')}) ; pour la même raison, il convient de faire interdiction à ${defendant} d’informer l’abonné de la présente procédure.`,
				'',
			]
			: []),
		`## ${letters.next()}. Sur les mesures légalement admissibles (${courtCitation('cpceL341IIbis')})`,
		'',
		`En application de l’${courtCitation('cpceL341IIbis')} et de l’${courtCitation('cpceR1013SameCode')}, ${defendant} conserve l’identité civile de ses abonnés jusqu’à l’expiration d’un délai de cinq ans à compter de la fin de validité de leur contrat (1°) et, pendant un an à compter de chaque connexion, l’adresse IP attribuée à la source de la connexion et le port associé (3°)${expiry === undefined ? '' : ` ; pour la plus ancienne des connexions en cause, ce délai expire le ${expiry}`}. ${anyPort ? 'Les adresses IPv4 étant partagées entre plusieurs abonnés, seuls le port source et l’horodatage exact à la seconde près, avec le fuseau horaire, permettent d’identifier l’abonné' : 'L’horodatage exact à la seconde près, avec le fuseau horaire, permet d’identifier l’abonné auquel l’adresse IPv6 était attribuée'}${citesOrder(ground?.plaidoirie.gravite ?? '', PORT_ORDER) ? '' : ` (${PORT_ORDER})`}.`,
		'',
		`${anyPort ? 'L’adresse IP et le port source sont des données techniques' : 'L’adresse IP est une donnée technique'} permettant d’identifier la source de la connexion, ${anyPort ? 'conservées' : 'conservée'} pour les besoins de la lutte contre la criminalité et la délinquance grave (${courtCitation('cpceL341IIbis3')}). ${ground?.plaidoirie.gravite?.replace(/'/gu, '’') ?? `Les faits relèvent de la délinquance grave : ${placeholder('infraction relevant de la délinquance grave, peine encourue et décision retenue')}.`}`,
		'',
		`La mesure est limitée aux seules connexions communiquées par l’hébergeur : elle est proportionnée au respect de la vie privée de l’abonné.`,
		'',
		// A requête argues the prohibition with its derogation; an assignation, here.
		...(requete ? [] : [`Averti de la procédure, l’abonné pourrait faire disparaître les preuves conservées sur ses équipements : l’efficacité de la mesure commande qu’il soit fait interdiction à ${defendant} d’informer l’abonné de la présente procédure.`, '']),
		'# PAR CES MOTIFS',
		'',
		requete
			? `PLAISE À Madame ou Monsieur le Président du ${court(dossier)}, de bien vouloir :`
			: `Il est demandé à Madame ou Monsieur le Président du ${court(dossier)} de bien vouloir :`,
		'',
		`- ORDONNER à ${defendant} de communiquer à ${claimant}, dans un délai de quinze jours à compter de la signification de l’ordonnance à intervenir, les nom et prénom, la date et le lieu de naissance, la ou les adresses postales associées, la ou les adresses de courrier électronique et le ou les numéros de téléphone du titulaire de l’abonnement auquel était attribuée${everyPort ? ', avec le port source associé,' : ''} chacune des adresses IP suivantes aux date et heure indiquées (${citeAnswer}) :`,
		...connexions.map((connexion) => `  - ${connexionWording(connexion)} ;`),
		`- FAIRE INTERDICTION à ${defendant} d’informer l’abonné de la présente procédure ;`,
		`- LAISSER les dépens à la charge de ${claimantRole}.`,
		'',
	];
	return [...frontMatter, '', ...body].join('\n');
}

/**
 * The step-1 order as the facts tell it: its date and court, read from the pièce's title (« Ordonnance
 * sur requête du président du tribunal judiciaire de Paris du 17 janvier 2025 »), a blank for what it lacks.
 */
function stepOneOrder(pieces: readonly Piece[], numero: number, host: string): string {
	const title = pieces.find((piece) => piece.numero === numero)?.intitule ?? '';
	const date = /\bdu (\d{1,2}(?:er)? \p{L}+ \d{4})\b/u.exec(title)?.[1] ?? placeholder('date de l’ordonnance');
	const court = /\b(tribunal judiciaire (?:de |d’|d')\p{Lu}[\p{L}’'-]*)/u.exec(title)?.[1].replace(/'/gu, '’') ?? `tribunal judiciaire de ${placeholder('ville du tribunal ayant rendu l’ordonnance')}`;
	return `Par ordonnance du ${date} (pièce n° ${numero}), le président du ${court} a ordonné à ${host} de communiquer les données d’identification du titulaire du compte.`;
}

/**
 * The host that answered the step-1 order: the catalogue's company serving the publications when its
 * name is confirmed, else the company the answer's pièce names, else a blank.
 */
function hostOf(publications: readonly Publication[], pieces: readonly Piece[], answerPieces: readonly number[]): string {
	const platform = publications.map((publication) => platformOfUrl(publication.url)).find((found) => found !== undefined && found.kind !== 'fai');
	if (platform?.confirmed.denomination === true) {
		return `la société ${platform.denomination}`;
	}
	const named = pieces.filter((piece) => answerPieces.includes(piece.numero)).map((piece) => /\bcommuniquée?s? par (?:la société )?(.+?) le \d/u.exec(piece.intitule)?.[1]).find((name) => name !== undefined);
	return named === undefined ? placeholder('société hébergeant les publications') : `la société ${named}`;
}

/** « X », « YouTube »: the service the URL belongs to, as the facts name it. */
function serviceOfUrl(url: string): string {
	const platform = platformOfUrl(url);
	return platform === undefined ? 'un service en ligne' : serviceName(platform, parsePublicationUrl(url));
}

function platformOfUrl(url: string): Platform | undefined {
	try {
		return platformForHost(new URL(url).hostname);
	} catch {
		return undefined;
	}
}

/**
 * The catalogue's offences the dossier's `infractions` cite: those of the article written in `texte`,
 * narrowed, when the article holds several (222-17 al. 1 and al. 2), to the one whose argument cites the same text.
 */
function catalogueOffences(infractions: readonly ({ readonly texte?: string } | undefined)[]): Offence[] {
	return infractions.flatMap((infraction) => {
		const texte = infraction?.texte ?? '';
		const article = /\barticles? (\d+(?:-\d+)*)/u.exec(texte)?.[1];
		const code = /code pénal/u.test(texte) ? 'code pénal' : /loi du 29 juillet 1881/u.test(texte) ? 'loi du 29 juillet 1881' : undefined;
		if (article === undefined || code === undefined) {
			return [];
		}
		const candidates = offencesByArticle(article, code);
		return candidates.length === 1 ? [...candidates] : candidates.filter((offence) => offence.plaidoirie.gravite?.replace(/’/gu, '\'').includes(texte.replace(/’/gu, '\'')) === true);
	});
}

function capitalized(text: string): string {
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The pièces of the bordereau the facts above do not cite, so that each is produced for a reason. */
function otherPieces(pieces: readonly Piece[], cited: readonly (number | undefined)[]): string[] {
	const others = pieces.filter((piece) => !cited.includes(piece.numero));
	if (others.length === 0) {
		return [];
	}
	const items = others.map((piece) => `${piece.intitule.charAt(0).toLowerCase()}${piece.intitule.slice(1)} (pièce n° ${piece.numero})`);
	return [`Sont en outre produits au soutien de la demande : ${items.join(' ; ')}.`, ''];
}

/**
 * "l’adresse IP 90.54.112.18, avec le port source 51234, le 1er novembre 2024 à 21:04:29 (UTC+1)".
 * An IPv6 address designates one subscriber without a port: none is asked for it.
 */
function connexionWording(connexion: Connexion): string {
	const port = connexion.port !== undefined
		? `, avec le port source ${connexion.port}`
		: isIPv4(connexion.ip) ? `, avec le port source ${placeholder('port source communiqué par l’hébergeur')}` : '';
	return `l’adresse IP ${connexion.ip}${port}, le ${dateTimeWording(connexion.horodatage)}`;
}

/** The connection as the act's own `connexions` list writes it. */
function connexionYaml(connexion: Connexion): string[] {
	return [
		`  - ip: ${JSON.stringify(connexion.ip)}`,
		...(connexion.port === undefined ? [] : [`    port: ${connexion.port}`]),
		`    horodatage: ${JSON.stringify(connexion.horodatage)}`,
		...(connexion.piece === undefined ? [] : [`    piece: ${connexion.piece}`]),
		...(connexion.fournisseur === undefined ? [] : [`    fournisseur: ${connexion.fournisseur}`]),
	];
}

/** The blocks and autonomous systems under which the provider announces every address the act cites; undefined when the table does not hold them all. */
function routingOf(connexions: readonly Connexion[], provider: Platform): { readonly prefixes: readonly string[]; readonly systems: readonly string[] } | undefined {
	const attributions = connexions.map((connexion) => providerOfAddress(connexion.ip)).filter((found): found is NonNullable<typeof found> => found !== undefined && found.provider.key === provider.key);
	// The blocks are pleaded only when they hold every address the act cites.
	if (attributions.length === 0 || attributions.length !== connexions.length) {
		return undefined;
	}
	return { prefixes: [...new Set(attributions.map((found) => found.prefix))], systems: [...new Set(attributions.map((found) => `AS${found.as}`))] };
}

function listed(values: readonly string[]): string {
	return values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} et ${values[values.length - 1]}`;
}

/**
 * Why these addresses are the provider's: the blocks it announces under its autonomous system, as the
 * relevé of the public routing table produced shows them; the plain statement when the table does not hold them.
 */
function attributionSentence(one: boolean, routing: ReturnType<typeof routingOf>, piece: number | undefined, defendant: string): string {
	if (routing === undefined || piece === undefined) {
		return one ? `Cette adresse IP est attribuée par ${defendant} à ses abonnés.` : `Ces adresses IP sont attribuées par ${defendant} à ses abonnés.`;
	}
	return `Selon le relevé de la table de routage publique (pièce n° ${piece}), ${one ? 'cette adresse IP appartient' : 'ces adresses IP appartiennent'} ${routing.prefixes.length === 1 ? 'au bloc' : 'aux blocs'} d’adresses ${listed(routing.prefixes)} que ${defendant} annonce sur Internet sous ${routing.systems.length === 1 ? 'son système autonome' : 'ses systèmes autonomes'} ${listed(routing.systems)} : ${defendant} ${one ? 'l’attribue' : 'les attribue'} à ses abonnés.`;
}

/** One year after the oldest connection, when the provider may erase the first of them; undefined when that day is already past at `date`. */
function retentionEnd(connexions: readonly Connexion[], date: string): string | undefined {
	const dates = connexions.map((connexion) => parseIsoDateTime(connexion.horodatage)).filter((parts): parts is IsoDateTimeParts => parts !== undefined);
	const oldest = dates.sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day)[0];
	if (oldest === undefined) {
		return placeholder('date d’expiration de la conservation, un an après la connexion');
	}
	// 29 February plus one year is 1 March.
	const end = new Date(Date.UTC(oldest.year + 1, oldest.month - 1, oldest.day));
	return end.toISOString().slice(0, 10) < date ? undefined : formatFrenchDate(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}

/** « tribunal judiciaire de Paris », as the lead-in of the dispositif names it. */
function court(dossier: FrontMatterData): string {
	const name = dossier.juridiction?.trim();
	return name === undefined || name === '' ? `tribunal judiciaire de ${placeholder('ville du tribunal')}` : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/** The time as the host wrote it, with its own offset: converting it would lose what the pièce says. */
function dateTimeWording(horodatage: string): string {
	const parts = parseIsoDateTime(horodatage);
	if (parts === undefined) {
		return horodatage;
	}
	return `${formatFrenchDate(parts.year, parts.month, parts.day)} à ${clock(parts)}${parts.offsetMinutes === undefined ? ` ${placeholder('fuseau horaire communiqué par l’hébergeur')}` : ` (${utcLabel(parts.offsetMinutes)})`}`;
}

/** « 1er novembre 2024 »: the day of a time as the host wrote it. */
function dayWording(horodatage: string): string {
	const parts = parseIsoDateTime(horodatage);
	return parts === undefined ? horodatage : formatFrenchDate(parts.year, parts.month, parts.day);
}

function clock(parts: IsoDateTimeParts): string {
	const two = (value: number): string => String(value).padStart(2, '0');
	return `${two(parts.hour)}:${two(parts.minute)}${parts.second === undefined ? '' : `:${two(parts.second)}`}`;
}

/** +60 → "UTC+1", +330 → "UTC+5:30", 0 → "UTC". */
function utcLabel(offsetMinutes: number): string {
	if (offsetMinutes === 0) {
		return 'UTC';
	}
	const sign = offsetMinutes < 0 ? '-' : '+';
	const hours = Math.floor(Math.abs(offsetMinutes) / 60);
	const minutes = Math.abs(offsetMinutes) % 60;
	return `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

/**
 * « Madame Hélène MARTIN »: the civility is the one the bordereau gives the claimant (« Pièce d’identité
 * de Madame Hélène MARTIN »), a blank when no pièce names her with it.
 */
function claimantName(dossier: FrontMatterData, pieces: readonly Piece[]): string {
	const names = (dossier.demandeurs ?? []).flatMap((person) => {
		if (person === undefined) {
			return [];
		}
		if ('denomination' in person && person.denomination !== undefined) {
			return [`la société ${(person as LegalPerson).denomination}`];
		}
		const natural = person as Partial<NaturalPerson>;
		if (natural.nom === undefined) {
			return [];
		}
		return [[civilityOf(natural.nom, pieces), natural.prenoms?.split(/\s+/u)[0], natural.nom].filter((part) => part !== undefined).join(' ')];
	});
	return names.length === 0 ? 'la partie demanderesse' : names.join(' et à ');
}

function civilityOf(nom: string, pieces: readonly Piece[]): string {
	const escaped = nom.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	const named = new RegExp(`\\b(Madame|Monsieur) (?:[\\p{L}-]+ )*?${escaped}\\b`, 'u');
	return pieces.map((piece) => named.exec(piece.intitule)?.[1]).find((civility) => civility !== undefined) ?? placeholder('Madame ou Monsieur');
}

/** "l’article 222-17 du code pénal", "les articles 29 et 32 de la loi…". */
function withArticle(texte: string): string {
	return /^articles\b/iu.test(texte) ? `les ${texte}` : /^article\b/iu.test(texte) ? `l’${texte}` : texte;
}

/**
 * A hearing three weeks later at 9:30 Paris time, to be replaced by the date the court gives: the first
 * working day from then whose placement at the greffe, fifteen days before (art. 754 CPC), is a working day too.
 */
function hearingAfter(date: string): string {
	let day = workingDayAfter(date, 21);
	while (isNonWorkingDay(shiftDays(day, -15))) {
		day = workingDayAfter(day, 1);
	}
	const [year, month, dayOfMonth] = day.split('-').map(Number);
	return `${day}T09:30:00${formatOffset(parisOffsetForWallTime(year, month, dayOfMonth, 9, 30))}`;
}

function shiftDays(isoDate: string, days: number): string {
	const day = new Date(`${isoDate}T12:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	return day.toISOString().slice(0, 10);
}

/** A YAML plain scalar when safe, a double-quoted one otherwise. */
function yamlScalar(value: string): string {
	return /^[\p{L}\p{N}./_() ,'’-]+$/u.test(value) && !/^[\s-]|\s$|: /u.test(value) ? value : JSON.stringify(value);
}
