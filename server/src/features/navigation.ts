import { FoldingRangeKind, type DocumentLink, type FoldingRange } from 'vscode-languageserver';
import { isInherited, type PleadingModel } from '../document/model';
import type { Translator } from '../l10n';

/** Publication URLs of the front matter open in the browser (the body's links are Markdown's own). */
export function documentLinks(model: PleadingModel, { t }: Translator): DocumentLink[] {
	const frontMatter = model.frontMatter;
	const links: DocumentLink[] = [];
	frontMatter?.data.publications?.forEach((publication, index) => {
		const span = frontMatter.locate(['publications', index, 'url']);
		// An inherited URL is written in the dossier, not in the act: no link on the act's `dossier:` line.
		if (publication?.url !== undefined && span !== undefined && !isInherited(span) && /^https?:\/\//iu.test(publication.url)) {
			// The span may include quotes around the value: link the URL itself.
			const start = span.start + Math.max(0, model.document.getText().slice(span.start, span.end).indexOf(publication.url));
			links.push({ range: model.rangeOf({ start, end: start + publication.url.length }), target: publication.url });
		}
	});
	const dossier = model.dossier;
	if (dossier?.document !== undefined) {
		links.push({ range: model.rangeOf(dossier.reference), target: dossier.document.uri, tooltip: t('Ouvrir le dossier') });
	}
	return links;
}

/** The front matter, each of its lists' entries, and each section fold. */
export function foldingRanges(model: PleadingModel): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	const add = (start: number, end: number, kind?: FoldingRangeKind): void => {
		const startLine = model.document.positionAt(start).line;
		const endLine = model.document.positionAt(Math.max(start, end - 1)).line;
		if (endLine > startLine) {
			ranges.push({ startLine, endLine, kind });
		}
	};
	const frontMatter = model.frontMatter;
	if (frontMatter !== undefined) {
		add(0, frontMatter.span.end + 3, FoldingRangeKind.Region);
		for (const key of ['demandeurs', 'publications', 'infractions', 'pieces'] as const) {
			(frontMatter.data[key] ?? []).forEach((_, index) => {
				const item = frontMatter.locate([key, index]);
				if (item !== undefined) {
					add(item.start, item.end);
				}
			});
		}
	}
	for (const section of model.body.sections) {
		// Stop before the blank lines that separate the section from the next heading.
		const content = model.document.getText().slice(section.span.start, section.span.end).trimEnd();
		add(section.span.start, section.span.start + content.length + 1);
	}
	return ranges;
}
