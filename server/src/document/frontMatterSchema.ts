import { isIP } from 'node:net';
import { z } from 'zod';
import { platforms } from '../knowledge/platforms';
import { courtCitation } from '../knowledge/sources';

/**
 * The front-matter contract, single source of truth for the types, the validation messages (each
 * schema's `description` says in French what is expected) and completion.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Seconds and offset are optional here: their absence is a legal defect (`timestamp-imprecise`), not a type error. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export interface IsoDateTimeParts {
	readonly year: number;
	readonly month: number;
	readonly day: number;
	readonly hour: number;
	readonly minute: number;
	readonly second?: number;
	/** Offset from UTC in minutes, undefined when the value carries no zone. */
	readonly offsetMinutes?: number;
}

export function parseIsoDateTime(value: string): IsoDateTimeParts | undefined {
	const match = ISO_DATE_TIME.exec(value);
	if (match === null) {
		return undefined;
	}
	const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((group) => Number(match[group]));
	if (!isRealDate(year, month, day) || hour > 23 || minute > 59) {
		return undefined;
	}
	const second = match[6] === undefined ? undefined : Number(match[6]);
	if (second !== undefined && second > 59) {
		return undefined;
	}
	return { year, month, day, hour, minute, second, offsetMinutes: offsetOf(match[7]) };
}

function offsetOf(zone: string | undefined): number | undefined {
	if (zone === undefined) {
		return undefined;
	}
	if (zone === 'Z') {
		return 0;
	}
	const digits = zone.replace(':', '');
	const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
	return digits.startsWith('-') ? -minutes : minutes;
}

const text = z.string().trim().min(1).describe('un texte non vide');
const isoDate = z.string().refine(isIsoDate).describe('une date réelle au format AAAA-MM-JJ, par exemple 2024-11-03');
const isoDateTime = z
	.string()
	.refine((value) => parseIsoDateTime(value) !== undefined)
	.describe('une date et heure ISO 8601 réelle, par exemple 2024-11-03T21:04:31+01:00');
const pieceNumber = z.number().int().positive().describe('un numéro de pièce entier positif, par exemple 6');

export const actKinds = ['assignation-refere', 'requete'] as const;
export type ActKind = (typeof actKinds)[number];

const naturalPersonSchema = z.strictObject({
	nom: text.describe('le nom de famille'),
	prenoms: text.describe('les prénoms'),
	naissance: z
		.strictObject({ date: isoDate, lieu: text.describe('le lieu de naissance') })
		.describe('la date et le lieu de naissance : { date, lieu }'),
	nationalite: text.describe('la nationalité'),
	profession: text.describe('la profession'),
	domicile: text.describe("l'adresse du domicile"),
	qualite: text.describe('la qualité en laquelle la personne agit').optional(),
});

const legalPersonSchema = z.strictObject({
	denomination: text.describe('la dénomination sociale'),
	forme: text.describe('la forme sociale, par exemple « société par actions simplifiée »'),
	siege: text.describe("l'adresse du siège social"),
	representant: text.describe('le représentant légal et sa qualité'),
});

/**
 * What a host disclosed about one connection (step 1), for the act against the access provider (step 2).
 * The port stays optional here: its absence is a legal defect (`source-port-missing`), not a type error.
 */
export const connexionSchema = z.strictObject({
	ip: z.string().trim().refine((value) => isIP(value) !== 0).describe('une adresse IPv4 (203.0.113.45) ou IPv6 (2001:db8::1) valide'),
	port: z.number().int().min(0).max(65535).describe('le port source, un entier de 0 à 65535').optional(),
	horodatage: isoDateTime.describe('la date et heure de la connexion à la seconde avec fuseau, par exemple 2024-11-01T21:04:31+01:00'),
	piece: pieceNumber.describe('le numéro de la pièce qui la révèle (la réponse de l’hébergeur)').optional(),
	fournisseur: z
		.enum(platforms.filter((platform) => platform.kind === 'fai').map((platform) => platform.key) as [string, ...string[]])
		.describe(`le fournisseur d’accès qui annonce l’adresse, une clé du catalogue : ${platforms.filter((platform) => platform.kind === 'fai').map((platform) => `\`${platform.key}\``).join(', ')}`)
		.optional(),
});

/** Keys an act may inherit from its `dossier.yaml`; the act's own keys win. */
export const dossierKeys = ['juridiction', 'demandeurs', 'avocat', 'publications', 'infractions', 'pieces', 'connexions'] as const;
export type DossierKey = (typeof dossierKeys)[number];

export const frontMatterSchema = z.strictObject({
	acte: z.enum(actKinds).describe('`assignation-refere` ou `requete`'),
	dossier: text.describe('le chemin du fichier de dossier, relatif à l’acte, par exemple dossier.yaml').optional(),
	juridiction: text.describe('la juridiction saisie, par exemple « Tribunal judiciaire de Paris »'),
	date: isoDate.describe("la date de l'acte au format AAAA-MM-JJ (les délais de prescription et de conservation en dépendent)"),
	audience: isoDateTime.describe("la date et l'heure de l'audience, par exemple 2024-12-10T09:30:00+01:00").optional(),
	demandeurs: z
		.array(z.union([naturalPersonSchema, legalPersonSchema]))
		.describe('la liste des demandeurs (personne physique : nom, prenoms, naissance, nationalite, profession, domicile ; personne morale : denomination, forme, siege, representant)')
		.optional(),
	avocat: z
		.strictObject({
			nom: text.describe("le nom de l'avocat"),
			barreau: text.describe('le barreau, par exemple « Paris »'),
			toque: z.union([z.string().min(1), z.number()]).describe('le numéro de toque, par exemple C1234').optional(),
			adresse: text.describe("l'adresse du cabinet"),
		})
		.describe("l'avocat constitué : { nom, barreau, toque, adresse }")
		.optional(),
	defendeur: z
		.strictObject({
			plateforme: z
				.enum(platforms.map((platform) => platform.key) as [string, ...string[]])
				.describe(`une clé du catalogue des plateformes : ${platforms.map((platform) => `\`${platform.key}\``).join(', ')}`)
				.optional(),
			denomination: text.describe('la dénomination sociale du défendeur').optional(),
			forme: text.describe('la forme sociale du défendeur').optional(),
			siege: text.describe('le siège social du défendeur').optional(),
		})
		.describe('le défendeur : { denomination, forme, siege } ou { plateforme }')
		.optional(),
	publications: z
		.array(
			z.strictObject({
				url: z.url().describe("l'adresse (URL) de la publication, par exemple https://x.com/compte/status/1234"),
				compte: text.describe('le compte auteur, par exemple @compte').optional(),
				horodatage: isoDateTime.describe('la date et heure de la publication à la seconde avec fuseau, par exemple 2024-11-03T21:04:31+01:00'),
				piece: pieceNumber.describe('le numéro de la pièce qui la constate').optional(),
			}),
		)
		.describe('la liste des publications litigieuses : { url, compte, horodatage, piece }')
		.optional(),
	infractions: z
		.array(
			z.strictObject({
				qualification: text.describe("le nom de l'infraction, par exemple « menaces de mort »"),
				texte: text.describe(`le texte d'incrimination, par exemple « ${courtCitation('cp222_17')} »`),
			}),
		)
		.describe('la liste des infractions : { qualification, texte }')
		.optional(),
	pieces: z
		.array(
			z.strictObject({
				numero: pieceNumber,
				intitule: text.describe("l'intitulé de la pièce"),
				fichier: text.describe('le fichier de la pièce (PDF, PNG ou JPEG), relatif au dossier, par exemple pieces/constat.pdf').optional(),
			}),
		)
		.describe('le bordereau de pièces : { numero, intitule, fichier }')
		.optional(),
	connexions: z
		.array(connexionSchema)
		.describe('les connexions communiquées par l’hébergeur : { ip, port, horodatage, piece, fournisseur }')
		.optional(),
});

/** `dossier.yaml`: the case data shared by the acts of one folder. */
export const dossierSchema = frontMatterSchema.pick(Object.fromEntries(dossierKeys.map((key) => [key, true])) as { [K in DossierKey]: true }).describe('le dossier : juridiction, demandeurs, avocat, publications, infractions, pieces, connexions');

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type NaturalPerson = z.infer<typeof naturalPersonSchema>;
export type LegalPerson = z.infer<typeof legalPersonSchema>;
export type Publication = NonNullable<FrontMatter['publications']>[number];
export type Infraction = NonNullable<FrontMatter['infractions']>[number];
export type Piece = NonNullable<FrontMatter['pieces']>[number];
export type Connexion = NonNullable<FrontMatter['connexions']>[number];

type DeepPartial<T> = T extends readonly (infer E)[]
	? readonly (DeepPartial<E> | undefined)[]
	: T extends object
		? { readonly [K in keyof T]?: DeepPartial<T[K]> }
		: T;

/**
 * What survives validation: every invalid value is removed (list entries become `undefined`, so
 * indexes keep matching the YAML), everything else is kept as written.
 */
export type FrontMatterData = DeepPartial<FrontMatter>;
