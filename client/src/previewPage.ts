/**
 * The preview's page (HTML, style and script), apart from VS Code's API: the extension fills it in
 * (`preview.ts`), and the benchmark draws it in Chromium to time a keystroke until the page is drawn.
 * It talks to the extension through `acquireVsCodeApi()` and `message` events only.
 */

/** The texts of the page, in the lawyer's language; those the script uses, and the others. */
export interface PreviewPageTexts {
	readonly page: string;
	readonly zoomIn: string;
	readonly zoomOut: string;
	readonly fitWidth: string;
	readonly pages: string;
}

export interface PreviewPageOptions {
	/** The nonce of the page's one script (the content security policy allows no other). */
	readonly nonce: string;
	readonly cspSource: string;
	readonly language: string;
	/** The act shown, kept in the webview's state for the serializer. */
	readonly uri: string | undefined;
	readonly texts: PreviewPageTexts;
	readonly labels: { readonly toolbar: string; readonly rendering: string };
}

/**
 * The page: a toolbar (zoom out, zoom in, fit to width), the status, and the pages. Each page is a
 * stop of the Tab key named « Page N sur M »; on a page, the arrows go from line to line, Enter
 * reveals the source of the line, Page Down / Page Up go to the next or previous page; + , - and 0
 * zoom in, out and back to the width of the panel. The zoom is kept in the webview's state, with
 * the act, for the serializer.
 */
export function previewPageHtml({ nonce, cspSource, language, uri, texts, labels }: PreviewPageOptions): string {
	return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
	body { margin: 0; padding: 0; background: var(--vscode-editor-background); color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
	#toolbar { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 4px; padding: 4px 8px; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); }
	#toolbar button { min-width: 28px; height: 24px; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; border-radius: 2px; cursor: pointer; font: inherit; }
	#toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground); }
	#toolbar button:focus-visible, .page:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: 2px; }
	#status { margin-left: 8px; opacity: 0.85; }
	#status.error { color: var(--vscode-errorForeground); opacity: 1; white-space: pre-wrap; }
	#scroller { padding: 8px 4px; }
	#pages { margin: 0 auto; }
	#pages svg { display: block; width: 100%; height: auto; background: #fff; box-shadow: 0 0 4px rgba(0, 0, 0, 0.35); cursor: pointer; }
	#pages .tsel { color: transparent; white-space: pre; }
	#pages .tsel.current { background: rgba(255, 200, 0, 0.45); }
	/* A page out of view is neither laid out nor drawn: redrawing the page typed in costs one page, not fifty. */
	.page { margin-bottom: 8px; content-visibility: auto; contain-intrinsic-block-size: var(--page-height, 1123px); }
	#outlines { position: absolute; width: 0; height: 0; overflow: hidden; }
</style>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="${escapeHtml(labels.toolbar)}">
	<button id="zoomOut" type="button" aria-label="${escapeHtml(texts.zoomOut)}" title="${escapeHtml(texts.zoomOut)}">−</button>
	<button id="zoomIn" type="button" aria-label="${escapeHtml(texts.zoomIn)}" title="${escapeHtml(texts.zoomIn)}">+</button>
	<button id="fitWidth" type="button" aria-label="${escapeHtml(texts.fitWidth)}" title="${escapeHtml(texts.fitWidth)}">↔</button>
	<span id="status" role="status" aria-live="polite">${escapeHtml(labels.rendering)}</span>
</div>
<div id="outlines" aria-hidden="true"></div>
<div id="scroller">
<div id="pages" data-testid="pretoire-preview-pages" role="document" aria-label="${escapeHtml(texts.pages)}"></div>
</div>
<script nonce="${nonce}">
	const vscode = acquireVsCodeApi();
	const texts = ${JSON.stringify(texts).replace(/</gu, '\\u003c')};
	const status = document.getElementById('status');
	const pages = document.getElementById('pages');
	const outlines = document.getElementById('outlines');
	// The zoom is the page's width in CSS pixels per PostScript point (1 = print size); 'fit' follows the panel.
	const ZOOMS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3];
	// The act is in the state from the start, for a window closed before the first pages arrive.
	let state = { ...(vscode.getState() || {}), ...${JSON.stringify(uri === undefined ? {} : { uri }).replace(/</gu, '\\u003c')} };
	let zoom = typeof state.zoom === 'number' ? state.zoom : 'fit';
	let currentLine;

	function save(changes) {
		state = { ...state, ...changes };
		vscode.setState(state);
	}

	function applyZoom() {
		const svg = pages.querySelector('svg');
		const width = svg ? Number(svg.getAttribute('data-width')) : 596;
		pages.style.width = zoom === 'fit' ? '100%' : (width * zoom * 96 / 72) + 'px';
		sizeHiddenPages();
		save({ zoom });
	}

	// The height a page out of view keeps until drawn: a page's at this width, so that the scroll bar
	// and the page the keyboard goes to are where they will be.
	function sizeHiddenPages() {
		const svg = pages.querySelector('svg');
		const ratio = svg ? Number(svg.getAttribute('data-height')) / Number(svg.getAttribute('data-width')) : 842 / 596;
		pages.style.setProperty('--page-height', (pages.clientWidth * ratio) + 'px');
	}

	function currentScale() {
		const svg = pages.querySelector('svg');
		return svg ? svg.getBoundingClientRect().width / (Number(svg.getAttribute('data-width')) * 96 / 72) : 1;
	}

	function zoomBy(direction) {
		const scale = zoom === 'fit' ? currentScale() : zoom;
		const next = direction > 0 ? ZOOMS.find((step) => step > scale + 0.01) : [...ZOOMS].reverse().find((step) => step < scale - 0.01);
		if (next !== undefined) {
			zoom = next;
			applyZoom();
		}
	}

	/** An SVG part from the extension, parsed. */
	function parsed(svg) {
		const holder = document.createElement('div');
		holder.innerHTML = svg;
		return holder.firstElementChild;
	}

	/**
	 * Each page is a focusable region named « Page N sur M » holding its own SVG. A page whose key is
	 * unchanged stays as it is (with the focus and the line chosen on it); a changed one is replaced;
	 * a page the extension sent as a key alone is one this page holds. Returns false when one is missing.
	 */
	function updatePages(message) {
		if (message.head.svg !== undefined) {
			outlines.innerHTML = message.head.svg;
		}
		const regions = [...pages.querySelectorAll(':scope > .page')];
		const held = new Map(regions.map((region) => [region.dataset.key, region.firstElementChild]));
		for (let index = 0; index < message.pages.length; index++) {
			const part = message.pages[index];
			let region = regions[index];
			if (region === undefined) {
				region = document.createElement('div');
				region.className = 'page';
				region.tabIndex = 0;
				region.setAttribute('role', 'region');
				region.addEventListener('keydown', (event) => onPageKey(event, region));
				region.addEventListener('focus', () => setCurrentLine(undefined));
				pages.appendChild(region);
			}
			if (region.dataset.key !== part.key) {
				const drawing = part.svg !== undefined ? parsed(part.svg) : held.get(part.key)?.cloneNode(true);
				if (!drawing) {
					return false;
				}
				region.replaceChildren(drawing);
				region.dataset.key = part.key;
			}
			region.dataset.index = String(index);
			region.setAttribute('aria-label', texts.page.replace('{0}', String(index + 1)).replace('{1}', String(message.pages.length)));
		}
		regions.slice(message.pages.length).forEach((region) => region.remove());
		return true;
	}

	function setCurrentLine(line) {
		currentLine?.classList.remove('current');
		currentLine = line;
		if (line) {
			line.classList.add('current');
			line.scrollIntoView({ block: 'nearest' });
		}
	}

	function onPageKey(event, region) {
		const lines = [...region.querySelectorAll('.tsel')];
		const regions = [...pages.querySelectorAll('.page')];
		const position = lines.indexOf(currentLine);
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			const next = event.key === 'ArrowDown' ? Math.min(lines.length - 1, position + 1) : Math.max(0, position < 0 ? 0 : position - 1);
			setCurrentLine(lines[next]);
			if (currentLine) {
				status.textContent = currentLine.textContent;
			}
		} else if (event.key === 'Enter' || event.key === ' ') {
			const line = position >= 0 ? currentLine : lines[0];
			if (line) {
				vscode.postMessage({ type: 'reveal', text: line.textContent });
			}
		} else if (event.key === 'PageDown' || event.key === 'PageUp') {
			regions[Number(region.dataset.index) + (event.key === 'PageDown' ? 1 : -1)]?.focus();
		} else {
			return;
		}
		event.preventDefault();
	}

	window.addEventListener('message', (event) => {
		const message = event.data;
		if (message.type === 'pages') {
			if (!updatePages(message)) {
				// Parts this page does not hold: ask for all of them, as a fresh page does.
				vscode.postMessage({ type: 'ready' });
				return;
			}
			if (currentLine && !currentLine.isConnected) {
				currentLine = undefined;
			}
			applyZoom();
			status.textContent = message.label;
			status.className = '';
			save({ uri: message.uri });
		} else if (message.type === 'error') {
			// The last pages stay visible: the error is shown above them.
			status.textContent = message.message;
			status.className = 'error';
		}
	});
	document.getElementById('zoomIn').addEventListener('click', () => zoomBy(1));
	document.getElementById('zoomOut').addEventListener('click', () => zoomBy(-1));
	document.getElementById('fitWidth').addEventListener('click', () => { zoom = 'fit'; applyZoom(); });
	window.addEventListener('resize', sizeHiddenPages);
	window.addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) {
			return;
		}
		if (event.key === '+' || event.key === '=') {
			zoomBy(1);
		} else if (event.key === '-') {
			zoomBy(-1);
		} else if (event.key === '0') {
			zoom = 'fit';
			applyZoom();
		} else {
			return;
		}
		event.preventDefault();
	});
	function nearestPage(y) {
		let nearest;
		let nearestDistance = Infinity;
		for (const region of pages.querySelectorAll(':scope > .page')) {
			const box = region.getBoundingClientRect();
			const distance = y < box.top ? box.top - y : y > box.bottom ? y - box.bottom : 0;
			if (distance < nearestDistance) {
				nearestDistance = distance;
				nearest = region;
			}
		}
		return nearest;
	}

	pages.addEventListener('click', (event) => {
		// The lines of the page clicked, or of the page nearest a click between two: measuring those of
		// pages out of view would lay them all out.
		const page = event.target.closest('.page') ?? nearestPage(event.clientY);
		const lines = page ? [...page.querySelectorAll('.tsel')] : [];
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
	applyZoom();
	vscode.postMessage({ type: 'ready' });
</script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/gu, (character) => `&#${character.charCodeAt(0)};`);
}
