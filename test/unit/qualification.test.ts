import * as assert from 'node:assert/strict';
import { offences } from '../../server/src/knowledge';
import { offenceMentions, textMismatches, uncataloguedQualifications } from '../../server/src/queries/offences';
import { frontMatter, joinLines, modelOf } from '../helpers/text';

function qualified(qualification: string, texte?: string) {
	const lines = ['infractions:', `  - qualification: ${JSON.stringify(qualification)}`];
	if (texte !== undefined) {
		lines.push(`    texte: ${JSON.stringify(texte)}`);
	}
	const model = modelOf(joinLines(...frontMatter(...lines), '', '# DISCUSSION', '', 'Texte.'));
	return { mentions: offenceMentions(model), mismatches: textMismatches(model), uncatalogued: uncataloguedQualifications(model) };
}

suite('Qualification model', () => {
	test('Every catalogue label and alias, with the catalogue citation, resolves to its own entry without contradiction', () => {
		for (const offence of offences) {
			for (const name of [offence.label.fr, ...offence.aliases]) {
				const { mentions, mismatches } = qualified(name, offence.citation);
				assert.equal(mentions[0]?.offence.id, offence.id, `${name} / ${offence.citation}`);
				assert.deepEqual(mismatches, [], `${name} / ${offence.citation}`);
			}
		}
	});

	const cases: readonly (readonly [string, string | undefined, string, string | undefined])[] = [
		// qualification, texte → offence, contradicting offence
		['menaces', 'article 222-17, alinéa 2, du code pénal', 'menace-de-mort', undefined],
		['menaces', 'article 222-17, alinéa 1er, du code pénal', 'menace', undefined],
		['menaces de mort', 'article 222-17 du code pénal', 'menace-de-mort', undefined],
		['menaces de mort', 'article 222-16 du code pénal', 'menace-de-mort', 'messages-malveillants'],
		['menaces de mort', 'article 222-17, alinéa 1er, du code pénal', 'menace-de-mort', 'menace'],
		['menaces de mort sous condition', 'article 222-18, alinéa 2, du code pénal', 'menace-de-mort-sous-condition', undefined],
		['diffamation publique', 'articles 29, alinéa 1er, et 32, alinéa 2, de la loi du 29 juillet 1881', 'diffamation-publique-discriminatoire', undefined],
		['Diffamation publique à raison de l’origine', 'articles 29 et 32 de la loi du 29 juillet 1881', 'diffamation-publique-discriminatoire', undefined],
		['injure publique', 'articles 29, alinéa 2, et 33, alinéa 3, de la loi du 29 juillet 1881', 'injure-publique-discriminatoire', undefined],
		['Injure publique en raison de son orientation sexuelle', undefined, 'injure-publique-discriminatoire', undefined],
		['Diffamation publique à raison de ses fonctions', 'articles 29, alinéa 1er, et 31 de la loi du 29 juillet 1881', 'diffamation-personne-publique', undefined],
		['diffamation publique envers un particulier', 'articles 29, alinéa 1er, et 32, alinéa 2, de la loi du 29 juillet 1881', 'diffamation-publique-particulier', 'diffamation-publique-discriminatoire'],
		['diffamation', 'article 31 de la loi du 29 juillet 1881', 'diffamation-personne-publique', undefined],
		['escroquerie', 'article 313-1 du code pénal', 'escroquerie', undefined],
		['extorsion', 'article 312-1 du code pénal', 'extorsion', undefined],
		['apologie du terrorisme', 'article 421-2-5 du code pénal', 'provocation-apologie-terrorisme', undefined],
		['diffusion d’informations personnelles', 'article 223-1-1 du code pénal', 'mise-en-danger-diffusion-informations', undefined],
		['hypertrucage', 'article 226-8 du code pénal', 'montage-sans-consentement', undefined],
		['deepfake à caractère sexuel', 'article 226-8-1 du code pénal', 'montage-sexuel-sans-consentement', undefined],
		['harcèlement sexuel', 'article 222-33 du code pénal', 'harcelement-sexuel', undefined],
		['harcèlement scolaire', 'article 222-33-2-3 du code pénal', 'harcelement-scolaire', undefined],
		['Qualification inconnue', 'article 222-17, alinéa 2, du code pénal', 'menace-de-mort', undefined],
		['Menaces réitérées de mort', undefined, 'menace-de-mort', undefined],
		['Menaces réitérées de mort', 'article 222-17 du code pénal', 'menace-de-mort', undefined],
		['Diffamation publique envers un élu', 'articles 29, alinéa 1er, et 31 de la loi du 29 juillet 1881', 'diffamation-personne-publique', undefined],
	];
	for (const [qualification, texte, expected, contradiction] of cases) {
		test(`« ${qualification} » + « ${texte} »`, () => {
			const { mentions, mismatches } = qualified(qualification, texte);
			assert.equal(mentions[0]?.offence.id, expected);
			assert.equal(mismatches[0]?.cited.id, contradiction);
		});
	}

	test('An offence outside the catalogue is kept as such, with its articles, never dropped', () => {
		const { mentions, uncatalogued } = qualified('Atteinte au système de vote', 'article L. 113 du code électoral');
		assert.deepEqual(mentions, []);
		assert.deepEqual(uncatalogued.map(({ label, articles }) => [label, articles]), [['Atteinte au système de vote', ['L. 113']]]);
	});
});
