import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * Runs a request handler so that it never throws into the connection: a failure is logged and the
 * empty fallback returned; a cancelled request answers with the protocol's cancel error.
 */
export async function runSafe<T>(
	token: CancellationToken | undefined,
	fallback: T,
	label: string,
	log: (message: string) => void,
	handler: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
	if (token?.isCancellationRequested) {
		return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
	}
	try {
		const result = await handler();
		return token?.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : result;
	} catch (error) {
		// The error's class and frames, never its message: it may quote the pleading (personal data).
		log(`${label}: ${error instanceof Error ? `${error.name}\n${(error.stack ?? '').split('\n').slice(1).join('\n')}` : typeof error}`);
		return fallback;
	}
}
