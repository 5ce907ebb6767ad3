import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inheritDossier, readDossier, type DossierSource } from '../../server/src/document/dossier';
import { isInherited, type PleadingModel } from '../../server/src/document/model';
import { parsePleading } from '../../server/src/document/parse';
import { analyze, type RuleFinding } from '../../server/src/engine/analyze';
import { toDiagnostic } from '../../server/src/engine/diagnostics';
import { dossierDiagnostics } from '../../server/src/features/dossierDiagnostics';
import { translator } from '../../server/src/l10n';
import { platformByKey } from '../../server/src/knowledge';
import { loadDossier } from '../../server/src/services/dossierFiles';
import { accessProviderAct } from '../../server/src/templates/accessProviderAct';

const TODAY = new Date('2025-03-01T12:00:00Z');
const DOSSIER_DIRECTORY = join(process.cwd(), 'test', 'dossier');
const DOSSIER_TEXT = readFileSync(join(DOSSIER_DIRECTORY, 'dossier.yaml'), 'utf8');

function act(frontMatter: string[], body: string[] = [], directory = DOSSIER_DIRECTORY): PleadingModel {
	const text = ['---', ...frontMatter, '---', '', ...body].join('\n');
	return parsePleading(TextDocument.create(pathToFileURL(join(directory, 'acte.md')).toString(), 'markdown', 1, text));
}

function withDossier(model: PleadingModel, source: DossierSource | undefined = loadDossier(model, translator('fr'))): PleadingModel {
	return inheritDossier(model, source);
}

function findings(model: PleadingModel): RuleFinding[] {
	return analyze(model, { settings: { rules: {} }, language: 'fr', today: TODAY });
}

const FAI_ACT = ['acte: assignation-refere', 'dossier: dossier.yaml', 'date: 2025-03-10', 'audience: 2025-03-25T09:30:00+01:00', 'defendeur:', '  plateforme: orange'];
const DOSSIER_LINE = 3;

suite('dossier.yaml inheritance', () => {
	test('Should inherit every key the act does not write, and let the act’s own keys win', () => {
		const model = withDossier(act([...FAI_ACT, 'infractions:', '  - qualification: harcèlement moral en ligne', '    texte: article 222-33-2-2 du code pénal']));
		assert.equal(model.frontMatter?.data.juridiction, 'Tribunal judiciaire de Paris');
		assert.equal(model.frontMatter?.data.connexions?.length, 3);
		assert.equal(model.frontMatter?.data.infractions?.[0]?.qualification, 'harcèlement moral en ligne');
		assert.deepEqual([...(model.dossier?.inherited ?? [])].sort(), ['connexions', 'demandeurs', 'juridiction', 'pieces']);
	});

	test('Should not report a required key as missing when the dossier gives it', () => {
		const model = withDossier(act(FAI_ACT));
		assert.equal(findings(model).filter((finding) => /juridiction/u.test(finding.message)).length, 0);
		assert.ok(findings(act(FAI_ACT)).some((finding) => finding.ruleId === 'front-matter-invalid' && /juridiction/u.test(finding.message)), 'without the dossier, juridiction is missing');
	});

	test('Should report an imprecise connection time of the dossier on the act’s dossier line, pointing into dossier.yaml', () => {
		const model = withDossier(act(FAI_ACT));
		const imprecise = findings(model).filter((finding) => finding.ruleId === 'timestamp-imprecise');
		assert.equal(imprecise.length, 1);
		assert.match(imprecise[0].message, /il manque les secondes et le fuseau horaire/u);
		assert.equal(model.rangeOf(imprecise[0].span).start.line + 1, DOSSIER_LINE);
		const diagnostic = toDiagnostic(model, imprecise[0]);
		const related = diagnostic.relatedInformation?.[0];
		assert.equal(related?.location.uri, pathToFileURL(join(DOSSIER_DIRECTORY, 'dossier.yaml')).toString());
		// `horodatage: 2024-11-01T21:04` is line 22 of dossier.yaml (0-based 21), value at column 17.
		assert.deepEqual(related?.location.range.start, { line: 21, character: 16 });
	});

	test('Should report the connection without port on the act against the access provider only', () => {
		const faiFindings = findings(withDossier(act(FAI_ACT))).filter((finding) => finding.ruleId === 'source-port-missing');
		assert.equal(faiFindings.length, 1);
		assert.match(faiFindings[0].message, /90\.12\.34\.57/u);
		const requete = withDossier(act(['acte: requete', 'dossier: dossier.yaml', 'date: 2025-01-15', 'defendeur:', '  plateforme: x']));
		assert.equal(findings(requete).filter((finding) => finding.ruleId === 'source-port-missing').length, 0);
	});

	test('Should flag the private address 10.0.0.7 as a warning', () => {
		const reserved = findings(withDossier(act(FAI_ACT))).filter((finding) => finding.ruleId === 'ip-address-reserved');
		assert.deepEqual(reserved.map((finding) => [finding.severity, /10\.0\.0\.7 : adresse privée \(RFC 1918\)/u.test(finding.message)]), [['warning', true]]);
	});

	test('Should count retention from each connection against the access provider', () => {
		const late = withDossier(act(['acte: assignation-refere', 'dossier: dossier.yaml', 'date: 2025-11-02', 'audience: 2025-11-20T09:30:00+01:00', 'defendeur:', '  plateforme: orange']));
		const expired = findings(late).filter((finding) => finding.ruleId === 'retention-expired');
		// 1 Nov 2024 + 1 year = 1 Nov 2025 < 2 Nov 2025; 3 Nov 2024 connections are still within their year.
		assert.equal(expired.length, 1);
		assert.match(expired[0].message, /connexion du 1er novembre 2024, ce délai a expiré le 1er novembre 2025/u);
	});

	test('Should drop a fix that would edit the act’s dossier line', () => {
		const model = withDossier(act(FAI_ACT));
		for (const finding of findings(model).filter((candidate) => isInherited(candidate.span))) {
			assert.equal(finding.fixes, undefined, `${finding.ruleId} kept a fix on the dossier line`);
		}
	});

	test('Should report a missing dossier at the dossier line, in French, and still analyse the act', () => {
		const model = withDossier(act(['acte: requete', 'dossier: absent.yaml', 'juridiction: Tribunal judiciaire de Paris', 'date: 2025-01-15']));
		const missing = findings(model).filter((finding) => finding.ruleId === 'front-matter-invalid');
		assert.equal(missing.length, 1);
		assert.match(missing[0].message, /^Dossier illisible : absent\.yaml \(fichier introuvable\)/u);
		assert.equal(model.rangeOf(missing[0].span).start.line + 1, DOSSIER_LINE);
	});

	test('Should refuse a dossier that is not a YAML file', () => {
		const model = withDossier(act(['acte: requete', 'dossier: ../../package.json', 'juridiction: Tribunal judiciaire de Paris', 'date: 2025-01-15']));
		assert.match(findings(model).find((finding) => finding.ruleId === 'front-matter-invalid')?.message ?? '', /doit être un fichier YAML/u);
	});

	test('Should report an invalid dossier on the act, pointing at the faulty line of the dossier', () => {
		const source: DossierSource = { uri: pathToFileURL(join(DOSSIER_DIRECTORY, 'dossier.yaml')).toString(), text: 'juridiction: [\nconnexions:\n  - ip: 999.1.2.3\n    horodatage: 2024-11-01T21:04:31+01:00\n' };
		const model = withDossier(act(FAI_ACT), source);
		const invalid = findings(model).filter((finding) => finding.ruleId === 'front-matter-invalid' && finding.message.startsWith('dossier.yaml : '));
		assert.ok(invalid.some((finding) => /Erreur de syntaxe YAML/u.test(finding.message)));
		assert.ok(invalid.some((finding) => /Valeur invalide pour `ip` de `connexions` n° 1/u.test(finding.message)));
		assert.ok(invalid.every((finding) => model.rangeOf(finding.span).start.line + 1 === DOSSIER_LINE));
		// The dossier's juridiction is invalid, so nothing is inherited for it: the act lacks one.
		assert.ok(findings(model).some((finding) => /Clé obligatoire manquante : `juridiction`/u.test(finding.message)));
	});

	test('Should show the act’s findings about inherited values on the open dossier.yaml, once each', () => {
		const model = withDossier(act(FAI_ACT));
		const found = findings(model);
		const analysis = { model, inheritedFindings: found.filter((finding) => isInherited(finding.span)) };
		const dossier = TextDocument.create(model.dossier!.document!.uri, 'yaml', 1, DOSSIER_TEXT);
		const diagnostics = dossierDiagnostics(dossier, [analysis, analysis], readDossier(DOSSIER_TEXT), translator('fr'));
		const port = diagnostics.filter((diagnostic) => diagnostic.code === 'source-port-missing');
		assert.equal(port.length, 1);
		// `- ip: 90.12.34.57` is line 24 (0-based 23), its value at column 9.
		assert.deepEqual(port[0].range.start, { line: 23, character: 8 });
		assert.equal(port[0].relatedInformation?.[0].location.uri, model.document.uri);
	});

	test('Should never throw on a hostile dossier, and keep analysing the act', () => {
		const hostile = [
			'',
			'- une liste\n- pas un dossier\n',
			'simple texte',
			'\u0000\uD800\r\n::: [',
			'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
			'connexions:\n  - ip: 1.2.3\n    port: 99999\n    horodatage: 2024-13-45T99:99\n',
			`pieces:\n${'  - numero: 1\n    intitule: x\n'.repeat(5000)}`,
		];
		const uri = pathToFileURL(join(DOSSIER_DIRECTORY, 'dossier.yaml')).toString();
		for (const text of hostile) {
			const model = withDossier(act(FAI_ACT), { uri, text });
			const result = findings(model);
			assert.equal(result.filter((finding) => finding.ruleId === 'rule-failed').length, 0, text.slice(0, 40));
		}
	});

	test('Should read a dossier with an unknown key as information only', () => {
		const dossier = readDossier('juridiction: Tribunal judiciaire de Paris\nacte: requete\n');
		assert.deepEqual(dossier.issues.map((issue) => issue.kind), ['unknown-key']);
	});
});

suite('Act against the access provider (step 2)', () => {
	const provider = platformByKey('orange')!;

	test('Should write the connections with IP, port and time to the second in the dispositif, and analyse with no error', () => {
		const dossierText = readFileSync(join(process.cwd(), 'examples', 'dossier-martin', 'dossier.yaml'), 'utf8');
		const text = accessProviderAct({ dossier: readDossier(dossierText).data, dossierPath: 'dossier.yaml', provider, date: '2025-03-10' }, translator('fr'));
		const dispositif = text.slice(text.indexOf('# PAR CES MOTIFS'));
		assert.match(dispositif, /l’adresse IP 90\.54\.112\.18, avec le port source 51234, le 1er novembre 2024 à 21:04:29 \(UTC\+1\)/u);
		assert.match(text, /Par ordonnance du 17 janvier 2025 \(pièce n° 5\)/u);
		assert.match(text, /La société Twitter International Unlimited Company a communiqué \(pièce n° 6\)/u);
		const uri = pathToFileURL(join(process.cwd(), 'examples', 'dossier-martin', 'step2.md')).toString();
		const base = parsePleading(TextDocument.create(uri, 'markdown', 1, text));
		const model = inheritDossier(base, { uri: pathToFileURL(join(process.cwd(), 'examples', 'dossier-martin', 'dossier.yaml')).toString(), text: dossierText });
		const result = findings(model);
		assert.deepEqual(result.filter((finding) => finding.severity === 'error').map((finding) => finding.message), []);
		// Four blanks the lawyer completes: Orange's registered office (to read on a Kbis), the words of each message and
		// the date of the routing-table reading the addresses' attribution rests on (second reading, K27).
		assert.deepEqual(result.filter((finding) => finding.severity === 'warning').map((finding) => finding.ruleId), ['placeholder-left', 'placeholder-left', 'placeholder-left', 'placeholder-left']);
		assert.match(text, /\[À compléter : date du relevé\]/u);
	});

	test('Should add the ordonnance and the host’s answer to the act’s own bordereau when the dossier lacks them', () => {
		const dossier = readDossier('connexions:\n  - ip: 90.12.34.56\n    port: 1234\n    horodatage: 2024-11-01T21:04:31+01:00\npieces:\n  - numero: 1\n    intitule: Constat\n').data;
		const text = accessProviderAct({ dossier, dossierPath: 'dossier.yaml', provider, date: '2025-03-10' }, translator('fr'));
		assert.match(text, /pieces:\n {2}- numero: 1\n {4}intitule: Constat\n {2}- numero: 2\n {4}intitule: "Ordonnance[^\n]*\[À compléter : date de l’ordonnance\]"\n {2}- numero: 3\n {4}intitule: "Données de connexion communiquées par l’hébergeur le \[À compléter : date de la réponse de l’hébergeur\]"/u);
	});

	test('Should refuse a dossier without connections and a host instead of an access provider', () => {
		assert.throws(() => accessProviderAct({ dossier: {}, dossierPath: 'dossier.yaml', provider, date: '2025-03-10' }, translator('fr')), /aucune connexion/u);
		assert.throws(() => accessProviderAct({ dossier: readDossier(DOSSIER_TEXT).data, dossierPath: 'dossier.yaml', provider: platformByKey('x')!, date: '2025-03-10' }, translator('fr')), /n’est pas un fournisseur d’accès/u);
	});
});
