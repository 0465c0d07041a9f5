/**
 * The service's {@link Workspace} in the language server: open documents from LSP's
 * `TextDocuments`, file events from `workspace/didChangeWatchedFiles`, and the disk
 * through Node's file system (files/nodeFiles.ts).
 */
import { FileChangeType, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFiles } from '../files/nodeFiles';
import type { FileChange, Workspace } from '../service/workspace';
import { toPath } from '../uri';

/** Builds the workspace over a connection's documents and file events. */
export function nodeWorkspace(connection: Connection, documents: TextDocuments<TextDocument>): Workspace {
  return {
    ...nodeFiles,
    document: (uri) => documents.get(uri),
    documents: () => documents.all(),
    onDidOpenDocument: (listener) => void documents.onDidOpen((event) => listener(event.document)),
    onDidChangeDocument: (listener) => void documents.onDidChangeContent((event) => listener(event.document)),
    onDidCloseDocument: (listener) => void documents.onDidClose((event) => listener(event.document)),
    onDidChangeFiles: (listener) =>
      void connection.onDidChangeWatchedFiles((params) => {
        const changes: FileChange[] = [];
        for (const event of params.changes) {
          const path = toPath(event.uri);
          if (!path) continue;
          const kind = event.type === FileChangeType.Deleted ? 'deleted' : event.type === FileChangeType.Created ? 'created' : 'changed';
          changes.push({ path, kind });
        }
        listener(changes);
      }),
  };
}
