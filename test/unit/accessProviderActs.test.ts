import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { inheritDossier, readDossier } from '../../server/src/document/dossier';
import { parsePleading } from '../../server/src/document/parse';
import { analyze } from '../../server/src/engine/analyze';
import { isNonWorkingDay, platformByKey } from '../../server/src/knowledge';
import { accessProviderAct } from '../../server/src/templates/accessProviderAct';

const EXAMPLE = join(process.cwd(), 'examples', 'dossier-martin');
const DOSSIER = readFileSync(join(EXAMPLE, 'dossier.yaml'), 'utf8').replace(/^connexions:[\s\S]*$/mu, [
	'connexions:',
	'  - ip: 90.54.112.18',
	'    port: 51234',
	'    horodatage: 2024-11-01T21:04:29+01:00',
	'    piece: 6',
	'  - ip: 2a01:cb00:1234::1',
	'    horodatage: 2024-11-03T22:16:58+01:00',
	'    piece: 6',
	'  - ip: 37.165.2.9',
	'    port: 40321',
	'    horodatage: 2024-11-04T08:00:01+01:00',
	'    piece: 6',
	'  - ip: 82.64.10.20',
	'    port: 1234',
	'    horodatage: 2024-11-05T10:00:00+01:00',
	'    piece: 6',
	'    fournisseur: free-mobile',
	'',
].join('\n'));

function act(provider: string, acte: 'assignation-refere' | 'requete', date = '2025-03-10'): string {
	return accessProviderAct({ dossier: readDossier(DOSSIER).data, dossierPath: 'dossier.yaml', provider: platformByKey(provider)!, date, acte }, translator('fr'));
}

function findingsOf(text: string): string[] {
	const uri = pathToFileURL(join(EXAMPLE, 'step2.md')).toString();
	const model = inheritDossier(parsePleading(TextDocument.create(uri, 'markdown', 1, text)), { uri: pathToFileURL(join(EXAMPLE, 'dossier.yaml')).toString(), text: DOSSIER });
	return analyze(model, { settings: { rules: {} }, language: 'fr', today: new Date('2025-03-10T12:00:00Z') }).filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => finding.ruleId);
}

/** The words of each message, which the dossier does not hold: the facts quote them (judge’s reading, J30), each blank naming its message. */
const TENEUR = ['[À compléter : teneur du message, citée entre guillemets (publication du 1er novembre 2024)]', '[À compléter : teneur du message, citée entre guillemets (publication du 3 novembre 2024)]'];

suite('Step-2 acts: one per access provider, by assignation or by requête', () => {
	test('Should write the requête against Orange, ex parte with its derogation, citing only Orange’s connexions, with no port blank for IPv6', () => {
		const text = act('orange', 'requete');
		assert.match(text, /^acte: requete$/mu);
		assert.doesNotMatch(text, /^audience:/mu);
		assert.match(text, /^## B\. Sur les circonstances justifiant qu’il soit dérogé au principe de la contradiction \(articles 493 et 845, alinéa 2, du code de procédure civile\)$/mu);
		assert.match(text, /délai qui expire le 1er novembre 2025 pour la plus ancienne des connexions en cause[^\n]*\(articles 493 et 845, alinéa 2, du code de procédure civile\)/u);
		assert.match(text, /^PLAISE À Madame ou Monsieur le Président du tribunal judiciaire de Paris, de bien vouloir :$/mu);
		assert.match(text, /^ {2}- l’adresse IP 90\.54\.112\.18, avec le port source 51234, le 1er novembre 2024 à 21:04:29 \(UTC\+1\) ;$/mu);
		assert.match(text, /^ {2}- l’adresse IP 2a01:cb00:1234::1, le 3 novembre 2024 à 22:16:58 \(UTC\+1\) ;$/mu);
		assert.doesNotMatch(text, /37\.165\.2\.9|82\.64\.10\.20/u);
		assert.deepEqual(text.match(/- ip: "[^"]+"/gu), ['- ip: "90.54.112.18"', '- ip: "2a01:cb00:1234::1"']);
		// The blocks are a fact of the day the table is read: the act rests them on a relevé in its bordereau (the second reading, K27).
		assert.match(text, /Selon le relevé de la table de routage publique \(pièce n° (\d+)\), ces adresses IP appartiennent aux blocs d’adresses 90\.48\.0\.0\/12 et 2a01:cb00::\/27 que la société Orange annonce sur Internet sous son système autonome AS3215 :/u);
		assert.match(text, /intitule: "?Relevé de la table de routage publique pour les blocs d’adresses 90\.48\.0\.0\/12 et 2a01:cb00::\/27 \(AS3215\), du \[À compléter : date du relevé\]/u);
		assert.match(text, /LAISSER les dépens à la charge de la partie requérante\./u);
		// Every blank has one form: the registered office, which the sources do not confirm, the date of the routing table's relevé, and each message's words, which the dossier does not hold.
		assert.deepEqual(text.match(/\[[^\]\n]*\]/gu), ['[À compléter : siège social de la société Orange, à lire sur un extrait Kbis récent]', '[À compléter : date du relevé]', ...TENEUR]);
		assert.deepEqual(findingsOf(text), ['placeholder-left', 'placeholder-left', 'placeholder-left', 'placeholder-left']);
	});

	test('Should write the assignation against Free Mobile with the connexions the table or the dossier gives it, and a hearing on a working day', () => {
		// 17 April 2025 + 21 days is Thursday 8 May 2025, a public holiday: the hearing moves to Friday 9 May.
		const text = act('free-mobile', 'assignation-refere', '2025-04-17');
		assert.match(text, /^audience: 2025-05-09T09:30:00\+02:00$/mu);
		assert.equal(isNonWorkingDay('2025-05-08'), true);
		assert.match(text, /l’adresse IP 37\.165\.2\.9, avec le port source 40321/u);
		assert.match(text, /l’adresse IP 82\.64\.10\.20, avec le port source 1234/u);
		assert.doesNotMatch(text, /90\.54\.112\.18|2a01:cb00/u);
		assert.match(text, /^Il est demandé à Madame ou Monsieur le Président du tribunal judiciaire de Paris de bien vouloir :$/mu);
		// The blocks are pleaded only when they hold every cited address (82.64.10.20 is Free’s in the table, Free Mobile’s by the lawyer’s word).
		assert.match(text, /Ces adresses IP sont attribuées par la société Free Mobile à ses abonnés\./u);
		assert.deepEqual(findingsOf(text).filter((rule) => rule !== 'placeholder-left' && rule !== 'retention-expired'), []);
	});

	test('Should write the assignation against Orange from IPv4 and IPv6 connexions with no finding but the registered office to read on a Kbis and the messages’ words to quote', () => {
		const text = act('orange', 'assignation-refere');
		assert.match(text, /^audience: 2025-04-01T09:30:00\+02:00$/mu);
		assert.match(text, /^ {2}- l’adresse IP 2a01:cb00:1234::1, le 3 novembre 2024 à 22:16:58 \(UTC\+1\) ;$/mu);
		assert.deepEqual(text.match(/\[[^\]\n]*\]/gu), ['[À compléter : siège social de la société Orange, à lire sur un extrait Kbis récent]', '[À compléter : date du relevé]', ...TENEUR]);
		assert.deepEqual(findingsOf(text), ['placeholder-left', 'placeholder-left', 'placeholder-left', 'placeholder-left']);
	});

	test('Should refuse an act against a provider none of the connexions is attributed to', () => {
		assert.throws(() => act('sfr', 'assignation-refere'), /Aucune connexion du dossier n’est attribuée à SFR/u);
	});

	test('pretoire new --fai auto should write one act per provider, each with only its own connexions, and say which address has none', function () {
		this.timeout(60_000);
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-auto-'));
		try {
			cpSync(EXAMPLE, directory, { recursive: true });
			writeFileSync(join(directory, 'dossier.yaml'), `${DOSSIER}  - ip: 81.2.69.142\n    port: 1\n    horodatage: 2024-11-05T10:00:00+01:00\n`);
			const run = spawnSync(process.execPath, [join('dist', 'cli.js'), 'new', '--dossier', directory, '--acte', 'requete', '--fai', 'auto', '--date', '2025-03-10', '-o', join(directory, 'actes') + '/'], { encoding: 'utf8' });
			assert.equal(run.status, 0, run.stderr);
			assert.deepEqual(readdirSync(join(directory, 'actes')).sort(), ['requete-free-mobile.md', 'requete-orange.md']);
			assert.match(run.stderr, /^81\.2\.69\.142 : sans acte, adresse non attribuée à un fournisseur d’accès français dans la table du 2026-12-07/mu);
			const orange = readFileSync(join(directory, 'actes', 'requete-orange.md'), 'utf8');
			const freeMobile = readFileSync(join(directory, 'actes', 'requete-free-mobile.md'), 'utf8');
			assert.match(orange, /^dossier: \.\.\/dossier\.yaml$/mu);
			assert.deepEqual(orange.match(/- ip: "[^"]+"/gu), ['- ip: "90.54.112.18"', '- ip: "2a01:cb00:1234::1"']);
			assert.deepEqual(freeMobile.match(/- ip: "[^"]+"/gu), ['- ip: "37.165.2.9"', '- ip: "82.64.10.20"']);
			const checked = spawnSync(process.execPath, [join('dist', 'cli.js'), 'check', '--format', 'json', join(directory, 'actes', 'requete-orange.md'), join(directory, 'actes', 'requete-free-mobile.md')], { encoding: 'utf8' });
			assert.deepEqual((JSON.parse(checked.stdout) as { code: string }[]).filter((finding) => finding.code === 'connexion-provider-mismatch'), []);
		} finally {
			rmSync(directory, { recursive: true, force: true });
		}
	});
});

suite('Step-2 acts: dates', () => {
	test('Should set the hearing, and its placement fifteen days before, on working days, whatever the act’s date', () => {
		for (let day = new Date(Date.UTC(2025, 0, 1)); day.getUTCFullYear() < 2027; day.setUTCDate(day.getUTCDate() + 1)) {
			const date = day.toISOString().slice(0, 10);
			const hearing = /^audience: (\d{4}-\d{2}-\d{2})T09:30:00\+0[12]:00$/mu.exec(act('orange', 'assignation-refere', date))?.[1];
			assert.ok(hearing !== undefined, date);
			const placement = new Date(`${hearing}T12:00:00Z`);
			placement.setUTCDate(placement.getUTCDate() - 15);
			assert.equal(isNonWorkingDay(hearing), false, `${date}: hearing ${hearing}`);
			assert.equal(isNonWorkingDay(placement.toISOString().slice(0, 10)), false, `${date}: placement before ${hearing}`);
			assert.ok(hearing >= new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 21)).toISOString().slice(0, 10), date);
		}
	});
});
