import { citation } from '../knowledge';
import type { Finding, Rule } from './types';
import { ipAddressRequests, mentionsSourcePort } from '../queries/dataRequests';
import { defendantOf } from '../queries/defendant';
import { againstAccessProvider, connexionEvidence, isSharedIpv4 } from '../queries/connexions';
import { Enumerations } from './util/enumeration';

const SECOND_AND_ZONE = /seconde[\s\S]*fuseau|fuseau[\s\S]*seconde/iu;

/**
 * IPv4 addresses are shared between subscribers ("nattées"): without the source port and the exact
 * time to the second with its time zone, the access provider cannot single out the subscriber
 * (article R. 10-13 IV 1° CPCE: "l'adresse IP attribuée à la source de la connexion et le port
 * associé"; décret n° 2021-1362 art. 5 1° c); TJ Paris, réf., 31 déc. 2024, RG 24/57566).
 */
const sourcePortMissing: Rule = {
	id: 'source-port-missing',
	description: 'An IP address requested without its source port (and exact timestamp with time zone), or a disclosed IPv4 connection without port in an act against an access provider',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		connexionWithoutPort: 'Connexion sans port source : l’adresse IPv4 {ip} est partagée entre abonnés ; sans le port associé, elle ne désigne personne et le fournisseur d’accès ne pourra pas identifier l’abonné ({operators} ; {decree}) ; ajoutez `port:` tiré de la réponse de l’hébergeur',
		requestWithoutPort: 'Adresse IP demandée sans le port source : une adresse IP partagée (« nattée ») n’identifie pas l’abonné sans le port associé et l’horodatage à la seconde avec le fuseau horaire ({operators} ; {decree} ; {decision})',
		requestWithoutPortToHost: 'Adresse IP demandée sans le port source : une adresse IP partagée (« nattée ») n’identifie pas l’abonné sans le port et l’horodatage à la seconde avec le fuseau horaire ; la liste des hébergeurs ({hosts}) ne vise pas le port, mais le juge l’a ordonné à une plateforme ({ordered} ; {decision})',
		addPort: 'Ajouter le port source et l’horodatage à la seconde près',
	},
	*check({ model, memo }): Generator<Finding> {
		// Against the access provider, each disclosed IPv4 connection must carry its port (an IPv6
		// address is not shared between subscribers the same way).
		if (againstAccessProvider(model)) {
			for (const connexion of connexionEvidence(model)) {
				if (connexion.port === undefined && isSharedIpv4(connexion.ip)) {
					yield {
						span: connexion.ipSpan ?? connexion.entrySpan,
						messageId: 'connexionWithoutPort',
						data: { ip: connexion.ip ?? '', operators: citation('cpceR1013IV1'), decree: citation('decret20211362Art5_1c') },
					};
				}
			}
		}
		// An act against an access provider whose connections are all IPv6 asks for no port: none is needed.
		const connexions = againstAccessProvider(model) ? connexionEvidence(model) : [];
		if (connexions.length > 0 && connexions.every((connexion) => connexion.ip !== undefined && !isSharedIpv4(connexion.ip))) {
			return;
		}
		for (const measure of model.body.measures) {
			if (mentionsSourcePort(measure.text)) {
				continue;
			}
			const request = ipAddressRequests(measure, memo)[0];
			if (request === undefined) {
				continue;
			}
			const plural = /adresses/iu.test(request.phrase);
			const text = model.document.getText();
			const portPhrase = plural ? 'les ports source associés' : 'le port source associé';
			const timing = SECOND_AND_ZONE.test(measure.text) ? '' : ', avec l’horodatage exact à la seconde près et le fuseau horaire de chaque connexion';
			// Inserted into the pleading: French whatever the message language. The port goes right after the
			// IP address it completes (R. 10-13 IV 1°: « l'adresse IP … et le port associé »), not after
			// another item of the clause; at the clause's end, one « ainsi que » per clause.
			const item = new Enumerations(text, measure.span).itemEnd(request.span);
			let insertAt: number;
			let addition: string;
			if (item?.separatorAfter === undefined) {
				insertAt = clauseEnd(text, request.span.end, measure.span.end);
				const joint = /\bainsi que\b/iu.test(text.slice(clauseStart(text, request.span.start, measure.span.start), insertAt)) ? ' et' : ', ainsi que';
				addition = `${joint} ${portPhrase}${timing}`;
			} else {
				insertAt = item.end;
				// Before « et le type de navigateur », a comma: « l'adresse IP, le port source associé et le type… ».
				addition = item.separatorAfter.includes(',') ? ` et ${portPhrase}${timing}` : `, ${portPhrase}${timing}`;
			}
			yield {
				span: request.span,
				// Access providers must keep the port by statute; hosts only by what courts ordered.
				...(defendantOf(model)?.platform?.kind === 'fai'
					? { messageId: 'requestWithoutPort', data: { operators: citation('cpceR1013IV1'), decree: citation('decret20211362Art5_1c'), decision: citation('tjParis20241231') } }
					: { messageId: 'requestWithoutPortToHost', data: { hosts: citation('decret20211362Art5_2'), ordered: citation('tjParis20241112'), decision: citation('tjParis20241231') } }),
				fixes: [{ title: { messageId: 'addPort' }, kind: 'substantive', edits: [{ span: { start: insertAt, end: insertAt }, newText: addition }] }],
			};
		}
	},
};

/** Where the clause requesting the IP address starts: after the `;` or `:` before it, or at the measure's start. */
function clauseStart(text: string, from: number, measureStart: number): number {
	const before = text.slice(measureStart, from);
	return measureStart + Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
}

/** Where the clause requesting the IP address ends: before its `;` or the measure's final punctuation. */
function clauseEnd(text: string, from: number, measureEnd: number): number {
	const semicolon = text.indexOf(';', from);
	let end = semicolon !== -1 && semicolon < measureEnd ? semicolon : measureEnd;
	while (end > from && /[\s\u00a0.,]/u.test(text[end - 1])) {
		end--;
	}
	return end;
}

export default sourcePortMissing;
