// Entry of dist/server.js. The server is loaded lazily so that nothing runs before the process has
// decided it is a language server (`--stdio`, `--node-ipc` or `--socket`).
void import('./server').then(({ startServer }) => startServer());
