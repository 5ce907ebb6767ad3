import { citation, ipPrefixSnapshot, platformByKey, providerKeyOfConnexion, providerOfAddress } from '../knowledge';
import type { PleadingModel, Span } from '../document/model';
import { againstAccessProvider, connexionEvidence, type ConnexionEvidence } from '../queries/connexions';
import { defendantOf } from '../queries/defendant';
import type { Finding, Rule, RuleFix } from './types';

/**
 * An act against one access provider that cites an address another provider announces: the
 * defendant will answer « inconnu » (Free and Free Mobile are distinct companies, sued separately:
 * TJ Paris, réf., 25 juin 2024, RG 24/53422). The attribution is that of the dated routing table
 * (law.md A.15), or the provider the dossier names for the connection (`fournisseur`).
 */
const connexionProviderMismatch: Rule = {
	id: 'connexion-provider-mismatch',
	description: 'An act against one access provider cites a connection whose address another provider announces (dated routing table) or that the dossier attributes to another provider',
	defaultSeverity: 'warning',
	fixable: true,
	readsFrontMatterOnly: true,
	messages: {
		routedElsewhere: 'Adresse d’un autre fournisseur d’accès : {ip} est annoncée par {provider} (AS{as}, préfixe {prefix}) et non par {defendant}, selon la table de routage du {snapshotDate} ({snapshotSource}) ; {defendant} répondrait qu’elle lui est inconnue : citez cette connexion dans l’acte contre {provider} ({decision}), après vérification auprès de l’opérateur pour une connexion ancienne',
		otherProvider: 'Adresse d’un autre fournisseur d’accès : le dossier attribue {ip} à {provider} (`fournisseur`), et non à {defendant} ; citez cette connexion dans l’acte contre {provider} ({decision})',
		removeConnexion: 'Retirer de cet acte la connexion {ip}',
	},
	*check({ model }): Generator<Finding> {
		const defendant = defendantOf(model)?.platform;
		if (defendant === undefined || !againstAccessProvider(model)) {
			return;
		}
		const connexions = connexionEvidence(model);
		for (const connexion of connexions) {
			const key = connexion.ip === undefined ? undefined : providerKeyOfConnexion(connexion.ip, connexion.fournisseur);
			const other = key === undefined || key === defendant.key ? undefined : platformByKey(key);
			if (connexion.ip === undefined || other === undefined) {
				continue;
			}
			const attribution = providerOfAddress(connexion.ip);
			const fix = removal(model, connexion, connexions.length);
			yield {
				span: connexion.ipSpan ?? connexion.entrySpan,
				...(attribution?.provider.key === other.key
					? {
						messageId: 'routedElsewhere',
						data: { ip: connexion.ip, provider: { text: other.name }, as: attribution.as, prefix: attribution.prefix, defendant: { text: defendant.name }, snapshotDate: ipPrefixSnapshot.date, snapshotSource: ipPrefixSnapshot.source.citation, decision: citation('tjParis20240625') },
					}
					: { messageId: 'otherProvider', data: { ip: connexion.ip, provider: { text: other.name }, defendant: { text: defendant.name }, decision: citation('tjParis20240625') } }),
				...(fix === undefined ? {} : { fixes: [fix] }),
			};
		}
	},
};

/**
 * Takes the connection out of the act's own `connexions` (the list becomes `[]` when it was the only
 * one, so the act still does not inherit the dossier's) with the body's list items that cite it. A
 * connection inherited from `dossier.yaml` is not the act's to remove: no fix.
 */
function removal(model: PleadingModel, connexion: ConnexionEvidence, count: number): RuleFix | undefined {
	const frontMatter = model.frontMatter;
	const item = frontMatter?.locate(['connexions', connexion.index]);
	const key = frontMatter?.locate(['connexions'], 'key');
	const list = frontMatter?.locate(['connexions']);
	if (item === undefined || key === undefined || list === undefined || 'origin' in item || connexion.ip === undefined) {
		return undefined;
	}
	const text = model.document.getText();
	const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
	const lineAfter = (offset: number): number => {
		const end = text.indexOf('\n', offset);
		return end === -1 ? text.length : end + 1;
	};
	const yamlEdit = count === 1
		? { span: { start: key.start, end: lineAfter(Math.max(list.end - 1, key.end)) - 1 }, newText: 'connexions: []' }
		: { span: { start: lineStart(item.start), end: lineAfter(Math.max(item.end - 1, item.start)) }, newText: '' };
	// The body's list items that are this connection (« - l’adresse IP 37.165.2.9, … ; »), never a demand that merely names it.
	const bodyStart = model.frontMatter?.span.end ?? 0;
	const escaped = connexion.ip.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	const bullet = new RegExp(`^[ \\t]*[-*] l[’']adresse IP ${escaped}(?![\\w:]|\\.\\d)[^\\n]*\\n`, 'gmu');
	const bodyEdits: { span: Span; newText: string }[] = [];
	for (const match of text.slice(bodyStart).matchAll(bullet)) {
		bodyEdits.push({ span: { start: bodyStart + match.index, end: bodyStart + match.index + match[0].length }, newText: '' });
	}
	// Taking a connexion out changes what the act asks: a suggestion for the light bulb, never applied on save.
	return { title: { messageId: 'removeConnexion', data: { ip: connexion.ip } }, kind: 'substantive', edits: [yamlEdit, ...bodyEdits] };
}

export default connexionProviderMismatch;
