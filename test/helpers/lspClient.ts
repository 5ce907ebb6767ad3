import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
	createProtocolConnection,
	DidOpenTextDocumentNotification,
	DocumentDiagnosticRequest,
	InitializedNotification,
	InitializeRequest,
	PublishDiagnosticsNotification,
	StreamMessageReader,
	StreamMessageWriter,
	type ClientCapabilities,
	type Diagnostic,
	type FullDocumentDiagnosticReport,
	type InitializeResult,
	type ProtocolConnection,
	type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** A client that pulls its diagnostics (`textDocument/diagnostic`) rather than waiting for them. */
export const PULL_CAPABILITIES: ClientCapabilities = { textDocument: { diagnostic: { dynamicRegistration: false } } };

/** A real LSP client over stdio, talking to the bundled `dist/server.js`. */
export class TestClient {
	readonly connection: ProtocolConnection;
	private readonly published = new Map<string, PublishDiagnosticsParams[]>();
	private readonly waiters: { uri: string; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
	readonly stderr: string[] = [];
	readonly logs: string[] = [];

	private constructor(readonly child: ChildProcess) {
		this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
		this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
			this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
			for (const waiter of this.waiters.filter((candidate) => candidate.uri === params.uri)) {
				this.waiters.splice(this.waiters.indexOf(waiter), 1);
				waiter.resolve(params);
			}
		});
		this.connection.onNotification('window/logMessage', (params: { message: string }) => {
			this.logs.push(params.message);
		});
		this.connection.listen();
	}

	/** `nodeArguments` go before the server's script (`--require` a module that stands in for the system). */
	static async start(capabilities: ClientCapabilities, initializationOptions?: unknown, nodeArguments: readonly string[] = []): Promise<{ client: TestClient; initializeResult: InitializeResult }> {
		const child = spawn(process.execPath, [...nodeArguments, join(process.cwd(), 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		const client = new TestClient(child);
		const initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: null,
			capabilities,
			initializationOptions,
		});
		await client.connection.sendNotification(InitializedNotification.type, {});
		return { client, initializeResult };
	}

	async open(uri: string, text: string, version = 1): Promise<void> {
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
	}

	/** The diagnostics the server gives for `uri` when asked (pull model). */
	async pullDiagnostics(uri: string): Promise<Diagnostic[]> {
		return ((await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
	}

	/** Resolves with the next diagnostics published for `uri`, or rejects after `timeoutMs`. */
	nextDiagnostics(uri: string, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no diagnostics published for ${uri} within ${timeoutMs} ms`)), timeoutMs);
			this.waiters.push({ uri, resolve: (params) => { clearTimeout(timer); resolve(params); } });
		});
	}

	async stop(): Promise<void> {
		try {
			await this.connection.sendRequest('shutdown');
			await this.connection.sendNotification('exit');
		} finally {
			this.connection.dispose();
			this.child.kill();
		}
	}
}

/** Runs `body` with a started client, which is stopped afterwards whatever happens (`shutdown` must be answered). */
export async function withClient<Result>(capabilities: ClientCapabilities, body: (client: TestClient) => Promise<Result>, initializationOptions?: unknown): Promise<Result> {
	const { client } = await TestClient.start(capabilities, initializationOptions);
	try {
		return await body(client);
	} finally {
		await client.stop();
	}
}

/** For each test of the suite, a fresh pulling client with `text` open at `uri`, stopped after the test. */
export function clientForEachTest(uri: string, text: string): () => TestClient {
	let current: TestClient | undefined;
	setup(async () => {
		({ client: current } = await TestClient.start(PULL_CAPABILITIES));
		await current.open(uri, text);
	});
	teardown(async () => current?.stop());
	return () => {
		if (current === undefined) {
			throw new Error('no client outside a test');
		}
		return current;
	};
}
