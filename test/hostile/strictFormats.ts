import * as assert from 'node:assert/strict';

/**
 * Strict readers written from the specifications, stricter than the agendas and word processors that
 * will open the files: each returns nothing and fails the test with the first rule broken.
 */

const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME', 'X-WR-CALDESC', 'LOCATION', 'COMMENT']);

/**
 * RFC 5545: the file is UTF-8, every line ends with CRLF and holds at most 75 octets; a line starting
 * with a space or a tab continues the previous one; each unfolded content line is
 * `name *(";" param) ":" value`; a value holds no control character but tab; a TEXT value escapes
 * backslash, semicolon and comma and writes its line breaks `\n` (§ 3.1, 3.3.11). Returns the
 * content lines, unfolded and with TEXT values unescaped, to compare with what was meant.
 */
export function strictIcsLines(bytes: Uint8Array): { name: string; value: string }[] {
	const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	assert.ok(decoded.endsWith('\r\n'), 'the file does not end with CRLF');
	const physical: string[] = [];
	let start = 0;
	for (let index = 0; index < bytes.length - 1; index++) {
		if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
			const line = bytes.subarray(start, index);
			assert.ok(line.length <= 75, `a line holds ${line.length} octets: ${Buffer.from(line).toString('utf8')}`);
			// Folding never splits a UTF-8 sequence: each physical line decodes on its own.
			physical.push(new TextDecoder('utf-8', { fatal: true }).decode(line));
			start = index + 2;
			index++;
		}
	}
	assert.equal(start, bytes.length, 'text after the last CRLF');
	const logical: string[] = [];
	for (const line of physical) {
		assert.ok(!/[\r\n]/u.test(line), `bare CR or LF in ${JSON.stringify(line)}`);
		if (/^[ \t]/u.test(line)) {
			assert.ok(logical.length > 0, 'the file starts with a continuation line');
			logical[logical.length - 1] += line.slice(1);
		} else {
			logical.push(line);
		}
	}
	const parameter = '[A-Za-z0-9-]+=(?:"[^"\\u0000-\\u0008\\u000a-\\u001f\\u007f]*"|[^";:,\\u0000-\\u0008\\u000a-\\u001f\\u007f]*)';
	const contentLine = new RegExp(`^([A-Za-z0-9-]+)((?:;${parameter})*):(.*)$`, 'u');
	return logical.map((line) => {
		const match = contentLine.exec(line);
		assert.ok(match !== null, `not a content line: ${JSON.stringify(line)}`);
		const [, name, , value] = match;
		assert.ok(!/[\u0000-\u0008\u000a-\u001f\u007f]/u.test(value), `control character in the value of ${name}: ${JSON.stringify(value)}`);
		if (!TEXT_PROPERTIES.has(name.toUpperCase())) {
			return { name, value };
		}
		assert.match(value, /^(?:[^\\;,]|\\[\\;,nN])*$/u, `TEXT value of ${name} not escaped: ${JSON.stringify(value)}`);
		return { name, value: value.replace(/\\([\\;,nN])/gu, (_, escaped: string) => (escaped === 'n' || escaped === 'N' ? '\n' : escaped)) };
	});
}

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`;
const REFERENCE = '&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][A-Za-z0-9._-]*);';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^<"]*)"|'([^<']*)')`, 'uy');
const TAG_END = /\s*(\/?)>/uy;

/**
 * XML 1.0 well-formedness (§ 2): the bytes are UTF-8; every character is a legal Char (tab, LF, CR,
 * U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF); one root element; tags nest and match; attributes
 * are quoted and not repeated; `&` only starts a predefined entity or a character reference to a
 * legal Char; no `]]>` in text.
 */
export function assertWellFormedXml(bytes: Uint8Array, part: string): void {
	const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const illegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
	assert.equal(illegal, null, `${part}: character U+${illegal?.[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} not allowed in XML`);
	const checkText = (text: string, where: string): void => {
		for (const match of text.matchAll(/&[^;]*;?/gu)) {
			assert.match(match[0], new RegExp(`^${REFERENCE}$`, 'u'), `${part}: bad reference ${match[0]} in ${where}`);
			const entity = /^&([A-Za-z_][A-Za-z0-9._-]*);$/u.exec(match[0]);
			assert.ok(entity === null || ['amp', 'lt', 'gt', 'quot', 'apos'].includes(entity[1]), `${part}: undeclared entity ${match[0]}`);
			const code = /^&#(x?)([0-9A-Fa-f]+);$/u.exec(match[0]);
			if (code !== null) {
				const point = Number.parseInt(code[2], code[1] === 'x' ? 16 : 10);
				assert.ok(point === 0x9 || point === 0xa || point === 0xd || (point >= 0x20 && point <= 0xd7ff) || (point >= 0xe000 && point <= 0xfffd) || (point >= 0x10000 && point <= 0x10ffff), `${part}: reference ${match[0]} to a character XML forbids`);
			}
		}
	};
	let index = 0;
	const declaration = /^<\?xml[^?]*\?>/u.exec(xml);
	if (declaration !== null) {
		index = declaration[0].length;
	}
	const open: string[] = [];
	let roots = 0;
	while (index < xml.length) {
		const next = xml.indexOf('<', index);
		const text = xml.slice(index, next === -1 ? xml.length : next);
		if (open.length === 0) {
			assert.match(text, /^\s*$/u, `${part}: text outside the root element`);
		}
		assert.ok(!text.includes(']]>'), `${part}: ]]> in text`);
		checkText(text, 'text');
		if (next === -1) {
			break;
		}
		index = next;
		if (xml.startsWith('<!--', index)) {
			const end = xml.indexOf('-->', index + 4);
			assert.ok(end !== -1 && !xml.slice(index + 4, end).includes('--'), `${part}: bad comment`);
			index = end + 3;
		} else if (xml.startsWith('<![CDATA[', index)) {
			assert.ok(open.length > 0, `${part}: CDATA outside the root element`);
			const end = xml.indexOf(']]>', index);
			assert.ok(end !== -1, `${part}: unterminated CDATA`);
			index = end + 3;
		} else if (xml.startsWith('<?', index)) {
			const end = xml.indexOf('?>', index);
			assert.ok(end !== -1, `${part}: unterminated processing instruction`);
			index = end + 2;
		} else if (xml.startsWith('</', index)) {
			const match = new RegExp(`</(${NAME})\\s*>`, 'uy');
			match.lastIndex = index;
			const closing = match.exec(xml);
			assert.ok(closing !== null, `${part}: bad end tag at ${index}`);
			assert.equal(closing[1], open.pop(), `${part}: end tag </${closing[1]}> does not match`);
			index = match.lastIndex;
		} else {
			const match = new RegExp(`<(${NAME})`, 'uy');
			match.lastIndex = index;
			const tag = match.exec(xml);
			assert.ok(tag !== null, `${part}: bad start tag at ${index}: ${xml.slice(index, index + 40)}`);
			index = match.lastIndex;
			const names = new Set<string>();
			for (;;) {
				ATTRIBUTE.lastIndex = index;
				const attribute = ATTRIBUTE.exec(xml);
				if (attribute === null) {
					break;
				}
				assert.ok(!names.has(attribute[1]), `${part}: attribute ${attribute[1]} repeated`);
				names.add(attribute[1]);
				checkText(attribute[2] ?? attribute[3], `attribute ${attribute[1]}`);
				index = ATTRIBUTE.lastIndex;
			}
			TAG_END.lastIndex = index;
			const end = TAG_END.exec(xml);
			assert.ok(end !== null, `${part}: bad start tag <${tag[1]} at ${index}: ${xml.slice(index, index + 40)}`);
			index = TAG_END.lastIndex;
			if (open.length === 0) {
				roots++;
			}
			if (end[1] !== '/') {
				open.push(tag[1]);
			}
		}
	}
	assert.deepEqual(open, [], `${part}: elements left open`);
	assert.equal(roots, 1, `${part}: ${roots} root elements`);
}
