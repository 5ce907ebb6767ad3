import { reservedBlockOf } from '../knowledge/reservedAddresses';
import { connexionEvidence } from '../queries/connexions';
import type { Rule } from './types';

/**
 * A private or reserved address (RFC 1918, 6598, 4193…) is never attributed to a subscriber on the
 * Internet: a connection the host reports with one was relayed, mistyped, or copied from an example,
 * and no access provider can answer for it. A documentation address (RFC 5737, 3849) is almost
 * certainly an example left in place, so it is only information.
 */
const ipAddressReserved: Rule = {
	id: 'ip-address-reserved',
	description: 'A disclosed connection whose IP address is private or reserved (RFC 1918, 6598, 4193…) and identifies no subscriber',
	defaultSeverity: 'warning',
	fixable: false,
	readsFrontMatterOnly: true,
	messages: {
		notASubscriber: 'Adresse IP {ip} : {block} ({reservedBy}) ; elle ne peut pas être celle d’un abonné, remplacez-la par l’adresse que l’hébergeur a communiquée',
		notOnInternet: 'Adresse IP {ip} : {block} ({reservedBy}) ; elle n’est attribuée à aucun abonné sur Internet et aucun fournisseur d’accès ne pourra l’identifier ; vérifiez la réponse de l’hébergeur (adresse d’un relais, d’un réseau interne, ou erreur de copie)',
	},
	*check({ model }) {
		for (const connexion of connexionEvidence(model)) {
			const block = connexion.ip === undefined ? undefined : reservedBlockOf(connexion.ip);
			if (block === undefined || connexion.ipSpan === undefined) {
				continue;
			}
			yield block.documentation === true
				? {
					span: connexion.ipSpan,
					severity: 'info',
					messageId: 'notASubscriber',
					data: { ip: connexion.ip ?? '', block: { text: block.label }, reservedBy: block.reservedBy },
				}
				: {
					span: connexion.ipSpan,
					messageId: 'notOnInternet',
					data: { ip: connexion.ip ?? '', block: { text: block.label }, reservedBy: block.reservedBy },
				};
		}
	},
};

export default ipAddressReserved;
