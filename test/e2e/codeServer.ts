import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = join(process.cwd(), '.tools', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** A real VS Code (code-server) with the packaged extension installed, serving a workspace on loopback. */
export interface CodeServer {
	readonly url: string;
	readonly workspace: string;
	stop(): void;
}

export async function startCodeServer(vsix: string, options: { trusted: boolean; files: Record<string, string> }): Promise<CodeServer> {
	const root = mkdtempSync(join(tmpdir(), 'pretoire-e2e-'));
	const userData = join(root, 'user');
	const extensions = join(root, 'extensions');
	const workspace = join(root, 'workspace');
	mkdirSync(join(userData, 'User'), { recursive: true });
	mkdirSync(workspace, { recursive: true });
	writeFileSync(
		join(userData, 'User', 'settings.json'),
		JSON.stringify({
			'security.workspace.trust.enabled': options.trusted ? false : true,
			'workbench.startupEditor': 'none',
			'workbench.tips.enabled': false,
			'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'off' },
			'editor.hover.delay': 100,
			'extensions.autoCheckUpdates': false,
			'telemetry.telemetryLevel': 'off',
			'files.simpleDialog.enable': true,
		}),
	);
	for (const [name, content] of Object.entries(options.files)) {
		writeFileSync(join(workspace, name), content);
	}
	const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check'];
	const install = spawnSync(process.execPath, [ENTRY, ...common, '--install-extension', vsix], { encoding: 'utf8' });
	if (install.status !== 0) {
		throw new Error(`code-server --install-extension failed: ${install.stderr}`);
	}
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, [ENTRY, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
		const onData = (chunk: Buffer): void => {
			if (chunk.toString().includes('HTTP server listening')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.on('exit', (code) => reject(new Error(`code-server exited with ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, workspace, stop: () => child.kill() };
}

export function copyInto(directory: string, source: string, name: string): void {
	cpSync(source, join(directory, name));
}
