import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ruleTableFiles, TABLE_END, TABLE_START, withTable } from '../../scripts/ruleTables';

/** The rules tables are generated (scripts/ruleTables.ts): each file holds what `npm run sync:docs` writes. */
suite('Rules tables of the README and docs/rules', () => {
	for (const { path, table } of ruleTableFiles) {
		test(`Should hold in ${path} the table generated from the registry (npm run sync:docs)`, () => {
			const markdown = readFileSync(path, 'utf8');
			assert.ok(markdown.includes(TABLE_START) && markdown.includes(TABLE_END), `${path} lacks the rules table's markers`);
			assert.equal(markdown, withTable(markdown, table()));
		});
	}
});
