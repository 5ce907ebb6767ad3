import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportConnexionsRequest } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

suite('pretoire/importConnexions (the editor’s « Importer la réponse de la plateforme… »)', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-lsp-import-'));
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));
	const dossier = join(directory, 'dossier.yaml');
	const answer = join(directory, 'reponse.csv');
	const original = '# Dossier\njuridiction: Tribunal judiciaire de Paris\n';

	test('Should ask for the time zone, preview the rows without writing, then write them', async () => {
		writeFileSync(dossier, original);
		writeFileSync(answer, 'Adresse IP;Port source;Date\n78.200.1.2;5060;15/07/2025 08:00:01\n');
		const { client } = await TestClient.start({});
		try {
			const request = (params: Partial<ImportConnexionsRequest.Params>) =>
				client.connection.sendRequest(ImportConnexionsRequest.method, { answerUri: pathToFileURL(answer).toString(), dossierUri: pathToFileURL(dossier).toString(), piece: 6, write: false, ...params }) as Promise<ImportConnexionsRequest.Result>;
			assert.deepEqual(await request({}), { kind: 'zone-needed' });
			assert.deepEqual(await request({ zone: 'UTC' }), {
				kind: 'done',
				written: false,
				added: [{ text: 'ligne 2 : 78.200.1.2, port 5060, 2025-07-15T10:00:01+02:00 — Free (AS12322, préfixe 78.192.0.0/10) : attribution selon la table de routage du 2026-12-07, à vérifier auprès de l’opérateur pour une connexion ancienne' }],
				duplicates: [],
			});
			assert.equal(readFileSync(dossier, 'utf8'), original);
			const written = await request({ zone: 'UTC', write: true });
			assert.equal(written.kind === 'done' && written.written, true);
			assert.equal(readFileSync(dossier, 'utf8'), `${original}connexions:\n  - ip: 78.200.1.2\n    port: 5060\n    horodatage: 2025-07-15T10:00:01+02:00\n    piece: 6\n    fournisseur: free\n`);
			assert.deepEqual(await request({ zone: 'Lune' }), { kind: 'refused', problems: ['Fuseau illisible : Lune ; attendu UTC, Europe/Paris ou un décalage comme +01:00'] });
		} finally {
			await client.stop();
		}
	});
});
