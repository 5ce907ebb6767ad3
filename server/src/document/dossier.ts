import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFrontMatter } from './frontMatter';
import { dossierKeys, dossierSchema, type FrontMatterData } from './frontMatterSchema';
import type { FrontMatterIssue, FrontMatterModel, FrontMatterPath, InheritedSpan, PleadingModel, Span } from './model';

/**
 * What the wiring layer (server, CLI) found at the path an act names in `dossier:`: the file's text,
 * or why it could not be read. Reading files is I/O and stays out of the document layer.
 */
export type DossierSource = { readonly uri: string; readonly text: string } | { readonly uri: string; readonly failure: string };

/** The dossier's own reading; its spans are offsets in the dossier's text. */
export function readDossier(text: string): FrontMatterModel {
	const firstLine = text.search(/\r?\n/u);
	return readFrontMatter(text, 0, { start: 0, end: firstLine === -1 ? text.length : firstLine }, dossierSchema);
}

/** Whether an open document is a case dossier (a YAML file) whose edits the acts naming it follow. */
export function isDossierFileName(reference: string): boolean {
	return /\.ya?ml$/iu.test(reference.trim());
}

/**
 * The act with what it inherits from its dossier: every dossier key the act does not write itself
 * (its own keys win, even when invalid). Inherited values are located on the act's `dossier:` line,
 * each remembering where the dossier writes it, so that findings land in the act and point into the
 * dossier. A dossier that cannot be read, or that is invalid, is an issue on that line.
 * @param parsed the dossier's reading when the caller has it already (`readDossier(source.text)`): a
 *   large dossier is parsed once per content, on the analysis thread
 */
export function inheritDossier(model: PleadingModel, source: DossierSource | undefined, parsed?: FrontMatterModel): PleadingModel {
	const frontMatter = model.frontMatter;
	const name = frontMatter?.data.dossier;
	if (frontMatter === undefined || name === undefined || source === undefined) {
		return model;
	}
	const reference = frontMatter.locate(['dossier']) ?? { start: frontMatter.span.start, end: frontMatter.span.start };
	if ('failure' in source) {
		const issue: FrontMatterIssue = {
			kind: 'dossier',
			span: reference,
			path: ['dossier'],
			messageId: 'dossierUnreadable',
			data: { dossier: name, failure: source.failure },
		};
		return { ...model, frontMatter: { ...frontMatter, issues: [...frontMatter.issues, issue] }, dossier: { reference, inherited: [] } };
	}
	const document = TextDocument.create(source.uri, 'yaml', 1, source.text);
	const dossier = parsed ?? readDossier(source.text);
	const writtenInAct = (key: string | number): boolean => frontMatter.locate([key], 'key') !== undefined;
	const inherited: string[] = dossierKeys.filter((key) => !writtenInAct(key) && dossier.data[key] !== undefined);
	const inheritedKeys = new Set<string>(inherited);
	const at = (origin: Span): InheritedSpan => ({ start: reference.start, end: reference.end, origin });
	const isInheritedPath = (path: FrontMatterPath): boolean => path.length > 0 && inheritedKeys.has(String(path[0]));

	const data = { ...frontMatter.data } as Record<string, unknown>;
	for (const key of inherited) {
		data[key] = dossier.data[key as keyof FrontMatterData];
	}
	const issues: FrontMatterIssue[] = [
		// A key the act must have is not missing when the dossier gives it.
		...frontMatter.issues.filter((issue) => !(issue.kind === 'schema' && issue.path.length === 1 && inheritedKeys.has(String(issue.path[0])))),
		...dossier.issues
			.filter((issue) => issue.path.length === 0 || !writtenInAct(issue.path[0]))
			.map((issue) => ({ ...issue, span: at(issue.span), messageId: 'inDossier' as const, data: { dossier: name, issue: { message: issue.messageId, data: issue.data } } })),
	];
	return {
		...model,
		frontMatter: {
			...frontMatter,
			data: data as FrontMatterData,
			issues,
			locate: (path, part) => {
				if (!isInheritedPath(path)) {
					return frontMatter.locate(path, part);
				}
				const origin = dossier.locate(path, part);
				return origin === undefined ? undefined : at(origin);
			},
		},
		dossier: { reference, document, frontMatter: dossier, inherited },
	};
}
