import { isIPv4 } from 'node:net';
import { parseIsoDateTime, type IsoDateTimeParts } from '../document/frontMatterSchema';
import type { PleadingModel, Span } from '../document/model';
import { ipPrefixSnapshot, providerOfAddress } from '../knowledge';
import type { Translator } from '../l10n';
import { defendantOf } from './defendant';

/** A connection the host disclosed, with where each of its values is written. */
export interface ConnexionEvidence {
	readonly index: number;
	readonly ip?: string;
	readonly port?: number;
	readonly horodatage?: string;
	readonly piece?: number;
	/** The access provider `dossier.yaml` names for it (`fournisseur`), if any. */
	readonly fournisseur?: string;
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
			fournisseur: connexion.fournisseur,
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

/**
 * Who announces an address, said as the routing table allows: the provider, its AS and prefix, and
 * the table's date, or that no French access provider of the table announces it.
 */
export function attributionWording(ip: string, { t, localized }: Translator): string {
	const attribution = providerOfAddress(ip);
	if (attribution === undefined) {
		return t('adresse non attribuée à un fournisseur d’accès français dans la table du {0} ({1}) ; si elle appartient à un hébergeur, à un VPN ou à un opérateur étranger, l’identification passe par lui', ipPrefixSnapshot.date, ipPrefixSnapshot.source.citation);
	}
	return t('{0} (AS{1}, préfixe {2}) : attribution selon la table de routage du {3}, à vérifier auprès de l’opérateur pour une connexion ancienne', localized(attribution.provider.name), attribution.as, attribution.prefix, attribution.snapshotDate);
}
