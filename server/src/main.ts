/**
 * Entry point of `dist/server.js`. `createConnection` picks the transport from the
 * command line (`--stdio`, `--node-ipc`, `--socket=N`), so any LSP client can run it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
