/** The practice act's own date: its other dates keep their distance to it when it is moved to today. */
const PRACTICE_ACT_DATE = '2025-03-03';

/** X's ids carry their creation time in milliseconds above their 22 low bits (X developer docs, « X IDs »). */
const X_ID_TIME_SHIFT = 22n;

/**
 * The practice act dated `today`: its publication keeps its eleven days' distance, so nothing is past
 * retention, and the post's id moves with it, so that the light bulb still completes the imprecise
 * time from the address (the id's low bits, and so its seconds, are kept).
 */
export function practiceActDated(text: string, today: string): string {
	const shiftMs = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${PRACTICE_ACT_DATE}T00:00:00Z`);
	const moved = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + shiftMs).toISOString().slice(0, 10);
	return text
		.replace(/^(date|\s+horodatage): (\d{4}-\d{2}-\d{2})/gmu, (_line, key: string, isoDate: string) => `${key}: ${moved(isoDate)}`)
		.replace(/(x\.com\/\w+\/status\/)(\d+)/gu, (_url, path: string, id: string) => `${path}${BigInt(id) + (BigInt(shiftMs) << X_ID_TIME_SHIFT)}`);
}
