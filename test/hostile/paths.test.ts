import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { translator } from '../../server/src/l10n';
import { resolveNamedFile, type PathPolicy } from '../../server/src/services/repositoryPaths';
import { TestClient } from '../helpers/lspClient';

/**
 * The paths a repository can write in `dossier:` and `fichier:`: resolved first, then checked (the
 * extension on the resolved path, the folder on the link's target); no URL, query or fragment form;
 * nothing outside the workspace folder unless the lawyer allows it.
 */

const HANG_DETECTOR_MS = 300_000;
const YAML = { pattern: /\.ya?ml$/iu, refusal: 'pas du YAML' };

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join('dist', 'cli.js'), ...args], { encoding: 'utf8', timeout: HANG_DETECTOR_MS });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ACT = (dossier: string): string => `---\nacte: requete\ndossier: ${JSON.stringify(dossier)}\njuridiction: Tribunal judiciaire de Paris\ndate: 2025-01-15\n---\n\nCorps de la requête.\n`;

suite('Hostile paths: dossier: and fichier:', () => {
	// clients/client-a/actes/requete.md, clients/client-a/dossier.yaml, clients/other-client/dossier.yaml
	const clients = realpathSync(mkdtempSync(join(tmpdir(), 'pretoire-hostile-paths-')));
	const caseFolder = join(clients, 'client-a');
	const acts = join(caseFolder, 'actes');
	const other = join(clients, 'other-client');
	mkdirSync(acts, { recursive: true });
	mkdirSync(other);
	writeFileSync(join(caseFolder, 'dossier.yaml'), 'juridiction: Tribunal judiciaire de Paris\n');
	writeFileSync(join(other, 'dossier.yaml'), 'juridiction: Tribunal judiciaire de Lyon\n');
	symlinkSync(join(other, 'dossier.yaml'), join(caseFolder, 'lien.yaml'));
	symlinkSync('/etc/passwd', join(caseFolder, 'passwd.yaml'));
	const act = join(acts, 'requete.md');
	const FRENCH = translator('fr');
	const inCase: PathPolicy = { root: caseFolder, allowOutside: false };
	suiteTeardown(() => rmSync(clients, { recursive: true, force: true }));

	test('Should refuse URL, query and fragment forms before any resolution', () => {
		for (const reference of ['/etc/passwd#.yaml', '/etc/passwd?.yaml', '/dev/zero?.yaml', '../dossier.yaml#x', 'file:///etc/passwd.yaml', 'https://example.org/dossier.yaml', '//server/share/dossier.yaml', 'dossier\0.yaml']) {
			const resolved = resolveNamedFile(reference, act, { root: '/', allowOutside: true }, FRENCH, YAML);
			assert.ok('refusal' in resolved, reference);
			assert.match(resolved.refusal, /^chemin (refusé|vide ou invalide)/u, reference);
		}
	});

	test('Should refuse absolute paths and files outside the folder unless allowed', () => {
		const absolute = resolveNamedFile(join(other, 'dossier.yaml'), act, inCase, FRENCH, YAML);
		assert.ok('refusal' in absolute);
		assert.match(absolute.refusal, /^chemin absolu refusé/u);
		for (const reference of ['../../other-client/dossier.yaml', '../lien.yaml']) {
			const outside = resolveNamedFile(reference, act, inCase, FRENCH, YAML);
			assert.ok('refusal' in outside, reference);
			assert.match(outside.refusal, /^fichier hors du dossier de travail, refusé/u, reference);
		}
		const allowed = resolveNamedFile('../../other-client/dossier.yaml', act, { root: caseFolder, allowOutside: true }, FRENCH, YAML);
		assert.deepEqual(allowed, { path: join(other, 'dossier.yaml'), written: join(other, 'dossier.yaml') });
		const inside = resolveNamedFile('..\\dossier.yaml', act, inCase, FRENCH, YAML);
		assert.deepEqual(inside, { path: join(caseFolder, 'dossier.yaml'), written: join(caseFolder, 'dossier.yaml') });
	});

	test('Should check the extension on the resolved path and on the link’s target', () => {
		const target = resolveNamedFile('../passwd.yaml', act, { root: '/', allowOutside: true }, FRENCH, YAML);
		assert.deepEqual(target, { refusal: 'pas du YAML' });
		assert.deepEqual(resolveNamedFile('../dossier.yaml/..', act, inCase, FRENCH, YAML), { refusal: 'pas du YAML' });
	});

	test('CLI: hostile dossier: values are findings on the dossier line, never a read or a crash', () => {
		const cases: Record<string, RegExp> = {
			'/etc/passwd#.yaml': /chemin refusé/u,
			'/etc/passwd?.yaml': /chemin refusé/u,
			'/dev/zero?.yaml': /chemin refusé/u,
			'/etc/hostname.yaml': /chemin absolu refusé/u,
			'../../other-client/dossier.yaml': /fichier hors du dossier de travail/u,
			'../lien.yaml': /fichier hors du dossier de travail/u,
		};
		for (const [reference, reason] of Object.entries(cases)) {
			writeFileSync(act, ACT(reference));
			const { status, stdout, stderr } = cli('check', act);
			assert.equal(status, 1, `${reference}: ${stderr}`);
			const line = stdout.split('\n').find((candidate) => candidate.includes('Dossier illisible'));
			assert.ok(line !== undefined && reason.test(line) && /requete\.md:3:/u.test(line), `${reference}: ${stdout}`);
			assert.doesNotMatch(stdout, /root:|Lyon/u, reference);
		}
	});

	test('CLI: a .pretoire.json above the act makes its folder the project, and cannot widen it', () => {
		writeFileSync(act, ACT('../dossier.yaml'));
		// Without a project file the act's own folder is the limit: ../dossier.yaml is outside.
		assert.match(cli('check', act).stdout, /fichier hors du dossier de travail/u);
		writeFileSync(join(caseFolder, '.pretoire.json'), JSON.stringify({ allowFilesOutsideWorkspace: true }));
		try {
			assert.doesNotMatch(cli('check', act).stdout, /Dossier illisible/u);
			writeFileSync(act, ACT('../../other-client/dossier.yaml'));
			assert.match(cli('check', act).stdout, /fichier hors du dossier de travail/u);
		} finally {
			rmSync(join(caseFolder, '.pretoire.json'));
		}
	});

	test('Language server: the workspace folder is the limit; the setting widens it only in a trusted workspace', async function () {
		this.timeout(HANG_DETECTOR_MS);
		const uri = pathToFileURL(act).toString();
		const text = ACT('../../other-client/dossier.yaml');
		const refusedWith = async (options: unknown): Promise<boolean> => {
			const { client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } }, options);
			try {
				await client.open(uri, text);
				const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
				return report.items.some((diagnostic) => /fichier hors du dossier de travail/u.test(String(diagnostic.message)));
			} finally {
				await client.stop();
			}
		};
		assert.equal(await refusedWith({}), true, 'default: nothing outside');
		assert.equal(await refusedWith({ settings: { allowFilesOutsideWorkspace: true } }), false, 'allowed by the lawyer');
		assert.equal(await refusedWith({ settings: { allowFilesOutsideWorkspace: true }, workspaceTrusted: false }), true, 'never in an untrusted workspace');
	});
});
