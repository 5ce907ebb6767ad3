// Entry of dist/analysisThread.js, the language server's analysis thread (see services/analysisWorker):
// a bundle of its own, without the protocol or the exports, since each thread holds its code in memory.
import { runAnalysisWorker } from './services/analysisWorker';

runAnalysisWorker();
