import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * The extension-host suite through @vscode/test-electron. It needs a VS Code desktop: a local one
 * (`PRETOIRE_VSCODE_EXECUTABLE=/path/to/code`) or a download (`PRETOIRE_DOWNLOAD_VSCODE=1`, where
 * the network allows it). Without either it says so in one line and stops: the code-server
 * end-to-end suite then proves the extension in a real VS Code.
 */
async function main(): Promise<void> {
	const executable = process.env.PRETOIRE_VSCODE_EXECUTABLE;
	if (executable === undefined && process.env.PRETOIRE_DOWNLOAD_VSCODE !== '1') {
		console.log('@vscode/test-electron: no VS Code desktop here (set PRETOIRE_VSCODE_EXECUTABLE or PRETOIRE_DOWNLOAD_VSCODE=1); not run, the code-server e2e covers the extension in a real VS Code.');
		return;
	}
	const root = process.cwd();
	await runTests({
		vscodeExecutablePath: executable,
		extensionDevelopmentPath: root,
		extensionTestsPath: join(root, 'out', 'integration', 'suite', 'index.js'),
		launchArgs: [join(root, 'templates'), '--disable-extensions'],
	});
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
