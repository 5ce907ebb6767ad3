import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../server/src/l10n';
import type { ActKind } from '../../server/src/document/frontMatterSchema';
import { readDossier } from '../../server/src/document/dossier';
import { ordonnanceToTypst } from '../../server/src/export/ordonnance';
import { pleadingToTypst } from '../../server/src/export/typst';
import { platformByKey } from '../../server/src/knowledge';
import { accessProviderAct } from '../../server/src/templates/accessProviderAct';
import { instantiateTemplate, readTemplates } from '../../server/src/templates/newPleading';
import { modelOf } from '../helpers/text';

/**
 * What the readings of issue 21 share (the judge's, docs/review/2026-12-07-lecture-du-juge.md, strikes
 * J01…; the second reading, docs/review/2026-12-07-seconde-lecture.md, strikes K01…): acts composed
 * through the product's own functions, the parts of an act a reader strikes in, and the list of the
 * strikes not yet mended.
 */
const templates = readTemplates('templates');

/**
 * The strikes not yet mended, each with its reason (open-strikes.txt, one `Jnn — reason` or `Knn — reason`
 * a line): their test asserts that the defect is still there, so that mending one without taking it off
 * the list fails too, and the list always says what a judge would still strike.
 */
const OPEN_STRIKES = new Map(readFileSync(join(process.cwd(), 'test', 'templates', 'open-strikes.txt'), 'utf8')
	.split('\n')
	.filter((line) => /^[JK]\d\d /u.test(line))
	.map((line) => [line.slice(0, 3), line.slice(line.indexOf('—') + 1).trim()] as const));

/** One strike's test, named after it (`J01 …`, `K01 …`): while listed open, it asserts the defect is still there. */
export function strike(title: string, check: () => void): void {
	const id = title.slice(0, 3);
	const reason = OPEN_STRIKES.get(id);
	if (reason === undefined) {
		test(title, check);
		return;
	}
	test(`${title} — still open: ${reason}`, () => {
		assert.notEqual(reason, '', `${id}: open-strikes.txt gives no reason`);
		let defect: unknown;
		try {
			check();
		} catch (error) {
			defect = error;
		}
		assert.ok(defect !== undefined, `${id} now passes: take it off test/templates/open-strikes.txt`);
		assert.ok(defect instanceof assert.AssertionError, `${id} fails for another reason than its defect: ${String(defect)}`);
	});
}
export const DATE = '2026-12-07';
export const STATUS_URL = 'https://x.com/anonyme_75/status/1862000000000000000';

export type Template = 'assignation-refere-hebergeur' | 'requete-hebergeur' | 'assignation-refere-fai' | 'requete-fai';

export function compose(template: Template, platform: string, offences: string[], client?: string, publications?: string[]): string {
	return instantiateTemplate(templates, { template, platform, offences, date: DATE, client, publications }, translator('fr'));
}

/** The act's body, after its front matter. */
export function bodyOf(text: string): string {
	return text.slice(text.indexOf('\n---', 4) + 4);
}

export function between(text: string, start: string, end: string): string {
	const from = text.indexOf(start);
	assert.ok(from >= 0, `« ${start} » absent`);
	const to = text.indexOf(end, from + start.length);
	return text.slice(from, to < 0 ? undefined : to);
}

export const factsOf = (text: string) => between(bodyOf(text), '# I. EXPOSÉ DES FAITS', '# II. DISCUSSION');
export const discussionOf = (text: string) => between(bodyOf(text), '# II. DISCUSSION', '# PAR CES MOTIFS');
export const dispositifOf = (text: string) => bodyOf(text).slice(bodyOf(text).indexOf('# PAR CES MOTIFS'));

/** The text a reader sees in Typst markup: functions and escapes removed, blanks kept with their brackets. */
export function visibleOf(markup: string): string {
	return markup
		.replace(/\\\[/gu, '\u0001')
		.replace(/\\\]/gu, '\u0002')
		.replace(/#[a-z]+(?:\((?:level|above|width|columns|inset|breakable)[^)]*\))?\(?\[/gu, '')
		.replace(/\]\)?;?/gu, '')
		.replace(/\\(.)/gu, '$1')
		.replace(/\u0001/gu, '[')
		.replace(/\u0002/gu, ']')
		.replace(/[\u00a0\u202f]/gu, ' ');
}

export const ordonnanceOf = (text: string) => visibleOf(ordonnanceToTypst(modelOf(text)).markup);
export const pdfTextOf = (text: string) => visibleOf(pleadingToTypst(modelOf(text)).markup);

/** Every bracketed blank that is not in the one form `[À compléter : …]`. */
export function otherBlanks(text: string): string[] {
	return [...text.matchAll(/\[[^[\]\n]*compl[ée]ter[^[\]\n]*\]/giu)].map((match) => match[0]).filter((blank) => !/^\[À compléter : [^\]\n]+\]$/u.test(blank));
}

/**
 * The step-2 act (assignation, or requête when asked) from the dossier of examples/dossier-martin, its
 * second connexion made IPv6 (in a prefix Orange announces) without a port (the host gave none) when asked,
 * and the dossier's text otherwise edited as `edit` says.
 */
export function step2Act(provider: string, ipv6: boolean, date = DATE, acte?: ActKind, edit: (dossier: string) => string = (dossier) => dossier): string {
	let text = edit(readFileSync(join(process.cwd(), 'examples', 'dossier-martin', 'dossier.yaml'), 'utf8'));
	if (ipv6) {
		text = text.replace('  - ip: 86.247.33.210\n    port: 40321\n', '  - ip: 2a01:cb08:85a3::8a2e:370:7334\n');
		assert.match(text, /ip: 2a01:cb08/u);
	}
	return accessProviderAct({ dossier: readDossier(text).data, dossierPath: 'dossier.yaml', provider: platformByKey(provider)!, date, acte }, translator('fr'));
}
