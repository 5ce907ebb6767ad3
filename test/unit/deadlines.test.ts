import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { translator } from '../../server/src/l10n';
import { readAct } from '../../server/src/cli/readAct';
import { deadlinesToIcs } from '../../server/src/export/ics';
import { deadlinesOf } from '../../server/src/queries/deadlines';
import { modelOf } from '../helpers/text';

const EXAMPLE = join(process.cwd(), 'examples', 'dossier-martin');

function exampleAct(name: string) {
	const path = join(EXAMPLE, name);
	return readAct(TextDocument.create(pathToFileURL(path).toString(), 'markdown', 1, readFileSync(path, 'utf8')), translator('fr'));
}

const day = (date: { year: number; month: number; day: number }): string => `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

suite('Deadlines and agenda file', () => {
	test('Should date retention one year from each connection against the access provider, not from the publications', () => {
		const { deadlines } = deadlinesOf(exampleAct('assignation-orange.md'), 'fr');
		// Connections of 1 and 3 November 2024 (dossier.yaml): data kept until 1 and 3 November 2025.
		assert.deepEqual(deadlines.filter((deadline) => deadline.id.startsWith('connexion-')).map((deadline) => day(deadline.date)), ['2025-11-01', '2025-11-03']);
		assert.equal(deadlines.filter((deadline) => deadline.id.endsWith('-retention') && deadline.id.startsWith('publication-')).length, 0);
	});

	test('Should date the hearing, the uncertain placement and the service in Ireland for an assignation against X', () => {
		const model = modelOf(readFileSync(join('templates', 'assignation-refere-hebergeur.md'), 'utf8'));
		const byId = new Map(deadlinesOf(model, 'fr').deadlines.map((deadline) => [deadline.id, deadline]));
		// Hearing 4 February 2025: placement 15 days before (art. 754, à vérifier); service abroad: one
		// month to serve and two weeks to refuse (regulation 2020/1784, art. 11 and 12) before it.
		assert.equal(byId.get('audience')?.dateTime, '2025-02-04T09:30:00+01:00');
		assert.equal(day(byId.get('placement')!.date), '2025-01-20');
		assert.equal(byId.get('placement')?.uncertain, true);
		assert.equal(day(byId.get('eu-service')!.date), '2024-12-21');
		assert.match(byId.get('eu-service')!.label, /traduction en anglais ou irlandais/u);
		assert.match(byId.get('eu-service')!.source, /règlement \(UE\) 2020\/1784, art\. 11 .* art\. 12/u);
		assert.match(byId.get('eu-service')!.source, /à vérifier/u);
	});

	test('Should not compute a service abroad for a defendant seated in France', () => {
		assert.equal(deadlinesOf(exampleAct('assignation-orange.md'), 'fr').deadlines.some((deadline) => deadline.id === 'eu-service'), false);
	});

	test('Should remind the remedies of articles 496 and 497 after an order on requête', () => {
		const { reminders } = deadlinesOf(exampleAct('requete-x.md'), 'fr');
		assert.equal(reminders.length, 1);
		assert.match(reminders[0].label, /appel dans un délai de quinze jours \(art\. 496, al\. 1er, CPC\).*\(art\. 497\)/u);
	});

	test('Should write a valid iCalendar file: CRLF, folded at 75 octets, escaped, one event per deadline', () => {
		const model = modelOf(readFileSync(join('templates', 'assignation-refere-hebergeur.md'), 'utf8'));
		const { deadlines, reminders } = deadlinesOf(model, 'fr');
		const ics = deadlinesToIcs(deadlines, reminders, { uri: 'file:///acte.md', title: 'acte.md' }, new Date('2025-01-15T10:00:00Z'), translator('fr'));
		const lines = ics.split('\r\n');
		assert.equal(lines[0], 'BEGIN:VCALENDAR');
		assert.equal(lines.at(-1), '');
		assert.ok(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75), 'a line exceeds 75 octets');
		assert.ok(!/[^\r]\n/u.test(ics), 'bare LF');
		assert.equal(ics.match(/BEGIN:VEVENT/gu)?.length, deadlines.length);
		const unfolded = ics.replace(/\r\n /gu, '');
		assert.match(unfolded, /DTSTART:20250204T083000Z\r\nDURATION:PT1H\r\nSUMMARY:Audience des référés — Tribunal judiciaire de Paris/u);
		assert.match(unfolded, /DTSTART;VALUE=DATE:20241221\r\nDTEND;VALUE=DATE:20241222\r\nSUMMARY:Transmettre l’assignation pour signification en Irlande \(règlement \(UE\) 2020\/1784\)\\, avec sa traduction \(à vérifier\)/u);
		assert.match(unfolded, /DESCRIPTION:[^\r]*art\. L\. 34-1\\, II bis\\, 3° CPCE/u);
	});
});
