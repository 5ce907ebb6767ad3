// Checks that each VSIX holds the Typst compiler its platform loads: the native package the
// compiler's loader requires on that platform and architecture, with a binary of the right format
// (PE, Mach-O or ELF) and processor, and the bundles that load it.
// Usage: node scripts/checkPackages.mjs pretoire-<version>-<target>.vsix...
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const EXPECTED = {
	'win32-x64': { native: 'win32-x64-msvc', format: 'PE', machine: 0x8664 },
	'win32-arm64': { native: 'win32-arm64-msvc', format: 'PE', machine: 0xaa64 },
	'darwin-x64': { native: 'darwin-x64', format: 'Mach-O', machine: 0x01000007 },
	'darwin-arm64': { native: 'darwin-arm64', format: 'Mach-O', machine: 0x0100000c },
	'linux-x64': { native: 'linux-x64-gnu', format: 'ELF', machine: 0x3e },
	'linux-arm64': { native: 'linux-arm64-gnu', format: 'ELF', machine: 0xb7 },
};

/** The executable format and processor of a native module, read from its header. */
function binaryKind(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes[0] === 0x4d && bytes[1] === 0x5a) {
		const pe = view.getUint32(0x3c, true);
		return { format: 'PE', machine: view.getUint16(pe + 4, true) };
	}
	if (view.getUint32(0, true) === 0xfeedfacf) {
		return { format: 'Mach-O', machine: view.getUint32(4, true) };
	}
	if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) {
		return { format: 'ELF', machine: view.getUint16(18, true) };
	}
	return { format: 'unknown', machine: -1 };
}

const failures = [];
const files = process.argv.slice(2);
if (files.length === 0) {
	failures.push('no VSIX given');
}
for (const file of files) {
	const target = /-((?:win32|darwin|linux)-(?:x64|arm64))\.vsix$/u.exec(file)?.[1];
	const expected = EXPECTED[target];
	if (expected === undefined) {
		failures.push(`${file}: no known target in the name`);
		continue;
	}
	const zip = await JSZip.loadAsync(readFileSync(file));
	const manifest = await zip.file('extension.vsixmanifest')?.async('string');
	if (!manifest?.includes(`TargetPlatform="${target}"`)) {
		failures.push(`${file}: the manifest does not declare TargetPlatform="${target}"`);
	}
	for (const bundle of ['client.js', 'server.js', 'analysisThread.js', 'cli.js', 'typstHost.js', 'typst_ts_renderer_bg.wasm']) {
		if (zip.file(`extension/dist/${bundle}`) === null) {
			failures.push(`${file}: dist/${bundle} missing`);
		}
	}
	const loader = await zip.file('extension/dist/node_modules/@myriaddreamin/typst-ts-node-compiler/index-napi.js')?.async('string');
	const required = `@myriaddreamin/typst-ts-node-compiler-${expected.native}`;
	if (loader === undefined || !loader.includes(`require('${required}')`)) {
		failures.push(`${file}: the compiler's loader is missing or does not require ${required}`);
	}
	const natives = zip.file(/^extension\/dist\/node_modules\/@myriaddreamin\/typst-ts-node-compiler-[^/]+\/[^/]+\.node$/u);
	const names = natives.map((entry) => entry.name);
	if (natives.length !== 1 || !names[0].startsWith(`extension/dist/node_modules/${required}/`)) {
		failures.push(`${file}: expected exactly the ${required} binary, found ${names.join(', ') || 'none'}`);
		continue;
	}
	const kind = binaryKind(await natives[0].async('uint8array'));
	if (kind.format !== expected.format || kind.machine !== expected.machine) {
		failures.push(`${file}: ${names[0]} is ${kind.format} 0x${kind.machine.toString(16)}, not ${expected.format} 0x${expected.machine.toString(16)}`);
		continue;
	}
	console.log(`${file}: ${target}, ${required} (${kind.format}, machine 0x${kind.machine.toString(16)})`);
}
if (failures.length > 0) {
	console.error(failures.join('\n'));
	process.exit(1);
}
