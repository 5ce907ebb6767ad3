import { type LegalSource, legalSources as S } from './sources';
import { normalizeTerm } from './terms';

/**
 * A kind of data that pleadings ask for but that art. L. 34-1, II bis, CPCE, décret n° 2021-1362
 * (arts 2-5) and art. R. 10-13, I-IV, CPCE do not require anyone to keep, so that a court will not
 * order it as a « mesure légalement admissible ».
 *
 * Terms are meant to be matched inside the list of requested data (dispositif, « PAR CES MOTIFS »),
 * not in the statement of facts, where e.g. `messages privés` simply describes the harassment.
 */
export interface OutOfScopeTerm {
	/** Stable kebab-case id. */
	readonly id: string;
	/** Lowercase French phrases by which a pleading requests it. */
	readonly terms: readonly string[];
	/** French label. */
	readonly label: string;
	/** One French sentence saying why it falls outside the retention texts. */
	readonly reason: string;
	readonly sources: readonly LegalSource[];
	readonly confirmed: boolean;
}

// TJ Paris, 15 March 2024: these were asked of X, and the dispositif kept only the décret's lists.
const requestedNotGranted: LegalSource = {
	...S.tjParis20240315,
	note: 'Demandés à X (navigateur, système d\'exploitation, localisation, opérateur téléphonique, identifiants de l\'appareil et de l\'application), ils n\'ont pas été repris au dispositif, limité aux données des articles 2 à 5 du décret n° 2021-1362.',
};

const notListedSources: readonly LegalSource[] = [S.decret20211362Art5, S.cpceR1013IV, requestedNotGranted];

/** Requests outside the retention texts, checked against the verbatim lists of law.md §1.2 and §2. */
export const outOfScopeData: readonly OutOfScopeTerm[] = [
	{
		id: 'navigateur',
		terms: ['type de navigateur', 'types de navigateur', 'navigateur utilisé', 'navigateurs utilisés', 'navigateur internet', 'user agent', 'user-agent'],
		label: 'Type de navigateur',
		reason: 'Le type de navigateur ne figure ni parmi les données des articles 2 à 5 du décret n° 2021-1362 ni parmi celles de l\'article R. 10-13 du code des postes et des communications électroniques.',
		sources: notListedSources,
		confirmed: true,
	},
	{
		id: 'systeme-exploitation',
		terms: ['système d\'exploitation', 'systèmes d\'exploitation', 'version du système d\'exploitation'],
		label: 'Système d\'exploitation',
		reason: 'Le système d\'exploitation ne figure ni parmi les données des articles 2 à 5 du décret n° 2021-1362 ni parmi celles de l\'article R. 10-13 du code des postes et des communications électroniques.',
		sources: notListedSources,
		confirmed: true,
	},
	{
		id: 'localisation',
		terms: [
			'géolocalisation',
			'données de géolocalisation',
			'données de localisation',
			'localisation',
			'localisation de l\'utilisateur',
			'coordonnées gps',
			'position gps',
		],
		label: 'Données de localisation',
		reason: 'Les données de localisation ne relèvent pas du II bis mais du III de l\'article L. 34-1 du code des postes et des communications électroniques : elles ne sont conservées, avec les données de trafic, que sur injonction du Premier ministre pour la sauvegarde de la sécurité nationale (article R. 10-13, V, 4°) et ne figurent pas aux articles 2 à 5 du décret n° 2021-1362.',
		sources: [S.cpceL341III, S.cpceR1013V, S.decret20211363, S.decret20211362Art6, requestedNotGranted],
		confirmed: true,
	},
	{
		id: 'donnees-trafic',
		terms: [
			'données de trafic',
			'destinataires des communications',
			'destinataires des messages',
			'durée des communications',
			'durée de chaque communication',
		],
		label: 'Données de trafic',
		reason: 'Les données de trafic (caractéristiques, date, horaire et durée des communications, destinataires) relèvent du III de l\'article L. 34-1 du code des postes et des communications électroniques et ne sont conservées que sur injonction du Premier ministre pour la sauvegarde de la sécurité nationale (article R. 10-13, V).',
		sources: [S.cpceL341III, S.cpceR1013V, S.decret20211363],
		confirmed: true,
	},
	{
		id: 'operateur-telephonique',
		terms: ['opérateur téléphonique', 'opérateurs téléphoniques', 'opérateur de téléphonie', 'opérateur de téléphonie mobile', 'opérateur mobile'],
		label: 'Opérateur téléphonique de l\'utilisateur',
		reason: 'L\'opérateur téléphonique de l\'utilisateur ne figure ni parmi les données des articles 2 à 5 du décret n° 2021-1362 ni parmi celles de l\'article R. 10-13 du code des postes et des communications électroniques.',
		sources: notListedSources,
		confirmed: true,
	},
	{
		id: 'modele-appareil',
		terms: ['modèle de l\'appareil', 'modèle du téléphone', 'modèle du terminal', 'type d\'appareil', 'marque de l\'appareil'],
		label: 'Modèle ou type de l\'appareil',
		reason: 'Pour les équipements terminaux, l\'article R. 10-13, IV, 3°, du code des postes et des communications électroniques ne vise que le numéro d\'identification du terminal, et l\'article 5 du décret n° 2021-1362 aucune caractéristique de l\'appareil.',
		sources: [S.cpceR1013IV, S.decret20211362Art5],
		confirmed: true,
	},
	{
		id: 'identifiant-application',
		terms: ['identifiant de l\'application', 'identifiants de l\'application', 'identifiant d\'application', 'identifiants d\'application'],
		label: 'Identifiants de l\'application',
		reason: 'Les identifiants de l\'application ne figurent ni parmi les données des articles 2 à 5 du décret n° 2021-1362 ni parmi celles de l\'article R. 10-13 du code des postes et des communications électroniques.',
		sources: notListedSources,
		confirmed: true,
	},
	{
		id: 'contacts',
		terms: [
			'liste de contacts',
			'liste des contacts',
			'contacts du compte',
			'contacts de l\'utilisateur',
			'carnet d\'adresses',
			'répertoire téléphonique',
			'répertoire de contacts',
			'répertoire des contacts',
		],
		label: 'Contacts et répertoire de l\'utilisateur',
		reason: 'Les contacts de l\'utilisateur ne figurent dans aucune des listes du décret n° 2021-1362 ou de l\'article R. 10-13, les données conservées portant exclusivement sur l\'identification des utilisateurs, les caractéristiques techniques des communications et la localisation des équipements terminaux (article L. 34-1, VI, du code des postes et des communications électroniques).',
		sources: [S.cpceL341VI, S.decret20211362Art5, S.cpceR1013IV],
		confirmed: true,
	},
	{
		id: 'contenu-messages',
		terms: [
			'contenu des messages',
			'contenus des messages',
			'contenu des messages privés',
			'messages privés',
			'contenu des correspondances',
			'correspondances privées',
			'contenu des conversations',
			'conversations privées',
			'contenu des courriels',
		],
		label: 'Contenu des messages et correspondances',
		reason: 'Les données conservées « ne peuvent en aucun cas porter sur le contenu des correspondances échangées ou des informations consultées, sous quelque forme que ce soit » (article L. 34-1, VI, alinéa 2, du code des postes et des communications électroniques).',
		sources: [S.cpceL341VI],
		confirmed: true,
	},
	{
		id: 'historique-navigation',
		terms: ['historique de navigation', 'sites consultés', 'pages consultées', 'sites visités', 'pages visitées', 'historique des recherches'],
		label: 'Historique de navigation',
		reason: 'Les données conservées ne peuvent porter sur « des informations consultées, sous quelque forme que ce soit » (article L. 34-1, VI, alinéa 2, du code des postes et des communications électroniques).',
		sources: [S.cpceL341VI],
		confirmed: true,
	},
];

const byTerm = new Map(outOfScopeData.flatMap((entry) => entry.terms.map((term) => [term, entry] as const)));

/** The out-of-scope entry a phrase such as `Type de navigateur` requests, if it is a known term. */
export function outOfScopeForTerm(phrase: string): OutOfScopeTerm | undefined {
	return byTerm.get(normalizeTerm(phrase));
}
