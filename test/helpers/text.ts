import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePleading } from '../../server/src/document/parse';
import type { PleadingModel } from '../../server/src/document/model';

/** Builds a document from lines, as vscode-markdown-languageservice's tests do. */
export function joinLines(...lines: string[]): string {
	return lines.join('\n');
}

export function modelOf(text: string, uri = 'file:///test/acte.md'): PleadingModel {
	return parsePleading(TextDocument.create(uri, 'markdown', 1, text));
}

/** A minimal valid front matter, to which tests add the keys they exercise. */
export function frontMatter(...extraLines: string[]): string[] {
	return ['---', 'acte: assignation-refere', 'juridiction: Tribunal judiciaire de Paris', 'date: 2025-01-15', ...extraLines, '---'];
}
