import { citation } from '../knowledge';
import type { ProseBlock } from '../document/model';
import type { Finding, MessageValue, Rule, RuleFix } from './types';
import { frenchWordingFix } from './util/wordingFix';
import { proseBlockAt } from '../queries/prose';
import { formatOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import { exactHorodatage, matchingPublication, publicationEvidence, type PublicationEvidence } from '../queries/publications';
import { connexionEvidence } from '../queries/connexions';

/** Prose about a publication or a connection, where a time identifies the act at fault. */
const PUBLICATION_CONTEXT = /publi|poste|message|tweet|connexion|connecte|mis en ligne|diffus|video|commentaire|story/u;

/**
 * An access provider can only single out the subscriber behind a shared IP address with the exact
 * time of the connection, to the second, and its time zone (TJ Paris, réf., 31 déc. 2024,
 * RG 24/57566: "une nécessité technique"). Lawyers accept `19:02:31`, `19 h 02 min 31 s`, and zones as
 * `UTC+2`, `UTC`, `heure de Paris` or `CEST`.
 */
const timestampImprecise: Rule = {
	id: 'timestamp-imprecise',
	description: 'A publication or connection time without seconds or without time zone',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		horodatageImprecise: 'Horodatage imprécis : il manque {missing} ; l’heure exacte à la seconde près et le fuseau horaire sont nécessaires pour identifier l’abonné derrière une adresse IP partagée ({source})',
		connexionImprecise: 'Horodatage de connexion imprécis : il manque {missing} ; le fournisseur d’accès ne peut désigner l’abonné derrière une adresse IP partagée qu’avec l’heure exacte à la seconde près et le fuseau horaire ({source}) ; reprenez l’heure telle que l’hébergeur l’a communiquée',
		proseImprecise: 'Heure imprécise : précisez-la à la seconde près avec le fuseau horaire (par exemple « 21:04:31 (UTC+1) » ou « 21 h 04 min 31 s, heure de Paris »), nécessaires pour identifier l’abonné derrière une adresse IP partagée ({source})',
		secondsAndZone: 'les secondes et le fuseau horaire',
		seconds: 'les secondes',
		zone: 'le fuseau horaire',
		writeExactTime: 'Écrire l’heure exacte tirée de l’identifiant de la publication : {exact}',
		addParisZone: 'Ajouter le fuseau de Paris ({offset})',
		writeWording: 'Écrire « {wording} »',
	},
	*check({ model, today }): Generator<Finding> {
		const evidence = publicationEvidence(model, today);
		for (const publication of evidence) {
			const written = publication.written;
			if (written === undefined || publication.horodatageSpan === undefined || (written.second !== undefined && written.offsetMinutes !== undefined)) {
				continue;
			}
			yield {
				span: publication.horodatageSpan,
				messageId: 'horodatageImprecise',
				data: { missing: missingParts(written), source: citation('tjParis20241231') },
				fixes: frontMatterFixes(publication),
			};
		}
		for (const connexion of connexionEvidence(model)) {
			const written = connexion.written;
			if (written === undefined || connexion.horodatageSpan === undefined || (written.second !== undefined && written.offsetMinutes !== undefined)) {
				continue;
			}
			yield {
				span: connexion.horodatageSpan,
				messageId: 'connexionImprecise',
				data: { missing: missingParts(written), source: citation('tjParis20241231') },
			};
		}
		// Once per block, not once per date: a long paragraph of dates would be read again for each.
		const aboutPublications = new Map<ProseBlock, boolean>();
		for (const dateTime of model.body.dateTimes) {
			if (dateTime.time === undefined || (dateTime.time.second !== undefined && dateTime.zone !== undefined)) {
				continue;
			}
			const block = proseBlockAt(model, dateTime.span.start);
			if (block === undefined) {
				continue;
			}
			let context = aboutPublications.get(block);
			if (context === undefined) {
				context = PUBLICATION_CONTEXT.test(block.folded);
				aboutPublications.set(block, context);
			}
			if (!context) {
				continue;
			}
			const exact = matchingPublication(model, block, evidence, dateTime.date)?.parsedUrl?.createdAt;
			yield {
				span: dateTime.span,
				messageId: 'proseImprecise',
				data: { source: citation('tjParis20241231') },
				fixes: exact === undefined ? undefined : [frenchWordingFix(exact, dateTime.span)],
			};
		}
	},
};

/** What a written time lacks: its seconds, its zone, or both. */
function missingParts(written: { readonly second?: number; readonly offsetMinutes?: number }): MessageValue {
	return { message: written.second === undefined ? (written.offsetMinutes === undefined ? 'secondsAndZone' : 'seconds') : 'zone' };
}

function frontMatterFixes(publication: PublicationEvidence): RuleFix[] | undefined {
	const span = publication.horodatageSpan!;
	const exact = exactHorodatage(publication);
	if (exact !== undefined) {
		return [{ title: { messageId: 'writeExactTime', data: { exact } }, kind: 'substantive', edits: [{ span, newText: exact }] }];
	}
	const written = publication.written!;
	if (written.second !== undefined && written.offsetMinutes === undefined) {
		const offset = formatOffset(parisOffsetForWallTime(written.year, written.month, written.day, written.hour, written.minute, written.second));
		return [{ title: { messageId: 'addParisZone', data: { offset } }, kind: 'mechanical', edits: [{ span: { start: span.end, end: span.end }, newText: offset }] }];
	}
	return undefined;
}

export default timestampImprecise;
