import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addConnexions } from '../../server/src/document/dossierConnexions';
import { parseTimeZone, readPlatformAnswer, type AnswerReading } from '../../server/src/evidence/platformAnswer';
import { translator } from '../../server/src/l10n';
import { importConnexions } from '../../server/src/services/importConnexions';

const french = translator('fr');

/** Each connection as `ip port horodatage fournisseur`, or the refusal. */
function rows(reading: AnswerReading): string[] {
	if (reading.kind !== 'read') {
		return [reading.kind === 'refused' ? `refused: ${reading.problems.join(' | ')}` : 'zone-needed'];
	}
	return reading.connexions.map((connexion) => `${connexion.line} ${connexion.ip} ${connexion.port ?? '-'} ${connexion.horodatage} ${connexion.fournisseur ?? '-'}`);
}

const UTC = parseTimeZone('UTC');

/** Expected Paris times: UTC+1 until the last Sunday of March, UTC+2 until the last Sunday of October. */
suite('Import of a platform’s answer (connexions)', () => {
	test('Should read a comma-separated answer in UTC with IPv4 and IPv6 rows, in Paris time (winter and summer), with each provider', () => {
		const answer = [
			'ip_address,port,created_at',
			'90.12.34.56,51234,2024-11-01 20:04:29 UTC',
			'2a01:e0a:1b2:c3d0::1,,2024-07-03T19:12:08Z',
			'"37.165.2.9","40321","2024-11-03T21:16:58.123Z"',
			'',
		].join('\r\n');
		assert.deepEqual(rows(readPlatformAnswer(answer, undefined, french)), [
			'2 90.12.34.56 51234 2024-11-01T21:04:29+01:00 orange',
			'3 2a01:e0a:1b2:c3d0::1 - 2024-07-03T21:12:08+02:00 free',
			'4 37.165.2.9 40321 2024-11-03T22:16:58+01:00 free-mobile',
		]);
	});

	test('Should read a French semicolon-separated answer with DD/MM/YYYY times whose header says UTC, columns in any order', () => {
		const answer = '\uFEFFDate et heure (UTC);Port source;Adresse IP;Action\n15/01/2025 08:00:01;5060;78.200.1.2;connexion\n30/06/2024 22:30:00;443;"86.225.3.4";"publication; message"\n';
		assert.deepEqual(rows(readPlatformAnswer(answer, undefined, french)), [
			'2 78.200.1.2 5060 2025-01-15T09:00:01+01:00 free',
			'3 86.225.3.4 443 2024-07-01T00:30:00+02:00 orange',
		]);
	});

	test('Should read tab-separated date and time columns, epoch seconds and a JSON array of objects', () => {
		assert.deepEqual(rows(readPlatformAnswer('Date\tHeure (UTC)\tIP\n2024-03-31\t00:59:59\t176.130.1.1\n2024-03-31\t01:00:00\t176.130.1.1\n', undefined, french)), [
			'2 176.130.1.1 - 2024-03-31T01:59:59+01:00 bouygues-telecom',
			'3 176.130.1.1 - 2024-03-31T03:00:00+02:00 bouygues-telecom',
		]);
		assert.deepEqual(rows(readPlatformAnswer('[{"timestamp": 1730491469, "ip": "93.1.2.3", "port": 1234}, {"ip": "2a0d:e480::7", "timestamp": "2024-11-01T20:04:29+00:00"}]', undefined, french)), [
			'1 93.1.2.3 1234 2024-11-01T21:04:29+01:00 sfr',
			'2 2a0d:e480::7 - 2024-11-01T21:04:29+01:00 free-mobile',
		]);
	});

	test('Should never guess the time zone: it asks when neither values nor header give it, then reads the one given', () => {
		const answer = 'ip;port;date\n90.12.34.56;1;01/11/2024 21:04:29\n';
		assert.deepEqual(rows(readPlatformAnswer(answer, undefined, french)), ['zone-needed']);
		assert.deepEqual(rows(readPlatformAnswer(answer, parseTimeZone('Europe/Paris'), french)), ['2 90.12.34.56 1 2024-11-01T21:04:29+01:00 orange']);
		assert.deepEqual(rows(readPlatformAnswer(answer, parseTimeZone('+01:00'), french)), ['2 90.12.34.56 1 2024-11-01T21:04:29+01:00 orange']);
		assert.deepEqual(rows(readPlatformAnswer(answer, UTC, french)), ['2 90.12.34.56 1 2024-11-01T22:04:29+01:00 orange']);
		// The hour repeated when summer time ends names two instants: the offset must be given.
		assert.match(rows(readPlatformAnswer('ip;date\n90.1.1.1;27/10/2024 02:30:00\n', parseTimeZone('Europe/Paris'), french))[0], /^refused: ligne 2 : heure de Paris .* changement d’heure/u);
		assert.equal(parseTimeZone('Paris'), undefined);
	});

	test('Should refuse the whole file with the line of every unreadable row', () => {
		const answer = 'ip,port,timestamp\n90.12.34.56,1,2024-11-01T20:04:29Z\nbad,2,2024-11-01T20:04:29Z\n90.12.34.57,70000,2024-11-01T20:04:29Z\n90.12.34.58,3,2024-11-01T20:04Z\n90.12.34.59,4\n';
		assert.deepEqual(rows(readPlatformAnswer(answer, undefined, french)), [
			'refused: ligne 6 : 2 champs au lieu de 3',
		]);
		assert.deepEqual(rows(readPlatformAnswer(answer.split('\n').slice(0, 5).join('\n'), undefined, french)), [
			'refused: ligne 3 : adresse IP illisible : « bad » | ligne 4 : port source illisible : « 70000 » | ligne 5 : heure sans les secondes : « 2024-11-01T20:04Z » ; le fournisseur d’accès a besoin de l’heure exacte à la seconde près',
		]);
		assert.match(rows(readPlatformAnswer('utilisateur,action\nx,y\n', UTC, french))[0], /^refused: aucune colonne d’adresse IP reconnue/u);
	});

	test('Should append through the YAML document: comments and order kept, duplicates skipped, a new list created when absent', () => {
		const dossier = '# Dossier X\njuridiction: Tribunal judiciaire de Paris # le siège\nconnexions:\n  # la réponse de X\n  - { ip: 90.12.34.56, port: 51234, horodatage: "2024-11-01T20:04:29Z", piece: 6 }\n';
		const added = addConnexions(dossier, [
			{ ip: '90.12.34.56', port: 51234, horodatage: '2024-11-01T21:04:29+01:00', fournisseur: 'orange' },
			{ ip: '2a01:e0a::1', horodatage: '2024-07-03T21:12:08+02:00', fournisseur: 'free' },
		], 7, translator('fr'));
		assert.equal(added.kind, 'added');
		assert.ok(added.kind === 'added');
		assert.equal(added.duplicates.length, 1);
		assert.equal(added.text, `${dossier}  - ip: 2a01:e0a::1\n    horodatage: 2024-07-03T21:12:08+02:00\n    piece: 7\n    fournisseur: free\n`);
		const created = addConnexions('juridiction: Tribunal judiciaire de Paris\n', [{ ip: '1.2.3.4', port: 1, horodatage: '2024-07-03T21:12:08+02:00' }], undefined, translator('fr'));
		assert.ok(created.kind === 'added');
		assert.equal(created.text, 'juridiction: Tribunal judiciaire de Paris\nconnexions:\n  - ip: 1.2.3.4\n    port: 1\n    horodatage: 2024-07-03T21:12:08+02:00\n');
		assert.equal(addConnexions('connexions: [\n', [], undefined, translator('fr')).kind, 'refused');
		assert.equal(addConnexions('connexions: oui\n', [{ ip: '1.2.3.4', horodatage: '2024-07-03T21:12:08+02:00' }], undefined, translator('fr')).kind, 'refused');
	});

	suite('on disk and from the command line', function () {
		this.timeout(60_000);
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-import-'));
		suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));
		const dossierFile = join(directory, 'dossier.yaml');
		const original = '# Dossier\njuridiction: Tribunal judiciaire de Paris\n';

		test('Should write nothing when a row is unreadable, and everything otherwise', () => {
			writeFileSync(dossierFile, original);
			const bad = join(directory, 'bad.csv');
			writeFileSync(bad, 'ip,timestamp\n90.12.34.56,2024-11-01T20:04:29Z\n999.1.1.1,2024-11-01T20:04:29Z\n');
			const refused = importConnexions({ answerFile: bad, dossierFile, write: true }, french);
			assert.deepEqual(refused, { kind: 'refused', problems: ['ligne 3 : adresse IP illisible : « 999.1.1.1 »'] });
			assert.equal(readFileSync(dossierFile, 'utf8'), original);
			const good = join(directory, 'good.csv');
			writeFileSync(good, 'ip,timestamp\n90.12.34.56,2024-11-01T20:04:29Z\n');
			const done = importConnexions({ answerFile: good, dossierFile, piece: 6, write: true }, french);
			assert.equal(done.kind === 'done' && done.written, true);
			assert.equal(readFileSync(dossierFile, 'utf8'), `${original}connexions:\n  - ip: 90.12.34.56\n    horodatage: 2024-11-01T21:04:29+01:00\n    piece: 6\n    fournisseur: orange\n`);
		});

		test('Should refuse an answer without time zone (exit 2, in French), print the rows, and write nothing with --dry-run', () => {
			writeFileSync(dossierFile, original);
			const answer = join(directory, 'reponse.csv');
			writeFileSync(answer, 'Adresse IP;Port source;Date\n78.200.1.2;5060;15/01/2025 08:00:01\n');
			const cli = (...args: string[]) => spawnSync(process.execPath, [join('dist', 'cli.js'), 'import-connexions', answer, '--dossier', directory, ...args], { encoding: 'utf8' });
			const noZone = cli();
			assert.equal(noZone.status, 2);
			assert.match(noZone.stderr, /ne disent pas leur fuseau.*--fuseau UTC/u);
			const dryRun = cli('--fuseau', 'UTC', '--piece', '6', '--dry-run');
			assert.equal(dryRun.status, 0, dryRun.stderr);
			assert.match(dryRun.stdout, /ligne 2 : 78\.200\.1\.2, port 5060, 2025-01-15T09:00:01\+01:00 — Free \(AS12322, préfixe 78\.192\.0\.0\/10\) : attribution selon la table de routage du 2026-12-07, à vérifier auprès de l’opérateur pour une connexion ancienne/u);
			assert.equal(readFileSync(dossierFile, 'utf8'), original);
			assert.equal(cli('--fuseau', 'UTC', '--piece', '6').status, 0);
			assert.match(readFileSync(dossierFile, 'utf8'), /- ip: 78\.200\.1\.2\n {4}port: 5060\n {4}horodatage: 2025-01-15T09:00:01\+01:00\n {4}piece: 6\n {4}fournisseur: free\n$/u);
		});
	});
});

suite('Import of a platform’s answer: hostile files', () => {
	test('Should refuse, never crash, on binary, unbalanced quotes, a huge line and JSON of the wrong shape', () => {
		const hostile = [
			'\u0000\u0001\u0002ip,date\n\u0000',
			'ip,date\n"90.1.1.1,2024-11-01T20:04:29Z\n',
			`ip,date\n${'9'.repeat(200_000)},2024-11-01T20:04:29Z\n`,
			`ip,date\n90.1.1.1,${'2'.repeat(100_000)}\n`,
			'[1, 2, 3]',
			'{"ip": "90.1.1.1"}',
			'[',
			'',
			'\n\n\n',
		];
		for (const text of hostile) {
			const reading = readPlatformAnswer(text, UTC, french);
			assert.equal(reading.kind, 'refused', JSON.stringify(text.slice(0, 40)));
		}
	});
});
