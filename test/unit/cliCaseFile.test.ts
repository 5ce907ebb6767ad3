import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('CLI: the case file (dossier, new, calendar, export --ordonnance/--bundle)', function () {
	this.timeout(60_000);
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-dossier-'));
	const dossier = join(directory, 'dossier');
	cpSync(join('examples', 'dossier-martin'), dossier, { recursive: true });
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	test('Should report an imprecise connection time of dossier.yaml on the act that inherits it', () => {
		const yaml = join(dossier, 'dossier.yaml');
		const original = readFileSync(yaml, 'utf8');
		writeFileSync(yaml, original.replace('horodatage: 2024-11-01T21:04:29+01:00', 'horodatage: 2024-11-01T21:04').replace('    port: 40321\n', ''));
		try {
			const requete = cli('check', join(dossier, 'requete-x.md'));
			assert.equal(requete.status, 0, requete.stdout);
			assert.match(requete.stdout, /requete-x\.md:3:10: warning timestamp-imprecise Horodatage de connexion imprécis : il manque les secondes et le fuseau horaire.* \[dossier\.yaml:53:17\]$/mu);
			assert.doesNotMatch(requete.stdout, /source-port-missing/u);
			const step2 = cli('check', join(dossier, 'assignation-orange.md'));
			assert.match(step2.stdout, /assignation-orange\.md:3:10: warning source-port-missing Connexion sans port source : l’adresse IPv4 86\.247\.33\.210/u);
		} finally {
			writeFileSync(yaml, original);
		}
	});

	test('Should check the clean example dossier with no error and no warning but the registered office to read on a Kbis', () => {
		const { status, stdout } = cli('check', '--format', 'json', join(dossier, 'requete-x.md'), join(dossier, 'assignation-orange.md'));
		assert.equal(status, 0);
		assert.deepEqual((JSON.parse(stdout) as { severity: string; message: string }[]).filter((finding) => finding.severity === 'warning' || finding.severity === 'error').map((finding) => finding.message), [
			'Texte à compléter laissé dans l’acte : « [À compléter : siège social de la société Orange, à lire sur un extrait Kbis récent] » ; remplacez-le avant de signifier ou de déposer l’acte',
		]);
	});

	test('Should write the step-2 act against Orange from the dossier, with no error, and never overwrite a file', () => {
		const target = join(dossier, 'orange-bis.md');
		const written = cli('new', '--dossier', dossier, '--acte', 'assignation-refere', '--fai', 'orange', '--date', '2025-03-10', '-o', target);
		assert.equal(written.status, 0, written.stderr);
		assert.match(readFileSync(target, 'utf8'), /^dossier: dossier\.yaml$/mu);
		const checked = cli('check', '--format', 'json', target);
		assert.equal(checked.status, 0);
		// Orange's registered office is not confirmed (law.md A.15): the act leaves it to be read on a Kbis, the date of the routing table's relevé it rests the attribution on, and each message's words to quote.
		assert.deepEqual((JSON.parse(checked.stdout) as { severity: string; code: string }[]).filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => finding.code), ['placeholder-left', 'placeholder-left', 'placeholder-left', 'placeholder-left']);
		const again = cli('new', '--dossier', dossier, '--fai', 'orange', '-o', target);
		assert.equal(again.status, 1);
		assert.match(again.stderr, /existe déjà/u);
		assert.equal(cli('new', '--dossier', dossier, '--fai', 'x', '-o', join(dossier, 'x.md')).status, 2);
	});

	test('Should write the agenda file of the deadlines', () => {
		const target = join(directory, 'echeances.ics');
		const { status, stdout } = cli('calendar', join(dossier, 'assignation-orange.md'), '-o', target);
		assert.equal(status, 0);
		assert.match(stdout, /^Échéancier écrit : .*echeances\.ics \(4 échéances, dont certaines à vérifier\)/u);
		const ics = readFileSync(target, 'utf8').replace(/\r\n /gu, '');
		assert.match(ics, /SUMMARY:Fin de conservation des données de la connexion 90\.54\.112\.18 du 1er novembre 2024/u);
		assert.match(ics, /SUMMARY:Audience des référés — Tribunal judiciaire de Paris/u);
		// Connections 1 and 3 November 2024, hearing, placement (art. 754): the publications' own retention is the host's, not Orange's.
		assert.equal(ics.match(/BEGIN:VEVENT/gu)?.length, 4);
	});

	test('Should write the projet d’ordonnance and the bundle, and refuse a bundle with a missing pièce', () => {
		const ordonnance = cli('export', join(dossier, 'requete-x.md'), '--ordonnance', '-o', join(directory, 'ordonnance.pdf'));
		assert.equal(ordonnance.status, 0, ordonnance.stderr);
		assert.match(ordonnance.stdout, /^Projet d’ordonnance écrit : /u);
		const bundle = cli('export', join(dossier, 'assignation-orange.md'), '--bundle', '--force');
		assert.equal(bundle.status, 0, bundle.stderr);
		assert.ok(existsSync(join(dossier, 'assignation-orange-avec-pieces.pdf')));
		rmSync(join(dossier, 'pieces', '06-reponse-x.pdf'));
		const missing = cli('export', join(dossier, 'assignation-orange.md'), '--bundle', '--force', '-o', join(directory, 'incomplet.pdf'));
		assert.equal(missing.status, 1);
		assert.match(missing.stderr, /pièce n° 6 \(dossier\.yaml:48:14\) : fichier introuvable/u);
		assert.equal(existsSync(join(directory, 'incomplet.pdf')), false);
	});
});
