/**
 * The language server's wiring: documents, settings, registries, the analysis cache
 * and the workspace index, built once and handed to each feature's `register`.
 */
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import type { ServerContext } from './context';
import { registerFeatures, capabilities } from './features';
import { publishRegistryProblems } from './features/registryDiagnostics';
import { RegistryStore } from './registryStore';
import { INDEX_CHANGED_NOTIFICATION } from './protocol';
import { DEFAULT_SETTINGS, toSettings, type Settings } from './settings';
import { toPath } from './uri';
import { Indexer } from './workspace/indexer';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { RegistryParseThread } from './workers/registryParseThread';
import { setDisplayLocale } from './features/dateWords';
import { hasArticleExtension } from './files/articleFiles';
import { OutlineRegistration, outlineRegistersDynamically } from './features/outlineRefresh';


/** Starts News Lens on an LSP connection (stdio, IPC or a socket: the caller decides). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let canReportProgress = false;
  let folders: string[] = [];
  let dynamicOutline = false;
  // The outline has no LSP refresh request: its provider is re-registered when the registry changes.
  const outline = new OutlineRegistration(connection, () => dynamicOutline);
  const registryParser = new RegistryParseThread();
  // Late binding: registryChanged needs the context built below.
  let registryChangedInBackground = () => undefined as void;
  const registries = new RegistryStore([], [], {
    parseOffThread: registryParser.available() ? (path, text, maxBytes) => registryParser.parse(path, text, maxBytes) : undefined,
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    changedInBackground: () => registryChangedInBackground(),
  });
  const index = new WorkspaceIndex();
  const isRegistry = (uri: string) => {
    const path = toPath(uri);
    return path !== undefined && registries.isRegistryPath(path);
  };
  // Views (the Entities view) refresh on this; a burst of changes sends one notification.
  let indexChangedTimer: NodeJS.Timeout | undefined;
  let refreshLenses = false;
  const indexChanged = (lenses = false) => {
    if (indexChangedTimer) clearTimeout(indexChangedTimer);
    refreshLenses ||= lenses;
    indexChangedTimer = setTimeout(() => {
      void connection.sendNotification(INDEX_CHANGED_NOTIFICATION).catch(() => undefined);
      // An edited article can move mentions between entries (a front-matter `links:` choice): the registry's counts follow.
      if (refreshLenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      refreshLenses = false;
    }, 300);
  };
  const indexer = new Indexer({
    index,
    registrySources: (path) => registries.sourcesFor(path),
    settings: () => settings,
    isOpen: (uri) => documents.get(uri) !== undefined,
    log: (message) => connection.console.log(message),
    warn: (message) => {
      connection.console.warn(message);
      connection.window.showWarningMessage(message);
    },
    beginProgress: async (title) => {
      if (!canReportProgress) return { report: () => undefined, done: () => undefined };
      const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
      reporter?.begin('News Lens', 0, title, false);
      return {
        report: (done, total) => reporter?.report(total === 0 ? 100 : Math.round((done / total) * 100), `${done} of ${total} articles`),
        done: () => reporter?.done(),
      };
    },
    changed: () => {
      void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      indexChanged();
    },
  });
  const cache = new AnalysisCache(
    (uri) => registries.registryFor(toPath(uri)),
    () => settings.maxFileSize,
    (uri, text, analysis) => {
      indexer.documentAnalysed(uri, text, analysis);
      indexChanged(true);
    },
    // Large documents are analysed in the index worker, with the registry the cache asked for.
    async (uri, text, registry, maxLength) => {
      const sources = registries.sourcesFor(toPath(uri));
      return sources.serial === registry.serial ? indexer.analyzeOffThread(text, sources, maxLength) : undefined;
    },
    (uri) => {
      for (const listener of analysisListeners) listener(uri);
      void connection.languages.semanticTokens.refresh().catch(() => undefined);
      void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
      outline.refresh();
    },
  );
  const analysisListeners: ((uri: string) => void)[] = [];
  const registryListeners: (() => void)[] = [];
  const ctx: ServerContext = {
    connection,
    documents,
    registries,
    cache,
    index,
    indexer,
    settings: () => settings,
    article: (uri) => {
      const document = documents.get(uri);
      if (!document || isRegistry(uri)) return undefined;
      return { document, analysis: cache.get(document), registry: registries.registryFor(toPath(uri)) };
    },
    isRegistry,
    onRegistryChanged: (listener) => registryListeners.push(listener),
    onAnalysisReady: (listener) => analysisListeners.push(listener),
  };

  /** The registry changed: every analysis and every indexed id may be stale. */
  let registryTimer: NodeJS.Timeout | undefined;
  const registryChanged = () => {
    cache.clear();
    publishRegistryProblems(ctx);
    for (const listener of registryListeners) listener();
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
    outline.refresh();
    // Typing in the registry fires many changes; re-index once the typing pauses.
    if (registryTimer) clearTimeout(registryTimer);
    registryTimer = setTimeout(() => void indexer.rebuild(), 400);
  };
  registryChangedInBackground = registryChanged;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootUri) folders = [toPath(params.rootUri)].filter((p): p is string => p !== undefined);
    settings = toSettings(params.initializationOptions?.settings ?? {});
    setDisplayLocale(params.locale);
    registries.configure(folders, settings.registries, settings.maxRegistrySize);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    dynamicOutline = outlineRegistersDynamically(params.capabilities);
    return { capabilities: capabilities(dynamicOutline), serverInfo: { name: 'News Lens', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
    }
    outline.start();
    publishRegistryProblems(ctx);
    void indexer.rebuild(folders);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pulled = canPullConfiguration ? await connection.workspace.getConfiguration('newsLens').catch(() => undefined) : undefined;
    settings = toSettings(pulled ?? change.settings?.newsLens ?? {});
    registries.setExtra(settings.registries, settings.maxRegistrySize);
    registryChanged();
  });

  connection.onDidChangeWatchedFiles((change) => {
    let registry = false;
    for (const event of change.changes) {
      const path = toPath(event.uri);
      if (!path) continue;
      if (isRegistry(event.uri) || /(?:^|[\\/])entities\.(?:ya?ml|json)$/.test(path)) {
        // An open registry's buffer is the truth; the disk catches up when it is saved.
        if (!documents.get(event.uri)) registries.update(path);
        registry = true;
      } else if (hasArticleExtension(path)) {
        if (event.type === FileChangeType.Deleted) indexer.fileDeleted(path);
        else indexer.fileChanged(path);
      }
    }
    if (registry) registryChanged();
  });

  documents.onDidChangeContent((event) => {
    if (!isRegistry(event.document.uri)) return;
    registries.update(toPath(event.document.uri)!, event.document.getText());
    registryChanged();
  });

  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    const path = toPath(event.document.uri);
    if (!path) return;
    if (isRegistry(event.document.uri)) {
      // Unsaved registry edits are discarded with the buffer: the disk is the truth again.
      registries.update(path);
      registryChanged();
    } else if (hasArticleExtension(path)) indexer.fileChanged(path);
  });

  connection.onShutdown(() => {
    outline.dispose();
    indexer.dispose();
    registryParser.dispose();
  });
  registerFeatures(ctx);
  documents.listen(connection);
  connection.listen();
}
