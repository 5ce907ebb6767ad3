import * as assert from 'node:assert/strict';
import { formatFrenchParisDateTime, formatIsoWithParisOffset, formatUtc, parisOffsetMinutes } from '../../server/src/evidence/parisTime';

suite('parisTime', () => {
	test('Should format a summer instant with the +02:00 offset', () => {
		const instant = new Date('2023-07-07T15:17:03Z');
		assert.equal(parisOffsetMinutes(instant), 120);
		assert.equal(formatIsoWithParisOffset(instant), '2023-07-07T17:17:03+02:00');
		assert.equal(formatFrenchParisDateTime(instant), 'le 7 juillet 2023 à 17:17:03 (UTC+2)');
		assert.equal(formatUtc(instant), '2023-07-07T15:17:03Z');
	});

	test('Should format a winter instant with the +01:00 offset and zero-padded hours', () => {
		const instant = new Date('2024-01-15T08:05:07Z');
		assert.equal(parisOffsetMinutes(instant), 60);
		assert.equal(formatIsoWithParisOffset(instant), '2024-01-15T09:05:07+01:00');
		assert.equal(formatFrenchParisDateTime(instant), 'le 15 janvier 2024 à 09:05:07 (UTC+1)');
		assert.equal(formatUtc(instant), '2024-01-15T08:05:07Z');
	});

	test('Should switch to summer time at 01:00:00 UTC on the last Sunday of March', () => {
		const before = new Date('2024-03-31T00:59:59Z');
		const after = new Date('2024-03-31T01:00:00Z');
		assert.equal(parisOffsetMinutes(before), 60);
		assert.equal(parisOffsetMinutes(after), 120);
		// Paris clocks jump from 01:59:59 to 03:00:00.
		assert.equal(formatIsoWithParisOffset(before), '2024-03-31T01:59:59+01:00');
		assert.equal(formatIsoWithParisOffset(after), '2024-03-31T03:00:00+02:00');
	});

	test('Should switch back to winter time at 01:00:00 UTC on the last Sunday of October', () => {
		const before = new Date('2024-10-27T00:59:59Z');
		const after = new Date('2024-10-27T01:00:00Z');
		assert.equal(parisOffsetMinutes(before), 120);
		assert.equal(parisOffsetMinutes(after), 60);
		assert.equal(formatIsoWithParisOffset(before), '2024-10-27T02:59:59+02:00');
		assert.equal(formatIsoWithParisOffset(after), '2024-10-27T02:00:00+01:00');
	});

	test('Should tell apart the two occurrences of 02:30 on the night back to winter time', () => {
		const first = new Date('2024-10-27T00:30:00Z');
		const second = new Date('2024-10-27T01:30:00Z');
		assert.equal(formatIsoWithParisOffset(first), '2024-10-27T02:30:00+02:00');
		assert.equal(formatIsoWithParisOffset(second), '2024-10-27T02:30:00+01:00');
		assert.equal(formatFrenchParisDateTime(first), 'le 27 octobre 2024 à 02:30:00 (UTC+2)');
		assert.equal(formatFrenchParisDateTime(second), 'le 27 octobre 2024 à 02:30:00 (UTC+1)');
	});

	test('Should write 1er for the first day of a month, including across a UTC date change', () => {
		// 22:00 UTC on 31 July is already 1 August in Paris.
		assert.equal(formatFrenchParisDateTime(new Date('2024-07-31T22:00:00Z')), 'le 1er août 2024 à 00:00:00 (UTC+2)');
		assert.equal(formatFrenchParisDateTime(new Date('2024-02-01T11:00:00Z')), 'le 1er février 2024 à 12:00:00 (UTC+1)');
		assert.equal(formatIsoWithParisOffset(new Date('2023-12-31T23:00:00Z')), '2024-01-01T00:00:00+01:00');
	});

	test('Should truncate milliseconds consistently in every format', () => {
		const instant = new Date('2023-07-07T15:17:03.999Z');
		assert.equal(formatIsoWithParisOffset(instant), '2023-07-07T17:17:03+02:00');
		assert.equal(formatFrenchParisDateTime(instant), 'le 7 juillet 2023 à 17:17:03 (UTC+2)');
		assert.equal(formatUtc(instant), '2023-07-07T15:17:03Z');
		assert.equal(parisOffsetMinutes(instant), 120);
	});

	test('Should throw a RangeError for an invalid Date', () => {
		const invalid = new Date(NaN);
		assert.throws(() => parisOffsetMinutes(invalid), RangeError);
		assert.throws(() => formatIsoWithParisOffset(invalid), RangeError);
		assert.throws(() => formatFrenchParisDateTime(invalid), RangeError);
		assert.throws(() => formatUtc(invalid), RangeError);
	});
});
