/** Today's date where the lawyer is, not in UTC (an act written at 00:30 in Paris is dated that day). */
export function localToday(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
