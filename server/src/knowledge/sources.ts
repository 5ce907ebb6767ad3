/**
 * A legal source as a French lawyer cites it, with its provenance in the research note
 * (`shared/domain/law.md`, section 12) and whether that note confirms it.
 *
 * `confirmed: false` means law.md marks the point UNCONFIRMED (wording, number, date or holding):
 * the product may mention it but must never present it as settled law.
 */
export interface LegalSource {
	/** Citation in French, as written in a pleading (e.g. `TJ Paris, réf., 31 déc. 2024, n° 24/57566`). */
	readonly citation: string;
	/** Source key in law.md §12 (e.g. `S29`), when there is one. */
	readonly key?: string;
	/** False when law.md marks the cited point UNCONFIRMED. */
	readonly confirmed: boolean;
	/** French remark on what exactly is (un)confirmed; may be shown in a hover. */
	readonly note?: string;
}

/**
 * The sources reused across the knowledge base, so that one citation is spelled once.
 * Keys are camelCase mnemonics, not law.md keys (several entries share a law.md key).
 */
export const legalSources = {
	// --- Code des postes et des communications électroniques ---
	cpceL341: {
		citation: 'article L. 34-1 du code des postes et des communications électroniques',
		key: 'S1',
		confirmed: true,
		note: 'Version issue de la loi n° 2021-998 du 30 juillet 2021 ; l\'absence de modification postérieure n\'est pas vérifiée.',
	},
	cpceL341IIbis1: {
		citation: 'article L. 34-1, II bis, 1°, du code des postes et des communications électroniques',
		key: 'S1',
		confirmed: true,
	},
	cpceL341IIbis2: {
		citation: 'article L. 34-1, II bis, 2°, du code des postes et des communications électroniques',
		key: 'S1',
		confirmed: true,
	},
	cpceL341IIbis3: {
		citation: 'article L. 34-1, II bis, 3°, du code des postes et des communications électroniques',
		key: 'S1',
		confirmed: true,
	},
	cpceL341III: {
		citation: 'article L. 34-1, III, du code des postes et des communications électroniques',
		key: 'S1',
		confirmed: true,
	},
	cpceL341VI: {
		citation: 'article L. 34-1, VI, du code des postes et des communications électroniques',
		key: 'S1',
		confirmed: true,
	},
	cpceR1013I: {
		citation: 'article R. 10-13, I, du code des postes et des communications électroniques',
		key: 'S3',
		confirmed: true,
	},
	cpceR1013II: {
		citation: 'article R. 10-13, II, du code des postes et des communications électroniques',
		key: 'S3',
		confirmed: true,
	},
	cpceR1013III: {
		citation: 'article R. 10-13, III, du code des postes et des communications électroniques',
		key: 'S3',
		confirmed: true,
	},
	cpceR1013IV: {
		citation: 'article R. 10-13, IV, du code des postes et des communications électroniques',
		key: 'S3',
		confirmed: true,
	},
	cpceR1013V: {
		citation: 'article R. 10-13, V, du code des postes et des communications électroniques',
		key: 'S3',
		confirmed: true,
	},

	// --- Décret n° 2021-1362 and LCEN ---
	decret20211362Art1: {
		citation: 'article 1er du décret n° 2021-1362 du 20 octobre 2021',
		key: 'S4',
		confirmed: true,
	},
	// Arts 2-4 are known only through TJ Paris quoting them (seed 001): content secondary, verbatim unconfirmed.
	decret20211362Art2: {
		citation: 'article 2 du décret n° 2021-1362 du 20 octobre 2021',
		key: 'S6',
		confirmed: false,
		note: 'Texte connu par sa citation dans TJ Paris, réf., 15 mars 2024, RG n° 23/57958 ; lecture officielle non vérifiée.',
	},
	decret20211362Art3: {
		citation: 'article 3 du décret n° 2021-1362 du 20 octobre 2021',
		key: 'S6',
		confirmed: false,
		note: 'Texte connu par sa citation dans TJ Paris, réf., 15 mars 2024, RG n° 23/57958 ; lecture officielle non vérifiée.',
	},
	decret20211362Art4: {
		citation: 'article 4 du décret n° 2021-1362 du 20 octobre 2021',
		key: 'S6',
		confirmed: false,
		note: 'Texte connu par sa citation dans TJ Paris ; la condition « lorsque la souscription du contrat ou la création du compte est payante » (R. 10-13, III) n\'est pas vérifiée pour le décret.',
	},
	decret20211362Art5: {
		citation: 'article 5 du décret n° 2021-1362 du 20 octobre 2021',
		key: 'S4',
		confirmed: true,
	},
	decret20211362Art6: {
		citation: 'article 6 du décret n° 2021-1362 du 20 octobre 2021',
		key: 'S9',
		confirmed: false,
		note: 'Contenu connu par un résumé secondaire (données de trafic et de localisation conservées sur injonction) ; texte non vérifié.',
	},
	decret20211363: {
		citation: 'décret n° 2021-1363 du 20 octobre 2021',
		key: 'S7',
		confirmed: true,
		note: 'Injonction de conservation pour la sécurité nationale ; les numéros des décrets de renouvellement postérieurs à 2022 ne sont pas vérifiés.',
	},
	lcenArt6: {
		citation: 'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l\'économie numérique',
		key: 'S6',
		confirmed: true,
		note: 'Avant la loi n° 2024-449 du 21 mai 2024, l\'obligation de conservation figurait au II ; sa numérotation actuelle (II ou V, A et B) n\'est pas vérifiée.',
	},

	// --- Procédure pénale ---
	cpp8: {
		citation: 'article 8 du code de procédure pénale',
		key: 'S17',
		confirmed: true,
	},
	cpp9: {
		citation: 'article 9 du code de procédure pénale',
		key: 'S17',
		confirmed: true,
	},
	cpp6012: {
		citation: 'article 60-1-2 du code de procédure pénale',
		key: 'S18',
		confirmed: true,
		note: 'Seuil applicable aux réquisitions pénales ; utilisé comme simple repère par le juge civil. Date de création (loi n° 2022-299 du 2 mars 2022) non vérifiée.',
	},
	crim20230314: {
		citation: 'Cass. crim., 14 mars 2023',
		key: 'S19',
		confirmed: true,
		note: 'Refus de transmettre une QPC sur l\'article 60-1-2 du code de procédure pénale ; numéro de pourvoi non vérifié.',
	},

	// --- Code pénal ---
	cp: {
		citation: 'code pénal',
		key: 'S15',
		confirmed: true,
		note: 'Version antérieure au 23 mars 2024 ; les modifications postérieures ne sont pas vérifiées.',
	},
	cp222332: {
		citation: 'article 222-33-2-2 du code pénal',
		key: 'S16',
		confirmed: true,
		note: 'Version en vigueur depuis le 23 mars 2024 (loi n° 2024-247).',
	},
	cp2266: {
		citation: 'article 226-6 du code pénal',
		key: 'S15',
		confirmed: true,
	},
	cp13113: {
		citation: 'article 131-13 du code pénal',
		key: 'S15',
		confirmed: true,
	},

	// --- Loi du 29 juillet 1881 ---
	loi1881Art29: {
		citation: 'article 29 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S20',
		confirmed: true,
	},
	loi1881Art24: {
		citation: 'article 24 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S20',
		confirmed: false,
		note: 'Numérotation des alinéas 7 et 8 et rédaction actuelle non vérifiées (sources secondaires).',
	},
	loi1881Art30And31: {
		citation: 'articles 30 et 31 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S20',
		confirmed: true,
	},
	loi1881Art32: {
		citation: 'article 32 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S20',
		confirmed: true,
		note: 'Version en vigueur depuis le 24 mars 2020.',
	},
	loi1881Art33: {
		citation: 'article 33 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S21',
		confirmed: true,
		note: 'Version en vigueur depuis le 23 mars 2024.',
	},
	loi1881Art65: {
		citation: 'article 65 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S22',
		confirmed: true,
	},
	// The one-year rule itself is confirmed by a 2024 commentary (S25); the article's wording is from memory.
	loi1881Art653: {
		citation: 'article 65-3 de la loi du 29 juillet 1881 sur la liberté de la presse',
		key: 'S25',
		confirmed: false,
		note: 'La prescription d\'un an des infractions de presse discriminatoires est attestée par un commentaire de 2024 ; la lettre de l\'article 65-3 n\'est pas vérifiée.',
	},

	// --- Décisions ---
	tjParis20241231: {
		citation: 'TJ Paris, réf., 31 déc. 2024, n° 24/57566',
		key: 'S29',
		confirmed: true,
	},
	tjParis20240315: {
		citation: 'TJ Paris, réf., 15 mars 2024, RG n° 23/57958',
		key: 'S6',
		confirmed: true,
	},
	caParis20231027: {
		citation: 'CA Paris, pôle 1, ch. 8, 27 oct. 2023, RG n° 23/04254',
		key: 'S28',
		confirmed: true,
	},
	tjParis20241112: {
		citation: 'TJ Paris, réf., 12 nov. 2024, RG n° 24/57625',
		key: 'S30',
		confirmed: true,
	},
	// Sources disagree on whether IP addresses were ordered (seed 003 vs a commentary).
	tjParis20251027: {
		citation: 'TJ Paris, réf., 27 oct. 2025, RG n° 25/55080',
		key: 'S32',
		confirmed: false,
		note: 'Les sources divergent sur le point de savoir si les adresses IP ont été ordonnées ou refusées.',
	},
	tjParis20240328: {
		citation: 'TJ Paris, 28 mars 2024 (Google Ireland Limited)',
		key: 'S33',
		confirmed: true,
		note: 'Étendue exacte des données ordonnées non vérifiée.',
	},
	tjParis20231222: {
		citation: 'TJ Paris, réf., 22 déc. 2023, RG n° 23/59250',
		key: 'S34',
		confirmed: true,
	},
	tjParis20221221: {
		citation: 'TJ Paris, réf., 21 déc. 2022, n° 22/55886',
		key: 'S37',
		confirmed: true,
	},
	tjParis20230718: {
		citation: 'TJ Paris, 18 juill. 2023, n° 23/51184',
		key: 'S52',
		confirmed: true,
	},
	tjParis20200108: {
		citation: 'TJ Paris, réf., 8 janv. 2020, RG n° 19/58624',
		key: 'S35',
		confirmed: true,
	},
	tjParis20240625: {
		citation: 'TJ Paris, réf., 25 juin 2024, RG n° 24/53422',
		key: 'S31',
		confirmed: true,
	},
	civ2e20220324: {
		citation: 'Cass. 2e civ., 24 mars 2022, n° 21-12.631',
		key: 'S26',
		confirmed: true,
	},
	cjueLqdn2020: {
		citation: 'CJUE, gde ch., 6 oct. 2020, La Quadrature du Net e.a., C-511/18, C-512/18 et C-520/18',
		key: 'S42',
		confirmed: true,
		note: 'Solution connue par un résumé secondaire ; numéros de points non vérifiés.',
	},
	cnilPortSource: {
		citation: 'CNIL, avis sur l\'ajout du port source (réponse graduée)',
		key: 'S44',
		confirmed: true,
		note: 'Rapporté par Next INpact.',
	},
} as const satisfies Record<string, LegalSource>;
