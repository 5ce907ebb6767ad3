import * as assert from 'node:assert/strict';
import { parsePublicationUrl, platformOfHost } from '../../server/src/evidence/publicationUrl';

// A fixed reference instant keeps the "not in the future" checks deterministic.
const NOW = new Date('2025-06-01T00:00:00Z');

/** Builds an X Snowflake id for a given instant, with all 22 machine/sequence bits set. */
function xIdAt(iso: string): string {
	return (((BigInt(Date.parse(iso)) - 1288834974657n) << 22n) | 0x3fffffn).toString();
}

/** The reading of `url`, on the fields `expected` names only (a date as its ISO string), for one comparison. */
function readingOf(url: string, expected: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
	const result = parsePublicationUrl(url, NOW);
	return result && Object.fromEntries(Object.keys(expected).map((field) => {
		const value: unknown = result[field as keyof typeof result];
		return [field, value instanceof Date ? value.toISOString() : value];
	}));
}

/** Asserts the fields `expected` names of the reading of `url`. */
function assertReading(url: string, expected: Readonly<Record<string, unknown>>): void {
	assert.deepEqual(readingOf(url, expected), expected, url);
}

suite('publicationUrl', () => {
	suite('platformOfHost', () => {
		test('Should map known hosts and their publication subdomains', () => {
			assert.equal(platformOfHost('x.com'), 'x');
			assert.equal(platformOfHost('twitter.com'), 'x');
			assert.equal(platformOfHost('mobile.twitter.com'), 'x');
			assert.equal(platformOfHost('www.x.com'), 'x');
			assert.equal(platformOfHost('WWW.TikTok.COM'), 'tiktok');
			assert.equal(platformOfHost('canary.discord.com'), 'discord');
			assert.equal(platformOfHost('discordapp.com'), 'discord');
			assert.equal(platformOfHost('www.instagram.com'), 'instagram');
			assert.equal(platformOfHost('m.facebook.com'), 'facebook');
			assert.equal(platformOfHost('youtu.be'), 'youtube');
			assert.equal(platformOfHost('twitter.com.'), 'x');
		});

		test('Should reject look-alike and unknown hosts', () => {
			assert.equal(platformOfHost('evil-x.com'), undefined);
			assert.equal(platformOfHost('x.com.evil.example'), undefined);
			assert.equal(platformOfHost('api.twitter.com'), undefined);
			assert.equal(platformOfHost('www.youtu.be'), undefined);
			assert.equal(platformOfHost('example.org'), undefined);
			assert.equal(platformOfHost(''), undefined);
		});
	});

	suite('X', () => {
		test('Should give no time for the pre-Snowflake first tweet (jack/status/20, 2006)', () => {
			assertReading('https://twitter.com/jack/status/20', { platform: 'x', handle: 'jack', id: '20', shapeValid: true, createdAt: undefined, derivation: undefined });
			assert.match(parsePublicationUrl('https://twitter.com/jack/status/20', NOW)?.noTimeReason ?? '', /antérieur à Snowflake/);
		});

		test('Should give no time for the last pre-Snowflake id and a time for the next one', () => {
			assert.equal(parsePublicationUrl('https://x.com/a/status/29700859246', NOW)?.createdAt, undefined);
			assert.equal(parsePublicationUrl('https://x.com/a/status/29700859247', NOW)?.createdAt?.toISOString(), '2010-11-04T01:43:01.738Z');
		});

		test('Should decode a Snowflake tweet id exactly (Unfurl test case, 2019-02-20T14:40:26.837Z)', () => {
			const url = 'https://twitter.com/_RyanBenson/status/1098230906194546688';
			assertReading(url, { handle: '_RyanBenson', id: '1098230906194546688', createdAt: '2019-02-20T14:40:26.837Z', noTimeReason: undefined });
			assert.match(parsePublicationUrl(url, NOW)?.derivation ?? '', /^identifiant Snowflake de X : millisecondes depuis le 2010-11-04T01:42:54\.657Z dans les bits au-dessus des 22 bits de poids faible/);
		});

		test('Should keep ids above Number.MAX_SAFE_INTEGER exact and ignore the low 22 bits', () => {
			const id = xIdAt('2023-07-07T15:17:03.123Z');
			assert.ok(BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER));
			// Going through Number would round the id up into the next millisecond.
			assert.notEqual(String(Number(id)), id);
			const result = parsePublicationUrl(`https://x.com/someone/status/${id}`, NOW);
			assert.equal(result?.id, id);
			assert.equal(result?.createdAt?.toISOString(), '2023-07-07T15:17:03.123Z');
		});

		test('Should reject the X docs placeholder id 10765432100123456789, whose 64th bit is set', () => {
			const result = parsePublicationUrl('https://x.com/someone/status/10765432100123456789', NOW);
			assert.equal(result?.shapeValid, true);
			assert.equal(result?.id, '10765432100123456789');
			assert.equal(result?.createdAt, undefined);
			assert.match(result?.noTimeReason ?? '', /64e bit/);
		});

		test('Should reject a derived time after the reference instant', () => {
			const id = xIdAt('2030-01-01T00:00:00Z');
			const result = parsePublicationUrl(`https://x.com/someone/status/${id}`, NOW);
			assert.equal(result?.createdAt, undefined);
			assert.match(result?.noTimeReason ?? '', /2030-01-01T00:00:00\.000Z.*postérieure/);
			// The same id is accepted once the reference instant has passed.
			assert.equal(parsePublicationUrl(`https://x.com/someone/status/${id}`, new Date('2031-01-01T00:00:00Z'))?.createdAt?.toISOString(), '2030-01-01T00:00:00.000Z');
		});

		test('Should accept /i/web/status and /i/status links, which carry no handle', () => {
			for (const url of ['https://twitter.com/i/web/status/1098230906194546688', 'https://x.com/i/status/1098230906194546688']) {
				const result = parsePublicationUrl(url, NOW);
				assert.equal(result?.shapeValid, true, url);
				assert.equal(result?.handle, undefined, url);
				assert.equal(result?.createdAt?.toISOString(), '2019-02-20T14:40:26.837Z', url);
			}
		});

		test('Should ignore uppercase hosts, query strings, fragments and trailing media paths', () => {
			assertReading('HTTPS://Mobile.Twitter.COM/_RyanBenson/status/1098230906194546688/photo/1?s=20&t=abc#reply', { platform: 'x', handle: '_RyanBenson', id: '1098230906194546688', createdAt: '2019-02-20T14:40:26.837Z' });
		});

		test('Should read legacy #!/ links and scheme-less URLs', () => {
			assert.equal(parsePublicationUrl('https://twitter.com/#!/jack/status/20', NOW)?.handle, 'jack');
			assert.equal(parsePublicationUrl('  www.x.com/jack/status/20  ', NOW)?.id, '20');
		});

		test('Should mark profiles and malformed ids as not a publication shape', () => {
			for (const url of [
				'https://x.com/jack',
				'https://x.com/jack/status/',
				'https://x.com/jack/status/12a',
				'https://x.com/jack/status/0123',
				'https://x.com/jack/status/18446744073709551616',
				'https://x.com/this_handle_is_too_long/status/20',
			]) {
				const result = parsePublicationUrl(url, NOW);
				assert.equal(result?.platform, 'x', url);
				assert.equal(result?.shapeValid, false, url);
				assert.equal(result?.createdAt, undefined, url);
			}
		});
	});

	suite('Discord', () => {
		test('Should decode the Discord docs example message id 175928847299117063', () => {
			const url = 'https://discord.com/channels/81384788765712384/81384788765712384/175928847299117063';
			assertReading(url, { platform: 'discord', guildId: '81384788765712384', channelId: '81384788765712384', id: '175928847299117063', createdAt: '2016-04-30T11:18:25.796Z', shapeValid: true });
			assert.match(parsePublicationUrl(url, NOW)?.derivation ?? '', /2015-01-01T00:00:00\.000Z.*Reference — Snowflakes/);
		});

		test('Should accept direct-message links and the discordapp.com host', () => {
			assertReading('https://discordapp.com/channels/@me/81384788765712384/175928847299117063?x=1#y', { guildId: '@me', createdAt: '2016-04-30T11:18:25.796Z' });
		});

		test('Should round-trip a message id built from a known instant', () => {
			const id = (((BigInt(Date.parse('2024-10-27T01:30:00.250Z')) - 1420070400000n) << 22n) | 0x3fffffn).toString();
			assert.equal(parsePublicationUrl(`https://discord.com/channels/1/2/${id}`, NOW)?.createdAt?.toISOString(), '2024-10-27T01:30:00.250Z');
		});

		test('Should reject a message id decoding after the reference instant', () => {
			const id = ((BigInt(Date.parse('2026-01-01T00:00:00Z')) - 1420070400000n) << 22n).toString();
			const result = parsePublicationUrl(`https://discord.com/channels/1/2/${id}`, NOW);
			assert.equal(result?.shapeValid, true);
			assert.equal(result?.createdAt, undefined);
			assert.match(result?.noTimeReason ?? '', /postérieure/);
		});

		test('Should not treat a channel link as a publication', () => {
			const result = parsePublicationUrl('https://discord.com/channels/81384788765712384/81384788765712384', NOW);
			assert.equal(result?.shapeValid, false);
			assert.equal(result?.channelId, '81384788765712384');
			assert.equal(result?.createdAt, undefined);
			assert.equal(parsePublicationUrl('https://discord.com/invite/abc', NOW)?.shapeValid, false);
		});
	});

	suite('TikTok', () => {
		test('Should decode the id cited in Unfurl (6854717870488702213 → 2020-07-29T02:06:13Z)', () => {
			const url = 'https://www.tiktok.com/@exemple.compte/video/6854717870488702213?is_from_webapp=1&lang=fr';
			assertReading(url, { platform: 'tiktok', handle: 'exemple.compte', id: '6854717870488702213', createdAt: '2020-07-29T02:06:13.000Z' });
			assert.match(parsePublicationUrl(url, NOW)?.derivation ?? '', /32 bits de poids fort.*non documenté/);
		});

		test('Should read the 32 high bits as Unix seconds whatever the low bits hold', () => {
			const seconds = BigInt(Date.parse('2023-07-07T15:17:03Z') / 1000);
			for (const low of [0n, 0xffffffffn]) {
				const id = ((seconds << 32n) | low).toString();
				assert.equal(parsePublicationUrl(`https://www.tiktok.com/@a_b/video/${id}`, NOW)?.createdAt?.toISOString(), '2023-07-07T15:17:03.000Z');
			}
		});

		test('Should give no time for ids before 2016 or after the reference instant', () => {
			const before = ((BigInt(Date.parse('2015-12-31T23:59:59Z') / 1000) << 32n) | 1n).toString();
			const after = (BigInt(Date.parse('2025-06-01T00:00:01Z') / 1000) << 32n).toString();
			const early = parsePublicationUrl(`https://www.tiktok.com/@a_b/video/${before}`, NOW);
			assert.equal(early?.shapeValid, true);
			assert.equal(early?.createdAt, undefined);
			assert.match(early?.noTimeReason ?? '', /avant le lancement/);
			assert.equal(parsePublicationUrl(`https://www.tiktok.com/@a_b/video/${after}`, NOW)?.createdAt, undefined);
		});

		test('Should accept photo posts and embed links, and report short links as unresolved', () => {
			assert.equal(parsePublicationUrl('https://www.tiktok.com/@a_b/photo/6854717870488702213', NOW)?.shapeValid, true);
			assert.equal(parsePublicationUrl('https://www.tiktok.com/embed/v2/6854717870488702213', NOW)?.createdAt?.toISOString(), '2020-07-29T02:06:13.000Z');
			const short = parsePublicationUrl('https://vm.tiktok.com/ZMexample/', NOW);
			assert.equal(short?.platform, 'tiktok');
			assert.equal(short?.shapeValid, false);
			assert.match(short?.noTimeReason ?? '', /lien court/);
		});

		test('Should mark a profile link as not a publication shape', () => {
			assert.equal(parsePublicationUrl('https://www.tiktok.com/@exemple', NOW)?.shapeValid, false);
		});
	});

	suite('Instagram, YouTube and Facebook', () => {
		test('Should extract an Instagram shortcode without deriving a time', () => {
			for (const url of ['https://www.instagram.com/p/DW1nTDiDvnF/?img_index=1', 'https://instagram.com/reel/DWbNC2OEilE/']) {
				const result = parsePublicationUrl(url, NOW);
				assert.equal(result?.platform, 'instagram', url);
				assert.equal(result?.shapeValid, true, url);
				assert.equal(result?.createdAt, undefined, url);
				assert.equal(result?.derivation, undefined, url);
				assert.match(result?.noTimeReason ?? '', /pas un horodatage documenté/, url);
			}
			const withHandle = parsePublicationUrl('https://www.instagram.com/some.user/p/DW1nTDiDvnF/', NOW);
			assert.equal(withHandle?.handle, 'some.user');
			assert.equal(withHandle?.id, 'DW1nTDiDvnF');
			assert.equal(parsePublicationUrl('https://www.instagram.com/xkcd/', NOW)?.shapeValid, false);
		});

		test('Should extract a YouTube video id from watch, youtu.be and shorts links', () => {
			assert.equal(parsePublicationUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s', NOW)?.id, 'dQw4w9WgXcQ');
			assert.equal(parsePublicationUrl('https://youtu.be/dQw4w9WgXcQ?si=abc', NOW)?.id, 'dQw4w9WgXcQ');
			assert.equal(parsePublicationUrl('https://m.youtube.com/shorts/dQw4w9WgXcQ', NOW)?.id, 'dQw4w9WgXcQ');
			assert.equal(parsePublicationUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ', NOW)?.createdAt, undefined);
			assert.equal(parsePublicationUrl('https://www.youtube.com/watch?v=short', NOW)?.shapeValid, false);
			assert.equal(parsePublicationUrl('https://www.youtube.com/@SomeChannel', NOW)?.shapeValid, false);
		});

		test('Should extract Facebook post ids without deriving a time', () => {
			const post = parsePublicationUrl('https://www.facebook.com/some.page/posts/pfbid02Xyz1234567890abcdef', NOW);
			assert.equal(post?.handle, 'some.page');
			assert.equal(post?.id, 'pfbid02Xyz1234567890abcdef');
			assert.equal(post?.createdAt, undefined);
			assert.equal(parsePublicationUrl('https://m.facebook.com/permalink.php?story_fbid=1234567890&id=4', NOW)?.id, '1234567890');
			assert.equal(parsePublicationUrl('https://www.facebook.com/some.page', NOW)?.shapeValid, false);
		});

		test('Should accept Marketplace items, share links, group posts and Instagram direct threads as publications', () => {
			for (const url of [
				'https://www.facebook.com/marketplace/item/1234567890123456/',
				'https://www.facebook.com/share/p/1AbCdEfGhJ/',
				'https://www.facebook.com/share/r/1AbCdEfGhJ/',
				'https://www.facebook.com/groups/voisins.paris11/posts/1234567890123456/',
				'https://www.facebook.com/groups/1234567890/permalink/9876543210/',
				'https://www.facebook.com/groups/voisins.paris11/?multi_permalinks=1234567890123456',
				'https://www.instagram.com/direct/t/340282366841710300949128171234567890/',
			]) {
				assert.equal(parsePublicationUrl(url, NOW)?.shapeValid, true, url);
			}
			// Google Maps reviews belong to no platform whose shapes we check: never « not a publication ».
			assert.equal(parsePublicationUrl('https://www.google.com/maps/reviews/@48.85,2.35,17z/data=!3m1!4b1', NOW), undefined);
			assert.equal(parsePublicationUrl('https://maps.app.goo.gl/AbCdEf123', NOW), undefined);
		});
	});

	suite('Robustness', () => {
		test('Should return undefined, without throwing, for malformed or foreign URLs', () => {
			for (const input of [
				'',
				'   ',
				'not a url',
				'http://[::1',
				'https://',
				'ftp://x.com/jack/status/20',
				'javascript:alert(1)',
				'https://example.org/jack/status/20',
				'https://x.com.evil.example/jack/status/20',
				'https://x.com/jack/status/20 https://x.com/jack/status/21',
			]) {
				assert.equal(parsePublicationUrl(input, NOW), undefined, input);
			}
			assert.equal(parsePublicationUrl(undefined as unknown as string, NOW), undefined);
		});

		test('Should not throw on percent-encoding that does not decode', () => {
			assert.equal(parsePublicationUrl('https://x.com/%E0%A4%A/status/20', NOW)?.shapeValid, false);
		});

		test('Should tell a publication shape from a profile link', () => {
			assert.equal(parsePublicationUrl('https://twitter.com/jack/status/20', NOW)?.shapeValid, true);
			assert.equal(parsePublicationUrl('https://x.com/jack', NOW)?.shapeValid, false);
		});

		test('Should fall back to the current time when the reference instant is invalid', () => {
			const result = parsePublicationUrl('https://twitter.com/_RyanBenson/status/1098230906194546688', new Date(NaN));
			assert.equal(result?.createdAt?.toISOString(), '2019-02-20T14:40:26.837Z');
		});
	});
});
