/**
 * What every feature handler may use: the connection, the open documents, the
 * registries, the analysis cache and the workspace index. Built once in server.ts
 * and passed to each feature's `register`, so features never reach for globals.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysisCache';
import type { ArticleAnalysis, Registry } from './analysis';
import type { RegistryStore } from './registryStore';
import type { Settings } from './settings';
import type { Indexer } from './workspace/indexer';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

/** An open article with its current analysis and the registry it was analysed with. */
export interface OpenArticle {
  document: TextDocument;
  analysis: ArticleAnalysis;
  registry: Registry;
}

/** The server's state, shared by the features. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  registries: RegistryStore;
  cache: AnalysisCache;
  index: WorkspaceIndex;
  indexer: Indexer;
  /** The settings in force for a document (its workspace folder's); the window's without a URI. */
  settings(uri?: string): Settings;
  /** The open article at `uri`, analysed; undefined for registry files and unknown URIs. */
  article(uri: string): OpenArticle | undefined;
  /** True when `uri` is one of the registry files in force. */
  isRegistry(uri: string): boolean;
  /** Calls `listener` after any registry changed (edited, saved, replaced, or settings changed). */
  onRegistryChanged(listener: () => void): void;
  /** Calls `listener` when a large document's analysis arrived from the worker (see analysisCache.ts). */
  onAnalysisReady(listener: (uri: string) => void): void;
}
