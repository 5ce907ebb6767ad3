import { isNode, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { Translator } from '../l10n';
import { readDossier } from './dossier';
import { parseIsoDateTime } from './frontMatterSchema';

/** A connection to add to `dossier.yaml`, as the platform's answer gives it. */
export interface ConnexionToAdd {
	readonly ip: string;
	readonly port?: number;
	/** Paris time to the second with its offset. */
	readonly horodatage: string;
	readonly fournisseur?: string;
}

export type ConnexionsAddition =
	| { readonly kind: 'added'; readonly text: string; readonly added: readonly ConnexionToAdd[]; readonly duplicates: readonly ConnexionToAdd[] }
	| { readonly kind: 'refused'; readonly problem: string };

/** The same connection whatever the writing: the address in its canonical form, the port, the instant. */
function identity(ip: string, port: number | undefined, horodatage: string): string {
	const parts = parseIsoDateTime(horodatage);
	const instant = parts?.offsetMinutes === undefined || parts.second === undefined
		? horodatage
		: String(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - parts.offsetMinutes * 60_000);
	const address = ip.trim().toLowerCase();
	return `${address}|${port ?? ''}|${instant}`;
}

/**
 * Appends connections to the `connexions` list of a dossier, through the YAML document so that its
 * comments, order and quoting survive; a connection the dossier (or the list itself) already holds is
 * skipped. Refused when the dossier is not valid YAML, or when the result would not be a valid dossier.
 */
export function addConnexions(dossierText: string, connexions: readonly ConnexionToAdd[], piece: number | undefined, { t }: Translator): ConnexionsAddition {
	const document = parseDocument(dossierText, { uniqueKeys: true });
	if (document.errors.length > 0) {
		return { kind: 'refused', problem: t('dossier.yaml n’est pas un YAML valide : corrigez-le d’abord ({0})', document.errors[0].message.split('\n')[0]) };
	}
	const before = readDossier(dossierText).issues.filter((issue) => issue.kind !== 'unknown-key').length;
	const existing = document.get('connexions', true);
	if (existing !== undefined && existing !== null && !isSeq(existing)) {
		return { kind: 'refused', problem: t('la clé `connexions` de dossier.yaml n’est pas une liste') };
	}
	const list = existing ?? new YAMLSeq();
	const seen = new Set<string>();
	for (const item of list.items) {
		const value = (isNode(item) ? item.toJSON() : item) as { ip?: unknown; port?: unknown; horodatage?: unknown } | null;
		if (value !== null && typeof value === 'object' && typeof value.ip === 'string' && typeof value.horodatage === 'string') {
			seen.add(identity(value.ip, typeof value.port === 'number' ? value.port : undefined, value.horodatage));
		}
	}
	const added: ConnexionToAdd[] = [];
	const duplicates: ConnexionToAdd[] = [];
	for (const connexion of connexions) {
		const key = identity(connexion.ip, connexion.port, connexion.horodatage);
		if (seen.has(key)) {
			duplicates.push(connexion);
			continue;
		}
		seen.add(key);
		added.push(connexion);
		list.add(document.createNode({
			ip: connexion.ip,
			...(connexion.port === undefined ? {} : { port: connexion.port }),
			horodatage: connexion.horodatage,
			...(piece === undefined ? {} : { piece }),
			...(connexion.fournisseur === undefined ? {} : { fournisseur: connexion.fournisseur }),
		}));
	}
	if (existing === undefined || existing === null) {
		document.set('connexions', list);
	}
	// No folding: a long intitulé stays on its line, as the lawyer wrote it.
	const text = added.length === 0 ? dossierText : document.toString({ lineWidth: 0 });
	const after = readDossier(text).issues.filter((issue) => issue.kind !== 'unknown-key').length;
	if (after > before) {
		return { kind: 'refused', problem: t('le dossier obtenu ne serait pas valide ; rien n’a été écrit') };
	}
	return { kind: 'added', text, added, duplicates };
}
