// Entry of dist/server.js, which is also the bundle of the analysis thread (see services/analysisWorker).
// The server is loaded lazily so that nothing runs before the process has decided it is a language
// server (`--stdio`, `--node-ipc` or `--socket`).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
	void import('./server').then(({ startServer }) => startServer());
} else {
	void import('./services/analysisWorker').then(({ runAnalysisWorker }) => runAnalysisWorker());
}
