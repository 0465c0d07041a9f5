/**
 * What the language service knows of the world around it, as an interface (the shape
 * of vscode-markdown-languageservice's `IWorkspace`): the documents open in the editor
 * and their events, files on disk read safely and listed, and file events. The LSP
 * adapter implements it over Node's file system and `TextDocuments`
 * (lsp/nodeWorkspace.ts); tests implement it in memory (test/support/memoryWorkspace.ts),
 * so every feature can be tested with documents built inline.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SafeReadOptions, SafeReadResult } from '../files/safeRead';
import type { WalkResult } from '../files/walk';

/** A file created, changed or deleted outside the editor. */
export interface FileChange {
  path: string;
  kind: 'created' | 'changed' | 'deleted';
}

/** What sits at a path: a regular file (with its size), a directory, or something else (FIFO, device, socket). */
export type FileKind = { kind: 'file'; size: number } | { kind: 'directory' } | { kind: 'other' };

/** The service's view of the editor and the disk. */
export interface Workspace {
  /** The open document at `uri`: its buffer is the truth, not the disk. */
  document(uri: string): TextDocument | undefined;
  /** Every open document. */
  documents(): readonly TextDocument[];
  /** Calls `listener` when a document is opened. */
  onDidOpenDocument(listener: (document: TextDocument) => void): void;
  /** Calls `listener` when a document's text is set: on open and on every edit. */
  onDidChangeDocument(listener: (document: TextDocument) => void): void;
  /** Calls `listener` when a document is closed (its buffer is gone; the disk is the truth again). */
  onDidCloseDocument(listener: (document: TextDocument) => void): void;
  /** Calls `listener` with the files that changed outside the editor (the client's file watcher). */
  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): void;
  /** Reads a regular file of at most `options.maxBytes` (see files/safeRead.ts for why every read is capped). */
  readFile(path: string, options: SafeReadOptions): SafeReadResult;
  /** What is at `path` (symbolic links followed), or undefined when nothing is. Reads nothing. */
  stat(path: string): FileKind | undefined;
  /** The candidate article files below a folder, at most `limit`, loop-proof (see files/walk.ts). */
  listArticleFiles(folder: string, limit: number, cancelled: () => boolean): Promise<WalkResult>;
  /** The files an absolute registry pattern names: itself when it is no glob (see files/registryGlobs.ts). */
  expandGlob(pattern: string): string[];
}
