import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePleading } from '../../server/src/document/parse';
import { fromTransferable, toTransferable } from '../../server/src/document/transfer';
import type { PleadingModel } from '../../server/src/document/model';

/**
 * What a model says, as plain data: every field, own or computed by a getter (the main thread folds
 * on demand), whatever its class; a function is only said to be one, and the front matter's
 * positions are compared by what they hold.
 */
function plainView(value: unknown): unknown {
	if (typeof value === 'function') {
		return 'function';
	}
	if (value === null || typeof value !== 'object') {
		return value;
	}
	if (ArrayBuffer.isView(value)) {
		return Array.from(value as Int32Array);
	}
	if (Array.isArray(value)) {
		return value.map(plainView);
	}
	if ('transferable' in value && typeof value.transferable === 'function') {
		return plainView((value as { transferable(): unknown }).transferable());
	}
	const keys = new Set(Object.keys(value));
	for (let prototype = Object.getPrototypeOf(value) as object | null; prototype !== null && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
		Object.entries(Object.getOwnPropertyDescriptors(prototype)).filter(([, descriptor]) => descriptor.get !== undefined).forEach(([key]) => keys.add(key));
	}
	return Object.fromEntries([...keys].sort().map((key) => [key, plainView((value as Record<string, unknown>)[key])]));
}

/** The model the main thread rebuilds from the analysis thread's copy (structured clone, as `postMessage` does). */
function copied(model: PleadingModel): PleadingModel {
	return fromTransferable(structuredClone(toTransferable(model)), model.document);
}

/** The corpus and the templates: every part of the model, the front matter's positions, dates with zones, references, neutralised places. */
function pleadings(): { name: string; text: string }[] {
	const read = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md' && name !== 'FAILURES.md').map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
	const deepNesting = ['---', 'acte: requete', '---', '# Faits', '', `${'> '.repeat(200)}citation`, '', `${'*'.repeat(400)}x`].join('\n');
	return [...read('test/corpus'), ...read('templates'), { name: 'past the parser’s limits', text: deepNesting }];
}

suite('Model copy between the analysis thread and the main thread', () => {
	const samples = pleadings().map(({ name, text }) => ({ name, model: parsePleading(TextDocument.create(`file:///copy/${name}`, 'markdown', 1, text)) }));

	test('Should copy every field of every part of the model (a field added later and not copied fails here, or in the build)', () => {
		for (const { name, model } of samples) {
			const copy = copied(model);
			assert.equal(copy.document, model.document, name);
			assert.deepEqual(plainView({ ...copy, document: undefined }), plainView({ ...model, document: undefined }), name);
		}
	});

	test('Should exercise every part of the model in the samples above (else the comparison proves little)', () => {
		const models = samples.map(({ model }) => model);
		const bodies = models.map((model) => model.body);
		assert.ok(models.some((model) => model.frontMatter !== undefined && model.frontMatter.issues.length > 0), 'a front-matter issue');
		assert.ok(bodies.some((body) => body.neutralised.length > 0), 'a neutralised place');
		assert.ok(bodies.some((body) => body.dateTimes.some((dateTime) => dateTime.zone !== undefined && dateTime.time !== undefined)), 'a date with a time and a zone');
		assert.ok(bodies.some((body) => body.legalReferences.some((reference) => reference.alineas.length > 0 && reference.instrument !== undefined)), 'a reference with an alinéa');
		assert.ok(bodies.some((body) => body.pieceCitations.length > 0 && body.measures.length > 0 && body.sections.length > 0), 'citations, measures, sections');
	});

	test('Should keep the folded text of the main thread’s blocks computed from its own slice', () => {
		const model = samples.find(({ model: candidate }) => candidate.body.prose.length > 0)!.model;
		const block = copied(model).body.prose[0]!;
		assert.equal(block.text, model.document.getText().slice(block.span.start, block.span.end));
		assert.equal(block.folded, model.body.prose[0]!.folded);
	});
});
