import { citation } from '../knowledge';
import type { Finding, MessageValue, Rule } from './types';
import { addToFrontMatterMap, setFrontMatterValue } from './util/frontMatterEdits';
import { offenceMentions, offencesWithTextCited, textMismatches } from '../queries/offences';

/**
 * The motif légitime rests on a future action "non manifestement vouée à l'échec": the judge checks
 * that the facts are "pénalement répréhensibles" (TJ Paris, réf., 15 mars 2024, RG 23/57958), which
 * starts with the text that punishes them. For press offences, art. 53 of the loi du 29 juillet 1881
 * requires the applicable text (Ass. plén., 15 févr. 2013).
 */
const offenceUnqualified: Rule = {
	id: 'offence-unqualified',
	description: 'An offence named in the pleading whose legal text (article and code or law) is cited nowhere',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		texteMissing: '« {offence} » est invoquée sans son texte d’incrimination : ajoutez `texte: {citation}` ({source})',
		texteWrong: 'Le texte indiqué pour « {offence} » ne cite pas son texte d’incrimination : attendu « {citation} » ({source})',
		citationMissing: 'Infraction citée sans son texte d’incrimination : ajoutez « {citation} » ({source})',
		pressApplication: '{article}, dont l’application à une demande fondée sur l’article 145 n’est pas établie ; {decision}',
		criminalFacts: '{decision} : les faits doivent être « pénalement répréhensibles »',
		addTexte: 'Ajouter `texte: {citation}`',
		replaceCitation: 'Remplacer par « {citation} »',
		insertCitation: 'Insérer « ({citation}) »',
	},
	*check({ model, memo }): Generator<Finding> {
		const qualified = offencesWithTextCited(model, memo);
		const contradicted = new Set(textMismatches(model, memo).map((mismatch) => mismatch.mention));
		const reported = new Set<string>();
		for (const mention of offenceMentions(model, memo)) {
			const { offence } = mention;
			// A contradicting text is reported by qualification-text-mismatch.
			if (reported.has(offence.id) || qualified.has(offence) || contradicted.has(mention)) {
				continue;
			}
			reported.add(offence.id);
			const source: MessageValue = offence.legalText.code === 'loi du 29 juillet 1881'
				? { message: 'pressApplication', data: { article: citation('loi1881Art53'), decision: citation('tjParis20240315') } }
				: { message: 'criminalFacts', data: { decision: citation('tjParis20240315') } };
			if (mention.origin === 'front-matter') {
				const path = ['infractions', mention.index ?? 0, 'texte'];
				const value = model.frontMatter?.locate(path);
				// An empty `texte:` has an empty value: the finding points at the key instead.
				const texte = value !== undefined && value.start === value.end ? model.frontMatter?.locate(path, 'key') : value;
				if (texte === undefined) {
					const edit = addToFrontMatterMap(model, memo, ['infractions', mention.index ?? 0], 'texte', offence.citation);
					yield {
						span: mention.span,
						messageId: 'texteMissing',
						data: { offence: { text: offence.label }, citation: offence.citation, source },
						fixes: edit === undefined ? undefined : [{ title: { messageId: 'addTexte', data: { citation: offence.citation } }, kind: 'mechanical', edits: [edit] }],
					};
					continue;
				}
				const replacement = setFrontMatterValue(model, memo, path, offence.citation);
				yield {
					span: texte,
					messageId: 'texteWrong',
					data: { offence: { text: offence.label }, citation: offence.citation, source },
					fixes: replacement === undefined ? undefined : [{ title: { messageId: 'replaceCitation', data: { citation: offence.citation } }, kind: 'mechanical', edits: [replacement] }],
				};
			} else {
				yield {
					span: mention.span,
					messageId: 'citationMissing',
					data: { citation: offence.citation, source },
					fixes: [{ title: { messageId: 'insertCitation', data: { citation: offence.citation } }, kind: 'mechanical', edits: [{ span: { start: mention.span.end, end: mention.span.end }, newText: ` (${offence.citation})` }] }],
				};
			}
		}
	},
};

export default offenceUnqualified;
