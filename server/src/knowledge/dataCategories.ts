import { type LegalSource, legalSources as S } from './sources';
import { normalizeTerm } from './terms';

/**
 * Who a retention text addresses: hosts (LCEN art. 6, I, 2), access providers (LCEN art. 6, I, 1) — both
 * under décret n° 2021-1362 — and electronic-communications operators under art. R. 10-13 CPCE (which
 * TJ Paris also applied to Telegram and to La Poste's webmail).
 */
export type RetentionHolder = 'hebergeur' | 'fai' | 'operateur';

/** One datum a pleading may ask a platform or an access provider to disclose. */
export interface DataItem {
	/** Stable kebab-case id. */
	readonly id: string;
	/** French label, close to the text's wording. */
	readonly label: string;
	/** Lowercase French phrases by which a lawyer requests it; match them on word boundaries. */
	readonly terms: readonly string[];
	/** Holders the texts literally require to keep it. */
	readonly listedFor: readonly RetentionHolder[];
	/** Decisions that ordered it from a host although the hosts' list does not name it. */
	readonly orderedFromHostsBy?: readonly LegalSource[];
	readonly sources: readonly LegalSource[];
	/** French remark shown with the item (scope limits, open points). */
	readonly note?: string;
}

/** A tier of art. L. 34-1, II bis, CPCE as detailed by décret n° 2021-1362 and art. R. 10-13 CPCE. */
export interface DataCategory {
	readonly id: 'identite-civile' | 'autres-informations' | 'donnees-techniques';
	readonly tier: '1°' | '2°' | '3°';
	/** French label taken from art. L. 34-1, II bis. */
	readonly label: string;
	/** Lowercase phrases naming the whole tier (items have their own). */
	readonly terms: readonly string[];
	readonly legalBasis: readonly LegalSource[];
	/** Purposes for which the data is kept, verbatim from art. L. 34-1, II bis. */
	readonly purposes: string;
	readonly retention: {
		readonly months: number;
		/** French: the event the period runs from. */
		readonly from: string;
		readonly source: LegalSource;
		readonly note?: string;
	};
	/** True when the data may only serve the fight against « la criminalité et la délinquance grave ». */
	readonly requiresSeriousCrime: boolean;
	/** Wording for a dispositif addressed to a host (the usual defendant). */
	readonly dispositifWording: string;
	/** Wording for a dispositif, by kind of defendant. */
	readonly dispositifWordingByKind: { readonly hebergeur: string; readonly fai: string };
	/** Where the dispositif wording comes from. */
	readonly dispositifWordingSource: LegalSource;
	readonly items: readonly DataItem[];
	readonly confirmed: boolean;
}

/** Identification of the décret, for citations and hovers. */
export const decret20211362 = {
	citation: 'décret n° 2021-1362 du 20 octobre 2021',
	title: 'Décret n° 2021-1362 du 20 octobre 2021 relatif à la conservation des données permettant d\'identifier toute personne ayant contribué à la création d\'un contenu mis en ligne, pris en application du II de l\'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l\'économie numérique',
	nor: 'PRMD2127502D',
	journalOfficiel: 'JORF n° 0246 du 21 octobre 2021, texte n° 3',
	source: { citation: 'décret n° 2021-1362 du 20 octobre 2021', key: 'S5', confirmed: true } satisfies LegalSource,
} as const;

const allHolders: readonly RetentionHolder[] = ['hebergeur', 'fai', 'operateur'];

// Tiers 1° and 2° read the same for every defendant: arts 2-4 of the décret mirror R. 10-13, I-III.
const identiteCivileWording = 'les nom et prénom, la date et le lieu de naissance ou la raison sociale, ainsi que les nom et prénom, date et lieu de naissance de la personne agissant en son nom lorsque le compte est ouvert au nom d\'une personne morale ; la ou les adresses postales associées ; la ou les adresses de courrier électronique de l\'utilisateur et du ou des comptes associés le cas échéant ; le ou les numéros de téléphone';

const autresInformationsWording = 'l\'identifiant utilisé ; le ou les pseudonymes utilisés ; les données destinées à permettre à l\'utilisateur de vérifier son mot de passe ou de le modifier, le cas échéant par l\'intermédiaire d\'un double système d\'identification de l\'utilisateur, dans leur dernière version mise à jour, outre le type de paiement utilisé ; la référence du paiement ; le montant ; la date, l\'heure et le lieu en cas de transaction physique';

// Art. 5 of the décret, read verbatim (S4): 2° for hosts, 1° for access providers.
const donneesTechniquesHebergeurWording = 'l\'identifiant de la connexion à l\'origine de la communication ; les types de protocoles utilisés pour la connexion au service et pour le transfert des contenus';
const donneesTechniquesFaiWording = 'l\'identifiant de la connexion ; l\'identifiant attribué par ces personnes à l\'abonné ; l\'adresse IP attribuée à la source de la connexion et le port associé';

/** The three tiers of art. L. 34-1, II bis, CPCE. */
export const dataCategories: readonly DataCategory[] = [
	{
		id: 'identite-civile',
		tier: '1°',
		label: 'Informations relatives à l\'identité civile de l\'utilisateur',
		terms: ['identité civile', 'informations relatives à l\'identité civile', 'données d\'identité civile'],
		legalBasis: [S.cpceL341IIbis1, S.decret20211362Art2, S.cpceR1013I],
		purposes: 'pour les besoins des procédures pénales, de la prévention des menaces contre la sécurité publique et de la sauvegarde de la sécurité nationale',
		retention: { months: 60, from: 'la fin de validité du contrat', source: S.cpceL341IIbis1 },
		requiresSeriousCrime: false,
		dispositifWording: identiteCivileWording,
		dispositifWordingByKind: { hebergeur: identiteCivileWording, fai: identiteCivileWording },
		dispositifWordingSource: S.tjParis20240315,
		items: [
			{
				id: 'nom-prenom',
				label: 'Nom et prénom',
				terms: ['nom', 'noms', 'prénom', 'prénoms', 'nom et prénom', 'nom et prénoms', 'noms et prénoms', 'nom patronymique'],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
			{
				id: 'date-lieu-naissance',
				label: 'Date et lieu de naissance',
				terms: ['date de naissance', 'dates de naissance', 'lieu de naissance', 'lieux de naissance', 'date et lieu de naissance', 'dates et lieux de naissance'],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
			{
				id: 'raison-sociale',
				label: 'Raison sociale',
				terms: ['raison sociale', 'dénomination sociale'],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
			{
				id: 'representant-personne-morale',
				label: 'Nom, prénom, date et lieu de naissance de la personne agissant au nom d\'une personne morale',
				terms: ['personne agissant en son nom', 'personne agissant au nom de la personne morale'],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
			{
				id: 'adresse-postale',
				label: 'Adresses postales associées',
				terms: ['adresse postale', 'adresses postales', 'adresse postale associée', 'adresses postales associées'],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
			{
				id: 'adresse-electronique',
				label: 'Adresses de courrier électronique de l\'utilisateur et des comptes associés',
				terms: [
					'adresse électronique',
					'adresses électroniques',
					'adresse de courrier électronique',
					'adresses de courrier électronique',
					'adresse e-mail',
					'adresses e-mail',
					'adresse email',
					'adresses email',
					'adresse mail',
					'adresses mail',
					'adresse de messagerie',
				],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
			{
				id: 'numero-telephone',
				label: 'Numéros de téléphone',
				terms: ['numéro de téléphone', 'numéros de téléphone', 'numéro de téléphone portable', 'numéro de mobile'],
				listedFor: allHolders,
				sources: [S.decret20211362Art2, S.cpceR1013I],
			},
		],
		confirmed: true,
	},
	{
		id: 'autres-informations',
		tier: '2°',
		label: 'Autres informations fournies par l\'utilisateur lors de la souscription d\'un contrat ou de la création d\'un compte et informations relatives au paiement',
		terms: [
			'informations fournies lors de la création du compte',
			'informations fournies lors de la souscription du contrat',
			'informations relatives au paiement',
			'données de paiement',
		],
		legalBasis: [S.cpceL341IIbis2, S.decret20211362Art3, S.decret20211362Art4, S.cpceR1013II, S.cpceR1013III],
		purposes: 'pour les mêmes finalités que celles énoncées au 1° du présent II bis',
		retention: { months: 12, from: 'la fin de validité du contrat ou la clôture du compte', source: S.cpceL341IIbis2 },
		requiresSeriousCrime: false,
		dispositifWording: autresInformationsWording,
		dispositifWordingByKind: { hebergeur: autresInformationsWording, fai: autresInformationsWording },
		dispositifWordingSource: S.tjParis20240315,
		items: [
			{
				id: 'identifiant-utilise',
				label: 'Identifiant utilisé',
				terms: ['identifiant utilisé', 'identifiants utilisés', 'identifiant du compte', 'nom d\'utilisateur', 'noms d\'utilisateur', 'login'],
				listedFor: allHolders,
				sources: [S.decret20211362Art3, S.cpceR1013II],
			},
			{
				id: 'pseudonymes',
				label: 'Pseudonymes utilisés',
				terms: ['pseudonyme', 'pseudonymes', 'pseudo', 'pseudos'],
				listedFor: allHolders,
				sources: [S.decret20211362Art3, S.cpceR1013II],
			},
			{
				id: 'verification-mot-de-passe',
				label: 'Données permettant de vérifier ou de modifier le mot de passe, dans leur dernière version mise à jour',
				terms: [
					'mot de passe',
					'mots de passe',
					'données de vérification du mot de passe',
					'données de vérification de mot de passe',
					'double système d\'identification',
					'double authentification',
				],
				listedFor: allHolders,
				sources: [S.decret20211362Art3, S.cpceR1013II],
				note: 'Le texte vise les données destinées à vérifier ou modifier le mot de passe, non le mot de passe lui-même.',
			},
			{
				id: 'type-paiement',
				label: 'Type de paiement utilisé',
				terms: ['type de paiement', 'types de paiement', 'moyen de paiement', 'moyens de paiement', 'mode de paiement'],
				listedFor: allHolders,
				sources: [S.decret20211362Art4, S.cpceR1013III],
				note: 'Informations conservées pour chaque opération de paiement, lorsque la souscription du contrat ou la création du compte est payante (R. 10-13, III) ; cette condition n\'est pas vérifiée pour le décret.',
			},
			{
				id: 'reference-paiement',
				label: 'Référence du paiement',
				terms: ['référence du paiement', 'référence de paiement', 'références de paiement', 'références des paiements'],
				listedFor: allHolders,
				sources: [S.decret20211362Art4, S.cpceR1013III],
			},
			{
				id: 'montant-paiement',
				label: 'Montant',
				terms: ['montant du paiement', 'montant des paiements'],
				listedFor: allHolders,
				sources: [S.decret20211362Art4, S.cpceR1013III],
			},
			{
				id: 'transaction-physique',
				label: 'Date, heure et lieu en cas de transaction physique',
				terms: ['transaction physique', 'transactions physiques', 'lieu de la transaction'],
				listedFor: allHolders,
				sources: [S.decret20211362Art4, S.cpceR1013III],
			},
		],
		confirmed: true,
	},
	{
		id: 'donnees-techniques',
		tier: '3°',
		label: 'Données techniques permettant d\'identifier la source de la connexion ou celles relatives aux équipements terminaux utilisés',
		terms: [
			'données techniques',
			'données techniques de connexion',
			'données de connexion',
			'données permettant d\'identifier la source de la connexion',
		],
		legalBasis: [S.cpceL341IIbis3, S.decret20211362Art5, S.cpceR1013IV, S.cjueLqdn2020],
		purposes: 'pour les besoins de la lutte contre la criminalité et la délinquance grave, de la prévention des menaces graves contre la sécurité publique et de la sauvegarde de la sécurité nationale',
		retention: {
			months: 12,
			from: 'la connexion ou l\'utilisation des équipements terminaux',
			source: S.cpceL341IIbis3,
			note: 'Pour les hébergeurs, le délai court à compter du jour de la connexion ou de la création d\'un contenu, pour chaque opération contribuant à cette création (article 5 du décret n° 2021-1362).',
		},
		requiresSeriousCrime: true,
		dispositifWording: donneesTechniquesHebergeurWording,
		dispositifWordingByKind: { hebergeur: donneesTechniquesHebergeurWording, fai: donneesTechniquesFaiWording },
		dispositifWordingSource: S.decret20211362Art5,
		items: [
			{
				id: 'identifiant-connexion',
				label: 'Identifiant de la connexion (à l\'origine de la communication, pour un hébergeur)',
				terms: ['identifiant de la connexion', 'identifiant de connexion', 'identifiants de connexion', 'identifiants de la connexion'],
				listedFor: ['hebergeur', 'fai'],
				sources: [S.decret20211362Art5],
			},
			{
				id: 'types-protocoles',
				label: 'Types de protocoles utilisés pour la connexion au service et pour le transfert des contenus',
				terms: ['types de protocoles', 'types de protocole', 'type de protocole', 'protocoles utilisés', 'protocole de communication', 'protocoles de communication'],
				listedFor: ['hebergeur'],
				sources: [S.decret20211362Art5],
			},
			{
				id: 'identifiant-abonne',
				label: 'Identifiant attribué à l\'abonné',
				terms: ['identifiant attribué à l\'abonné', 'identifiant de l\'abonné', 'numéro d\'identifiant de l\'utilisateur'],
				listedFor: ['fai', 'operateur'],
				sources: [S.decret20211362Art5, S.cpceR1013IV],
			},
			{
				id: 'adresse-ip',
				label: 'Adresse IP attribuée à la source de la connexion',
				terms: [
					'adresse ip',
					'adresses ip',
					'adresse ipv4',
					'adresses ipv4',
					'adresse ipv6',
					'adresses ipv6',
					'adresse ip de connexion',
					'adresses ip de connexion',
				],
				listedFor: ['fai', 'operateur'],
				orderedFromHostsBy: [S.tjParis20241231, S.tjParis20241112],
				sources: [S.decret20211362Art5, S.cpceR1013IV],
				note: 'Le décret vise pour les hébergeurs « l\'identifiant de la connexion à l\'origine de la communication » ; les adresses IP leur sont ordonnées en pratique lorsque l\'infraction relève de la délinquance grave.',
			},
			{
				id: 'port-source',
				label: 'Port associé à l\'adresse IP (port source)',
				terms: ['port source', 'ports source', 'port-source', 'ports-source', 'port associé', 'ports associés'],
				listedFor: ['fai', 'operateur'],
				orderedFromHostsBy: [S.tjParis20241231, S.tjParis20241112],
				sources: [S.decret20211362Art5, S.cpceR1013IV, S.cnilPortSource],
				note: 'Absent de la liste propre aux hébergeurs (article 5, 2°, du décret), mais ordonné à des plateformes parce qu\'une adresse IPv4 partagée ne permet pas seule d\'identifier l\'abonné.',
			},
			{
				id: 'identifiant-terminal',
				label: 'Numéro d\'identification du terminal',
				terms: [
					'numéro d\'identification du terminal',
					'identifiant du terminal',
					'identifiants du terminal',
					'identifiant de l\'appareil',
					'identifiants de l\'appareil',
					'imei',
				],
				listedFor: ['operateur'],
				sources: [S.cpceR1013IV, S.cpceL341IIbis3],
				note: 'Prévu pour les opérateurs de communications électroniques (R. 10-13, IV, 3°) mais absent de l\'article 5 du décret n° 2021-1362 : un hébergeur n\'est pas tenu de le conserver ; demandé à X, il n\'a pas été repris au dispositif de TJ Paris, réf., 15 mars 2024, RG n° 23/57958.',
			},
			{
				id: 'numero-telephone-origine',
				label: 'Numéro de téléphone à l\'origine de la communication',
				terms: ['numéro de téléphone à l\'origine de la communication', 'numéro appelant'],
				listedFor: ['operateur'],
				sources: [S.cpceR1013IV],
			},
		],
		confirmed: true,
	},
];

/** A requirement added by case law to the statutory lists. */
export interface CaseLawDataRequirement {
	readonly id: string;
	/** French label. */
	readonly label: string;
	/** Lowercase phrases by which a pleading asks for it. */
	readonly terms: readonly string[];
	/** French statement of the requirement and why courts accept it. */
	readonly requirement: string;
	/** Wording for a dispositif. */
	readonly dispositifWording: string;
	/** It completes 3° data, so it shares the « délinquance grave » condition. */
	readonly requiresSeriousCrime: boolean;
	readonly sources: readonly LegalSource[];
	/** French remark on open points. */
	readonly note?: string;
	readonly confirmed: boolean;
}

/**
 * Exact timestamp (to the second), time zone and source port for each connection: not listed in R. 10-13,
 * ordered by TJ Paris because NAT-shared IP addresses cannot otherwise be traced to one subscriber.
 */
export const timestampPrecision: CaseLawDataRequirement = {
	id: 'horodatage-precis',
	label: 'Horodatage exact à la seconde près, fuseau horaire et port source des connexions',
	terms: [
		'horodatage',
		'horodatages',
		'horodatage exact',
		'fuseau horaire',
		'fuseaux horaires',
		'à la seconde près',
		'date et heure de connexion',
		'dates et heures de connexion',
		'heure exacte de connexion',
		'heures exactes de connexion',
	],
	requirement: 'En raison de l\'utilisation généralisée d\'adresses IP « nattées », mutualisées entre plusieurs utilisateurs, la précision de l\'horaire exact à la seconde, du fuseau horaire et du port source de chaque connexion est une nécessité technique pour identifier l\'utilisateur, bien que ces données ne soient pas expressément listées à l\'article R. 10-13 du code des postes et des communications électroniques.',
	// Combines the two orders read in law.md: timestamp and time zone (S29), source ports (S30).
	dispositifWording: 'les adresses IP utilisées lors de la création du compte et de la mise en ligne des contenus litigieux, ainsi que les ports-source desdites adresses IP, avec l\'horodatage exact à la seconde près ainsi que le fuseau horaire de chaque connexion',
	requiresSeriousCrime: true,
	sources: [S.tjParis20241231, S.tjParis20241112, S.cnilPortSource],
	note: 'Les date et heure d\'une opération de création de contenu relèvent formellement de l\'article 6 du décret n° 2021-1362 (données conservées sur injonction au titre de la sécurité nationale), dont le texte n\'est pas vérifié ; le TJ Paris les a néanmoins ordonnées comme nécessité technique.',
	confirmed: true,
};

/** The tier with this id, if any. */
export function dataCategoryById(id: string): DataCategory | undefined {
	return dataCategories.find((category) => category.id === id);
}

/** Where a requested datum falls: its tier, and the precise item when the phrase names one. */
export interface DataTermMatch {
	readonly category: DataCategory;
	readonly item?: DataItem;
}

const byTerm = new Map<string, DataTermMatch>();
for (const category of dataCategories) {
	for (const term of category.terms) {
		byTerm.set(term, { category });
	}
	for (const item of category.items) {
		for (const term of item.terms) {
			byTerm.set(term, { category, item });
		}
	}
}

/** The tier (and item) a lowercase-insensitive phrase such as `Adresses IP` requests, if it is a known term. */
export function dataTermMatch(phrase: string): DataTermMatch | undefined {
	return byTerm.get(normalizeTerm(phrase));
}
