import { type LegalSource, legalSources as S } from './sources';
import { normalizeTerm } from './terms';

/** Text in which an offence is defined or punished. */
export type LegalCode = 'code pénal' | 'loi du 29 juillet 1881';

/** Maximum penalty incurred by a natural person. */
export interface Penalty {
	/** Years of imprisonment (0.5 = six months); absent for fine-only offences. */
	readonly imprisonmentYears?: number;
	readonly fineEuros: number;
	/** Other main penalties, in French (e.g. `peine de travail d'intérêt général`). */
	readonly otherPenalties?: readonly string[];
}

/** Aggravation that applies when the offence is committed online. */
export interface OnlineAggravation {
	/** Where the circumstance sits in the article (e.g. `4°`, `III, 6°`). */
	readonly paragraph: string;
	readonly imprisonmentYears: number;
	readonly fineEuros: number;
	/** Statutory wording of the circumstance, in French. */
	readonly wording: string;
	/** False when `wording` describes the circumstance instead of quoting it (law.md gives no verbatim text). */
	readonly wordingVerbatim: boolean;
	/** Canonical citation of the aggravated form (e.g. `article 222-33-2-2, 4°, du code pénal`). */
	readonly citation: string;
}

/** Another aggravating circumstance, kept for information (hovers); it does not drive the assessment. */
export interface Aggravation {
	/** The circumstance, in French. */
	readonly circumstance: string;
	readonly imprisonmentYears?: number;
	/** Absent when law.md gives only the prison term. */
	readonly fineEuros?: number;
}

/** Press-law regime of a loi 1881 offence (art. 65 and 65-3). */
export interface PressRegime {
	readonly prescriptionMonths: 3 | 12;
	readonly source: LegalSource;
}

/** Limitation period of the public action. */
export interface Prescription {
	/** Absent when law.md leaves the period open. */
	readonly months?: number;
	readonly source: LegalSource;
	/** French remark (starting point, minors, open questions). */
	readonly note?: string;
}

/**
 * How a court is likely to answer « délinquance grave » (L. 34-1, II bis, 3° CPCE), which conditions
 * the communication of IP addresses and other technical data.
 * - `held-serious` / `held-not-serious`: a court decided it in a 145 / L. 34-1 case;
 * - `meets-60-1-2-threshold` / `below-threshold`: only the criminal-procedure yardstick of art. 60-1-2 CPP
 *   (≥ 3 years, or ≥ 1 year when committed through an electronic communications network);
 * - `uncertain`: sources conflict.
 */
export type SeriousCrimeVerdict = 'held-serious' | 'held-not-serious' | 'meets-60-1-2-threshold' | 'below-threshold' | 'uncertain';

/** Assessment of an offence against the « délinquance grave » condition. */
export interface SeriousCrimeAssessment {
	readonly verdict: SeriousCrimeVerdict;
	/** One French sentence naming the penalty and the decision or text relied on. */
	readonly reasoning: string;
	readonly sources: readonly LegalSource[];
	/** True when the threshold is met only because the offence is committed online (60-1-2, 2° CPP). */
	readonly onlineOnly?: boolean;
}

/** An offence a pleading may rely on to show a motif légitime. */
export interface Offence {
	/** Stable kebab-case id. */
	readonly id: string;
	/** French label of the offence. */
	readonly label: string;
	/** The text that punishes the offence (the one art. 53 of the 1881 law requires for press offences). */
	readonly legalText: { readonly article: string; readonly code: LegalCode; readonly alinea?: string };
	/** Canonical French citation to insert in a pleading. */
	readonly citation: string;
	/** Article numbers whose citation in a pleading counts as qualifying this offence. */
	readonly articles: readonly string[];
	/** Lowercase French phrases used in prose for this offence; each maps to this offence only. */
	readonly aliases: readonly string[];
	readonly maxPenalty: Penalty;
	readonly onlineAggravation?: OnlineAggravation;
	readonly aggravations?: readonly Aggravation[];
	readonly press?: PressRegime;
	readonly prescription: Prescription;
	readonly seriousCrime: SeriousCrimeAssessment;
	/** Set when the public action requires the victim's complaint. */
	readonly plaintRequired?: LegalSource;
	/** False when law.md marks the offence's text or numbering UNCONFIRMED. */
	readonly confirmed: boolean;
	readonly sources: readonly LegalSource[];
}

// Code pénal articles come from a mirror snapshot older than 23 March 2024 (law.md §6, §11.16).
function cp(article: string): LegalSource {
	return {
		citation: `article ${article} du code pénal`,
		key: 'S15',
		confirmed: true,
		note: 'Version antérieure au 23 mars 2024 ; les modifications postérieures ne sont pas vérifiées.',
	};
}

const delitPrescription: Prescription = { months: 72, source: S.cpp8 };

const minorsPrescription: Prescription = {
	months: 72,
	source: S.cpp8,
	note: 'Si la victime est mineure et l\'infraction visée à l\'article 706-47 du code de procédure pénale, dix ans à compter de la majorité ; l\'inscription de cette infraction sur cette liste n\'est pas vérifiée.',
};

// Courts' position on contraventions of non-public speech is open: CPP 9 (1 year) or 1881 art. 65 (3 months).
const nonPublicSpeechPrescription: Prescription = {
	source: {
		citation: 'article 9 du code de procédure pénale ; article 65 de la loi du 29 juillet 1881',
		confirmed: false,
		note: 'Un an (article 9 du code de procédure pénale) ou trois mois (article 65 de la loi de 1881) : position des juridictions non vérifiée.',
	},
};

const pressThreeMonths: PressRegime = { prescriptionMonths: 3, source: S.loi1881Art65 };
const pressOneYear: PressRegime = { prescriptionMonths: 12, source: S.loi1881Art653 };

const noCivilDecision = 'aucune décision civile sur ce point n\'a été relevée';

/** Offences of law.md §6, in the order of its table. */
export const offences: readonly Offence[] = [
	{
		id: 'menace',
		label: 'Menace de commettre un crime ou un délit contre les personnes',
		legalText: { article: '222-17', code: 'code pénal', alinea: '1er' },
		citation: 'article 222-17, alinéa 1er, du code pénal',
		articles: ['222-17'],
		aliases: ['menace', 'menaces', 'menace de violences', 'menaces de violences'],
		maxPenalty: { imprisonmentYears: 0.5, fineEuros: 7500 },
		aggravations: [{ circumstance: 'commise par le conjoint, le concubin ou le partenaire (article 222-18-3)', imprisonmentYears: 3, fineEuros: 45000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Punie de six mois d\'emprisonnement et de 7 500 euros d\'amende (article 222-17, alinéa 1er, du code pénal), la menace simple n\'atteint pas le seuil d\'un an de l\'article 60-1-2 du code de procédure pénale, sauf circonstance aggravante.',
			sources: [cp('222-17'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('222-17'), cp('222-18-3')],
	},
	{
		id: 'menace-de-mort',
		label: 'Menace de mort',
		legalText: { article: '222-17', code: 'code pénal', alinea: '2' },
		citation: 'article 222-17, alinéa 2, du code pénal',
		articles: ['222-17'],
		aliases: ['menace de mort', 'menaces de mort', 'menaces de morts', 'menace de mort réitérée', 'menaces de mort réitérées'],
		maxPenalty: { imprisonmentYears: 3, fineEuros: 45000 },
		aggravations: [{ circumstance: 'commise par le conjoint, le concubin ou le partenaire (article 222-18-3)', imprisonmentYears: 5, fineEuros: 75000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'held-serious',
			reasoning: 'Punie de trois ans d\'emprisonnement et de 45 000 euros d\'amende (article 222-17, alinéa 2, du code pénal), la menace de mort a été jugée relever de la délinquance grave justifiant la communication des données techniques, adresse IP et port source compris (TJ Paris, réf., 31 déc. 2024, n° 24/57566).',
			sources: [S.tjParis20241231, cp('222-17'), S.cpceL341IIbis3],
		},
		confirmed: true,
		sources: [cp('222-17'), S.tjParis20241231],
	},
	{
		id: 'menace-sous-condition',
		label: 'Menace sous condition',
		legalText: { article: '222-18', code: 'code pénal', alinea: '1er' },
		citation: 'article 222-18, alinéa 1er, du code pénal',
		articles: ['222-18'],
		aliases: ['menace sous condition', 'menaces sous condition', 'menace de mort sous condition', 'menaces de mort sous condition'],
		maxPenalty: { imprisonmentYears: 3, fineEuros: 45000 },
		aggravations: [{ circumstance: 'menace de mort sous condition', imprisonmentYears: 5, fineEuros: 75000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie de trois ans d'emprisonnement et de 45 000 euros d'amende (cinq ans et 75 000 euros pour une menace de mort), la menace sous condition de l'article 222-18 du code pénal atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('222-18'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('222-18')],
	},
	{
		id: 'messages-malveillants',
		label: 'Appels ou messages malveillants réitérés',
		legalText: { article: '222-16', code: 'code pénal' },
		citation: 'article 222-16 du code pénal',
		articles: ['222-16'],
		aliases: ['messages malveillants', 'message malveillant', 'messages malveillants réitérés', 'envois réitérés de messages malveillants', 'appels malveillants', 'appels téléphoniques malveillants'],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 15000 },
		aggravations: [{ circumstance: 'commis par le conjoint, le concubin ou le partenaire', imprisonmentYears: 3, fineEuros: 45000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'held-not-serious',
			reasoning: 'Bien que puni d\'un an d\'emprisonnement et de 15 000 euros d\'amende et commis par voie de communications électroniques, le délit de l\'article 222-16 du code pénal n\'a pas été regardé comme relevant de la délinquance grave, seule l\'identité civile ayant été ordonnée et l\'adresse IP refusée (CA Paris, pôle 1, ch. 8, 27 oct. 2023, RG n° 23/04254).',
			sources: [S.caParis20231027, cp('222-16')],
		},
		confirmed: true,
		sources: [cp('222-16'), S.caParis20231027],
	},
	{
		id: 'harcelement-moral',
		label: 'Harcèlement moral',
		legalText: { article: '222-33-2-2', code: 'code pénal' },
		citation: 'article 222-33-2-2 du code pénal',
		articles: ['222-33-2-2'],
		aliases: [
			'harcèlement',
			'harcèlement moral',
			'cyberharcèlement',
			'cyber-harcèlement',
			'harcèlement en ligne',
			'harcèlement moral en ligne',
			'harcèlement numérique',
			'harcèlement en meute',
			'harcèlement aggravé',
		],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 15000 },
		onlineAggravation: {
			paragraph: '4°',
			imprisonmentYears: 2,
			fineEuros: 30000,
			wording: 'par l\'utilisation d\'un service de communication au public en ligne ou par le biais d\'un support numérique ou électronique',
			wordingVerbatim: true,
			citation: 'article 222-33-2-2, 4°, du code pénal',
		},
		aggravations: [
			{ circumstance: 'deux des circonstances prévues (par exemple en ligne et sur un mineur, 2°, ou sur le titulaire d\'un mandat électif, 4° bis)', imprisonmentYears: 3, fineEuros: 45000 },
		],
		prescription: {
			months: 72,
			source: S.cpp8,
			note: 'Délit d\'habitude : point de départ au dernier acte, non vérifié.',
		},
		seriousCrime: {
			verdict: 'held-serious',
			reasoning: 'Puni de deux ans d\'emprisonnement et de 30 000 euros d\'amende lorsqu\'il est commis en ligne (article 222-33-2-2, 4°, du code pénal), le harcèlement moral a été jugé relever de la lutte contre la criminalité et la délinquance grave (TJ Paris, réf., 15 mars 2024, RG n° 23/57958).',
			sources: [S.tjParis20240315, S.cp222332],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [S.cp222332, S.tjParis20240315],
	},
	{
		id: 'harcelement-conjugal',
		label: 'Harcèlement moral au sein du couple',
		legalText: { article: '222-33-2-1', code: 'code pénal' },
		citation: 'article 222-33-2-1 du code pénal',
		articles: ['222-33-2-1'],
		aliases: ['harcèlement conjugal', 'harcèlement au sein du couple'],
		maxPenalty: { imprisonmentYears: 3, fineEuros: 45000 },
		aggravations: [
			{ circumstance: 'circonstance aggravante prévue par l\'article', imprisonmentYears: 5, fineEuros: 75000 },
			{ circumstance: 'suicide ou tentative de suicide de la victime', imprisonmentYears: 10, fineEuros: 150000 },
		],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Puni de trois ans d'emprisonnement et de 45 000 euros d'amende (article 222-33-2-1 du code pénal), le harcèlement au sein du couple atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('222-33-2-1'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('222-33-2-1')],
	},
	{
		id: 'harcelement-scolaire',
		label: 'Harcèlement scolaire',
		legalText: { article: '222-33-2-3', code: 'code pénal' },
		citation: 'article 222-33-2-3 du code pénal',
		articles: ['222-33-2-3'],
		aliases: ['harcèlement scolaire'],
		maxPenalty: { imprisonmentYears: 3, fineEuros: 45000 },
		aggravations: [
			{ circumstance: 'circonstance aggravante prévue par l\'article', imprisonmentYears: 5, fineEuros: 75000 },
			{ circumstance: 'circonstance la plus grave prévue par l\'article', imprisonmentYears: 10, fineEuros: 150000 },
		],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Puni de trois ans d'emprisonnement et de 45 000 euros d'amende (article 222-33-2-3 du code pénal), le harcèlement scolaire atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('222-33-2-3'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('222-33-2-3')],
	},
	{
		id: 'harcelement-sexuel',
		label: 'Harcèlement sexuel',
		legalText: { article: '222-33', code: 'code pénal' },
		citation: 'article 222-33 du code pénal',
		articles: ['222-33'],
		aliases: ['harcèlement sexuel', 'harcèlement sexuel en ligne', 'cyberharcèlement sexuel'],
		maxPenalty: { imprisonmentYears: 2, fineEuros: 30000 },
		onlineAggravation: {
			paragraph: 'III, 6°',
			imprisonmentYears: 3,
			fineEuros: 45000,
			wording: 'par l\'utilisation d\'un service de communication au public en ligne ou par le biais d\'un support numérique ou électronique',
			wordingVerbatim: true,
			citation: 'article 222-33, III, 6°, du code pénal',
		},
		prescription: minorsPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: 'Puni de deux ans d\'emprisonnement et de 30 000 euros d\'amende, portés à trois ans et 45 000 euros lorsqu\'il est commis en ligne (article 222-33, III, 6°, du code pénal), le harcèlement sexuel atteint le seuil de l\'article 60-1-2 du code de procédure pénale ; la portée de TJ Paris, 28 mars 2024, qui l\'a retenu avec le harcèlement moral, n\'est pas vérifiée.',
			sources: [cp('222-33'), S.cpp6012, S.tjParis20240328],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [cp('222-33')],
	},
	{
		id: 'outrage-sexiste-aggrave',
		label: 'Outrage sexiste et sexuel aggravé',
		legalText: { article: '222-33-1-1', code: 'code pénal' },
		citation: 'article 222-33-1-1 du code pénal',
		articles: ['222-33-1-1'],
		aliases: ['outrage sexiste et sexuel aggravé', 'outrage sexiste aggravé'],
		maxPenalty: { fineEuros: 3750 },
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Puni de la seule amende de 3 750 euros (article 222-33-1-1 du code pénal), l\'outrage sexiste et sexuel aggravé n\'atteint pas le seuil d\'emprisonnement de l\'article 60-1-2 du code de procédure pénale.',
			sources: [cp('222-33-1-1'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('222-33-1-1')],
	},
	{
		id: 'atteinte-intimite-vie-privee',
		label: 'Atteinte à l\'intimité de la vie privée',
		legalText: { article: '226-1', code: 'code pénal' },
		citation: 'article 226-1 du code pénal',
		articles: ['226-1'],
		aliases: ['atteinte à l\'intimité de la vie privée', 'atteinte à la vie privée', 'violation de la vie privée', 'violation du secret de la vie privée'],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 45000 },
		aggravations: [{ circumstance: 'commise par le conjoint, le concubin ou le partenaire', imprisonmentYears: 2, fineEuros: 60000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie d'un an d'emprisonnement et de 45 000 euros d'amende (article 226-1 du code pénal), l'atteinte à l'intimité de la vie privée n'atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale que si elle est commise par l'utilisation d'un réseau de communications électroniques ; ${noCivilDecision}.`,
			sources: [cp('226-1'), S.cpp6012],
			onlineOnly: true,
		},
		plaintRequired: S.cp2266,
		confirmed: true,
		sources: [cp('226-1'), S.cp2266],
	},
	{
		id: 'diffusion-enregistrement-vie-privee',
		label: 'Conservation ou diffusion d\'un enregistrement ou document portant atteinte à l\'intimité de la vie privée',
		legalText: { article: '226-2', code: 'code pénal' },
		citation: 'article 226-2 du code pénal',
		articles: ['226-2'],
		aliases: ['diffusion d\'enregistrements privés', 'diffusion d\'un enregistrement privé', 'conservation ou diffusion d\'enregistrements'],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 45000 },
		aggravations: [{ circumstance: 'commise par le conjoint, le concubin ou le partenaire', imprisonmentYears: 2, fineEuros: 60000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie des peines de l'article 226-1, soit un an d'emprisonnement et 45 000 euros d'amende (article 226-2 du code pénal), la diffusion d'un enregistrement attentatoire à la vie privée n'atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale que si elle est commise en ligne ; ${noCivilDecision}.`,
			sources: [cp('226-2'), S.cpp6012],
			onlineOnly: true,
		},
		plaintRequired: S.cp2266,
		confirmed: true,
		sources: [cp('226-2'), S.cp2266],
	},
	{
		id: 'diffusion-contenu-sexuel',
		label: 'Diffusion sans accord d\'un enregistrement ou document à caractère sexuel',
		legalText: { article: '226-2-1', code: 'code pénal' },
		citation: 'article 226-2-1 du code pénal',
		articles: ['226-2-1'],
		aliases: [
			'revenge porn',
			'pornodivulgation',
			'porno-divulgation',
			'vengeance pornographique',
			'diffusion d\'images intimes',
			'diffusion de contenus intimes',
			'diffusion d\'un contenu à caractère sexuel',
		],
		maxPenalty: { imprisonmentYears: 2, fineEuros: 60000 },
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie de deux ans d'emprisonnement et de 60 000 euros d'amende (article 226-2-1 du code pénal), la diffusion sans accord d'un contenu à caractère sexuel atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale lorsqu'elle est commise en ligne ; ${noCivilDecision}.`,
			sources: [cp('226-2-1'), S.cpp6012],
			onlineOnly: true,
		},
		plaintRequired: S.cp2266,
		confirmed: true,
		sources: [cp('226-2-1'), S.cp2266],
	},
	{
		id: 'usurpation-identite',
		label: 'Usurpation d\'identité',
		legalText: { article: '226-4-1', code: 'code pénal' },
		citation: 'article 226-4-1 du code pénal',
		articles: ['226-4-1'],
		aliases: ['usurpation d\'identité', 'usurpation d\'identité numérique', 'usurpation d\'identité en ligne'],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 15000 },
		aggravations: [{ circumstance: 'commise par le conjoint, le concubin ou le partenaire', imprisonmentYears: 2, fineEuros: 30000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie d'un an d'emprisonnement et de 15 000 euros d'amende, peines identiques lorsqu'elle est « commise sur un réseau de communication au public en ligne » (article 226-4-1, alinéa 2, du code pénal), l'usurpation d'identité n'atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale que si elle est commise en ligne ; ${noCivilDecision}.`,
			sources: [cp('226-4-1'), S.cpp6012],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [cp('226-4-1')],
	},
	{
		id: 'atteinte-secret-correspondances',
		label: 'Atteinte au secret des correspondances',
		legalText: { article: '226-15', code: 'code pénal' },
		citation: 'article 226-15 du code pénal',
		articles: ['226-15'],
		aliases: ['atteinte au secret des correspondances', 'violation du secret des correspondances', 'violation de correspondance', 'violation de correspondances'],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 45000 },
		aggravations: [{ circumstance: 'commise par le conjoint, le concubin ou le partenaire', imprisonmentYears: 2, fineEuros: 60000 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie d'un an d'emprisonnement et de 45 000 euros d'amende (article 226-15 du code pénal), l'atteinte au secret des correspondances n'atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale que si elle est commise en ligne ; ${noCivilDecision}.`,
			sources: [cp('226-15'), S.cpp6012],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [cp('226-15')],
	},
	{
		id: 'mise-en-danger-diffusion-informations',
		label: 'Mise en danger d\'autrui par diffusion d\'informations personnelles',
		legalText: { article: '223-1-1', code: 'code pénal' },
		citation: 'article 223-1-1 du code pénal',
		articles: ['223-1-1'],
		aliases: ['doxxing', 'doxing', 'diffusion d\'informations personnelles', 'divulgation d\'informations personnelles'],
		maxPenalty: { imprisonmentYears: 3, fineEuros: 45000 },
		aggravations: [
			{ circumstance: 'victime dépositaire de l\'autorité publique, élue, journaliste, mineure ou vulnérable', imprisonmentYears: 5, fineEuros: 75000 },
		],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie de trois ans d'emprisonnement et de 45 000 euros d'amende (article 223-1-1 du code pénal), la mise en danger par diffusion d'informations personnelles atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('223-1-1'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('223-1-1')],
	},
	{
		id: 'chantage',
		label: 'Chantage',
		legalText: { article: '312-10', code: 'code pénal' },
		citation: 'article 312-10 du code pénal',
		articles: ['312-10', '312-11'],
		aliases: ['chantage'],
		maxPenalty: { imprisonmentYears: 5, fineEuros: 75000 },
		aggravations: [{ circumstance: 'menace mise à exécution (article 312-11)', imprisonmentYears: 7, fineEuros: 100000 }],
		prescription: delitPrescription,
		seriousCrime: {
			// The threshold is plainly met; only what TJ Paris actually ordered is disputed, so say both.
			verdict: 'meets-60-1-2-threshold',
			reasoning: 'Puni de cinq ans d\'emprisonnement et de 75 000 euros d\'amende (article 312-10 du code pénal), le chantage atteint le seuil de l\'article 60-1-2, 1°, du code de procédure pénale, mais les sources divergent sur le point de savoir si TJ Paris, réf., 27 oct. 2025, RG n° 25/55080 a ordonné ou refusé les adresses IP.',
			sources: [cp('312-10'), S.cpp6012, S.tjParis20251027],
		},
		confirmed: true,
		sources: [cp('312-10'), cp('312-11')],
	},
	{
		id: 'extorsion',
		label: 'Extorsion',
		legalText: { article: '312-1', code: 'code pénal' },
		citation: 'article 312-1 du code pénal',
		articles: ['312-1', '312-2'],
		aliases: ['extorsion', 'extorsion de fonds'],
		maxPenalty: { imprisonmentYears: 7, fineEuros: 100000 },
		aggravations: [{ circumstance: 'circonstances de l\'article 312-2', imprisonmentYears: 10 }],
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: 'Punie de sept ans d\'emprisonnement et de 100 000 euros d\'amende (article 312-1 du code pénal), l\'extorsion atteint le seuil de l\'article 60-1-2, 1°, du code de procédure pénale ; pour une demande de rançon qualifiée d\'atteintes aux systèmes de traitement automatisé de données et de tentative d\'escroquerie, les adresses IP et ports source ont été ordonnés (TJ Paris, réf., 12 nov. 2024, RG n° 24/57625).',
			sources: [cp('312-1'), S.cpp6012, S.tjParis20241112],
		},
		confirmed: true,
		sources: [cp('312-1')],
	},
	{
		id: 'denonciation-calomnieuse',
		label: 'Dénonciation calomnieuse',
		legalText: { article: '226-10', code: 'code pénal' },
		citation: 'article 226-10 du code pénal',
		articles: ['226-10'],
		aliases: ['dénonciation calomnieuse', 'dénonciations calomnieuses'],
		maxPenalty: { imprisonmentYears: 5, fineEuros: 45000 },
		prescription: delitPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie de cinq ans d'emprisonnement et de 45 000 euros d'amende (article 226-10 du code pénal), la dénonciation calomnieuse atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('226-10'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('226-10')],
	},
	{
		id: 'diffamation-publique-particulier',
		label: 'Diffamation publique envers un particulier',
		legalText: { article: '32', code: 'loi du 29 juillet 1881', alinea: '1er' },
		citation: 'articles 29, alinéa 1er, et 32, alinéa 1er, de la loi du 29 juillet 1881',
		articles: ['29', '32'],
		aliases: [
			'diffamation',
			'diffamations',
			'diffamation publique',
			'diffamation publique envers un particulier',
			'propos diffamatoires',
			'diffamatoire',
			'diffamatoires',
		],
		maxPenalty: { fineEuros: 12000 },
		press: pressThreeMonths,
		prescription: { months: 3, source: S.loi1881Art65 },
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Punie de la seule amende de 12 000 euros (article 32, alinéa 1er, de la loi du 29 juillet 1881), la diffamation publique envers un particulier n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale, et les données techniques n\'ont été accordées dans TJ Paris, réf., 15 mars 2024, RG n° 23/57958 qu\'en raison du harcèlement en ligne invoqué cumulativement.',
			sources: [S.loi1881Art32, S.cpp6012, S.crim20230314, S.tjParis20240315],
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art32, S.loi1881Art65],
	},
	{
		id: 'diffamation-publique-discriminatoire',
		label: 'Diffamation publique à raison de l\'origine, de l\'ethnie, de la nation, de la race, de la religion, du sexe, de l\'orientation sexuelle, de l\'identité de genre ou du handicap',
		legalText: { article: '32', code: 'loi du 29 juillet 1881', alinea: '2 et 3' },
		citation: 'articles 29, alinéa 1er, et 32, alinéas 2 et 3, de la loi du 29 juillet 1881',
		articles: ['29', '32'],
		aliases: [
			'diffamation raciale',
			'diffamation raciste',
			'diffamation à caractère raciste',
			'diffamation homophobe',
			'diffamation discriminatoire',
		],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 45000 },
		press: pressOneYear,
		prescription: { months: 12, source: S.loi1881Art653 },
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie d'un an d'emprisonnement et de 45 000 euros d'amende (article 32, alinéas 2 et 3, de la loi du 29 juillet 1881), la diffamation publique discriminatoire commise en ligne atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [S.loi1881Art32, S.cpp6012],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art32, S.loi1881Art653],
	},
	{
		id: 'injure-publique-particulier',
		label: 'Injure publique envers un particulier',
		legalText: { article: '33', code: 'loi du 29 juillet 1881', alinea: '2' },
		citation: 'articles 29, alinéa 2, et 33, alinéa 2, de la loi du 29 juillet 1881',
		articles: ['29', '33'],
		aliases: [
			'injure',
			'injures',
			'injure publique',
			'injures publiques',
			'injure publique envers un particulier',
			'propos injurieux',
			'injurieux',
			'injurieuse',
			'injurieuses',
		],
		maxPenalty: { fineEuros: 12000 },
		press: pressThreeMonths,
		prescription: { months: 3, source: S.loi1881Art65 },
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Punie de la seule amende de 12 000 euros (article 33, alinéa 2, de la loi du 29 juillet 1881), l\'injure publique envers un particulier n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale, ce qui exclut en principe les données techniques.',
			sources: [S.loi1881Art33, S.cpp6012, S.crim20230314],
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art33, S.loi1881Art65],
	},
	{
		id: 'injure-publique-discriminatoire',
		label: 'Injure publique à raison de l\'origine, de l\'ethnie, de la nation, de la race, de la religion, du sexe, de l\'orientation sexuelle, de l\'identité de genre ou du handicap',
		legalText: { article: '33', code: 'loi du 29 juillet 1881', alinea: '3 et 4' },
		citation: 'articles 29, alinéa 2, et 33, alinéas 3 et 4, de la loi du 29 juillet 1881',
		articles: ['29', '33'],
		aliases: [
			'injure raciale',
			'injures raciales',
			'injure raciste',
			'injures racistes',
			'injure à caractère raciste',
			'injure homophobe',
			'injures homophobes',
			'injure sexiste',
			'injures sexistes',
			'injure discriminatoire',
			'injures discriminatoires',
		],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 45000 },
		aggravations: [
			{ circumstance: 'commise par une personne dépositaire de l\'autorité publique ou chargée d\'une mission de service public dans l\'exercice de ses fonctions (alinéa 5)', imprisonmentYears: 3, fineEuros: 75000 },
		],
		press: pressOneYear,
		prescription: { months: 12, source: S.loi1881Art653 },
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie d'un an d'emprisonnement et de 45 000 euros d'amende (article 33, alinéas 3 et 4, de la loi du 29 juillet 1881), l'injure publique discriminatoire commise en ligne atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [S.loi1881Art33, S.cpp6012],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art33, S.loi1881Art653],
	},
	{
		id: 'diffamation-corps-constitues',
		label: 'Diffamation envers les corps et administrations visés à l\'article 30',
		legalText: { article: '30', code: 'loi du 29 juillet 1881' },
		citation: 'articles 29, alinéa 1er, et 30 de la loi du 29 juillet 1881',
		articles: ['29', '30'],
		aliases: ['diffamation envers un corps constitué', 'diffamation envers les corps constitués'],
		maxPenalty: { fineEuros: 45000 },
		press: pressThreeMonths,
		prescription: { months: 3, source: S.loi1881Art65 },
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Punie de la seule amende de 45 000 euros (article 30 de la loi du 29 juillet 1881), la diffamation envers un corps constitué n\'atteint pas le seuil d\'emprisonnement de l\'article 60-1-2 du code de procédure pénale.',
			sources: [S.loi1881Art30And31, S.cpp6012],
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art30And31, S.loi1881Art65],
	},
	{
		id: 'diffamation-personne-publique',
		label: 'Diffamation envers un élu, un fonctionnaire ou une autre personne visée à l\'article 31',
		legalText: { article: '31', code: 'loi du 29 juillet 1881' },
		citation: 'articles 29, alinéa 1er, et 31 de la loi du 29 juillet 1881',
		articles: ['29', '31'],
		aliases: [
			'diffamation envers un élu',
			'diffamation envers un fonctionnaire',
			'diffamation envers un dépositaire de l\'autorité publique',
			'diffamation envers un citoyen chargé d\'un mandat public',
		],
		maxPenalty: { fineEuros: 45000, otherPenalties: ['peine de travail d\'intérêt général'] },
		press: pressThreeMonths,
		prescription: {
			months: 3,
			source: S.loi1881Art65,
			note: 'Le délai d\'un an envisagé en 2023-2024 pour les élus a été abandonné en commission mixte paritaire.',
		},
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Punie de l\'amende de 45 000 euros et, depuis 2024, d\'une peine de travail d\'intérêt général, sans emprisonnement (article 31 de la loi du 29 juillet 1881), la diffamation envers un élu ou un fonctionnaire n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [S.loi1881Art30And31, S.cpp6012],
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art30And31, S.loi1881Art65],
	},
	{
		id: 'injure-personne-publique',
		label: 'Injure envers les corps ou les personnes désignés par les articles 30 et 31',
		legalText: { article: '33', code: 'loi du 29 juillet 1881', alinea: '1er' },
		citation: 'articles 29, alinéa 2, et 33, alinéa 1er, de la loi du 29 juillet 1881',
		articles: ['29', '33'],
		aliases: [
			'injure envers un élu',
			'injure envers un fonctionnaire',
			'injure envers un dépositaire de l\'autorité publique',
			'injure envers un corps constitué',
		],
		maxPenalty: { fineEuros: 12000, otherPenalties: ['peine de travail d\'intérêt général'] },
		press: pressThreeMonths,
		prescription: { months: 3, source: S.loi1881Art65 },
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Punie de l\'amende de 12 000 euros et d\'une peine de travail d\'intérêt général, sans emprisonnement (article 33, alinéa 1er, de la loi du 29 juillet 1881), l\'injure envers un élu ou un fonctionnaire n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [S.loi1881Art33, S.cpp6012],
		},
		confirmed: true,
		sources: [S.loi1881Art29, S.loi1881Art33, S.loi1881Art65],
	},
	{
		// law.md has the penalty from secondary sources only; alinéa numbers and wording are unconfirmed.
		id: 'provocation-haine',
		label: 'Provocation à la discrimination, à la haine ou à la violence',
		legalText: { article: '24', code: 'loi du 29 juillet 1881', alinea: '7 et 8' },
		citation: 'article 24, alinéas 7 et 8, de la loi du 29 juillet 1881',
		articles: ['24'],
		aliases: [
			'provocation à la haine',
			'provocation à la haine raciale',
			'provocation à la discrimination',
			'provocation à la violence',
			'incitation à la haine',
			'incitation à la haine raciale',
			'appel à la haine',
			'appels à la haine',
		],
		maxPenalty: { imprisonmentYears: 1, fineEuros: 45000 },
		press: pressOneYear,
		prescription: { months: 12, source: S.loi1881Art653 },
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie d'un an d'emprisonnement et de 45 000 euros d'amende (article 24 de la loi du 29 juillet 1881, alinéas à vérifier), la provocation à la haine commise en ligne atteint le seuil de l'article 60-1-2, 2°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [S.loi1881Art24, S.cpp6012],
			onlineOnly: true,
		},
		confirmed: false,
		sources: [S.loi1881Art24, S.loi1881Art653],
	},
	{
		id: 'diffamation-non-publique',
		label: 'Diffamation non publique',
		legalText: { article: 'R. 621-1', code: 'code pénal' },
		citation: 'article R. 621-1 du code pénal',
		articles: ['R. 621-1'],
		aliases: ['diffamation non publique', 'diffamation privée'],
		maxPenalty: { fineEuros: 38 },
		prescription: nonPublicSpeechPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Contravention de la 1re classe punie de 38 euros d\'amende (articles R. 621-1 et 131-13 du code pénal), la diffamation non publique n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [cp('R. 621-1'), S.cp13113, S.cpp6012],
		},
		confirmed: true,
		sources: [cp('R. 621-1'), S.cp13113],
	},
	{
		id: 'injure-non-publique',
		label: 'Injure non publique',
		legalText: { article: 'R. 621-2', code: 'code pénal' },
		citation: 'article R. 621-2 du code pénal',
		articles: ['R. 621-2'],
		aliases: ['injure non publique', 'injures non publiques', 'injure privée'],
		maxPenalty: { fineEuros: 38 },
		prescription: nonPublicSpeechPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Contravention de la 1re classe punie de 38 euros d\'amende (articles R. 621-2 et 131-13 du code pénal), l\'injure non publique n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [cp('R. 621-2'), S.cp13113, S.cpp6012],
		},
		confirmed: true,
		sources: [cp('R. 621-2'), S.cp13113],
	},
	{
		// law.md lists R. 625-7, R. 625-8 and R. 625-8-1 in the order provocation, diffamation, injure.
		id: 'provocation-non-publique-discriminatoire',
		label: 'Provocation non publique à la discrimination, à la haine ou à la violence',
		legalText: { article: 'R. 625-7', code: 'code pénal' },
		citation: 'article R. 625-7 du code pénal',
		articles: ['R. 625-7'],
		aliases: ['provocation non publique à la haine', 'provocation non publique à la discrimination'],
		maxPenalty: { fineEuros: 1500 },
		prescription: nonPublicSpeechPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Contravention de la 5e classe punie de 1 500 euros d\'amende (articles R. 625-7 et 131-13 du code pénal), la provocation non publique discriminatoire n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [cp('R. 625-7'), S.cp13113, S.cpp6012],
		},
		confirmed: true,
		sources: [cp('R. 625-7'), S.cp13113],
	},
	{
		id: 'diffamation-non-publique-discriminatoire',
		label: 'Diffamation non publique à caractère discriminatoire',
		legalText: { article: 'R. 625-8', code: 'code pénal' },
		citation: 'article R. 625-8 du code pénal',
		articles: ['R. 625-8'],
		aliases: ['diffamation non publique discriminatoire', 'diffamation non publique raciale'],
		maxPenalty: { fineEuros: 1500 },
		prescription: nonPublicSpeechPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Contravention de la 5e classe punie de 1 500 euros d\'amende (articles R. 625-8 et 131-13 du code pénal), la diffamation non publique discriminatoire n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [cp('R. 625-8'), S.cp13113, S.cpp6012],
		},
		confirmed: true,
		sources: [cp('R. 625-8'), S.cp13113],
	},
	{
		id: 'injure-non-publique-discriminatoire',
		label: 'Injure non publique à caractère discriminatoire',
		legalText: { article: 'R. 625-8-1', code: 'code pénal' },
		citation: 'article R. 625-8-1 du code pénal',
		articles: ['R. 625-8-1'],
		aliases: ['injure non publique discriminatoire', 'injure non publique raciale'],
		maxPenalty: { fineEuros: 1500 },
		prescription: nonPublicSpeechPrescription,
		seriousCrime: {
			verdict: 'below-threshold',
			reasoning: 'Contravention de la 5e classe punie de 1 500 euros d\'amende (articles R. 625-8-1 et 131-13 du code pénal), l\'injure non publique discriminatoire n\'atteint pas le seuil de l\'article 60-1-2 du code de procédure pénale.',
			sources: [cp('R. 625-8-1'), S.cp13113, S.cpp6012],
		},
		confirmed: true,
		sources: [cp('R. 625-8-1'), S.cp13113],
	},
	{
		id: 'propositions-sexuelles-mineur',
		label: 'Propositions sexuelles faites à un mineur de quinze ans par un moyen de communication électronique',
		legalText: { article: '227-22-1', code: 'code pénal' },
		citation: 'article 227-22-1 du code pénal',
		articles: ['227-22-1'],
		aliases: ['propositions sexuelles à un mineur', 'proposition sexuelle à un mineur', 'pédopiégeage', 'grooming'],
		maxPenalty: { imprisonmentYears: 2, fineEuros: 30000 },
		aggravations: [{ circumstance: 'propositions suivies d\'une rencontre', imprisonmentYears: 5, fineEuros: 75000 }],
		prescription: minorsPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punies de deux ans d'emprisonnement et de 30 000 euros d'amende et commises par voie électronique par définition (article 227-22-1 du code pénal), les propositions sexuelles à un mineur de quinze ans atteignent le seuil de l'article 60-1-2, 2°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('227-22-1'), S.cpp6012],
			onlineOnly: true,
		},
		confirmed: true,
		sources: [cp('227-22-1')],
	},
	{
		id: 'incitation-mineur-actes-sexuels',
		label: 'Incitation d\'un mineur à commettre des actes sexuels par un moyen de communication électronique',
		legalText: { article: '227-22-2', code: 'code pénal' },
		citation: 'article 227-22-2 du code pénal',
		articles: ['227-22-2'],
		aliases: ['incitation d\'un mineur à des actes sexuels', 'incitation de mineur à des actes sexuels'],
		maxPenalty: { imprisonmentYears: 7, fineEuros: 100000 },
		aggravations: [{ circumstance: 'mineur de quinze ans', imprisonmentYears: 10, fineEuros: 150000 }],
		prescription: minorsPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie de sept ans d'emprisonnement et de 100 000 euros d'amende (article 227-22-2 du code pénal), l'incitation d'un mineur à des actes sexuels atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('227-22-2'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('227-22-2')],
	},
	{
		id: 'pedopornographie',
		label: 'Fixation, diffusion, détention ou consultation d\'images pédopornographiques',
		legalText: { article: '227-23', code: 'code pénal' },
		citation: 'article 227-23 du code pénal',
		articles: ['227-23'],
		aliases: ['pédopornographie', 'pédopornographique', 'pédopornographiques', 'images pédopornographiques', 'contenus pédopornographiques'],
		maxPenalty: { imprisonmentYears: 5, fineEuros: 75000 },
		onlineAggravation: {
			paragraph: 'alinéa 3',
			imprisonmentYears: 7,
			fineEuros: 100000,
			// law.md only paraphrases this alinéa, so this is a description, not a quotation.
			wording: 'utilisation d\'un réseau de communications électroniques pour la diffusion à destination d\'un public non déterminé',
			wordingVerbatim: false,
			citation: 'article 227-23, alinéa 3, du code pénal',
		},
		aggravations: [{ circumstance: 'bande organisée', imprisonmentYears: 10, fineEuros: 500000 }],
		prescription: minorsPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punies de cinq ans d'emprisonnement et de 75 000 euros d'amende, portés à sept ans et 100 000 euros en cas de diffusion par un réseau de communications électroniques (article 227-23 du code pénal), ces infractions atteignent le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('227-23'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('227-23')],
	},
	{
		id: 'sollicitation-images-mineur',
		label: 'Sollicitation d\'images pornographiques d\'un mineur',
		legalText: { article: '227-23-1', code: 'code pénal' },
		citation: 'article 227-23-1 du code pénal',
		articles: ['227-23-1'],
		aliases: ['sollicitation d\'images pornographiques d\'un mineur', 'sollicitation d\'images sexuelles d\'un mineur'],
		maxPenalty: { imprisonmentYears: 7, fineEuros: 100000 },
		aggravations: [{ circumstance: 'mineur de quinze ans', imprisonmentYears: 10, fineEuros: 150000 }],
		prescription: minorsPrescription,
		seriousCrime: {
			verdict: 'meets-60-1-2-threshold',
			reasoning: `Punie de sept ans d'emprisonnement et de 100 000 euros d'amende (article 227-23-1 du code pénal), la sollicitation d'images pornographiques d'un mineur atteint le seuil de l'article 60-1-2, 1°, du code de procédure pénale ; ${noCivilDecision}.`,
			sources: [cp('227-23-1'), S.cpp6012],
		},
		confirmed: true,
		sources: [cp('227-23-1')],
	},
];

const byId = new Map(offences.map((offence) => [offence.id, offence]));
const byAlias = new Map(offences.flatMap((offence) => offence.aliases.map((alias) => [alias, offence] as const)));

/** The offence with this id, if any. */
export function offenceById(id: string): Offence | undefined {
	return byId.get(id);
}

/** The offence a French phrase (e.g. `Menaces de mort`) designates, if it is a known alias. */
export function offenceByAlias(phrase: string): Offence | undefined {
	return byAlias.get(normalizeTerm(phrase));
}

// Pleadings write `R. 621-1`, `R.621-1`, `R621-1` or `222-17` with odd spacing.
function articleKey(article: string): string {
	return article.toLowerCase().replace(/[\s.\u00a0]/g, '').replace(/[\u2010-\u2013]/g, '-');
}

/** Offences qualified by citing this article (several may share one, e.g. 222-17 al. 1 and al. 2). */
export function offencesByArticle(article: string, code?: LegalCode): readonly Offence[] {
	const key = articleKey(article);
	return offences.filter((offence) => (code === undefined || offence.legalText.code === code) && offence.articles.some((a) => articleKey(a) === key));
}

/**
 * Whether the maximum penalty meets the art. 60-1-2 CPP threshold: a crime or a délit punished by at least
 * three years, or at least one year when committed through an electronic communications network.
 * Only the base penalty and the online aggravation count; other aggravations depend on facts.
 */
export function meetsCpp6012Threshold(offence: Offence, committedOnline: boolean): boolean {
	const base = offence.maxPenalty.imprisonmentYears ?? 0;
	const years = committedOnline && offence.onlineAggravation ? Math.max(base, offence.onlineAggravation.imprisonmentYears) : base;
	return years >= 3 || (committedOnline && years >= 1);
}
