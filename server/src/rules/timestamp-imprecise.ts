import { citation } from '../knowledge';
import type { ProseBlock } from '../document/model';
import { t } from '../l10n';
import type { Fix, Rule } from './types';
import { proseBlockAt } from '../queries/prose';
import { formatOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import { exactHorodatage, frenchWordingFix, matchingPublication, publicationEvidence, type PublicationEvidence } from '../queries/publications';
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
	*check({ model, today }) {
		const evidence = publicationEvidence(model, today);
		for (const publication of evidence) {
			const written = publication.written;
			if (written === undefined || publication.horodatageSpan === undefined || (written.second !== undefined && written.offsetMinutes !== undefined)) {
				continue;
			}
			const missing = written.second === undefined ? (written.offsetMinutes === undefined ? t('les secondes et le fuseau horaire') : t('les secondes')) : t('le fuseau horaire');
			yield {
				span: publication.horodatageSpan,
				message: t('Horodatage imprécis : il manque {0} ; l’heure exacte à la seconde près et le fuseau horaire sont nécessaires pour identifier l’abonné derrière une adresse IP partagée ({1})', missing, citation('tjParis20241231')),
				fixes: frontMatterFixes(publication),
			};
		}
		for (const connexion of connexionEvidence(model)) {
			const written = connexion.written;
			if (written === undefined || connexion.horodatageSpan === undefined || (written.second !== undefined && written.offsetMinutes !== undefined)) {
				continue;
			}
			const missing = written.second === undefined ? (written.offsetMinutes === undefined ? t('les secondes et le fuseau horaire') : t('les secondes')) : t('le fuseau horaire');
			yield {
				span: connexion.horodatageSpan,
				message: t('Horodatage de connexion imprécis : il manque {0} ; le fournisseur d’accès ne peut désigner l’abonné derrière une adresse IP partagée qu’avec l’heure exacte à la seconde près et le fuseau horaire ({1}) ; reprenez l’heure telle que l’hébergeur l’a communiquée', missing, citation('tjParis20241231')),
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
				message: t('Heure imprécise : précisez-la à la seconde près avec le fuseau horaire (par exemple « 21:04:31 (UTC+1) » ou « 21 h 04 min 31 s, heure de Paris »), nécessaires pour identifier l’abonné derrière une adresse IP partagée ({0})', citation('tjParis20241231')),
				fixes: exact === undefined ? undefined : [frenchWordingFix(exact, dateTime.span)],
			};
		}
	},
};

function frontMatterFixes(publication: PublicationEvidence): Fix[] | undefined {
	const span = publication.horodatageSpan!;
	const exact = exactHorodatage(publication);
	if (exact !== undefined) {
		return [{ title: t('Écrire l’heure exacte tirée de l’identifiant de la publication : {0}', exact), kind: 'substantive', edits: [{ span, newText: exact }] }];
	}
	const written = publication.written!;
	if (written.second !== undefined && written.offsetMinutes === undefined) {
		const offset = formatOffset(parisOffsetForWallTime(written.year, written.month, written.day, written.hour, written.minute, written.second));
		return [{ title: t('Ajouter le fuseau de Paris ({0})', offset), kind: 'mechanical', edits: [{ span: { start: span.end, end: span.end }, newText: offset }] }];
	}
	return undefined;
}

export default timestampImprecise;
