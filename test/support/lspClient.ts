/**
 * A minimal LSP client for tests: starts the bundled `dist/server.js --stdio` as a
 * real child process and speaks JSON-RPC to it, the way any editor would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { ClientCapabilities, InitializeResult, Range } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from './paths';

/** A running server and the connection to it. */
export interface TestServer {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  initialize: InitializeResult;
  /** Everything the server wrote to stderr. */
  stderr: () => string;
  /** Notifications the server sent, by method. */
  notifications: Map<string, unknown[]>;
  /** Everything the server sent (notifications, `$/progress` and requests to the client), in order of arrival. */
  received: ReceivedMessage[];
  /**
   * Resolves with the first message of `method` at or after index `from` of {@link TestServer.received}
   * that satisfies `accept`, waiting for it until `timeoutMs`; rejects (naming the method) at the deadline.
   */
  waitFor: <T = unknown>(method: string, accept?: (params: T) => boolean, options?: { from?: number; timeoutMs?: number }) => Promise<T>;
  /** Opens a document with the given text as `news`. */
  open: (uri: string, text: string, languageId?: string) => void;
  /** Replaces the whole text of an open document (a change without a range, which incremental sync allows too). */
  change: (uri: string, text: string, version: number) => void;
  /** Sends one didChange of range edits, as VS Code sends keystrokes to a server that syncs incrementally. */
  edit: (uri: string, changes: { range: Range; text: string }[], version: number) => void;
  /** Sends shutdown and exit and waits for the process to end; resolves with its exit code. */
  stop: () => Promise<number | null>;
}

/** One message the server sent to the client: a notification or a request (answered with null). */
export interface ReceivedMessage {
  kind: 'notification' | 'request';
  method: string;
  params: unknown;
}

/** Optional knobs of {@link startServer}; defaults give the minimal client the existing tests use. */
export interface StartOptions {
  /** Client capabilities merged over the defaults (e.g. `{ window: { workDoneProgress: true } }`). */
  capabilities?: ClientCapabilities;
  /** Node options for the server process (e.g. `--require` of a preload). */
  execArgv?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  /** The display language sent as `InitializeParams.locale` (VS Code sends its own, e.g. `en`); none when omitted. */
  locale?: string;
  /** More workspace folders after the first (each becomes a `workspaceFolders` entry). */
  moreFolders?: string[];
  /** Answers `workspace/configuration` (one value per item); without it every request to the client is answered with null. */
  configuration?: (items: { scopeUri?: string; section?: string }[]) => unknown[];
  /** Initialize as a window with no folder open (VS Code opened on a single file): no rootUri, no workspaceFolders. */
  noFolder?: boolean;
}

/** Starts `dist/server.js --stdio` with a workspace folder and initializes it. */
export async function startServer(workspaceFolder: string, initializationOptions: unknown = {}, options: StartOptions = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), resolve(REPO_ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const notifications = new Map<string, unknown[]>();
  const received: ReceivedMessage[] = [];
  const waiters = new Set<() => void>();
  const record = (message: ReceivedMessage) => {
    received.push(message);
    for (const check of [...waiters]) check();
  };
  connection.onNotification((method, params) => {
    notifications.set(method, [...(notifications.get(method) ?? []), params]);
    record({ kind: 'notification', method, params });
  });
  // `$/progress` for tokens the connection does not know never reaches the star handler.
  connection.onUnhandledProgress((params) => {
    notifications.set('$/progress', [...(notifications.get('$/progress') ?? []), params]);
    record({ kind: 'notification', method: '$/progress', params });
  });
  connection.onRequest((method, params) => {
    record({ kind: 'request', method, params });
    if (method === 'workspace/configuration' && options.configuration)
      return options.configuration((params as { items: { scopeUri?: string; section?: string }[] }).items);
    return null;
  });
  const waitFor = <T>(
    method: string,
    accept: (params: T) => boolean = () => true,
    { from = 0, timeoutMs = 10_000 }: { from?: number; timeoutMs?: number } = {},
  ) =>
    new Promise<T>((resolveWait, rejectWait) => {
      let next = from;
      const check = () => {
        for (; next < received.length; next++) {
          const m = received[next];
          if (m.method === method && accept(m.params as T)) {
            finish();
            resolveWait(m.params as T);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        finish();
        rejectWait(
          new Error(
            `no ${method} matching the expectation within ${timeoutMs} ms (received: ${
              received
                .slice(from)
                .map((m) => m.method)
                .join(', ') || 'nothing'
            })`,
          ),
        );
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  connection.listen();
  const folderUri = pathToFileURL(workspaceFolder).toString();
  const initialize = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: options.noFolder ? null : folderUri,
    workspaceFolders: options.noFolder
      ? null
      : [{ uri: folderUri, name: 'test' }, ...(options.moreFolders ?? []).map((f, i) => ({ uri: pathToFileURL(f).toString(), name: `test${i + 2}` }))],
    capabilities: {
      ...options.capabilities,
      textDocument: {
        hover: { contentFormat: ['markdown'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...options.capabilities?.textDocument,
      },
    },
    initializationOptions,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await connection.sendNotification('initialized', {});
  const versions = new Map<string, number>();
  return {
    connection,
    process: child,
    initialize,
    stderr: () => stderr,
    notifications,
    received,
    waitFor,
    open: (uri, text, languageId = 'news') => {
      versions.set(uri, 1);
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    edit: (uri, changes, version) => {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    change: (uri, text, version) => {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    stop: async () => {
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Decodes LSP semantic token data into absolute tokens with their text. */
export function decodeTokens(
  data: number[],
  lines: string[],
  types: string[],
  modifiers: string[],
): { line: number; char: number; text: string; type: string; modifiers: string[] }[] {
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    out.push({
      line,
      char,
      text: lines[line].slice(char, char + length),
      type: types[data[i + 3]],
      modifiers: modifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0),
    });
  }
  return out;
}
