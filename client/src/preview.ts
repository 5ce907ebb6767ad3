import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../../server/src/protocol';
import { sourceOffsetOf } from './previewSource';

/** Quiet time after a keystroke before the pages are rendered again. */
const RENDER_DELAY_MS = 400;

/**
 * « Prétoire : Aperçu »: the act as it will print, beside the editor, in a webview (so it works in
 * desktop, remote and browser VS Code alike: no external viewer). The pages come from the server,
 * rendered by the export's Typst engine; they follow the lawyer's typing. A click on a line of the
 * preview reveals the source line that produced it.
 */
export class PleadingPreview implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private document: vscode.TextDocument | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Only the latest render is shown: an older answer arriving late is dropped. */
	private generation = 0;
	private readonly subscriptions: vscode.Disposable[] = [];

	constructor(private readonly client: LanguageClient) {
		this.subscriptions.push(
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.document === this.document) {
					this.schedule();
				}
			}),
			vscode.window.onDidChangeActiveTextEditor((editor) => {
				// The preview follows the pleading the lawyer switches to.
				if (this.panel !== undefined && editor !== undefined && editor.document !== this.document && isMarkdown(editor.document)) {
					this.document = editor.document;
					this.panel.title = previewTitle(editor.document);
					this.schedule(0);
				}
			}),
		);
	}

	/** Opens (or reveals) the preview of `document` beside its editor. */
	show(document: vscode.TextDocument): void {
		this.document = document;
		if (this.panel === undefined) {
			this.panel = vscode.window.createWebviewPanel('pretoire.preview', previewTitle(document), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
				enableScripts: true,
				retainContextWhenHidden: true,
				localResourceRoots: [],
			});
			this.panel.webview.html = previewHtml(this.panel.webview);
			this.panel.webview.onDidReceiveMessage((message: { type?: string; text?: string }) => {
				if (message.type === 'reveal' && typeof message.text === 'string') {
					void this.reveal(message.text);
				}
			});
			this.panel.onDidDispose(() => {
				this.panel = undefined;
				this.document = undefined;
				clearTimeout(this.timer);
			});
		} else {
			this.panel.title = previewTitle(document);
			this.panel.reveal(vscode.ViewColumn.Beside, true);
		}
		this.schedule(0);
	}

	private schedule(delay = RENDER_DELAY_MS): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.render(), delay);
	}

	private async render(): Promise<void> {
		const { panel, document } = this;
		if (panel === undefined || document === undefined) {
			return;
		}
		const generation = ++this.generation;
		try {
			const result = await this.client.sendRequest<PreviewRequest.Result>(PreviewRequest.method, { uri: document.uri.toString() });
			if (generation === this.generation) {
				void panel.webview.postMessage({ type: 'pages', svg: result.svg, label: pagesLabel(result.pages) });
			}
		} catch (error) {
			if (generation === this.generation) {
				void panel.webview.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
			}
		}
	}

	/** Puts the cursor on the source line whose text the clicked line of the preview shows. */
	private async reveal(renderedLine: string): Promise<void> {
		const document = this.document;
		if (document === undefined) {
			return;
		}
		const offset = sourceOffsetOf(document.getText(), renderedLine);
		if (offset === undefined) {
			return;
		}
		const position = document.positionAt(offset);
		const column = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn;
		const editor = await vscode.window.showTextDocument(document, { viewColumn: column ?? vscode.ViewColumn.One, preserveFocus: false });
		editor.selection = new vscode.Selection(position, position);
		editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.panel?.dispose();
		this.subscriptions.forEach((subscription) => subscription.dispose());
	}
}

function isMarkdown(document: vscode.TextDocument): boolean {
	return document.languageId === 'markdown';
}

function previewTitle(document: vscode.TextDocument): string {
	return vscode.l10n.t('Preview: {0}', document.uri.path.split('/').pop() ?? '');
}

function pagesLabel(pages: number): string {
	return pages === 1 ? vscode.l10n.t('1 page') : vscode.l10n.t('{0} pages', pages);
}

function previewHtml(webview: vscode.Webview): string {
	const nonce = randomBytes(16).toString('base64');
	return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
	body { margin: 0; padding: 12px; background: var(--vscode-editor-background); color: var(--vscode-foreground); font-family: var(--vscode-font-family); }
	#status { font-size: 12px; opacity: 0.8; margin-bottom: 8px; }
	#status.error { color: var(--vscode-errorForeground); opacity: 1; white-space: pre-wrap; }
	#pages svg { display: block; width: 100%; max-width: 900px; height: auto; margin: 0 auto; background: #fff; box-shadow: 0 0 6px rgba(0, 0, 0, 0.35); cursor: pointer; }
	#pages .tsel { color: transparent; white-space: pre; }
</style>
</head>
<body>
<div id="status">${escapeHtml(vscode.l10n.t('Rendering the pages…'))}</div>
<div id="pages" data-testid="pretoire-preview-pages"></div>
<script nonce="${nonce}">
	const vscode = acquireVsCodeApi();
	const status = document.getElementById('status');
	const pages = document.getElementById('pages');
	window.addEventListener('message', (event) => {
		const message = event.data;
		if (message.type === 'pages') {
			pages.innerHTML = message.svg;
			status.textContent = message.label;
			status.className = '';
		} else if (message.type === 'error') {
			// The last pages stay visible: the error is shown above them.
			status.textContent = message.message;
			status.className = 'error';
		}
	});
	pages.addEventListener('click', (event) => {
		const lines = [...pages.querySelectorAll('.tsel')];
		let best;
		let bestDistance = Infinity;
		for (const line of lines) {
			const box = line.getBoundingClientRect();
			const dy = event.clientY < box.top ? box.top - event.clientY : event.clientY > box.bottom ? event.clientY - box.bottom : 0;
			const dx = event.clientX < box.left ? box.left - event.clientX : event.clientX > box.right ? event.clientX - box.right : 0;
			const distance = dy * 4 + dx;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = line;
			}
		}
		if (best !== undefined) {
			vscode.postMessage({ type: 'reveal', text: best.textContent });
		}
	});
</script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/gu, (character) => `&#${character.charCodeAt(0)};`);
}
