import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../../server/src/protocol';
import { previewPageHtml } from './previewPage';
import { PREVIEW_RENDER_DELAY_MS, sourceOffsetOf } from './previewSource';

/** What the webview keeps across a reload of the window: the act it shows and its zoom. */
interface PreviewState {
	readonly uri?: unknown;
	readonly zoom?: unknown;
}

/**
 * « Prétoire : Aperçu »: the act as it will print, beside the editor, in a webview (so it works in
 * desktop, remote and browser VS Code alike: no external viewer). The pages come from the server,
 * rendered by the export's Typst engine; they follow the lawyer's typing and come back after a
 * reload of the window. A click on a line of the preview, or Enter on a line reached by the
 * keyboard, reveals the source line that produced it.
 */
export class PleadingPreview implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
	static readonly viewType = 'pretoire.preview';
	private panel: vscode.WebviewPanel | undefined;
	private document: vscode.TextDocument | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Only the latest render is shown: an older answer arriving late is dropped. */
	private generation = 0;
	/** One render at a time: keystrokes during a render ask for one more when it ends, not one each. */
	private rendering = false;
	private renderAgain = false;
	/**
	 * The webview's script runs and says so (`ready`) before any page is posted: a message posted to a
	 * webview still loading (as one restored after a reload is) would be lost, leaving it empty.
	 */
	private ready = false;
	/** The keys of the parts the webview holds: the server sends only the others' SVG. */
	private known: readonly string[] = [];
	private readonly subscriptions: vscode.Disposable[] = [];

	constructor(private readonly client: () => Promise<LanguageClient>, private readonly output: vscode.LogOutputChannel) {
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
		if (this.panel === undefined) {
			const panel = vscode.window.createWebviewPanel(PleadingPreview.viewType, previewTitle(document), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { retainContextWhenHidden: true });
			this.adopt(panel, document);
		} else {
			this.document = document;
			this.panel.title = previewTitle(document);
			this.panel.reveal(vscode.ViewColumn.Beside, true);
			this.schedule(0);
		}
	}

	/**
	 * The preview left open when the window closed or reloaded comes back on the same act; an unsaved
	 * act that is gone closes it. A state saved before it named its act (a browser window stores it
	 * when it can, not always at the last moment) brings the preview back on the act being edited, or
	 * on the first one the lawyer turns to.
	 */
	async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
		const uri = typeof state?.uri === 'string' ? state.uri : undefined;
		const document = uri === undefined
			? [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((editor) => editor !== undefined && isMarkdown(editor.document))?.document
			: await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)).then((opened) => opened, () => undefined);
		if ((uri !== undefined && document === undefined) || this.panel !== undefined) {
			this.output.info(`preview: not restored (${this.panel !== undefined ? 'a preview is already open' : 'its act cannot be opened'})`);
			panel.dispose();
			return;
		}
		this.adopt(panel, document);
	}

	private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument | undefined): void {
		this.panel = panel;
		this.document = document;
		this.ready = false;
		this.known = [];
		if (document !== undefined) {
			panel.title = previewTitle(document);
		}
		panel.webview.options = { enableScripts: true, localResourceRoots: [] };
		panel.webview.onDidReceiveMessage((message: { type?: string; text?: string }) => {
			if (message.type === 'reveal' && typeof message.text === 'string') {
				void this.reveal(message.text);
			} else if (message.type === 'ready') {
				// A fresh page (first load, or its script run again) holds nothing: every part is sent, and a
				// render under way for the page before is not shown.
				this.ready = true;
				this.known = [];
				this.generation++;
				this.schedule(0);
			}
		});
		panel.webview.html = previewHtml(panel.webview, document?.uri.toString());
		panel.onDidDispose(() => {
			if (this.panel === panel) {
				this.panel = undefined;
				this.document = undefined;
				clearTimeout(this.timer);
			}
		});
	}

	private schedule(delay = PREVIEW_RENDER_DELAY_MS): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.render(), delay);
	}

	private async render(): Promise<void> {
		const { panel, document } = this;
		if (panel === undefined || document === undefined || !this.ready) {
			return;
		}
		if (this.rendering) {
			this.renderAgain = true;
			return;
		}
		this.rendering = true;
		const generation = ++this.generation;
		try {
			// The language server starts here if nothing started it yet (a preview restored after a reload).
			const client = await this.client();
			const params: PreviewRequest.Params = { uri: document.uri.toString(), known: this.known };
			const result = await client.sendRequest<PreviewRequest.Result>(PreviewRequest.method, params);
			if (generation === this.generation) {
				this.known = [result.head.key, ...result.pages.map((page) => page.key)];
				const delivered = await panel.webview.postMessage({ type: 'pages', head: result.head, pages: result.pages, label: pagesLabel(result.pages.length), uri: params.uri });
				if (!delivered) {
					this.known = [];
				}
			}
		} catch (error) {
			if (generation === this.generation) {
				void panel.webview.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
			}
		} finally {
			this.rendering = false;
			if (this.renderAgain) {
				this.renderAgain = false;
				this.schedule(0);
			}
		}
	}

	/** Puts the cursor on the source line whose text the chosen line of the preview shows. */
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

function previewHtml(webview: vscode.Webview, uri: string | undefined): string {
	return previewPageHtml({
		nonce: randomBytes(16).toString('base64'),
		cspSource: webview.cspSource,
		language: vscode.env.language,
		uri,
		texts: {
			page: vscode.l10n.t('Page {0} of {1}'),
			zoomIn: vscode.l10n.t('Zoom in (+)'),
			zoomOut: vscode.l10n.t('Zoom out (-)'),
			fitWidth: vscode.l10n.t('Fit to width (0)'),
			pages: vscode.l10n.t('Pages of the act: Tab goes from page to page, the arrows from line to line, Enter shows the line in the editor'),
		},
		labels: { toolbar: vscode.l10n.t('Preview'), rendering: vscode.l10n.t('Rendering the pages…') },
	});
}
