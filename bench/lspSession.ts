/**
 * A bare LSP session for the benchmark: spawns the bundled `dist/server.js --stdio`
 * as an editor would, speaks JSON-RPC over its pipes, and reads the process's memory
 * from /proc. Kept apart from the test client so the bench can time raw requests.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from './texts';

/** The bundled server the bench measures. */
export const SERVER_BUNDLE = resolve(REPO_ROOT, 'dist', 'server.js');

/** Memory of a process as the kernel reports it, in MiB; undefined off Linux. */
export interface Memory {
  /** Peak resident set size (VmHWM). */
  peakRssMiB: number;
  /** Current resident set size (VmRSS). */
  rssMiB: number;
}

/** VmHWM and VmRSS of a live process from /proc; undefined where /proc is not there (or the process is gone). */
export function processMemory(pid: number | undefined): Memory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakRssMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}

/** How the bench's client presents itself. */
export interface SessionOptions {
  /**
   * Announce `window.workDoneProgress` so the server reports its first indexing as
   * `$/progress`; {@link LspSession.indexed} then resolves when that report ends.
   */
  workDoneProgress?: boolean;
  /** Extra arguments for node before the bundle (for example `--cpu-prof`). */
  nodeArgs?: string[];
}

/** One running server and the connection to it. */
export class LspSession {
  private readonly versions = new Map<string, number>();
  /** The text the server holds for each open document, to send each change as the range it replaces. */
  private readonly texts = new Map<string, string>();
  /** hrtime when `initialized` was sent: the start of the first indexing. */
  initializedAt = 0n;
  /** Resolves with the hrtime of the first `$/progress` end (never, without workDoneProgress). */
  readonly indexed: Promise<bigint>;
  private indexedAt: bigint | undefined;
  /** hrtime of every `$/progress` report of the first indexing (the server reports once per batch of files). */
  readonly progressReports: bigint[] = [];

  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcessWithoutNullStreams,
  ) {
    this.indexed = new Promise<bigint>((done) => {
      connection.onUnhandledProgress((params) => {
        const value = params.value as { kind?: string } | undefined;
        if (value?.kind === 'report' && this.indexedAt === undefined) this.progressReports.push(process.hrtime.bigint());
        if (value?.kind === 'end' && this.indexedAt === undefined) done((this.indexedAt = process.hrtime.bigint()));
      });
    });
  }

  /** True once the first indexing has ended (its `$/progress` end arrived). */
  get isIndexed(): boolean {
    return this.indexedAt !== undefined;
  }

  /** Starts and initializes the server with `folder` as its only workspace folder. */
  static async start(folder: string, options: SessionOptions = {}): Promise<LspSession> {
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`node scripts/build.mjs\` first`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    child.stderr.resume();
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    // Every server-to-client request (window/workDoneProgress/create included) is answered with null.
    connection.onRequest(() => null);
    connection.onNotification(() => undefined);
    const session = new LspSession(connection, child);
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      capabilities: {
        textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
        window: { workDoneProgress: options.workDoneProgress === true },
      },
      initializationOptions: {},
    });
    session.initializedAt = process.hrtime.bigint();
    await connection.sendNotification('initialized', {});
    return session;
  }

  /** Opens a `news` document at version 1. */
  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  }

  /**
   * Changes the document to `text` under the next version number, sent as VS Code sends a
   * keystroke to a server that syncs incrementally: the one range that differs and its new
   * text (an empty edit when the text is the same, so the server still sees a new version).
   */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const old = this.texts.get(uri) ?? '';
    this.texts.set(uri, text);
    const limit = Math.min(old.length, text.length);
    let prefix = 0;
    while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const before = TextDocument.create(uri, 'news', 0, old);
    const range = { start: before.positionAt(prefix), end: before.positionAt(old.length - suffix) };
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: text.slice(prefix, text.length - suffix) }],
    });
  }

  /** Sends a request and waits for its answer. */
  request(method: string, params: unknown): Promise<unknown> {
    return this.connection.sendRequest(method, params);
  }

  /** VmHWM and VmRSS of the server process from /proc; undefined where /proc is not there. */
  memory(): Memory | undefined {
    return processMemory(this.child.pid);
  }

  /** Shuts the server down and waits for it to exit. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
