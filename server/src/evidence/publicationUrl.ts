/**
 * Reads what a publication URL says by itself: the platform, the account name written in it, the
 * publication identifier and, where the platform's identifier scheme is publicly known, the moment
 * the identifier was created. Nothing here asks the platform anything: it is pure and never throws.
 */

/** Platforms whose publication URLs are recognised. */
export type Platform = 'x' | 'tiktok' | 'discord' | 'instagram' | 'facebook' | 'youtube';

/** What a publication URL says by itself, before anyone asks the platform. */
export interface PublicationUrl {
	/** The platform serving the URL's host. */
	readonly platform: Platform;
	/**
	 * The account name as written in the URL, without `@`. It is not proof of authorship: X, for one,
	 * serves `/<anything>/status/<id>` for any handle and redirects to the real author.
	 */
	readonly handle?: string;
	/**
	 * The publication identifier, exactly as written (decimal ids are kept as strings because they
	 * exceed `Number.MAX_SAFE_INTEGER`): tweet id, TikTok video id, Discord message id, Instagram
	 * shortcode, YouTube video id, Facebook post id.
	 */
	readonly id?: string;
	/** Discord only: the server id (`@me` for direct messages) of a message link. */
	readonly guildId?: string;
	/** Discord only: the channel id of a message link. */
	readonly channelId?: string;
	/** The creation time encoded in `id`, when the scheme is known and the result is plausible. */
	readonly createdAt?: Date;
	/** French one-line explanation of how `createdAt` was derived, with its source; set iff `createdAt` is. */
	readonly derivation?: string;
	/** French one-line reason why no time was derived from a well-formed `id`. */
	readonly noTimeReason?: string;
	/** True when the path has a publication shape known for this platform (not a profile, a short link…). */
	readonly shapeValid: boolean;
	/** True when the path is an account's own page (`x.com/<handle>`, `instagram.com/<handle>/`, `tiktok.com/@<handle>`): the content at issue when the wrong is the profile itself. */
	readonly profile?: true;
}

/** Registrable domains of each platform, with the subdomains that serve the same pages. */
const DOMAINS: ReadonlyMap<string, { platform: Platform; subdomains: readonly string[] }> = new Map([
	['x.com', { platform: 'x', subdomains: ['www', 'mobile'] }],
	['twitter.com', { platform: 'x', subdomains: ['www', 'mobile'] }],
	// vm. and vt. serve short share links, recognised so that they can be reported as such.
	['tiktok.com', { platform: 'tiktok', subdomains: ['www', 'm', 'vm', 'vt'] }],
	['discord.com', { platform: 'discord', subdomains: ['www', 'canary', 'ptb'] }],
	['discordapp.com', { platform: 'discord', subdomains: ['www', 'canary', 'ptb'] }],
	['instagram.com', { platform: 'instagram', subdomains: ['www', 'm'] }],
	['facebook.com', { platform: 'facebook', subdomains: ['www', 'm', 'mbasic', 'web'] }],
	['youtube.com', { platform: 'youtube', subdomains: ['www', 'm'] }],
	['youtu.be', { platform: 'youtube', subdomains: [] }],
]);

/**
 * The platform serving `hostname`, or `undefined` for any other host. Case and a trailing dot are
 * ignored; only the subdomains known to serve publications are accepted, so `evil-x.com` or
 * `x.com.evil.example` are not mistaken for X.
 */
export function platformOfHost(hostname: string): Platform | undefined {
	if (typeof hostname !== 'string') {
		return undefined;
	}
	const host = hostname.trim().toLowerCase().replace(/\.$/, '');
	const direct = DOMAINS.get(host);
	if (direct) {
		return direct.platform;
	}
	const dot = host.indexOf('.');
	const entry = dot > 0 ? DOMAINS.get(host.slice(dot + 1)) : undefined;
	return entry?.subdomains.includes(host.slice(0, dot)) ? entry.platform : undefined;
}

/**
 * Parses a publication URL of a known shape. Returns `undefined` for text that is not an http(s) URL
 * or whose host belongs to no known platform; returns `shapeValid: false` for a known host whose
 * path is not a publication (profile, short link, malformed id). Never throws.
 *
 * @param url The URL as written; a missing `https://` is tolerated, as pleadings often omit it.
 * @param now The reference instant: a time derived after it is rejected. Defaults to the current time.
 */
export function parsePublicationUrl(url: string, now: Date = new Date()): PublicationUrl | undefined {
	const parsed = toUrl(url);
	if (!parsed) {
		return undefined;
	}
	const platform = platformOfHost(parsed.hostname);
	if (!platform) {
		return undefined;
	}
	// An invalid reference would let every decoded date through the "not in the future" check.
	const reference = Number.isNaN(now.getTime()) ? Date.now() : now.getTime();
	const segments = pathSegments(parsed.pathname);
	switch (platform) {
		case 'x':
			return parseX(parsed, segments, reference);
		case 'tiktok':
			return parseTikTok(parsed, segments, reference);
		case 'discord':
			return parseDiscord(segments, reference);
		case 'instagram':
			return parseInstagram(segments);
		case 'facebook':
			return parseFacebook(parsed, segments);
		case 'youtube':
			return parseYouTube(parsed, segments);
	}
}

type TimeReading = Pick<PublicationUrl, 'createdAt' | 'derivation' | 'noTimeReason'>;

const UINT64_MAX = (1n << 64n) - 1n;

/**
 * X/Twitter Snowflake: the bits above the 22 low bits (10 machine bits, 12 sequence bits) count
 * milliseconds since 1288834974657 = 2010-11-04T01:42:54.657Z. Sources: X developer docs, "X IDs"
 * (https://developer.x.com/en/docs/x-ids, which describes the timestamp/worker/sequence layout) and the
 * `twepoch` constant of IdWorker.scala in the twitter/snowflake repository (now twitter-archive/snowflake).
 */
const X_EPOCH_MS = 1288834974657n;
/**
 * Tweets before the switch to Snowflake (November 2010) had sequential ids that encode no time; the
 * last of them is 29700859247, the bound used by TweetedAt (oduwsdl/tweetedat, TimestampEstimator.py;
 * ws-dl.blogspot.com, 2019-08-03). Decoding such an id as a Snowflake would yield a false 2010-11-04.
 */
const X_FIRST_SNOWFLAKE = 29700859247n;

/**
 * Discord Snowflake: same layout as Twitter's, milliseconds since 1420070400000 = 2015-01-01T00:00:00Z
 * in the bits above the 22 low bits. Source: Discord developer docs, "Reference — Snowflakes"
 * (https://discord.com/developers/docs/reference#snowflakes).
 */
const DISCORD_EPOCH_MS = 1420070400000n;

/**
 * TikTok: the 32 high bits of a video id read as Unix seconds. TikTok does not document this; it comes
 * from public reverse engineering (Unfurl, obsidianforensics/unfurl parse_tiktok.py; B. Steel et al.,
 * "Just Another Hour on TikTok", arXiv:2504.13279, 2025). Third-party checks against the displayed
 * publication time report differences of a few seconds up to about a minute, hence the cautious wording.
 * TikTok (and Douyin, which shares the scheme) launched in 2016, so an earlier result is not a TikTok id.
 */
const TIKTOK_EARLIEST_MS = Date.UTC(2016, 0, 1);

const X_DERIVATION = 'identifiant Snowflake de X : millisecondes depuis le 2010-11-04T01:42:54.657Z dans les bits au-dessus des 22 bits de poids faible (sources : documentation développeurs X « X IDs », dépôt twitter/snowflake)';
const DISCORD_DERIVATION = 'identifiant Snowflake de message Discord : millisecondes depuis le 2015-01-01T00:00:00.000Z dans les bits au-dessus des 22 bits de poids faible (source : documentation développeurs Discord, « Reference — Snowflakes »)';
const TIKTOK_DERIVATION = 'identifiant de vidéo TikTok : secondes Unix dans les 32 bits de poids fort, schéma non documenté par TikTok et établi par rétro-ingénierie publique (Unfurl ; Steel et al., arXiv:2504.13279) ; heure de création de l\'identifiant, pouvant différer de quelques secondes de l\'heure de publication affichée';

function parseX(url: URL, pathParts: string[], now: number): PublicationUrl {
	// Links copied from 2009–2012 pages put the path in a `#!/` fragment.
	const segments = pathParts.length === 0 && url.hash.startsWith('#!/')
		? pathSegments(url.hash.slice(2).split('?')[0])
		: pathParts;
	let handle: string | undefined;
	let idText: string | undefined;
	const [first, second, third] = segments.map(s => s.toLowerCase());
	if (first === 'i' && second === 'web' && third === 'status') {
		idText = segments[3];
	} else if (first === 'i' && second === 'status') {
		idText = segments[2];
	} else if ((second === 'status' || second === 'statuses') && /^[A-Za-z0-9_]{1,15}$/.test(segments[0] ?? '')) {
		handle = segments[0];
		idText = segments[2];
	}
	const id = idText === undefined ? undefined : parseDecimalId(idText);
	if (id === undefined || idText === undefined) {
		return { platform: 'x', ...profileOf(segments, /^[A-Za-z0-9_]{1,15}$/u, X_RESERVED_PATHS), shapeValid: false };
	}
	return { platform: 'x', ...(handle ? { handle } : {}), id: idText, ...xTime(id, now), shapeValid: true };
}

/** Paths of X and Instagram that are pages of the service, not accounts. */
const X_RESERVED_PATHS: ReadonlySet<string> = new Set(['home', 'explore', 'search', 'i', 'intent', 'share', 'settings', 'messages', 'notifications', 'hashtag', 'login', 'tos', 'privacy']);
const INSTAGRAM_RESERVED_PATHS: ReadonlySet<string> = new Set(['explore', 'accounts', 'direct', 'stories', 'reels', 'p', 'reel', 'tv', 'about', 'legal']);

/** An account's own page: a single path segment that is a valid handle and no page of the service. */
function profileOf(segments: readonly string[], handlePattern: RegExp, reserved: ReadonlySet<string>): { handle?: string; profile?: true } {
	const [only] = segments;
	return segments.length === 1 && handlePattern.test(only) && !reserved.has(only.toLowerCase()) ? { handle: only, profile: true } : {};
}

function xTime(id: bigint, now: number): TimeReading {
	if (id < X_FIRST_SNOWFLAKE) {
		return { noTimeReason: 'identifiant X antérieur à Snowflake (avant novembre 2010) : attribué séquentiellement, il n\'encode aucune date' };
	}
	// Snowflake keeps the sign bit at zero, so a 64th bit means the id was not minted by it.
	if (id >> 63n !== 0n) {
		return { noTimeReason: 'identifiant X hors du format Snowflake (64e bit à 1) : aucune date n\'en est déduite' };
	}
	return checkedTime(Number((id >> 22n) + X_EPOCH_MS), now, X_DERIVATION);
}

function parseTikTok(url: URL, segments: string[], now: number): PublicationUrl {
	const sub = url.hostname.toLowerCase().split('.')[0];
	if (sub === 'vm' || sub === 'vt') {
		return { platform: 'tiktok', noTimeReason: 'lien court TikTok : à résoudre pour obtenir l\'identifiant de la vidéo', shapeValid: false };
	}
	let handle: string | undefined;
	let idText: string | undefined;
	const [first, second] = segments.map(s => s.toLowerCase());
	if (segments[0]?.startsWith('@') && (second === 'video' || second === 'photo')) {
		const name = segments[0].slice(1);
		if (/^[A-Za-z0-9_.]{2,24}$/.test(name)) {
			handle = name;
			idText = segments[2];
		}
	} else if (first === 'embed') {
		idText = second === 'v2' ? segments[2] : segments[1];
	} else if (first === 'v' && segments[1]?.toLowerCase().endsWith('.html')) {
		// Older share links: m.tiktok.com/v/<id>.html
		idText = segments[1].slice(0, -'.html'.length);
	}
	const id = idText === undefined ? undefined : parseDecimalId(idText);
	if (id === undefined || idText === undefined) {
		const profile = segments.length === 1 && segments[0].startsWith('@') ? profileOf([segments[0].slice(1)], /^[A-Za-z0-9_.]{2,24}$/u, new Set()) : {};
		return { platform: 'tiktok', ...(handle ? { handle } : {}), ...profile, shapeValid: false };
	}
	return { platform: 'tiktok', ...(handle ? { handle } : {}), id: idText, ...tikTokTime(id, now), shapeValid: true };
}

function tikTokTime(id: bigint, now: number): TimeReading {
	const ms = Number(id >> 32n) * 1000;
	if (ms < TIKTOK_EARLIEST_MS) {
		return { noTimeReason: `identifiant TikTok dont les 32 bits de poids fort donnent ${new Date(ms).toISOString()}, avant le lancement de TikTok : aucune date n'en est déduite` };
	}
	return checkedTime(ms, now, TIKTOK_DERIVATION);
}

function parseDiscord(segments: string[], now: number): PublicationUrl {
	if (segments[0]?.toLowerCase() !== 'channels') {
		return { platform: 'discord', shapeValid: false };
	}
	const [, guildText, channelText, messageText] = segments;
	const guildOk = guildText === '@me' || (guildText !== undefined && parseDecimalId(guildText) !== undefined);
	const channelOk = channelText !== undefined && parseDecimalId(channelText) !== undefined;
	if (!guildOk || !channelOk) {
		return { platform: 'discord', shapeValid: false };
	}
	const context = { guildId: guildText, channelId: channelText };
	// A channel link without a message designates no publication.
	const message = messageText === undefined ? undefined : parseDecimalId(messageText);
	if (message === undefined || messageText === undefined) {
		return { platform: 'discord', ...context, shapeValid: false };
	}
	const time = checkedTime(Number((message >> 22n) + DISCORD_EPOCH_MS), now, DISCORD_DERIVATION);
	return { platform: 'discord', id: messageText, ...context, ...time, shapeValid: true };
}

const INSTAGRAM_KINDS = new Set(['p', 'reel', 'reels', 'tv']);
const INSTAGRAM_NO_TIME = 'code court Instagram : ce n\'est pas un horodatage documenté par Meta, aucune date n\'en est déduite';

function parseInstagram(segments: string[]): PublicationUrl {
	let handle: string | undefined;
	let code: string | undefined;
	const [first, second] = segments.map(s => s.toLowerCase());
	if (first === 'direct' && second === 't' && /^[0-9]{5,40}$/.test(segments[2] ?? '')) {
		// A direct-message thread: instagram.com/direct/t/<thread id>/ designates the conversation holding the messages.
		return { platform: 'instagram', id: segments[2], noTimeReason: 'fil de messages privés Instagram : la date de chaque message se relève dans la conversation', shapeValid: true };
	}
	if (first !== undefined && INSTAGRAM_KINDS.has(first)) {
		code = segments[1];
	} else if (second !== undefined && INSTAGRAM_KINDS.has(second) && /^[A-Za-z0-9._]{1,30}$/.test(segments[0] ?? '')) {
		// Newer links carry the account: instagram.com/<handle>/p/<shortcode>/
		handle = segments[0];
		code = segments[2];
	}
	if (code === undefined || !/^[A-Za-z0-9_-]{5,64}$/.test(code)) {
		return { platform: 'instagram', ...profileOf(segments, /^[A-Za-z0-9._]{1,30}$/u, INSTAGRAM_RESERVED_PATHS), shapeValid: false };
	}
	return { platform: 'instagram', ...(handle ? { handle } : {}), id: code, noTimeReason: INSTAGRAM_NO_TIME, shapeValid: true };
}

const FACEBOOK_NO_TIME = 'identifiant Facebook : aucun schéma d\'horodatage documenté, aucune date n\'en est déduite';

function parseFacebook(url: URL, segments: string[]): PublicationUrl {
	const query = url.searchParams;
	const [first, second] = segments.map(s => s.toLowerCase());
	let handle: string | undefined;
	let id: string | undefined;
	if (first === 'permalink.php' || first === 'story.php') {
		id = query.get('story_fbid') ?? undefined;
	} else if (first === 'photo' || first === 'photo.php') {
		id = query.get('fbid') ?? undefined;
	} else if (first === 'watch') {
		id = query.get('v') ?? undefined;
	} else if (first === 'reel') {
		id = segments[1];
	} else if (first === 'groups' && (segments[2] === 'posts' || segments[2] === 'permalink')) {
		id = segments[3];
	} else if (first === 'groups' && segments[1] !== undefined && query.has('multi_permalinks')) {
		// A group post opened from the group's feed: facebook.com/groups/<group>/?multi_permalinks=<id>
		id = query.get('multi_permalinks')?.split(',')[0];
	} else if (first === 'marketplace' && second === 'item') {
		// A Marketplace listing: facebook.com/marketplace/item/<id>/
		id = segments[2];
	} else if (first === 'share' && (second === 'p' || second === 'r' || second === 'v') && /^[A-Za-z0-9]{6,40}$/.test(segments[2] ?? '')) {
		// A share link (facebook.com/share/p/<token>/) designates one post, video or reel; the token is not its id.
		return { platform: 'facebook', id: segments[2], noTimeReason: 'lien de partage Facebook : il désigne une publication, dont l\'identifiant et la date se relèvent sur la page', shapeValid: true };
	} else if ((second === 'posts' || second === 'videos') && /^[A-Za-z0-9.]{1,80}$/.test(segments[0] ?? '')) {
		handle = segments[0];
		id = segments[2];
	}
	// Post ids are decimal, or opaque `pfbid…` tokens since 2022.
	if (id === undefined || !/^(?:[1-9][0-9]{0,24}|pfbid[0-9A-Za-z]{10,80})$/.test(id)) {
		return { platform: 'facebook', ...(handle ? { handle } : {}), shapeValid: false };
	}
	return { platform: 'facebook', ...(handle ? { handle } : {}), id, noTimeReason: FACEBOOK_NO_TIME, shapeValid: true };
}

const YOUTUBE_NO_TIME = 'identifiant de vidéo YouTube : sans horodatage documenté, la date de mise en ligne se relève sur la page';

function parseYouTube(url: URL, segments: string[]): PublicationUrl {
	let id: string | undefined;
	const first = segments[0]?.toLowerCase();
	if (url.hostname.toLowerCase().endsWith('youtu.be')) {
		id = segments[0];
	} else if (first === 'watch') {
		id = url.searchParams.get('v') ?? undefined;
	} else if (first === 'shorts' || first === 'live' || first === 'embed') {
		id = segments[1];
	}
	if (id === undefined || !/^[A-Za-z0-9_-]{11}$/.test(id)) {
		return { platform: 'youtube', shapeValid: false };
	}
	return { platform: 'youtube', id, noTimeReason: YOUTUBE_NO_TIME, shapeValid: true };
}

/** Accepts the derived instant only if it is not after the reference: a future date means a forged or misread id. */
function checkedTime(ms: number, now: number, derivation: string): TimeReading {
	if (ms > now) {
		return { noTimeReason: `date déduite de l'identifiant (${new Date(ms).toISOString()}) postérieure à la date de référence : identifiant invalide, aucune date n'est retenue` };
	}
	return { createdAt: new Date(ms), derivation };
}

/** A canonical decimal id (no sign, no leading zero) that fits in an unsigned 64-bit integer. */
function parseDecimalId(text: string): bigint | undefined {
	if (!/^[1-9][0-9]{0,19}$/.test(text)) {
		return undefined;
	}
	const value = BigInt(text);
	return value <= UINT64_MAX ? value : undefined;
}

function toUrl(text: string): URL | undefined {
	if (typeof text !== 'string') {
		return undefined;
	}
	const trimmed = text.trim();
	if (trimmed === '' || /\s/.test(trimmed)) {
		return undefined;
	}
	const withScheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed) ? trimmed : `https://${trimmed}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return undefined;
	}
	return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}

/** Non-empty, percent-decoded path segments; a segment that does not decode is kept as written. */
function pathSegments(pathname: string): string[] {
	return pathname.split('/').filter(s => s !== '').map(s => {
		try {
			return decodeURIComponent(s);
		} catch {
			return s;
		}
	});
}
