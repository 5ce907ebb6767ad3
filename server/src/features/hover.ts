import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { LegalReference, PleadingModel, Span } from '../document/model';
import { formatUtc } from '../evidence/parisTime';
import { formatMessageDate, formatMessageParisDateTime, formatMessagePeriod } from '../queries/dates';
import { citation, dataCategories, knowledgeReviewedOn, offencesByArticle, procedureArticle, type LegalSource, type Offence } from '../knowledge';
import type { Translator } from '../l10n';
import type { QueryMemo } from '../queries/memo';
import { allLegalReferences, offenceMentions, uncataloguedQualifications } from '../queries/offences';
import { publicationEvidence } from '../queries/publications';
import { attributionWording, connexionEvidence } from '../queries/connexions';
import { codeSpan, markdownText } from '../util/markdown';

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** Hover on an offence, a legal reference, a publication URL or a connection's IP address: what a lawyer checks before citing it. */
export function hover(model: PleadingModel, position: Position, today: Date, translator: Translator, memo: QueryMemo): Hover | undefined {
	const { t } = translator;
	const offset = model.document.offsetAt(position);
	// Inherited values are all located on the `dossier:` line: it tells what comes from the dossier.
	const dossier = model.dossier;
	if (dossier !== undefined && contains(dossier.reference, offset)) {
		return markdown(model, dossier.reference, dossierHover(model, translator));
	}
	const publication = publicationEvidence(model, today).find((candidate) => candidate.urlSpan !== undefined && contains(candidate.urlSpan, offset));
	if (publication?.parsedUrl !== undefined && publication.urlSpan !== undefined) {
		return markdown(model, publication.urlSpan, publicationHover(publication.parsedUrl, translator));
	}
	const connexion = connexionEvidence(model).find((candidate) => candidate.ipSpan !== undefined && !('origin' in candidate.ipSpan) && contains(candidate.ipSpan, offset));
	if (connexion?.ip !== undefined && connexion.ipSpan !== undefined) {
		return markdown(model, connexion.ipSpan, [t('**Adresse IP {0}**', markdownText(connexion.ip)), '', t('- Fournisseur d’accès : {0}', attributionWording(connexion.ip, translator))].join('\n'));
	}
	const mention = offenceMentions(model, memo).find((candidate) => contains(candidate.span, offset));
	if (mention !== undefined) {
		return markdown(model, mention.span, withReviewFooter(offenceHover(mention.offence, translator), translator));
	}
	const uncatalogued = uncataloguedQualifications(model, memo).find((candidate) => contains(candidate.span, offset));
	if (uncatalogued !== undefined) {
		return markdown(model, uncatalogued.span, t('**{0}** — infraction absente de notre catalogue : peine, prescription et accès aux données techniques ne sont pas appréciés ; vérifiez le texte d’incrimination et la peine encourue sur Légifrance (repère de la délinquance grave : {1}).', markdownText(uncatalogued.label), citation('cpp6012')));
	}
	const reference = allLegalReferences(model, memo).find((candidate) => contains(candidate.span, offset));
	if (reference !== undefined) {
		const text = referenceHover(reference, translator);
		return text === undefined ? undefined : markdown(model, reference.span, withReviewFooter(text, translator));
	}
	return undefined;
}

function markdown(model: PleadingModel, span: Span, value: string): Hover {
	return { contents: { kind: MarkupKind.Markdown, value }, range: model.rangeOf(span) };
}

/** Legal hovers say how fresh the knowledge they quote is: law moves, and the lawyer must know when it was last checked. */
function withReviewFooter(text: string, { t, language }: Translator): string {
	const [year, month, day] = knowledgeReviewedOn.split('-').map(Number);
	return `${text}\n\n---\n\n${t('_Base de connaissances revue le {0}_', formatMessageDate({ year, month, day }, language))}`;
}

function sourceLine(source: LegalSource, { t }: Translator): string {
	return source.confirmed ? source.citation : t('{0} (non vérifié)', source.citation);
}

function years(value: number, { t }: Translator): string {
	return value < 1 ? t('{0} mois', Math.round(value * 12)) : value === 1 ? t('1 an') : t('{0} ans', value);
}

function penalty(imprisonmentYears: number | undefined, fineEuros: number | undefined, translator: Translator): string {
	const { t } = translator;
	const fine = fineEuros === undefined ? undefined : t('{0} € d’amende', fineEuros.toLocaleString('fr-FR'));
	if (imprisonmentYears === undefined) {
		return fine ?? '';
	}
	return fine === undefined ? t('{0} d’emprisonnement', years(imprisonmentYears, translator)) : t('{0} d’emprisonnement et {1}', years(imprisonmentYears, translator), fine);
}

function offenceHover(offence: Offence, translator: Translator): string {
	const { t, localized } = translator;
	const lines = [`**${localized(offence.label)}** — ${offence.citation}`, ''];
	// The catalogue's penalty is the simple form's: the aggravated forms follow, or the hover would understate them.
	lines.push(t('- Peine encourue (forme simple) : {0}', penalty(offence.maxPenalty.imprisonmentYears, offence.maxPenalty.fineEuros, translator)));
	if (offence.onlineAggravation !== undefined) {
		const aggravation = offence.onlineAggravation;
		lines.push(t('- En ligne ({0}) : {1} — « {2} »', aggravation.citation, penalty(aggravation.imprisonmentYears, aggravation.fineEuros, translator), aggravation.wording));
	}
	for (const aggravation of offence.aggravations ?? []) {
		if (aggravation.imprisonmentYears !== undefined || aggravation.fineEuros !== undefined) {
			lines.push(t('- Forme aggravée ({0}) : {1}', aggravation.circumstance, penalty(aggravation.imprisonmentYears, aggravation.fineEuros, translator)));
		}
	}
	if (offence.press !== undefined) {
		lines.push(t('- Infraction de presse : prescription de {0} ({1})', formatMessagePeriod(offence.press.prescriptionMonths, translator.language), sourceLine(offence.press.source, translator)));
	} else if (offence.prescription.months !== undefined) {
		lines.push(t('- Prescription de l’action publique : {0} ({1})', years(offence.prescription.months / 12, translator), sourceLine(offence.prescription.source, translator)));
	}
	if (offence.prescription.note !== undefined) {
		lines.push(`  - ${localized(offence.prescription.note)}`);
	}
	if (offence.plaintRequired !== undefined) {
		lines.push(t('- Poursuite subordonnée à la plainte de la victime ({0})', sourceLine(offence.plaintRequired, translator)));
	}
	lines.push(t('- Article L. 34-1, II bis, 3° (données techniques) : {0}', localized(offence.seriousCrime.reasoning)));
	lines.push('', t('Sources : {0}', [...offence.sources, ...offence.seriousCrime.sources].map((source) => sourceLine(source, translator)).filter((line, index, all) => all.indexOf(line) === index).join(' ; ')));
	if (!offence.confirmed) {
		lines.push('', t('_Texte ou numérotation non vérifiés dans nos sources : contrôlez-les sur Légifrance._'));
	}
	return lines.join('\n');
}

function referenceHover(reference: LegalReference, translator: Translator): string | undefined {
	const { t, localized } = translator;
	const instrument = reference.instrument;
	if (instrument?.kind === 'code' && instrument.code === 'code des postes et des communications électroniques' && reference.articles.some((article) => article.replace(/\s/gu, '') === 'L.34-1')
		|| instrument?.kind === 'decret' && instrument.number === '2021-1362') {
		return dataCategories
			.map((category) => t('**{0} {1}** — conservation : {2} mois à compter de {3}{4}', category.tier, localized(category.label), category.retention.months, localized(category.retention.from), category.requiresSeriousCrime ? t(' ; réservées à la lutte contre la criminalité et la délinquance grave') : ''))
			.join('\n\n');
	}
	if (instrument?.kind === 'code' && instrument.code === 'code de procédure civile') {
		const quoted = reference.articles.map(procedureArticle).filter((article) => article !== undefined);
		return quoted.length === 0
			? undefined
			: quoted.map((article) => `**${t('Article {0} du code de procédure civile', article.article)}** — ${localized(article.subject)}\n\n> ${article.text}\n\n_${sourceLine(article.source, translator)}${article.source.note === undefined ? '' : ` — ${localized(article.source.note)}`}_`).join('\n\n---\n\n');
	}
	const code = instrument?.kind === 'code' && instrument.code === 'code pénal' ? 'code pénal' : instrument?.kind === 'loi' && instrument.name === 'loi du 29 juillet 1881' ? 'loi du 29 juillet 1881' : undefined;
	if (code === undefined) {
		return undefined;
	}
	const found = [...new Set(reference.articles.flatMap((article) => offencesByArticle(article, code)))];
	return found.length === 0 ? undefined : found.map((offence) => offenceHover(offence, translator)).join('\n\n---\n\n');
}

function publicationHover(parsed: NonNullable<ReturnType<typeof publicationEvidence>[number]['parsedUrl']>, { t, language }: Translator): string {
	const lines = [t('**Publication {0}**', parsed.platform)];
	if (parsed.handle !== undefined) {
		lines.push(t('- Compte dans l’URL : @{0} (l’URL ne prouve pas l’auteur)', markdownText(parsed.handle)));
	}
	if (parsed.id !== undefined) {
		lines.push(t('- Identifiant : {0}', codeSpan(parsed.id)));
	}
	if (parsed.createdAt !== undefined) {
		lines.push(t('- Créée le {0} UTC, soit {1}, heure de Paris', formatUtc(parsed.createdAt), formatMessageParisDateTime(parsed.createdAt, language)));
		lines.push(t('- Méthode : {0}', parsed.derivation ?? ''));
	} else if (parsed.noTimeReason !== undefined) {
		lines.push(t('- Heure non déductible : {0}', parsed.noTimeReason));
	}
	return lines.join('\n');
}

function dossierHover(model: PleadingModel, { t }: Translator): string {
	const dossier = model.dossier!;
	const name = model.frontMatter?.data.dossier ?? '';
	if (dossier.document === undefined) {
		return t('**Dossier** {0} : illisible, l’acte n’en hérite rien', codeSpan(name));
	}
	const counts = dossier.inherited.map((key) => {
		const value = (model.frontMatter?.data as Record<string, unknown> | undefined)?.[key];
		return Array.isArray(value) ? `\`${key}\` (${value.length})` : `\`${key}\``;
	});
	return [
		t('**Dossier** {0}', codeSpan(name)),
		'',
		counts.length === 0 ? t('L’acte écrit lui-même toutes les clés du dossier : il n’en hérite rien.') : t('L’acte en hérite : {0}. Ses propres clés l’emportent sur celles du dossier.', counts.join(', ')),
	].join('\n');
}
