import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { offenceById, platformByKey, type Offence, type Platform } from '../knowledge';
import { t } from '../l10n';
import type { NewPleadingRequest, TemplatesRequest } from '../protocol';
import { formatOffset, parisOffsetForWallTime } from '../evidence/parisTime';
import { lowerFirst } from '../util/text';

const QUALIFICATION_BLOCK = /<!-- pretoire:qualification -->\r?\n[\s\S]*?<!-- \/pretoire:qualification -->/u;

interface TemplateFile {
	readonly id: string;
	readonly text: string;
	readonly act: string;
	readonly platform: Platform;
}

/** The pleading templates shipped in `templates/`: each is a complete, clean pleading. */
export function readTemplates(directory: string): TemplateFile[] {
	return readdirSync(directory)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.flatMap((name) => {
			const text = readFileSync(join(directory, name), 'utf8');
			const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
			const data = parseDocument(frontMatter).toJS() as { acte?: string; defendeur?: { plateforme?: string } } | null;
			const platform = platformByKey(data?.defendeur?.plateforme ?? '');
			return platform === undefined || data?.acte === undefined ? [] : [{ id: name.replace(/\.md$/u, ''), text, act: data.acte, platform }];
		});
}

export function templateChoices(templates: readonly TemplateFile[]): TemplatesRequest.Result['templates'] {
	return templates.map((template) => ({
		id: template.id,
		label: template.act === 'requete' ? t('Requête (article 145)') : t('Assignation en référé (article 145)'),
		detail: template.platform.kind === 'fai' ? t('contre un fournisseur d’accès (identifier l’abonné derrière une adresse IP)') : t('contre une plateforme (hébergeur)'),
		platformKind: template.platform.kind,
	}));
}

/**
 * Instantiates a template: the chosen défendeur replaces the template's everywhere it is named,
 * the offences replace the `infractions` list and the qualification paragraph, and the act gets
 * the chosen court and date.
 */
export function instantiateTemplate(templates: readonly TemplateFile[], params: NewPleadingRequest.Params): string {
	const template = templates.find((candidate) => candidate.id === params.template);
	if (template === undefined) {
		throw new Error(t('Modèle inconnu : {0}', params.template));
	}
	let text = template.text;
	const platform = params.platform === undefined ? undefined : platformByKey(params.platform);
	if (platform !== undefined && platform.key !== template.platform.key) {
		text = text.split(template.platform.denomination).join(platform.denomination);
		text = text.replace(/^(\s+plateforme:\s*)\S+/mu, `$1${platform.key}`);
	}
	if (params.court !== undefined && params.court.trim() !== '') {
		text = text.replace(/^juridiction:.*$/mu, `juridiction: ${params.court.trim()}`);
		text = text.split('tribunal judiciaire de Paris').join(params.court.trim().replace(/^Tribunal/u, 'tribunal'));
	}
	if (params.date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(params.date)) {
		text = text.replace(/^date:.*$/mu, `date: ${params.date}`);
		// A hearing three weeks later, to be replaced by the date the court gives.
		const hearing = new Date(`${params.date}T12:00:00Z`);
		hearing.setUTCDate(hearing.getUTCDate() + 21);
		const day = hearing.toISOString().slice(0, 10);
		const offset = formatOffset(parisOffsetForWallTime(hearing.getUTCFullYear(), hearing.getUTCMonth() + 1, hearing.getUTCDate(), 9, 30));
		text = text.replace(/^audience: .*$/mu, `audience: ${day}T09:30:00${offset}`);
	}
	const chosen = (params.offences ?? []).map(offenceById).filter((offence): offence is Offence => offence !== undefined);
	if (chosen.length > 0) {
		text = replaceInfractions(text, chosen);
		text = text.replace(QUALIFICATION_BLOCK, () => ['<!-- pretoire:qualification -->', qualificationParagraph(chosen), '<!-- /pretoire:qualification -->'].join('\n'));
	}
	return text;
}

function replaceInfractions(text: string, chosen: readonly Offence[]): string {
	const block = ['infractions:', ...chosen.flatMap((offence) => [`  - qualification: ${lowerFirst(offence.label.fr)}`, `    texte: ${offence.citation}`])].join('\n');
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text);
	if (frontMatter === null || !isMap(parseDocument(frontMatter[1]).contents)) {
		return text;
	}
	return text.replace(/^infractions:\r?\n(?:[ \t]+.*\r?\n)*/mu, `${block}\n`);
}

function qualificationParagraph(chosen: readonly Offence[]): string {
	const parts = chosen.map((offence) => offence.citation.startsWith('articles')
		? `${lowerFirst(offence.label.fr)}, délit prévu et réprimé par les ${offence.citation}`
		: `${lowerFirst(offence.label.fr)}, délit prévu et réprimé par l’${offence.citation}`);
	// Pleading text: French whatever the message language.
	return `Les faits sont constitutifs de ${parts.join(', et de ')}.`;
}
