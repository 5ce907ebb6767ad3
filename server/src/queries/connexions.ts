import { isIPv4 } from 'node:net';
import { parseIsoDateTime, type IsoDateTimeParts } from '../document/frontMatterSchema';
import type { PleadingModel, Span } from '../document/model';
import { defendantOf } from './defendant';

/** A connection the host disclosed, with where each of its values is written. */
export interface ConnexionEvidence {
	readonly index: number;
	readonly ip?: string;
	readonly port?: number;
	readonly horodatage?: string;
	readonly piece?: number;
	readonly written?: IsoDateTimeParts;
	/** The whole entry (first line of the list item), where a missing value is reported. */
	readonly entrySpan: Span;
	readonly ipSpan?: Span;
	readonly horodatageSpan?: Span;
}

export function connexionEvidence(model: PleadingModel): ConnexionEvidence[] {
	const frontMatter = model.frontMatter;
	const found: ConnexionEvidence[] = [];
	frontMatter?.data.connexions?.forEach((connexion, index) => {
		const entrySpan = frontMatter.locate(['connexions', index, 'ip'], 'key') ?? frontMatter.locate(['connexions', index]);
		if (connexion === undefined || entrySpan === undefined) {
			return;
		}
		found.push({
			index,
			ip: connexion.ip?.trim(),
			port: connexion.port,
			horodatage: connexion.horodatage,
			piece: connexion.piece,
			written: connexion.horodatage === undefined ? undefined : parseIsoDateTime(connexion.horodatage),
			entrySpan,
			ipSpan: frontMatter.locate(['connexions', index, 'ip']),
			horodatageSpan: frontMatter.locate(['connexions', index, 'horodatage']),
		});
	});
	return found;
}

/** Whether the act is brought against an access provider (step 2), which keeps the port by statute. */
export function againstAccessProvider(model: PleadingModel): boolean {
	return defendantOf(model)?.platform?.kind === 'fai';
}

export function isSharedIpv4(ip: string | undefined): boolean {
	return ip !== undefined && isIPv4(ip);
}
