// Rebuilds server/knowledge/ip-prefixes.yaml, the dated table of the prefixes French access providers
// announce, from a local checkout of the public dataset github.com/ipverse/asn-ip (files
// as/<AS>/ipv4-aggregated.txt and as/<AS>/ipv6-aggregated.txt). A developer tool: it reads the
// checkout only, never the network; the build then validates the file like every knowledge file.
//
//   git clone --depth 1 https://github.com/ipverse/asn-ip /tmp/asn-ip
//   node scripts/ipPrefixes.mjs /tmp/asn-ip [--date AAAA-MM-JJ] [--revision COMMIT]
//
// --date is the day the dataset was read (today by default); --revision, the dataset's commit
// (read from the checkout's .git when absent and available).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The providers of the table: the AS each announces its subscribers' addresses under (law.md A.15) and its key in platforms.yaml. */
const PROVIDERS = [
	{ platform: 'orange', as: 3215 },
	{ platform: 'sfr', as: 15557 },
	{ platform: 'bouygues-telecom', as: 5410 },
	{ platform: 'free', as: 12322 },
	{ platform: 'free-mobile', as: 51207 },
];

const output = fileURLToPath(new URL('../server/knowledge/ip-prefixes.yaml', import.meta.url));

function parseArguments(args) {
	const options = { checkout: undefined, date: new Date().toISOString().slice(0, 10), revision: undefined };
	for (let index = 0; index < args.length; index++) {
		if (args[index] === '--date') {
			options.date = args[++index];
		} else if (args[index] === '--revision') {
			options.revision = args[++index];
		} else {
			options.checkout = args[index];
		}
	}
	if (options.checkout === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(options.date ?? '')) {
		throw new Error('usage: node scripts/ipPrefixes.mjs CHECKOUT_OF_ipverse/asn-ip [--date AAAA-MM-JJ] [--revision COMMIT]');
	}
	if (options.revision === undefined && existsSync(join(options.checkout, '.git'))) {
		options.revision = execFileSync('git', ['-C', options.checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
	}
	return options;
}

/** The AS name of the file's first line (`# AS3215 (ORANGE-SA)`) and its prefixes, one a line. */
function readPrefixFile(file) {
	const lines = readFileSync(file, 'utf8').split(/\r?\n/u);
	const name = /^#\s*AS\d+\s*\(([^)]+)\)/u.exec(lines[0] ?? '')?.[1];
	const prefixes = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
	return { name, prefixes };
}

function main() {
	const options = parseArguments(process.argv.slice(2));
	const entries = PROVIDERS.map((provider) => {
		const directory = join(options.checkout, 'as', String(provider.as));
		const ipv4 = readPrefixFile(join(directory, 'ipv4-aggregated.txt'));
		const ipv6 = readPrefixFile(join(directory, 'ipv6-aggregated.txt'));
		return { ...provider, asName: ipv4.name ?? ipv6.name, ipv4: ipv4.prefixes, ipv6: ipv6.prefixes };
	});
	const list = (values) => values.map((value) => `      - ${value}`).join('\n');
	const text = [
		'# yaml-language-server: $schema=./schema/ip-prefixes.schema.json',
		'# Prefixes announced by the autonomous systems of French access providers (law.md A.15), as read on',
		'# `snapshot.date`: routing data, not a register of subscribers. Written by scripts/ipPrefixes.mjs',
		'# from a checkout of the dataset; rerun the script rather than editing by hand.',
		'snapshot:',
		`  date: "${options.date}"`,
		'  source: ipverseAsnIp',
		'  dataset: https://github.com/ipverse/asn-ip',
		'  files: as/<AS>/ipv4-aggregated.txt, as/<AS>/ipv6-aggregated.txt',
		...(options.revision === undefined ? [] : [`  revision: "${options.revision}"`]),
		'providers:',
		...entries.flatMap((entry) => [
			`  - platform: ${entry.platform}`,
			`    as: ${entry.as}`,
			...(entry.asName === undefined ? [] : [`    asName: ${entry.asName}`]),
			'    ipv4:',
			list(entry.ipv4),
			'    ipv6:',
			list(entry.ipv6),
		]),
		'',
	].join('\n');
	writeFileSync(output, text);
	console.log(`${output}: ${entries.map((entry) => `AS${entry.as} ${entry.ipv4.length} IPv4 + ${entry.ipv6.length} IPv6`).join(', ')}`);
}

main();
