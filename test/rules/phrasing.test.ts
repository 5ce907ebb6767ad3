import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invokedOffences } from '../../server/src/queries/offences';
import comparutionWarningMissing from '../../server/src/rules/comparution-warning-missing';
import dataBeyondL341 from '../../server/src/rules/data-beyond-l34-1';
import proportionalityUnargued from '../../server/src/rules/proportionality-unargued';
import requeteJustificationMissing from '../../server/src/rules/requete-justification-missing';
import sourcePortMissing from '../../server/src/rules/source-port-missing';
import timestampMismatch from '../../server/src/rules/timestamp-mismatch';
import trialAlreadyPending from '../../server/src/rules/trial-already-pending';
import userNotificationNotProhibited from '../../server/src/rules/user-notification-not-prohibited';
import { analyze } from '../../server/src/engine/analyze';
import { applyRuleFixes } from '../helpers/fixes';
import { ruleTester } from '../helpers/ruleTester';
import { modelOf } from '../helpers/text';

/**
 * The keyword rules tried on the many ways lawyers write the same thing, on denials, and on words
 * that only look like the keyword. Each case is one sentence put into the requête template.
 */
const template = readFileSync(join(process.cwd(), 'templates', 'requete-hebergeur.md'), 'utf8').replace(/\r\n/gu, '\n');

function replaced(text: string, from: string | RegExp, to: string): string {
	const result = text.replace(from, to);
	assert.notEqual(result, text, `template changed: ${String(from)} not found`);
	return result;
}

const QUALIFICATION = /<!-- pretoire:qualification -->[\s\S]*<!-- \/pretoire:qualification -->/u;
const INFRACTIONS = /infractions:\n(?: {2}.*\n)+/u;

/** The template with no `infractions` and `sentence` in place of the qualification paragraph. */
function withQualification(sentence: string): string {
	return replaced(replaced(template, INFRACTIONS, ''), QUALIFICATION, sentence);
}

suite('Qualified offences (phrasings)', () => {
	const cases: readonly (readonly [string, readonly string[]])[] = [
		['Les messages sont constitutifs du délit de menaces de mort.', ['menace-de-mort']],
		['Ces propos caractérisent le délit d’injure publique.', ['injure-publique-particulier']],
		["Ces propos caractérisent le délit d'injure publique.", ['injure-publique-particulier']],
		['CES PROPOS CARACTÉRISENT LE DÉLIT D’INJURE PUBLIQUE.', ['injure-publique-particulier']],
		['Les faits relèvent de la qualification d’usurpation d’identité.', ['usurpation-identite']],
		['Le compte a commis une usurpation d’identité.', ['usurpation-identite']],
		['Les faits sont susceptibles de recevoir la qualification de harcèlement moral en ligne.', ['harcelement-moral']],
		['Ces faits de harcèlement moral en ligne, prévu et réprimé par l’article 222-33-2-2 du code pénal, sont établis.', ['harcelement-moral']],
		['Les menaces (article 222-17, alinéa 2, du code pénal) sont réitérées.', ['menace-de-mort']],
		['La diffamation publique, prévue par l’article 32, alinéa 2, de la loi du 29 juillet 1881, est caractérisée.', ['diffamation-publique-discriminatoire']],
		['Les propos sont constitutifs de diffamation publique à raison de l’origine.', ['diffamation-publique-discriminatoire']],
		['Les propos sont constitutifs d’une injure publique envers une personne à raison de son orientation sexuelle.', ['injure-publique-discriminatoire']],
		['Les faits sont constitutifs de menaces de mort sous condition.', ['menace-de-mort-sous-condition']],
		['Les faits sont poursuivis sous la qualification d’escroquerie.', ['escroquerie']],
		['Ces montages à caractère sexuel tombent sous le coup de l’article 226-8-1 du code pénal.', ['montage-sexuel-sans-consentement']],
		['Les publications constituent l’apologie du terrorisme.', ['provocation-apologie-terrorisme']],
		['Madame MARTIN a déposé plainte pour harcèlement moral.', ['harcelement-moral']],
		['Il n’est pas contesté que les faits caractérisent un harcèlement moral.', ['harcelement-moral']],
		['Les faits caractérisent les délits de menaces de mort, de harcèlement moral et d’usurpation d’identité.', ['menace-de-mort', 'harcelement-moral', 'usurpation-identite']],
		['Il s’agit de menaces de mort réitérées, punies de trois ans d’emprisonnement.', ['menace-de-mort']],
		['Ces menaces visent aussi sa famille.', []],
		// Narrative words never create an offence.
		['Le défendeur a adressé des messages injurieux.', []],
		['Il s’agit d’un véritable harcèlement.', []],
		['Il écrivait qu’il mettrait sa menace à exécution si elle ne payait pas.', []],
		['Le harcèlement est caractérisé par des menaces répétées.', []],
		['Les propos diffamatoires ont été vus par des milliers de personnes.', []],
		// A denial removes the offence.
		['Les messages, sans injure ni menace, sont néanmoins insistants.', []],
		['Les faits ne sont pas constitutifs de harcèlement moral.', []],
		['Aucune diffamation n’est alléguée à ce stade.', []],
		['En l’absence d’injure, seule la qualification de menaces de mort est retenue.', ['menace-de-mort']],
	];
	for (const [sentence, expected] of cases) {
		test(`« ${sentence} »`, () => {
			assert.deepEqual(invokedOffences(modelOf(withQualification(sentence))).map((offence) => offence.id), expected);
		});
	}
});

const JUSTIFICATION = /La mesure ne peut être prise contradictoirement[^\n]*(?:\n[^\n]+)*/u;

ruleTester(requeteJustificationMissing, (sentence) => replaced(template, JUSTIFICATION, sentence), {
	valid: [
		'La requérante est fondée à ne pas appeler de partie adverse, le titulaire du compte pouvant, s’il était averti, supprimer ses publications.',
		'Seul l’effet de surprise garantit que les données seront encore conservées.',
		'La mesure doit être prise par surprise.',
		'Le dépérissement des preuves est imminent, les données techniques n’étant conservées qu’un an.',
		'Averti par la plateforme, l’utilisateur pourrait supprimer son compte.',
		'La mesure ne peut être prise contradictoirement, au risque que le compte disparaisse.',
		'Il convient de statuer non contradictoirement.',
		// The derogation argued in substance, without the usual words.
		'La contradiction tournerait contre l’objet même de la mesure : seule une ordonnance rendue à son insu conserve à la mesure son utilité.',
		'Un débat contradictoire priverait la mesure de son efficacité, l’utilisateur étant aussitôt informé.',
	],
	invalid: [
		'La requérante sollicite la mesure.',
		'La requérante ne se soustrait pas à la contradiction : la plateforme pourra demander la rétractation.',
		'Il n’existe aucun effet de surprise à rechercher.',
		'Le président du tribunal judiciaire est compétent.',
		'Le tribunal appréciera.',
	],
});

/** The template's prohibition measure, replaced by one measure of the dispositif. */
const PROHIBITION_MEASURE = /- FAIRE INTERDICTION[^\n]*(?:\n {2}[^\n]*)*/u;

ruleTester(userNotificationNotProhibited, (measure) => replaced(template, PROHIBITION_MEASURE, measure), {
	valid: [
		'- FAIRE INTERDICTION à la société Google LLC Inc. d’informer le titulaire du compte de la présente mesure ;',
		'- Faisons défense à la société Meta Platforms Ireland Ltd. d’aviser l’utilisateur de la mesure ;',
		'- DIRE que la défenderesse devra s’abstenir de prévenir le titulaire du compte ;',
		'- ORDONNER à la société X Corp. de ne pas informer l’utilisateur de la présente ordonnance ;',
	],
	invalid: [
		'- DIRE que la défenderesse pourra informer l’utilisateur.',
		'- CONDAMNER la défenderesse aux dépens. Il lui est interdit de conserver les données. Elle pourra informer l’utilisateur.',
	],
});

const NO_TRIAL = "Aucune instance au fond n'est\npendante.";

ruleTester(trialAlreadyPending, (sentence) => replaced(template, NO_TRIAL, sentence), {
	valid: [
		'Aucune instance au fond n’est pendante.',
		'Aucun tribunal n’a été saisi au fond.',
		'Le tribunal n’est pas saisi au fond.',
		'Le juge du fond n’a pas encore été saisi.',
		'Une plainte simple a été déposée, qui n’est pas un procès au fond.',
		'La procédure pénale n’a pas été engagée.',
	],
	invalid: [
		'L’instance est toujours pendante devant le tribunal judiciaire de Paris.',
		'Le tribunal est saisi au fond depuis le 3 janvier 2025.',
		'Une action au fond a été engagée le 2 décembre 2024.',
		'Le tribunal correctionnel a été saisi.',
		'L’affaire est actuellement pendante devant le tribunal judiciaire de Paris.',
	],
});

/** Twenty accounts, from which the measure reads as a sweep. */
function withManyAccounts(sentence: string): string {
	const publications = Array.from({ length: 20 }, (_, index) => [
		`  - url: https://x.com/compte_${index}/status/18524416102860075${String(index).padStart(2, '0')}`,
		`    compte: "@compte_${index}"`,
	].join('\n')).join('\n');
	const text = replaced(template, /publications:\n(?: {2}.*\n)+/u, `publications:\n${publications}\n`);
	return replaced(text, /La mesure est limitée à un seul compte[^\n]*\n[^\n]+/u, sentence);
}

ruleTester(proportionalityUnargued, withManyAccounts, {
	valid: [
		'La mesure est limitée aux seules données d’identification des vingt comptes, à l’exclusion de tout contenu.',
		'La communication demandée est strictement nécessaire à l’exercice du droit à la preuve.',
		'La mesure est proportionnée au respect de la vie privée des titulaires.',
		'La mesure, circonscrite aux comptes auteurs des messages, ménage la vie privée de leurs titulaires.',
	],
	invalid: [
		'Les vingt comptes ont publié des messages.',
		'Les comptes sont nombreux et actifs.',
		'La mesure n’est pas limitée aux seules données d’identification.',
	],
});

const IP_CLAUSE = /les adresses IP utilisées lors de la\n {2}création du compte et de la mise en ligne des messages, ainsi que les ports source associés, avec\n {2}l'horodatage exact à la seconde près et le fuseau horaire de chaque connexion ;/u;

ruleTester(dataBeyondL341, (clause) => replaced(template, IP_CLAUSE, `${clause} ;`), {
	valid: [
		'l’adresse IP à l’origine de l’envoi des messages privés, ainsi que le port source associé',
		'les adresses IP utilisées lors de la mise en ligne des messages, ainsi que les ports source',
		'le type de paiement utilisé et la référence du paiement',
		'à l’exclusion du contenu des messages privés',
		'les données conservées jusqu’à la date d’expiration du délai de conservation',
		'le numéro de carte SIM associé au compte',
	],
	invalid: [
		'le contenu des messages privés',
		'l’historique de navigation',
		'la liste des abonnés du compte',
		'le numéro de carte bancaire',
		'la date d’expiration de la carte',
		'l’IBAN',
		'les données de géolocalisation',
		'le système d’exploitation',
	],
});

ruleTester(sourcePortMissing, (clause) => replaced(template, IP_CLAUSE, `${clause} ;`), {
	valid: [
		'les adresses IP ainsi que les ports source associés',
		'l’adresse IP et le port-source',
		'l’adresse IP et le port associé, à la seconde près avec le fuseau horaire',
		'à l’exclusion de l’adresse IP',
		'les noms et prénoms',
	],
	invalid: [
		'l’adresse IP de connexion',
		'L’ADRESSE IP utilisée lors de la création du compte',
		'les adresses IPv6 de connexion',
	],
});

const PUBLICATION_FACTS = /Le 1er novembre 2024 à 21:04:31 \(UTC\+1\)[\s\S]*?\(pièce n° 3\)\./u;

ruleTester(timestampMismatch, (sentence) => replaced(template, PUBLICATION_FACTS, sentence), {
	valid: [
		'Le 1er novembre 2024 à 21:04:31 (UTC+1), le compte a publié le message https://x.com/anonyme_75/status/1852441610286007506, qui la menace de mort.',
		'Le 1er novembre 2024 à 21:04:31 (UTC+1), le compte a publié un message (https://x.com/anonyme_75/status/1852441610286007506).',
	],
	invalid: [
		'Le 1er novembre 2024 à 20:00, le compte a publié le message https://x.com/anonyme_75/status/1852441610286007506, qui la menace de mort.',
		'Le 1er novembre 2024 à 20:00, le compte a publié un message (https://x.com/anonyme_75/status/1852441610286007506).',
		'Le 1er novembre 2024 à 20:00, le compte a publié un message : https://x.com/anonyme_75/status/1852441610286007506.',
	],
});

const assignation = readFileSync(join(process.cwd(), 'templates', 'assignation-refere-hebergeur.md'), 'utf8').replace(/\r\n/gu, '\n');
const COMPARUTION = /\*\*Modalités de comparution\.\*\*[^\n]*/u;

ruleTester(comparutionWarningMissing, (sentence) => replaced(assignation, COMPARUTION, sentence), {
	valid: [
		'TRÈS IMPORTANT : faute pour la défenderesse de comparaître, elle s’expose à ce qu’une ordonnance soit rendue contre elle sur les seuls éléments fournis par son adversaire.',
		"Faute pour le défendeur de comparaître, il s'expose à ce qu'un jugement soit rendu contre lui sur les seuls éléments fournis par son adversaire.",
		'À défaut de comparaître, la défenderesse s’expose à ce qu’une décision soit rendue sur les seuls éléments fournis par la demanderesse.',
		'Faute pour le défendeur de comparaître,\n\nil s’expose à ce qu’un jugement soit rendu contre lui sur les seuls éléments fournis par son adversaire.',
	],
	invalid: [
		'Le défendeur est invité à comparaître.',
		'La défenderesse est tenue de constituer avocat.',
		'Faute pour le défendeur de comparaître, l’affaire sera renvoyée.',
	],
});

/**
 * Fixes that rewrite the dispositif, on the enumerations lawyers write: each out-of-scope item
 * removed alone and all of them at once (data-beyond-l34-1), the source port inserted
 * (source-port-missing). Whatever is removed or inserted, the measure stays French.
 */
const ENUMERATIONS: readonly string[] = [
	'les données du titulaire du compte « @anonyme_75 », dont l’adresse IP, le type de navigateur et la géolocalisation',
	'les données du titulaire du compte « @anonyme_75 », dont l’adresse IP (pièce n° 7), le type de navigateur et la géolocalisation, ainsi que le port source associé',
	'l’adresse IP (pièce n° 7), ainsi que le type de navigateur et le système d’exploitation utilisés',
	'l’adresse IP et le type de navigateur',
	'l’adresse IP, le type de navigateur et le port source',
	'les nom et prénom, l’adresse IP, le type de navigateur, la géolocalisation et la liste des contacts',
	'les nom et prénom, la date et le lieu de naissance et l’historique de navigation',
	'les nom et prénom, l’historique de navigation, la date et le lieu de naissance',
	'l’adresse IP, ainsi que le port source et le type de navigateur',
	'les données du titulaire, dont l’adresse IP et le type de navigateur, ainsi que le port source',
	'le type de navigateur, l’adresse IP et le port source',
	'l’identifiant de connexion, ainsi que l’adresse IP de connexion',
	'les adresses IP de connexion, ainsi que le type de navigateur',
	'les données du titulaire du compte, dont les adresses IP de connexion',
];

/** Patterns no fix may leave in a measure: a dangling or doubled joint. */
const GARBLED: readonly RegExp[] = [/\bet dont\b/iu, /\bet\s+et\b/iu, /,\s*,/u, /,\s*;/u, /\bet\s*[;,.)]/iu, /\bainsi que\s*[;,.)]/iu, /\bdont\s*[;,.)]/iu, /:\s*[,;]/u, /\(\s*,/u];

function garbling(before: string, after: string): string[] {
	const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern.source, 'giu'))?.length ?? 0;
	const found = GARBLED.filter((pattern) => count(after, pattern) > count(before, pattern)).map(String);
	if (count(after, /\bainsi que\b/u) > Math.max(1, count(before, /\bainsi que\b/u))) {
		found.push('doubled « ainsi que »');
	}
	return found;
}

function measureOf(text: string): string {
	const start = text.indexOf('# PAR CES MOTIFS');
	return text.slice(start);
}

suite('Enumerations stay French when a fix removes or inserts an item', () => {
	const today = new Date('2025-03-01T12:00:00Z');
	for (const clause of ENUMERATIONS) {
		const text = replaced(template, IP_CLAUSE, `${clause} ;`);
		test(`« ${clause} »`, () => {
			const findings = analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today }).filter((finding) => finding.ruleId === 'data-beyond-l34-1' || finding.ruleId === 'source-port-missing');
			for (const finding of findings) {
				for (const fix of finding.fixes ?? []) {
					const fixed = applyEdits(text, fix.edits);
					assert.deepEqual(garbling(measureOf(text), measureOf(fixed)), [], `« ${fix.title} » on « ${clause} » gives « ${measureOf(fixed).split(';').find((part) => part.includes('adresse')) ?? ''} »`);
				}
			}
			for (const ruleId of ['data-beyond-l34-1', 'source-port-missing']) {
				const fixed = applyRuleFixes(text, ruleId, today);
				assert.deepEqual(garbling(measureOf(text), measureOf(fixed)), [], `fix all ${ruleId} on « ${clause} »`);
			}
			const removedAll = applyRuleFixes(text, 'data-beyond-l34-1', today);
			// Each clause keeps an item the law allows: every out-of-scope item can go.
			const left = analyze(modelOf(removedAll), { settings: { rules: {} }, language: 'fr', today }).filter((finding) => finding.ruleId === 'data-beyond-l34-1');
			assert.deepEqual(left.map((finding) => finding.message), [], 'every out-of-scope item is removed');
		});
	}
});

function applyEdits(text: string, edits: readonly { readonly span: { readonly start: number; readonly end: number }; readonly newText: string }[]): string {
	return [...edits].sort((left, right) => right.span.start - left.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

suite('A citation in brackets belongs to the name just before it', () => {
	const today = new Date('2025-05-06T12:00:00Z');
	const text = readFileSync(join(process.cwd(), 'test', 'corpus', 'snapchat-requete-chantage-sans-texte-en-prose.md'), 'utf8');
	const codes = (pleading: string): string[] => analyze(modelOf(pleading), { settings: { rules: {} }, language: 'fr', today }).map((finding) => finding.ruleId);

	test('Should pair « un chantage et un harcèlement moral (article 222-33-2-2…) » with the harassment', () => {
		assert.match(text, /un chantage et un harcèlement moral \(article 222-33-2-2, 4°, du code pénal\)/u);
		assert.equal(codes(text).includes('qualification-text-mismatch'), false);
		assert.equal(codes(text).filter((code) => code === 'offence-unqualified').length, 1);
	});

	test('Should not trip qualification-text-mismatch with the quick fix’s own insertion', () => {
		const finding = analyze(modelOf(text), { settings: { rules: {} }, language: 'fr', today }).find((candidate) => candidate.ruleId === 'offence-unqualified');
		const fix = finding?.fixes?.[0];
		assert.ok(fix !== undefined, 'offence-unqualified offers its fix');
		const fixed = applyEdits(text, fix.edits);
		assert.match(fixed, /un chantage \(article 312-10 du code pénal\) et un harcèlement moral \(article 222-33-2-2, 4°, du code pénal\)/u);
		assert.deepEqual(codes(fixed).filter((code) => code === 'qualification-text-mismatch' || code === 'offence-unqualified'), []);
	});
});
