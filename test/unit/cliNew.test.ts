import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translator } from '../../server/src/l10n';
import { platformByKey } from '../../server/src/knowledge';
import { hearingDays, instantiateTemplate, newActFileName, readTemplates } from '../../server/src/templates/newPleading';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: 300_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('CLI: pretoire new (step 1) and --help', () => {
	test('Should print the usage and succeed on --help after every subcommand', () => {
		for (const command of ['check', 'export', 'new', 'calendar']) {
			const { status, stdout, stderr } = cli(command, '--help');
			assert.equal(status, 0, command);
			assert.match(stdout, /^Usage : pretoire check/u, command);
			assert.equal(stderr, '', command);
		}
	});

	test('Should write the act against a platform into a new case file, named after the date, the act and the platform', () => {
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-new-'));
		const dossier = join(directory, 'leroy');
		const { status, stdout } = cli('new', '--acte', 'assignation-refere', '--plateforme', 'x', '--dossier', dossier, '--date', '2026-12-07');
		assert.equal(status, 0);
		const act = join(dossier, '2026-12-07-assignation-x.md');
		assert.match(stdout, /Dossier créé/u);
		const text = readFileSync(act, 'utf8');
		assert.match(text, /^---\nacte: assignation-refere\ndossier: dossier\.yaml\n/u);
		assert.match(text, /^ {2}plateforme: x$/mu);
		// X is served in Ireland: the hearing leaves one month to serve and two weeks to refuse an
		// untranslated act (regulation (EU) 2020/1784), so not before Thursday 21 January 2027.
		assert.match(text, /^audience: 2027-01-21T09:30:00\+01:00$/mu);
		assert.match(readFileSync(join(dossier, 'dossier.yaml'), 'utf8'), /^juridiction: Tribunal judiciaire de Paris$/mu);
		// Never over an existing act.
		writeFileSync(act, 'mine');
		assert.equal(cli('new', '--acte', 'assignation-refere', '--plateforme', 'x', '--dossier', dossier, '--date', '2026-12-07').status, 1);
		assert.equal(readFileSync(act, 'utf8'), 'mine');
	});

	test('Should use an existing case file without rewriting it', () => {
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-new-'));
		mkdirSync(join(directory, 'martin'));
		const dossierFile = join(directory, 'martin', 'dossier.yaml');
		writeFileSync(dossierFile, 'juridiction: Tribunal judiciaire de Lyon\n');
		const { status, stdout } = cli('new', '--acte', 'requete', '--plateforme', 'tiktok', '--dossier', dossierFile, '--date', '2026-12-07');
		assert.equal(status, 0);
		assert.doesNotMatch(stdout, /Dossier créé/u);
		assert.equal(readFileSync(dossierFile, 'utf8'), 'juridiction: Tribunal judiciaire de Lyon\n');
		assert.match(readFileSync(join(directory, 'martin', '2026-12-07-requete-tiktok.md'), 'utf8'), /^dossier: dossier\.yaml$/mu);
	});

	test('Should let the act inherit the lawyer its case file names, with no key or blank of its own', () => {
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-new-'));
		const dossierFile = join(directory, 'dossier.yaml');
		writeFileSync(dossierFile, 'juridiction: Tribunal judiciaire de Lyon\navocat:\n  nom: Maître Julie BERNARD\n  barreau: Lyon\n  toque: "742"\n  adresse: 8 quai Saint-Antoine, 69002 Lyon\n');
		assert.equal(cli('new', '--acte', 'requete', '--plateforme', 'tiktok', '--dossier', dossierFile, '--date', '2026-12-07').status, 0);
		assert.doesNotMatch(readFileSync(join(directory, '2026-12-07-requete-tiktok.md'), 'utf8'), /^avocat:|Maître Prénom NOM|numéro de toque/mu);
	});

	test('Should refuse an access provider, an unknown platform or act, and write nothing', () => {
		const directory = mkdtempSync(join(tmpdir(), 'pretoire-new-'));
		const dossier = join(directory, 'd');
		const provider = cli('new', '--acte', 'requete', '--plateforme', 'orange', '--dossier', dossier);
		assert.equal(provider.status, 2);
		assert.match(provider.stderr, /--fai/u);
		assert.equal(cli('new', '--acte', 'requete', '--plateforme', 'myspace', '--dossier', dossier).status, 2);
		assert.equal(cli('new', '--acte', 'plainte', '--plateforme', 'x', '--dossier', dossier).status, 2);
		assert.equal(existsSync(dossier), false);
	});
});

suite('New act: name and hearing', () => {
	test('Should name the act after its date, kind, défendeur and client', () => {
		assert.equal(newActFileName({ template: 'assignation-refere-hebergeur', platform: 'x', date: '2026-12-07', client: 'Madame Émilie LEROY' }), '2026-12-07-assignation-x-leroy.md');
		assert.equal(newActFileName({ template: 'requete-hebergeur', platform: 'meta', date: '2026-12-07' }), '2026-12-07-requete-meta.md');
	});

	test('Should offer hearing days that are neither weekends nor public holidays, three weeks after the act first', () => {
		// From 4 December 2026: Christmas (Friday 25 December) and New Year's Day (Friday 1 January 2027) fall in the range.
		const days = hearingDays('2026-12-04');
		assert.equal(days[0], '2026-12-28');
		assert.ok(days.includes('2026-12-24'));
		for (const excluded of ['2026-12-25', '2027-01-01', '2026-12-26', '2026-12-27']) {
			assert.ok(!days.includes(excluded), excluded);
		}
		for (const day of days) {
			const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
			assert.ok(weekday >= 1 && weekday <= 5, day);
		}
	});

	test('Should suggest against a host seated in another member state the first hearing its service leaves time for, and offer no earlier day', () => {
		const x = platformByKey('x')!;
		// From 4 December 2026, against X (Ireland): the first day that leaves a month to serve and two weeks to refuse is Monday 18 January 2027.
		const days = hearingDays('2026-12-04', x);
		assert.equal(days[0], '2027-01-18');
		assert.ok(days.every((day) => day >= '2027-01-18'), days.join(', '));
		// The act composed with the suggested day keeps it: the wizard and the act agree.
		const act = instantiateTemplate(readTemplates('templates'), { template: 'assignation-refere-hebergeur', platform: 'x', date: '2026-12-04', hearing: days[0] }, translator('fr'));
		assert.match(act, /^audience: 2027-01-18T09:30:00\+01:00$/mu);
		// A French défendeur keeps the three weeks.
		assert.equal(hearingDays('2026-12-04', platformByKey('orange'))[0], '2026-12-28');
	});

	test('Should put the chosen hearing day in the act, and refuse a day the court does not sit or too early to serve abroad', () => {
		const templates = readTemplates('templates');
		const chosen = instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'x', date: '2026-12-04', hearing: '2027-01-25' }, translator('fr'));
		assert.match(chosen, /^audience: 2027-01-25T09:30:00\+01:00$/mu);
		// Against X (Ireland), the first day that leaves a month to serve and two weeks to refuse is Monday 18 January 2027.
		const holiday = instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'x', date: '2026-12-04', hearing: '2026-12-25' }, translator('fr'));
		assert.match(holiday, /^audience: 2027-01-18T09:30:00\+01:00$/mu);
		const tooEarly = instantiateTemplate(templates, { template: 'assignation-refere-hebergeur', platform: 'x', date: '2026-12-04', hearing: '2027-01-04' }, translator('fr'));
		assert.match(tooEarly, /^audience: 2027-01-18T09:30:00\+01:00$/mu);
	});
});
