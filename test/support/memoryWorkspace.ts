/**
 * The language service's workspace in memory: files in a map, documents opened and
 * edited inline, file events fired by the test. With it every feature is tested as
 * the editor uses it (createLanguageService, the real providers, the real analysis),
 * without a process, a socket or a disk. The stdio tests (test/lsp) keep the protocol.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { hasArticleExtension } from '../../server/src/files/articleFiles';
import type { SafeReadOptions, SafeReadResult } from '../../server/src/files/safeRead';
import type { Progress, RefreshKind, ServiceClient } from '../../server/src/service/client';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import type { FileChange, FileKind, Workspace } from '../../server/src/service/workspace';
import { DEFAULT_SETTINGS, toSettings, type Settings } from '../../server/src/settings';
import { toUri } from '../../server/src/uri';

type Listener<T> = (value: T) => void;

/** A workspace whose disk is a map of absolute POSIX paths to texts. */
export class MemoryWorkspace implements Workspace {
  private readonly disk = new Map<string, Buffer>();
  private readonly open = new Map<string, TextDocument>();
  private readonly listeners = {
    open: [] as Listener<TextDocument>[],
    change: [] as Listener<TextDocument>[],
    close: [] as Listener<TextDocument>[],
    files: [] as Listener<readonly FileChange[]>[],
  };
  /** Every path read, in order (a test can check what the service read). */
  readonly reads: string[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.disk.set(path, Buffer.from(text, 'utf8'));
  }

  /** Writes a file; fires a file event unless `silent` (the editor's own save also fires one). */
  writeFile(path: string, text: string | Buffer, silent = false): void {
    const kind = this.disk.has(path) ? 'changed' : 'created';
    this.disk.set(path, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    if (!silent) this.fire([{ path, kind }]);
  }

  /** Deletes a file and fires the event. */
  deleteFile(path: string): void {
    this.disk.delete(path);
    this.fire([{ path, kind: 'deleted' }]);
  }

  /** Opens a document (its text is the file's unless given) and fires open and change, as TextDocuments does. */
  openDocument(path: string, text?: string, languageId = 'news'): TextDocument {
    const uri = toUri(path);
    const document = TextDocument.create(uri, languageId, 1, text ?? this.disk.get(path)?.toString('utf8') ?? '');
    this.open.set(uri, document);
    for (const listener of this.listeners.open) listener(document);
    for (const listener of this.listeners.change) listener(document);
    return document;
  }

  /** Replaces an open document's text (a new version) and fires change. */
  editDocument(document: TextDocument, text: string): TextDocument {
    const next = TextDocument.create(document.uri, document.languageId, document.version + 1, text);
    this.open.set(document.uri, next);
    for (const listener of this.listeners.change) listener(next);
    return next;
  }

  /** Closes an open document and fires close. */
  closeDocument(document: TextDocument): void {
    const current = this.open.get(document.uri);
    if (!current) return;
    this.open.delete(document.uri);
    for (const listener of this.listeners.close) listener(current);
  }

  private fire(changes: FileChange[]): void {
    for (const listener of this.listeners.files) listener(changes);
  }

  document(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }
  documents(): readonly TextDocument[] {
    return [...this.open.values()];
  }
  onDidOpenDocument(listener: Listener<TextDocument>): void {
    this.listeners.open.push(listener);
  }
  onDidChangeDocument(listener: Listener<TextDocument>): void {
    this.listeners.change.push(listener);
  }
  onDidCloseDocument(listener: Listener<TextDocument>): void {
    this.listeners.close.push(listener);
  }
  onDidChangeFiles(listener: Listener<readonly FileChange[]>): void {
    this.listeners.files.push(listener);
  }

  readFile(path: string, options: SafeReadOptions): SafeReadResult {
    this.reads.push(path);
    const bytes = this.disk.get(path);
    if (!bytes)
      return this.isDirectory(path)
        ? { refused: 'is a directory, not a regular file; only regular files are read', kind: 'not-a-file' }
        : { refused: 'does not exist', kind: 'missing' };
    if (bytes.length > options.maxBytes) return { refused: `is over the limit of ${options.capName}`, kind: 'too-large' };
    return { bytes: Buffer.from(bytes) };
  }

  stat(path: string): FileKind | undefined {
    const bytes = this.disk.get(path);
    if (bytes) return { kind: 'file', size: bytes.length };
    return this.isDirectory(path) ? { kind: 'directory' } : undefined;
  }

  async listArticleFiles(folder: string, limit: number): Promise<{ files: string[]; truncated: boolean }> {
    const below = [...this.disk.keys()].filter((p) => p.startsWith(folder.endsWith('/') ? folder : `${folder}/`) && hasArticleExtension(p)).sort();
    return { files: below.slice(0, limit), truncated: below.length > limit };
  }

  expandGlob(pattern: string): string[] {
    if (!picomatch.scan(pattern).isGlob) return [pattern];
    const matches = picomatch(pattern, { dot: false });
    return [...this.disk.keys()].filter((p) => matches(p)).sort();
  }

  private isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.disk.keys()].some((p) => p.startsWith(prefix));
  }
}

/** A client that records what the service told it. */
export class RecordingClient implements ServiceClient {
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly refreshes: RefreshKind[] = [];
  readonly messages: { severity: 'warning' | 'error'; message: string }[] = [];
  readonly progress: string[] = [];

  publishDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
    this.diagnostics.set(uri, diagnostics);
  }
  refresh(kind: RefreshKind): void {
    this.refreshes.push(kind);
  }
  async beginProgress(title: string): Promise<Progress> {
    this.progress.push(title);
    return { report: () => undefined, done: () => undefined };
  }
  showMessage(severity: 'warning' | 'error', message: string): void {
    this.messages.push({ severity, message });
  }
}

/** A service over an in-memory workspace with one folder (`/ws` unless told otherwise) or the folders given. */
export interface TestService {
  service: LanguageService;
  workspace: MemoryWorkspace;
  client: RecordingClient;
  log: string[];
  folder: string;
}

/** Builds and starts a service over `files` (absolute paths under the folder); resolves once the first index is done. */
export async function startService(
  files: Record<string, string>,
  options: { folder?: string; folders?: string[]; settings?: Partial<Record<string, unknown>>; byFolder?: Map<string, Settings>; locale?: string } = {},
): Promise<TestService> {
  const folder = options.folder ?? '/ws';
  const workspace = new MemoryWorkspace(files);
  const client = new RecordingClient();
  const log: string[] = [];
  const service = createLanguageService({
    workspace,
    client,
    logger: { log: (m) => void log.push(m), warn: (m) => void log.push(m) },
    folders: options.folders ?? [folder],
    locale: options.locale,
    settings: { window: options.settings ? toSettings(options.settings) : DEFAULT_SETTINGS, byFolder: options.byFolder },
  });
  await service.start();
  return { service, workspace, client, log, folder };
}

/**
 * A text with a cursor marker (written once; `‸` by default, since articles use `|` in their
 * source lines), as the text without it and the marker's offset: documents are built inline
 * and the position is where the test points.
 */
export function withCursor(marked: string, marker = '‸'): { text: string; offset: number } {
  const offset = marked.indexOf(marker);
  if (offset < 0 || marked.indexOf(marker, offset + 1) >= 0) throw new Error(`withCursor: write exactly one "${marker}"`);
  return { text: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}

/** The position of a cursor marker in an opened document. */
export function cursorAt(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/** `path` in POSIX form joined to a folder (the in-memory disk speaks POSIX paths). */
export function inFolder(folder: string, ...parts: string[]): string {
  return posix.join(folder, ...parts);
}
