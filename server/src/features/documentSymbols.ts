import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { PleadingModel, Section } from '../document/model';
import type { Translator } from '../l10n';

/** The Outline: the body's sections as a tree, then the front matter's publications and pièces. */
export function documentSymbols(model: PleadingModel, translator: Translator): DocumentSymbol[] {
	return [...frontMatterSymbols(model, translator), ...sectionTree(model, model.body.sections)];
}

function sectionTree(model: PleadingModel, sections: readonly Section[]): DocumentSymbol[] {
	const roots: DocumentSymbol[] = [];
	const stack: { depth: number; symbol: DocumentSymbol }[] = [];
	for (const section of sections) {
		const symbol: DocumentSymbol = {
			name: section.title || '…',
			kind: section.kind === 'dispositif' ? SymbolKind.Key : SymbolKind.String,
			range: model.rangeOf(section.span),
			selectionRange: model.rangeOf(section.headingSpan),
			children: [],
		};
		while (stack.length > 0 && stack[stack.length - 1].depth >= section.depth) {
			stack.pop();
		}
		(stack.length > 0 ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
		stack.push({ depth: section.depth, symbol });
	}
	return roots;
}

function frontMatterSymbols(model: PleadingModel, { t }: Translator): DocumentSymbol[] {
	const frontMatter = model.frontMatter;
	if (frontMatter === undefined) {
		return [];
	}
	const groups: DocumentSymbol[] = [];
	const group = (key: 'publications' | 'pieces', title: string, nameOf: (index: number) => string | undefined): void => {
		const list = frontMatter.data[key];
		const keySpan = frontMatter.locate([key], 'key');
		const valueSpan = frontMatter.locate([key]);
		if (list === undefined || keySpan === undefined || valueSpan === undefined) {
			return;
		}
		const children: DocumentSymbol[] = [];
		list.forEach((_, index) => {
			const span = frontMatter.locate([key, index]);
			const name = nameOf(index);
			if (span !== undefined && name !== undefined) {
				const range = model.rangeOf(span);
				children.push({ name, kind: key === 'pieces' ? SymbolKind.File : SymbolKind.Event, range, selectionRange: range });
			}
		});
		groups.push({
			name: title,
			kind: SymbolKind.Array,
			range: model.rangeOf({ start: keySpan.start, end: valueSpan.end }),
			selectionRange: model.rangeOf(keySpan),
			children,
		});
	};
	group('publications', t('Publications'), (index) => {
		const publication = frontMatter.data.publications?.[index];
		return publication === undefined ? undefined : [publication.compte, publication.horodatage, publication.url].filter(Boolean).join(' — ') || '…';
	});
	group('pieces', t('Pièces'), (index) => {
		const piece = frontMatter.data.pieces?.[index];
		return piece === undefined ? undefined : t('Pièce n° {0} : {1}', piece.numero ?? '?', piece.intitule ?? '…');
	});
	return groups;
}
