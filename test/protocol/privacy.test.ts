import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { CodeActionRequest, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';

/** Inodes of the network sockets (TCP and UDP, IPv4 and IPv6) of the whole machine. */
function networkSocketInodes(): Set<string> {
	const inodes = new Set<string>();
	for (const table of ['tcp', 'tcp6', 'udp', 'udp6']) {
		const lines = readFileSync(`/proc/net/${table}`, 'utf8').trim().split('\n').slice(1);
		for (const line of lines) {
			inodes.add(line.trim().split(/\s+/u)[9]);
		}
	}
	return inodes;
}

suite('Privacy of the server', () => {
	test('Should open no network socket and log no personal data while it works', async () => {
		const { client } = await TestClient.start({ textDocument: { diagnostic: { dynamicRegistration: false } } });
		try {
			const text = readFileSync('examples/assignation.md', 'utf8');
			await client.open('file:///acte.md', text);
			await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///acte.md' } });
			await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///acte.md' }, position: { line: 50, character: 10 } });
			await client.connection.sendRequest(CodeActionRequest.type, {
				textDocument: { uri: 'file:///acte.md' },
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				context: { diagnostics: [] },
			});
			const pid = client.child.pid!;
			const socketInodes = readdirSync(`/proc/${pid}/fd`)
				.map((fd) => {
					try {
						return readlinkSync(`/proc/${pid}/fd/${fd}`);
					} catch {
						return '';
					}
				})
				.map((target) => /^socket:\[(\d+)\]$/u.exec(target)?.[1])
				.filter((inode): inode is string => inode !== undefined);
			const network = networkSocketInodes();
			assert.deepEqual(socketInodes.filter((inode) => network.has(inode)), [], 'the server holds a TCP or UDP socket');
			const logged = [...client.logs, ...client.stderr].join('\n');
			for (const personal of ['MARTIN', 'Claire', 'rue des Lilas', 'Malesherbes', 'anonyme_75']) {
				assert.ok(!logged.includes(personal), `the server logged « ${personal} »`);
			}
		} finally {
			await client.stop();
		}
	});
});
