/**
 * What the courts' e-filing (RPVA / e-barreau) accepts, from vendors' help pages reported in
 * practice research (e-signum, Projustis; medium-high confidence), not from a statute or a published
 * technical order: to be checked with the court registry. An oversized filing may be handed in on
 * paper (Cass. 2e civ., 16 nov. 2017, n° 16-24.864, as reported by the same research).
 */
export const eFiling = {
	/** About 4 MB per sending to a court. */
	maxBytesPerSending: 4 * 1024 * 1024,
	/** Plain ASCII file names of at most about 80 characters. */
	maxFileNameLength: 80,
	source: 'pages d’aide des éditeurs e-signum et Projustis sur le RPVA, à vérifier auprès du greffe',
} as const;

/** A file name e-filing accepts: ASCII letters, digits, `-`, `_` and `.`, short enough. */
export function isPlainFileName(name: string): boolean {
	return /^[A-Za-z0-9._-]+$/u.test(name) && name.length <= eFiling.maxFileNameLength;
}

/** The plain form of a file name: accents removed, spaces and other signs turned into `-`. */
export function plainFileName(name: string): string {
	const plain = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/gu, '')
		.replace(/[^A-Za-z0-9._-]+/gu, '-')
		.replace(/-{2,}/gu, '-')
		.replace(/^-|-(?=\.[^.]+$)/gu, '');
	const dot = plain.lastIndexOf('.');
	const extension = dot > 0 ? plain.slice(dot) : '';
	return plain.length <= eFiling.maxFileNameLength ? plain : plain.slice(0, eFiling.maxFileNameLength - extension.length) + extension;
}
