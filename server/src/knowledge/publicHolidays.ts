/**
 * French public holidays (« jours fériés ») of article L. 3133-1 of the code du travail: 1er janvier,
 * lundi de Pâques, 1er mai, 8 mai, Ascension, lundi de Pentecôte, 14 juillet, Assomption,
 * Toussaint, 11 novembre, 25 décembre. Courts do not sit on them, nor on weekends. Local holidays
 * (Alsace-Moselle's Good Friday and 26 December, overseas abolition days) are not included.
 */

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return { month, day };
}

/** The national public holidays of `year`, as ISO `YYYY-MM-DD` dates. */
export function frenchPublicHolidays(year: number): ReadonlySet<string> {
	const easter = easterSunday(year);
	const easterUtc = Date.UTC(year, easter.month - 1, easter.day);
	const afterEaster = (days: number) => new Date(easterUtc + days * 86_400_000).toISOString().slice(0, 10);
	const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((monthDay) => `${year}-${monthDay}`);
	// Easter Monday, Ascension (Easter + 39 days), Whit Monday (Easter + 50 days).
	return new Set([...fixed, afterEaster(1), afterEaster(39), afterEaster(50)]);
}

/** True for a Saturday, a Sunday or a national public holiday. `isoDate` is `YYYY-MM-DD`. */
export function isNonWorkingDay(isoDate: string): boolean {
	const day = new Date(`${isoDate}T12:00:00Z`);
	const weekday = day.getUTCDay();
	return weekday === 0 || weekday === 6 || frenchPublicHolidays(day.getUTCFullYear()).has(isoDate);
}

/** The first working day on or after `isoDate` plus `days` calendar days. */
export function workingDayAfter(isoDate: string, days: number): string {
	const day = new Date(`${isoDate}T12:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	let candidate = day.toISOString().slice(0, 10);
	while (isNonWorkingDay(candidate)) {
		day.setUTCDate(day.getUTCDate() + 1);
		candidate = day.toISOString().slice(0, 10);
	}
	return candidate;
}
