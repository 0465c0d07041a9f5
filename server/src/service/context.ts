/**
 * What every feature provider may use: the workspace (open documents, files), the
 * client (what the editor is told), the registries, the analysis cache and the
 * workspace index. Built once by `createLanguageService` (service/languageService.ts)
 * and passed to each feature's `create`, so features never reach for globals or for
 * the LSP connection.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysisCache';
import type { ArticleAnalysis, Registry } from '../analysis';
import type { RegistryStore } from '../registryStore';
import type { Settings } from '../settings';
import type { Indexer } from '../workspace/indexer';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Logger, ServiceClient } from './client';
import type { Workspace } from './workspace';

/** An open article with its current analysis and the registry it was analysed with. */
export interface OpenArticle {
  document: TextDocument;
  analysis: ArticleAnalysis;
  registry: Registry;
}

/** The service's state, shared by the features. */
export interface ServiceContext {
  workspace: Workspace;
  client: ServiceClient;
  logger: Logger;
  registries: RegistryStore;
  cache: AnalysisCache;
  index: WorkspaceIndex;
  indexer: Indexer;
  /** The workspace folders (absolute paths) the service was started with. */
  folders(): readonly string[];
  /** The editor's display language (`InitializeParams.locale`), in which dates are written out; 'en' when none was sent. */
  locale: string;
  /** The settings in force for a document (its workspace folder's); the window's without a URI. */
  settings(uri?: string): Settings;
  /** The open article at `uri`, analysed; undefined for registry files and unknown URIs. */
  article(uri: string): OpenArticle | undefined;
  /**
   * A registry file's text as a TextDocument for offset-to-position conversion, kept per URI
   * while its text is unchanged: its line offsets are computed once, not once per entry (a
   * 50,000-entity file is 4 MB).
   */
  registryDocument(uri: string, text: string): TextDocument;
  /** True when `uri` is one of the registry files in force. */
  isRegistry(uri: string): boolean;
  /** Calls `listener` after any registry changed (edited, saved, replaced, or settings changed). */
  onRegistryChanged(listener: () => void): void;
  /** Calls `listener` when a large document's analysis arrived from the worker (see analysisCache.ts). */
  onAnalysisReady(listener: (uri: string) => void): void;
}
