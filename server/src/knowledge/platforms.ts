import type { RetentionHolder } from './dataCategories';
import { type LegalSource, legalSources as S } from './sources';

/**
 * A defendant: the entity to name in the assignation or requête (CPC 648 4°, 57: dénomination and
 * siège social) for a service, as found in law.md §8. Addresses are never guessed: `siege` is absent
 * when law.md has none, and flagged when law.md marks it UNCONFIRMED.
 */
export interface Platform {
	/** Stable lowercase key (e.g. `x`, `google`, `free-mobile`). */
	readonly key: string;
	/** Commercial name of the service. */
	readonly name: string;
	/** Step 1 defendant (host) or step 2 defendant (access provider). */
	readonly kind: 'hebergeur' | 'fai';
	/** Retention regimes courts applied to it (a messaging service may be treated as an operator). */
	readonly retentionRegimes: readonly RetentionHolder[];
	/** Legal name of the entity to sue. */
	readonly denomination: string;
	/** Legal form, in French, when law.md gives it. */
	readonly forme?: string;
	/** Registered office, when law.md gives one. */
	readonly siege?: string;
	/** Registration number, when law.md gives one. */
	readonly registration?: string;
	readonly confirmed: { readonly denomination: boolean; readonly siege: boolean };
	/** French remark for hovers (renaming, EU entity, co-defendants). */
	readonly note?: string;
	/** Host names whose URLs point to this service; subdomains match too. */
	readonly domains: readonly string[];
	readonly sources: readonly LegalSource[];
}

const tosGoogle: LegalSource = { citation: 'Conditions d\'utilisation de Google (version France, 22 mai 2024)', key: 'S45', confirmed: true };
const tosTiktok: LegalSource = { citation: 'Conditions d\'utilisation de TikTok (EEE)', key: 'S46', confirmed: true };
const tosMeta: LegalSource = { citation: 'Conditions d\'utilisation de Facebook et d\'Instagram', key: 'S47', confirmed: true };
const tosSnap: LegalSource = { citation: 'Conditions d\'utilisation de Snap Inc. (15 août 2023)', key: 'S48', confirmed: true };
const tosLinkedin: LegalSource = { citation: 'Contrat d\'utilisation de LinkedIn', key: 'S49', confirmed: true };
const tosDiscord: LegalSource = { citation: 'Conditions d\'utilisation de Discord', key: 'S49b', confirmed: true };
const tosMicrosoft: LegalSource = { citation: 'Contrat de services Microsoft', key: 'S49c', confirmed: true };
const wikimediaOrder: LegalSource = {
	citation: 'TJ Paris, réf., ordonnance c/ Wikimedia Foundation (postérieure à la loi n° 2024-449 du 21 mai 2024)',
	key: 'S11',
	confirmed: true,
	note: 'Date et numéro non relevés.',
};

// ISPs' addresses come from one 2020 decision; law.md only doubts Orange's explicitly.
const ispAddressNote = 'Adresse figurant dans TJ Paris, réf., 8 janv. 2020, RG n° 19/58624 ; à vérifier sur un extrait Kbis récent.';

/** Defendants of law.md §8; services whose entity law.md leaves unknown (Reddit, WhatsApp) are omitted. */
export const platforms: readonly Platform[] = [
	{
		key: 'x',
		name: 'X (anciennement Twitter)',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Twitter International Unlimited Company',
		forme: 'société de droit irlandais',
		siege: 'One Cumberland Place, Fenian Street, Dublin 2, D02 AX07, Irlande',
		confirmed: { denomination: true, siege: false },
		note: 'Dénomination retenue par les décisions jusqu\'au 31 décembre 2024 (« anciennement dénommée Twitter International Company ») ; aucun changement de nom en « X Internet Unlimited Company » n\'a été vérifié. Les utilisateurs de l\'Union contractent avec la société irlandaise, non avec X Corp.',
		domains: ['x.com', 'twitter.com', 't.co'],
		sources: [S.tjParis20240315, S.tjParis20241231, S.caParis20231027, S.civ2e20220324],
	},
	{
		key: 'google',
		name: 'Google (Gmail, YouTube, Recherche)',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Google Ireland Limited',
		forme: 'société de droit irlandais',
		siege: 'Gordon House, Barrow Street, Dublin 4, Irlande',
		registration: 'n° 368047',
		confirmed: { denomination: true, siege: true },
		note: 'TJ Paris, réf., 27 oct. 2025 a statué contre Google Ireland Limited et Google LLC ; Google France n\'est pas le bon défendeur (déduction non vérifiée).',
		domains: ['google.com', 'google.fr', 'gmail.com', 'googlemail.com', 'youtube.com', 'youtu.be'],
		sources: [tosGoogle, S.tjParis20240328, S.tjParis20251027],
	},
	{
		key: 'meta',
		name: 'Facebook, Messenger',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Meta Platforms Ireland Limited',
		siege: 'Merrion Road, Dublin 4, D04 X2K5, Irlande',
		confirmed: { denomination: true, siege: false },
		note: 'Anciennement Facebook Ireland Limited.',
		domains: ['facebook.com', 'fb.com', 'fb.me', 'messenger.com', 'm.me'],
		sources: [tosMeta, S.tjParis20230718],
	},
	{
		key: 'instagram',
		name: 'Instagram',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Meta Platforms Ireland Limited',
		siege: 'Merrion Road, Dublin 4, D04 X2K5, Irlande',
		confirmed: { denomination: true, siege: false },
		domains: ['instagram.com', 'instagr.am'],
		sources: [tosMeta],
	},
	{
		key: 'tiktok',
		name: 'TikTok',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'TikTok Technology Limited',
		forme: 'société de droit irlandais',
		siege: '10 Earlsfort Terrace, Dublin, D02 T380, Irlande',
		registration: 'n° 635755',
		confirmed: { denomination: true, siege: true },
		domains: ['tiktok.com'],
		sources: [tosTiktok],
	},
	{
		key: 'snapchat',
		name: 'Snapchat',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Snap Group Limited',
		confirmed: { denomination: true, siege: false },
		note: 'Cocontractant des utilisateurs hors des États-Unis selon les conditions de Snap Inc. ; l\'existence d\'une entité distincte pour l\'Union (par exemple Snap B.V.) n\'est pas vérifiée.',
		domains: ['snapchat.com', 'snap.com'],
		sources: [tosSnap],
	},
	{
		key: 'discord',
		name: 'Discord',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Discord Inc.',
		confirmed: { denomination: true, siege: false },
		note: 'Dénomination tirée des conditions d\'utilisation ; l\'entité compétente pour l\'Union n\'est pas vérifiée.',
		domains: ['discord.com', 'discord.gg', 'discordapp.com'],
		sources: [tosDiscord],
	},
	{
		key: 'telegram',
		name: 'Telegram',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur', 'operateur'],
		denomination: 'Telegram Messenger Inc',
		confirmed: { denomination: true, siege: false },
		note: 'TJ Paris, réf., 12 nov. 2024 lui a ordonné les données prévues par les articles L. 34-1 et R. 10-13 du code des postes et des communications électroniques.',
		domains: ['telegram.org', 'telegram.me', 't.me'],
		sources: [S.tjParis20241112],
	},
	{
		key: 'linkedin',
		name: 'LinkedIn',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'LinkedIn Ireland Unlimited Company',
		siege: 'Wilton Plaza, Wilton Place, Dublin 2, Irlande',
		confirmed: { denomination: true, siege: false },
		domains: ['linkedin.com', 'lnkd.in'],
		sources: [tosLinkedin],
	},
	{
		key: 'microsoft',
		name: 'Microsoft (Outlook.com, Hotmail)',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Microsoft Corporation',
		confirmed: { denomination: false, siege: false },
		note: 'Le contrat de services vise « Microsoft Corporation (ou, selon le lieu de résidence, l\'une de ses sociétés affiliées) » ; l\'entité contractante pour les consommateurs français n\'est pas vérifiée.',
		domains: ['outlook.com', 'outlook.fr', 'hotmail.com', 'hotmail.fr', 'live.com', 'live.fr'],
		sources: [tosMicrosoft],
	},
	{
		key: 'wikipedia',
		name: 'Wikipédia',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur'],
		denomination: 'Wikimedia Foundation Inc.',
		confirmed: { denomination: true, siege: false },
		domains: ['wikipedia.org', 'wikimedia.org'],
		sources: [S.tjParis20221221, wikimediaOrder],
	},
	{
		key: 'la-poste',
		name: 'La Poste (messagerie laposte.net)',
		kind: 'hebergeur',
		retentionRegimes: ['hebergeur', 'operateur'],
		denomination: 'La Poste',
		forme: 'société anonyme',
		confirmed: { denomination: true, siege: false },
		domains: ['laposte.net'],
		sources: [S.tjParis20231222],
	},
	{
		key: 'orange',
		name: 'Orange',
		kind: 'fai',
		retentionRegimes: ['fai', 'operateur'],
		denomination: 'Orange',
		siege: '78 rue Olivier de Serres, 75015 Paris',
		confirmed: { denomination: true, siege: false },
		note: 'Adresse figurant dans TJ Paris, réf., 8 janv. 2020, RG n° 19/58624 ; le siège actuel n\'est pas vérifié.',
		domains: ['orange.fr', 'wanadoo.fr'],
		sources: [S.tjParis20200108],
	},
	{
		key: 'sfr',
		name: 'SFR',
		kind: 'fai',
		retentionRegimes: ['fai', 'operateur'],
		denomination: 'SFR',
		siege: '16 rue du Général Alain de Boissieu, 75015 Paris',
		confirmed: { denomination: true, siege: false },
		note: ispAddressNote,
		domains: ['sfr.fr', 'neuf.fr'],
		sources: [S.tjParis20200108],
	},
	{
		key: 'bouygues-telecom',
		name: 'Bouygues Telecom',
		kind: 'fai',
		retentionRegimes: ['fai', 'operateur'],
		denomination: 'Bouygues Telecom',
		siege: '37-39 rue Boissière, 75116 Paris',
		confirmed: { denomination: true, siege: false },
		note: ispAddressNote,
		domains: ['bouyguestelecom.fr', 'bbox.fr'],
		sources: [S.tjParis20200108],
	},
	{
		key: 'free',
		name: 'Free',
		kind: 'fai',
		retentionRegimes: ['fai', 'operateur'],
		denomination: 'Free',
		forme: 'société par actions simplifiée',
		siege: '8 rue de la Ville l\'Évêque, 75008 Paris',
		confirmed: { denomination: true, siege: false },
		note: ispAddressNote,
		domains: ['free.fr'],
		sources: [S.tjParis20200108, S.tjParis20240625],
	},
	{
		key: 'free-mobile',
		name: 'Free Mobile',
		kind: 'fai',
		retentionRegimes: ['fai', 'operateur'],
		denomination: 'Free Mobile',
		forme: 'société par actions simplifiée',
		confirmed: { denomination: true, siege: false },
		note: 'Assignée distinctement de Free (TJ Paris, réf., 25 juin 2024, RG n° 24/53422).',
		domains: ['mobile.free.fr'],
		sources: [S.tjParis20240625],
	},
];

const byKey = new Map(platforms.map((platform) => [platform.key, platform]));

/** The platform with this key, if any. */
export function platformByKey(key: string): Platform | undefined {
	return byKey.get(key);
}

/**
 * The platform serving a host name (e.g. `mobile.twitter.com`, `www.instagram.com.`), by the longest
 * matching domain so that `mobile.free.fr` resolves to Free Mobile rather than Free.
 */
export function platformForHost(hostname: string): Platform | undefined {
	const host = hostname.trim().toLowerCase().replace(/\.$/, '');
	let best: { platform: Platform; length: number } | undefined;
	for (const platform of platforms) {
		for (const domain of platform.domains) {
			if ((host === domain || host.endsWith(`.${domain}`)) && (best === undefined || domain.length > best.length)) {
				best = { platform, length: domain.length };
			}
		}
	}
	return best?.platform;
}
