import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExportWordRequest } from '../../server/src/protocol';
import { TestClient } from '../helpers/lspClient';

/** Polls the folder until a temporary export file is there (the export is then stuck before its rename). */
async function temporaryFileIn(directory: string): Promise<string> {
	for (;;) {
		const temporary = readdirSync(directory).find((name) => name.endsWith('.tmp'));
		if (temporary !== undefined) {
			return temporary;
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

suite('Server stopped mid-export', () => {
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-unfinished-'));
	// Stands in for a disk that never finishes the rename: the export stays under way, its temporary file written.
	const stuckRename = join(directory, 'stuck-rename.cjs');
	writeFileSync(stuckRename, "require('node:fs/promises').rename = () => new Promise(() => undefined);\n");
	const text = readFileSync('templates/assignation-refere-hebergeur.md', 'utf8');

	for (const [way, stop] of [
		['SIGTERM', (client: TestClient) => void client.child.kill('SIGTERM')],
		['the exit notification', (client: TestClient) => void client.connection.sendNotification('exit')],
	] as const) {
		test(`Should remove the export's temporary file when stopped by ${way}`, async () => {
			const folder = mkdtempSync(join(directory, 'act-'));
			const source = join(folder, 'assignation.md');
			writeFileSync(source, text);
			const uri = pathToFileURL(source).toString();
			const { client } = await TestClient.start({}, undefined, ['--require', stuckRename]);
			try {
				await client.open(uri, text);
				void client.connection.sendRequest(ExportWordRequest.method, { uri }).catch(() => undefined);
				await temporaryFileIn(folder);
				const exited = once(client.child, 'exit');
				stop(client);
				await exited;
				assert.deepEqual(readdirSync(folder), ['assignation.md']);
			} finally {
				client.connection.dispose();
				client.child.kill();
			}
		});
	}
});
