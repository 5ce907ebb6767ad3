import Mocha from 'mocha';
import { join } from 'node:path';

/** Entry point @vscode/test-electron loads inside the extension host. */
export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
	mocha.addFile(join(__dirname, 'extension.test.js'));
	return new Promise((resolve, reject) => {
		mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
	});
}
