import * as assert from 'node:assert/strict';
import { formatFrenchParisDateTime, formatIsoWithParisOffset, formatUtc, parisOffsetMinutes } from '../../server/src/evidence/parisTime';

/** Every way the module writes an instant: Paris offset in minutes, ISO with the Paris offset, French, UTC. */
function formats(instant: string): { offset: number; iso: string; french: string; utc: string } {
	const date = new Date(instant);
	return { offset: parisOffsetMinutes(date), iso: formatIsoWithParisOffset(date), french: formatFrenchParisDateTime(date), utc: formatUtc(date) };
}

suite('parisTime', () => {
	const cases: readonly (readonly [string, string, ReturnType<typeof formats>])[] = [
		['a summer instant, with the +02:00 offset', '2023-07-07T15:17:03Z', { offset: 120, iso: '2023-07-07T17:17:03+02:00', french: 'le 7 juillet 2023 à 17:17:03 (UTC+2)', utc: '2023-07-07T15:17:03Z' }],
		['a winter instant, with the +01:00 offset and zero-padded hours', '2024-01-15T08:05:07Z', { offset: 60, iso: '2024-01-15T09:05:07+01:00', french: 'le 15 janvier 2024 à 09:05:07 (UTC+1)', utc: '2024-01-15T08:05:07Z' }],
		// Summer time starts at 01:00:00 UTC on the last Sunday of March: Paris clocks jump from 01:59:59 to 03:00:00.
		['the last second of winter time in March', '2024-03-31T00:59:59Z', { offset: 60, iso: '2024-03-31T01:59:59+01:00', french: 'le 31 mars 2024 à 01:59:59 (UTC+1)', utc: '2024-03-31T00:59:59Z' }],
		['the first second of summer time in March', '2024-03-31T01:00:00Z', { offset: 120, iso: '2024-03-31T03:00:00+02:00', french: 'le 31 mars 2024 à 03:00:00 (UTC+2)', utc: '2024-03-31T01:00:00Z' }],
		// Winter time comes back at 01:00:00 UTC on the last Sunday of October: 02:00 to 02:59:59 happen twice.
		['the last second of summer time in October', '2024-10-27T00:59:59Z', { offset: 120, iso: '2024-10-27T02:59:59+02:00', french: 'le 27 octobre 2024 à 02:59:59 (UTC+2)', utc: '2024-10-27T00:59:59Z' }],
		['the first second of winter time in October', '2024-10-27T01:00:00Z', { offset: 60, iso: '2024-10-27T02:00:00+01:00', french: 'le 27 octobre 2024 à 02:00:00 (UTC+1)', utc: '2024-10-27T01:00:00Z' }],
		['the first 02:30 of the night back to winter time', '2024-10-27T00:30:00Z', { offset: 120, iso: '2024-10-27T02:30:00+02:00', french: 'le 27 octobre 2024 à 02:30:00 (UTC+2)', utc: '2024-10-27T00:30:00Z' }],
		['the second 02:30 of the night back to winter time', '2024-10-27T01:30:00Z', { offset: 60, iso: '2024-10-27T02:30:00+01:00', french: 'le 27 octobre 2024 à 02:30:00 (UTC+1)', utc: '2024-10-27T01:30:00Z' }],
		['an instant with milliseconds, truncated the same way', '2023-07-07T15:17:03.999Z', { offset: 120, iso: '2023-07-07T17:17:03+02:00', french: 'le 7 juillet 2023 à 17:17:03 (UTC+2)', utc: '2023-07-07T15:17:03Z' }],
	];
	for (const [name, instant, expected] of cases) {
		test(`Should write ${name} in every format`, () => {
			assert.deepEqual(formats(instant), expected);
		});
	}

	test('Should write 1er for the first day of a month, including across a UTC date change', () => {
		// 22:00 UTC on 31 July is already 1 August in Paris.
		assert.equal(formatFrenchParisDateTime(new Date('2024-07-31T22:00:00Z')), 'le 1er août 2024 à 00:00:00 (UTC+2)');
		assert.equal(formatFrenchParisDateTime(new Date('2024-02-01T11:00:00Z')), 'le 1er février 2024 à 12:00:00 (UTC+1)');
		assert.equal(formatIsoWithParisOffset(new Date('2023-12-31T23:00:00Z')), '2024-01-01T00:00:00+01:00');
	});

	test('Should throw a RangeError for an invalid Date', () => {
		const invalid = new Date(NaN);
		assert.throws(() => parisOffsetMinutes(invalid), RangeError);
		assert.throws(() => formatIsoWithParisOffset(invalid), RangeError);
		assert.throws(() => formatFrenchParisDateTime(invalid), RangeError);
		assert.throws(() => formatUtc(invalid), RangeError);
	});
});
