import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePleading } from '../../server/src/document/parse';
import type { PleadingModel } from '../../server/src/document/model';

/** The Debian package of each PDF tool the export tests run. */
const PACKAGES: Record<string, string> = {
	qpdf: 'qpdf',
	pdffonts: 'poppler-utils',
	pdftotext: 'poppler-utils',
	pdfinfo: 'poppler-utils',
	pdftoppm: 'poppler-utils',
};

/**
 * Runs a PDF tool and returns its standard output. A missing tool fails the test with the package
 * to install: these checks are the point of the suite and must never be skipped silently.
 */
export function pdfTool(tool: keyof typeof PACKAGES, ...args: string[]): string {
	const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
		assert.fail(`${tool} is not installed: run \`apt-get install -y ${PACKAGES[tool]}\` (Debian package ${PACKAGES[tool]})`);
	}
	assert.equal(result.status, 0, `${tool} ${args.join(' ')} exited with ${result.status}: ${result.stderr}${result.stdout}`);
	return result.stdout;
}

/** The extracted text with line ends, hyphenation points and every kind of space reduced to one space. */
export function flatText(text: string): string {
	return text.replace(/\u00ad\s*/gu, '').replace(/\s+/gu, ' ');
}

export interface WordBox {
	readonly text: string;
	readonly xMin: number;
	readonly xMax: number;
	readonly yMin: number;
}

/**
 * The words of the PDF with their boxes (`pdftotext -bbox`). pdftotext writes every space as U+0020,
 * so the narrow and no-break spaces of the typography pass show only in the gaps between words.
 */
export function wordBoxes(path: string): WordBox[] {
	const html = pdfTool('pdftotext', '-bbox', '-enc', 'UTF-8', path, '-');
	return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)].map((match) => ({
		xMin: Number(match[1]),
		yMin: Number(match[2]),
		xMax: Number(match[3]),
		text: match[4].replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"'),
	}));
}

export function modelOfFile(path: string): PleadingModel {
	return modelOfText(readFileSync(path, 'utf8'), path);
}

export function modelOfText(text: string, path = '/tmp/acte.md'): PleadingModel {
	return parsePleading(TextDocument.create(`file://${path}`, 'markdown', 1, text));
}

/** The clean pleadings Prétoire ships as templates: realistic acts of both kinds. */
export const CLEAN_ASSIGNATION = join('templates', 'assignation-refere-hebergeur.md');
export const CLEAN_REQUETE = join('templates', 'requete-hebergeur.md');

/**
 * A pleading of 30 pages and more, built from the clean assignation by repeating its discussion
 * paragraphs under new headings, with the characters the extraction checks look for.
 */
export function longPleading(repetitions = 70): string {
	const text = readFileSync(CLEAN_ASSIGNATION, 'utf8');
	const discussionStart = text.indexOf('# II. DISCUSSION');
	const dispositifStart = text.indexOf('# PAR CES MOTIFS');
	assert.ok(discussionStart > 0 && dispositifStart > discussionStart, 'the clean assignation has a discussion and a dispositif');
	const paragraphs = text
		.slice(discussionStart, dispositifStart)
		.split(/\n{2,}/u)
		.map((block) => block.replace(/<!--.*?-->\n?/gu, '').trim())
		.filter((block) => block.length > 0 && !block.startsWith('#'));
	const sections: string[] = [];
	for (let index = 1; index <= repetitions; index++) {
		sections.push(`## C.${index}. Sur la proportionnalité de la mesure (développement n° ${index})`);
		sections.push(`Le préjudice moral subi, que la demanderesse évalue à 1 000 €, est l'œuvre d'un « harceleur » anonyme.`);
		sections.push(...paragraphs);
	}
	return `${text.slice(0, dispositifStart)}${sections.join('\n\n')}\n\n${text.slice(dispositifStart)}`;
}
