import type { Connexion, FrontMatterData, IsoDateTimeParts, NaturalPerson, LegalPerson, Piece, Publication } from '../document/frontMatterSchema';
import { parseIsoDateTime } from '../document/frontMatterSchema';
import { comparutionParagraph, type Platform } from '../knowledge';
import { formatFrenchDate, formatOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import { localized, t } from '../l10n';

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
}

const ORDONNANCE = /ordonnance/iu;

/**
 * The assignation en référé against the access provider (step 2), written from the dossier: the
 * act inherits the parties, publications, offences and connections from `dossier.yaml`, and its
 * dispositif lists each connection with its IP address, source port and time to the second with
 * its offset, citing the step-1 ordonnance and the host's answer. The text is French whatever the
 * message language: it is the pleading.
 */
export function accessProviderAct(input: AccessProviderActInput): string {
	const { dossier, provider } = input;
	if (provider.kind !== 'fai') {
		throw new Error(t('{0} n’est pas un fournisseur d’accès du catalogue', localized(provider.name)));
	}
	const connexions = (dossier.connexions ?? []).filter((connexion): connexion is Connexion => connexion?.ip !== undefined && connexion.horodatage !== undefined);
	if (connexions.length === 0) {
		throw new Error(t('Le dossier ne contient aucune connexion complète (`connexions` : ip, port, horodatage) : ajoutez celles que l’hébergeur a communiquées'));
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
		ownPieces.push({ numero: ordonnance, intitule: 'Ordonnance du président du tribunal judiciaire ordonnant la communication des données (date à compléter)' });
	}
	if (answerPieces.length === 0) {
		ownPieces ??= [...pieces];
		const numero = next();
		ownPieces.push({ numero, intitule: `Données de connexion communiquées par l’hébergeur (date à compléter)` });
		answerPieces.push(numero);
	}

	const claimant = claimantName(dossier);
	const defendant = `la société ${provider.denomination}`;
	const frontMatter = [
		'---',
		'acte: assignation-refere',
		`dossier: ${yamlScalar(input.dossierPath)}`,
		`date: ${input.date}`,
		`audience: ${hearingAfter(input.date)}`,
		'defendeur:',
		`  plateforme: ${provider.key}`,
		...(ownPieces === undefined ? [] : ['pieces:', ...ownPieces.flatMap((piece) => [`  - numero: ${piece.numero}`, `    intitule: ${yamlScalar(piece.intitule)}`, ...(piece.fichier === undefined ? [] : [`    fichier: ${yamlScalar(piece.fichier)}`])])]),
		'---',
	];
	const publications = (dossier.publications ?? []).filter((publication): publication is Publication => publication?.url !== undefined && publication.horodatage !== undefined);
	const offences = (dossier.infractions ?? []).filter((offence) => offence?.qualification !== undefined && offence.texte !== undefined);
	const citeAnswer = answerPieces.length === 1 ? `pièce n° ${answerPieces[0]}` : `pièces n° ${answerPieces.join(' et n° ')}`;
	const body = [
		comparutionParagraph(),
		'# I. EXPOSÉ DES FAITS',
		'',
		...publications.flatMap((publication) => [`Le ${dateTimeWording(publication.horodatage)}, ${publication.compte === undefined ? 'un compte anonyme' : `le compte « ${publication.compte} »`} a mis en ligne le message accessible à l’adresse ${publication.url}${publication.piece === undefined ? '' : ` (pièce n° ${publication.piece})`}.`, '']),
		`Par ordonnance (pièce n° ${ordonnance}), le président du tribunal judiciaire a ordonné à l’hébergeur de communiquer les données d’identification de l’auteur. L’hébergeur a communiqué (${citeAnswer}) les connexions suivantes :`,
		'',
		...connexions.map((connexion) => `- ${connexionWording(connexion)}${connexion.piece === undefined ? '' : ` (pièce n° ${connexion.piece})`} ;`),
		'',
		`Ces adresses IP sont attribuées par ${defendant} à ses abonnés. Aucune instance au fond n’est pendante.`,
		'',
		...otherPieces(ownPieces ?? pieces, [ordonnance, ...answerPieces, ...publications.map((publication) => publication.piece)]),
		'# II. DISCUSSION',
		'',
		'## A. Sur le motif légitime',
		'',
		'L’article 145 du code de procédure civile permet d’ordonner, avant tout procès, les mesures d’instruction légalement admissibles s’il existe un motif légitime de conserver ou d’établir la preuve de faits dont pourrait dépendre la solution d’un litige.',
		'',
		...(offences.length === 0 ? [] : [`Les faits sont constitutifs de ${offences.map((offence) => `${offence!.qualification}, délit prévu et réprimé par ${withArticle(offence!.texte!)}`).join(', et de ')}.`, '']),
		'Le procès pénal envisagé n’est pas manifestement voué à l’échec : seule l’identification de l’abonné permet de l’engager contre l’auteur des faits.',
		'',
		'## B. Sur les mesures légalement admissibles',
		'',
		`En application de l’article L. 34-1 du code des postes et des communications électroniques et de l’article R. 10-13 du même code, ${defendant} conserve, pendant un an à compter de chaque connexion, l’adresse IP attribuée à la source de la connexion et le port associé, ainsi que l’identité civile de l’abonné. Les adresses IP étant partagées entre plusieurs abonnés, seuls le port source et l’horodatage exact à la seconde près, avec le fuseau horaire, permettent d’identifier l’abonné (TJ Paris, réf., 31 décembre 2024, n° 24/57566).`,
		'',
		`La mesure est limitée aux seules connexions communiquées par l’hébergeur : elle est proportionnée au respect de la vie privée de l’abonné.`,
		'',
		'# PAR CES MOTIFS',
		'',
		`- ORDONNER à ${defendant} de communiquer à ${claimant}, dans un délai de quinze jours à compter de la signification de l’ordonnance à intervenir, les nom et prénom, la date et le lieu de naissance, la ou les adresses postales associées, la ou les adresses de courrier électronique et le ou les numéros de téléphone du titulaire de l’abonnement auquel était attribuée, avec le port source associé, chacune des adresses IP suivantes aux date et heure indiquées (${citeAnswer}) :`,
		...connexions.map((connexion) => `  - ${connexionWording(connexion)} ;`),
		`- FAIRE INTERDICTION à ${defendant} d’informer l’abonné de la présente procédure ;`,
		'- LAISSER les dépens à la charge de la partie demanderesse.',
		'',
	];
	return [...frontMatter, '', ...body].join('\n');
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

/** "l’adresse IP 203.0.113.45, avec le port source 51234, le 1er novembre 2024 à 21:04:29 (UTC+1)". */
function connexionWording(connexion: Connexion): string {
	const port = connexion.port === undefined ? ', [port source à compléter]' : `, avec le port source ${connexion.port}`;
	return `l’adresse IP ${connexion.ip}${port}, le ${dateTimeWording(connexion.horodatage)}`;
}

/** The time as the host wrote it, with its own offset: converting it would lose what the pièce says. */
function dateTimeWording(horodatage: string): string {
	const parts = parseIsoDateTime(horodatage);
	if (parts === undefined) {
		return horodatage;
	}
	return `${formatFrenchDate(parts.year, parts.month, parts.day)} à ${clock(parts)}${parts.offsetMinutes === undefined ? ' [fuseau horaire à compléter]' : ` (${utcLabel(parts.offsetMinutes)})`}`;
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

function claimantName(dossier: FrontMatterData): string {
	const names = (dossier.demandeurs ?? []).flatMap((person) => {
		if (person === undefined) {
			return [];
		}
		if ('denomination' in person && person.denomination !== undefined) {
			return [`la société ${(person as LegalPerson).denomination}`];
		}
		const natural = person as Partial<NaturalPerson>;
		return natural.nom === undefined ? [] : [[natural.prenoms?.split(/\s+/u)[0], natural.nom].filter((part) => part !== undefined).join(' ')];
	});
	return names.length === 0 ? 'la partie demanderesse' : names.join(' et à ');
}

/** "l’article 222-17 du code pénal", "les articles 29 et 32 de la loi…". */
function withArticle(texte: string): string {
	return /^articles\b/iu.test(texte) ? `les ${texte}` : /^article\b/iu.test(texte) ? `l’${texte}` : texte;
}

/** A hearing three weeks later at 9:30 Paris time, to be replaced by the date the court gives. */
function hearingAfter(date: string): string {
	const hearing = new Date(`${date}T12:00:00Z`);
	hearing.setUTCDate(hearing.getUTCDate() + 21);
	const offset = formatOffset(parisOffsetForWallTime(hearing.getUTCFullYear(), hearing.getUTCMonth() + 1, hearing.getUTCDate(), 9, 30));
	return `${hearing.toISOString().slice(0, 10)}T09:30:00${offset}`;
}

/** A YAML plain scalar when safe, a double-quoted one otherwise. */
function yamlScalar(value: string): string {
	return /^[\p{L}\p{N}./_() ,'’-]+$/u.test(value) && !/^[\s-]|\s$|: /u.test(value) ? value : JSON.stringify(value);
}
