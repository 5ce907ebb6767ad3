import assert from 'node:assert/strict';
import { QueryMemo } from '../../server/src/queries/memo';
import { hover } from '../../server/src/features/hover';
import { translator } from '../../server/src/l10n';
import { addressBits, ipPrefixSnapshot, providerOfAddress } from '../../server/src/knowledge';
import { modelOf } from '../helpers/text';

/** Expectations read from the AS files of ipverse/asn-ip as of 2026-12-07 (law.md A.15, [S81]). */
suite('ipPrefixes: which access provider announces an address', () => {
	const attribution = (ip: string): string | undefined => {
		const found = providerOfAddress(ip);
		return found === undefined ? undefined : `${found.provider.key} AS${found.as} ${found.prefix}`;
	};

	test('states its snapshot date and source', () => {
		assert.equal(ipPrefixSnapshot.date, '2026-12-07');
		assert.equal(ipPrefixSnapshot.source.key, 'S81');
		assert.match(ipPrefixSnapshot.source.citation, /ipverse\/asn-ip/u);
	});

	// Each address with the attribution expected from ip-prefixes.yaml, or none.
	const cases: readonly (readonly [string, readonly (readonly [string, string | undefined])[]])[] = [
		['finds the provider of an IPv4 address at both ends of a prefix, and none just outside', [
			['86.192.0.0', 'orange AS3215 86.192.0.0/11'], ['86.223.255.255', 'orange AS3215 86.192.0.0/11'], ['86.224.0.1', undefined],
			['37.160.0.1', 'free-mobile AS51207 37.160.0.0/12'], ['37.175.255.255', 'free-mobile AS51207 37.160.0.0/12'], ['37.176.0.0', undefined],
			['78.192.14.3', 'free AS12322 78.192.0.0/10'], ['93.31.255.255', 'sfr AS15557 93.0.0.0/11'], ['176.191.255.255', 'bouygues-telecom AS5410 176.128.0.0/10'],
		]],
		['keeps the most specific prefix', [
			['86.225.3.4', 'orange AS3215 86.225.0.0/16'], ['109.31.0.1', 'sfr AS15557 109.0.0.0/11'], ['109.208.0.1', 'orange AS3215 109.208.0.0/12'],
		]],
		['finds the provider of an IPv6 address, compressed or not, and of an IPv4-mapped one', [
			['2a01:e00::1', 'free AS12322 2a01:e00::/26'], ['2a01:e3f:ffff:ffff:ffff:ffff:ffff:ffff', 'free AS12322 2a01:e00::/26'], ['2a01:e40::1', undefined],
			['2A0D:E480:0000:0000:0000:0000:0000:0001', 'free-mobile AS51207 2a0d:e480::/29'], ['2a01:cb22:8000::5', 'orange AS3215 2a01:cb22:8000::/34'],
			['2a01:e00::1.2.3.4', 'free AS12322 2a01:e00::/26'], ['::ffff:86.192.0.1', 'orange AS3215 86.192.0.0/11'],
		]],
	];
	for (const [name, addresses] of cases) {
		test(name, () => {
			for (const [ip, expected] of addresses) {
				assert.equal(attribution(ip), expected, ip);
			}
		});
	}

	test('attributes no documentation, reserved or malformed address', () => {
		for (const ip of ['203.0.113.45', '2001:db8::1', '0.0.0.0', '::', '255.255.255.255', '', 'abc', '1.2.3', '86.192.0.0/11', 'fe80::1%eth0']) {
			assert.equal(providerOfAddress(ip), undefined, ip);
		}
	});

	test('reads addresses as integers of their family', () => {
		assert.deepEqual(addressBits('1.0.0.1'), { family: 4, bits: 16_777_217n });
		assert.deepEqual(addressBits('::1'), { family: 6, bits: 1n });
		assert.deepEqual(addressBits('1::'), { family: 6, bits: 1n << 112n });
	});
});

suite('Hover of a connection’s IP address', () => {
	const act = ['---', 'acte: assignation-refere', 'defendeur:', '  plateforme: free', 'connexions:', '  - ip: 37.165.2.9', '    port: 40321', '    horodatage: 2024-11-03T22:16:58+01:00', '  - ip: 203.0.113.45', '    port: 1', '    horodatage: 2024-11-03T22:16:58+01:00', '---', ''].join('\n');
	const hoverAt = (needle: string): string => {
		const model = modelOf(act);
		const found = hover(model, model.document.positionAt(act.indexOf(needle) + 2), new Date('2026-12-07T12:00:00Z'), translator('fr'), new QueryMemo());
		return found === undefined ? '' : (found.contents as { value: string }).value;
	};

	test('Should give the provider, the prefix, the AS and the snapshot date', () => {
		// The address is the act's text: escaped like every user text in a hover (it renders as written).
		assert.equal(hoverAt('37.165.2.9'), '**Adresse IP 37\\.165\\.2\\.9**\n\n- Fournisseur d’accès : Free Mobile (AS51207, préfixe 37.160.0.0/12) : attribution selon la table de routage du 2026-12-07, à vérifier auprès de l’opérateur pour une connexion ancienne');
	});

	test('Should say that no French access provider of the table announces an address, as of its date', () => {
		assert.match(hoverAt('203.0.113.45'), /adresse non attribuée à un fournisseur d’accès français dans la table du 2026-12-07 \(ipverse\/asn-ip/u);
	});
});
