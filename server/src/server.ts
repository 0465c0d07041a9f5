/**
 * The language server's wiring: documents, settings, registries and the analysis
 * cache, and one short handler per feature. Each handler finds the document, asks
 * the cache for its analysis, and hands both to the feature's file.
 */
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './legend';
import { ARTICLE_SUMMARY_REQUEST, type ArticleSummary, type ArticleSummaryParams } from './protocol';
import { RegistryStore } from './registryStore';
import { DEFAULT_SETTINGS, toSettings, type Settings } from './settings';
import { articleSummary } from './features/articleSummary';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { semanticTokens } from './features/semanticTokens';

/** Starts News Lens on an LSP connection (stdio, IPC or a socket: the caller decides). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  const registries = new RegistryStore([]);
  const cache = new AnalysisCache(
    (uri) => registries.registryFor(toPath(uri)),
    () => settings.maxFileSize,
  );
  const withDocument = <T>(uri: string, fallback: T, fn: (document: TextDocument) => T): T => {
    const document = documents.get(uri);
    return document ? fn(document) : fallback;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootUri) folders.push(toPath(params.rootUri) ?? '');
    settings = toSettings(params.initializationOptions?.settings ?? {});
    registries.configure(folders.filter(Boolean), settings.registries);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Full,
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Lens' },
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: true },
      },
      serverInfo: { name: 'News Lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
    }
  });

  const refresh = () => {
    cache.clear();
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
  };

  connection.onDidChangeConfiguration(async (change) => {
    const raw = canPullConfiguration ? await connection.workspace.getConfiguration('newsLens').catch(() => undefined) : change.settings?.newsLens;
    settings = toSettings(raw ?? change.settings?.newsLens ?? {});
    registries.setExtra(settings.registries);
    refresh();
  });

  connection.onDidChangeWatchedFiles((change) => {
    let changed = false;
    for (const event of change.changes) {
      const path = toPath(event.uri);
      if (path && (registries.isRegistryPath(path) || /entities\.(ya?ml|json)$/.test(path))) {
        registries.update(path);
        changed = true;
      }
    }
    if (changed) refresh();
  });

  documents.onDidClose((event) => cache.delete(event.document.uri));

  connection.onHover((params) => withDocument(params.textDocument.uri, null, (document) =>
    hover(document, cache.get(document), registries.registryFor(toPath(document.uri)), document.offsetAt(params.position))));

  connection.onDocumentSymbol((params) => withDocument(params.textDocument.uri, [], (document) => documentSymbols(document, cache.get(document))));

  connection.languages.semanticTokens.on((params) => withDocument(params.textDocument.uri, { data: [] }, (document) => semanticTokens(document, cache.get(document))));

  connection.languages.semanticTokens.onRange((params) =>
    withDocument(params.textDocument.uri, { data: [] }, (document) => semanticTokens(document, cache.get(document), params.range)));

  connection.onRequest(ARTICLE_SUMMARY_REQUEST, (params: ArticleSummaryParams): ArticleSummary | null =>
    withDocument(params.uri, null, (document) => articleSummary(cache.get(document))));

  documents.listen(connection);
  connection.listen();
}

/** File-system path of a `file:` URI; undefined for other schemes (untitled buffers). */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
