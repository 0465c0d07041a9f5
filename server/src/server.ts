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
import { RegistryProblems } from './registryFiles/registryDiagnostics';
import { RegistryStore } from './registryStore';
import { INDEX_CHANGED_NOTIFICATION } from './protocol';
import { toSettings, type Settings, type SettingsEffect } from './settings';
import { FolderSettings } from './folderSettings';
import { toPath, toUri } from './uri';
import { Indexer } from './workspace/indexer';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { RegistryParseThread } from './workers/registryParseThread';
import { setDisplayLocale } from './wording/dateWords';
import { hasArticleExtension } from './files/articleFiles';
import { OutlineRegistration, outlineRegistersDynamically } from './features/outlineRefresh';

/** Starts News Lens on an LSP connection (stdio, IPC or a socket: the caller decides). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new FolderSettings();
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
  const registryProblems = new RegistryProblems();
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
    settings: (path) => settings.for(path),
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
    (uri) => settings.for(toPath(uri)).maxFileSize,
    undefined,
    // Large documents are analysed in the index worker, with the registry the cache asked for.
    async (uri, text, registry, maxLength) => {
      const path = toPath(uri);
      return registries.registryFor(path) === registry ? indexer.analyzeOffThread(text, registries.sourcesFor(path), maxLength) : undefined;
    },
    (uri) => {
      const document = documents.get(uri);
      if (document) indexOpenDocument(document);
      for (const listener of analysisListeners) listener(uri);
      void connection.languages.semanticTokens.refresh().catch(() => undefined);
      void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
      outline.refresh();
    },
  );
  /**
   * The one path by which an open document reaches the index: its own events (opened, edited,
   * its analysis redone), never a request. The record is built when the index is next read.
   */
  const indexOpenDocument = (document: TextDocument) => {
    if (isRegistry(document.uri)) return;
    indexer.documentChanged(document.uri, () => ({ text: document.getText(), analysis: cache.get(document) }));
    // An edited article can move mentions between entries (a front-matter `links:` choice): the registry's counts follow.
    indexChanged(true);
  };
  const analysisListeners: ((uri: string) => void)[] = [];
  const registryListeners: (() => void)[] = [];
  const ctx: ServerContext = {
    connection,
    documents,
    registries,
    cache,
    index,
    indexer,
    settings: (uri) => settings.for(uri === undefined ? undefined : toPath(uri)),
    article: (uri) => {
      const document = documents.get(uri);
      if (!document || isRegistry(uri)) return undefined;
      return { document, analysis: cache.get(document), registry: registries.registryFor(toPath(uri)) };
    },
    isRegistry,
    onRegistryChanged: (listener) => registryListeners.push(listener),
    onAnalysisReady: (listener) => analysisListeners.push(listener),
  };

  /** Tokens and hints may read differently: the client asks for them again. */
  const refreshViews = () => {
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
  };
  /** Every analysis of an open document may be stale: they are redone on demand, and their diagnostics follow. */
  const analysesStale = () => {
    cache.clear();
    for (const document of documents.all()) indexOpenDocument(document);
    for (const listener of registryListeners) listener();
    refreshViews();
    outline.refresh();
  };
  /** The registry changed: every analysis and every indexed id may be stale. */
  let registryTimer: NodeJS.Timeout | undefined;
  const registryChanged = () => {
    registryProblems.publish(ctx);
    analysesStale();
    // Typing in the registry fires many changes; re-index once the typing pauses.
    if (registryTimer) clearTimeout(registryTimer);
    registryTimer = setTimeout(() => void indexer.rebuild(), 400);
  };
  registryChangedInBackground = registryChanged;

  /** Each folder's extra registries and the window's size cap, from the settings in force. */
  const configureRegistries = () =>
    registries.configure(folders, (folder) => settings.ofFolder(folder).registries, settings.ofFolder(undefined).maxRegistrySize);
  /**
   * The window's settings and each folder's, pulled with `workspace/configuration` scoped to each
   * folder's URI; `fallback` (the initialization options, or a pushed value) when the client cannot answer.
   */
  const pullSettings = async (fallback: unknown): Promise<{ window: Settings; byFolder: Map<string, Settings> }> => {
    const items = [{ section: 'newsLens' }, ...folders.map((folder) => ({ scopeUri: toUri(folder), section: 'newsLens' }))];
    const pulled: unknown[] | undefined = canPullConfiguration ? await connection.workspace.getConfiguration(items).catch(() => undefined) : undefined;
    const window = toSettings(pulled?.[0] ?? fallback ?? {});
    const byFolder = new Map<string, Settings>();
    if (Array.isArray(pulled)) folders.forEach((folder, i) => pulled[i + 1] && byFolder.set(folder, toSettings(pulled[i + 1])));
    return { window, byFolder };
  };
  /** Redoes what a settings change needs, and nothing more (settings.ts SETTING_EFFECTS). */
  const settingsChanged = (effect: SettingsEffect) => {
    if (effect === 'refresh') refreshViews();
    else if (effect === 'reanalyse') analysesStale();
    else if (effect === 'reload') {
      registries.setExtra((folder) => settings.ofFolder(folder).registries, settings.ofFolder(undefined).maxRegistrySize);
      registryChanged();
    }
  };
  let initialSettings: unknown = {};

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootUri) folders = [toPath(params.rootUri)].filter((p): p is string => p !== undefined);
    initialSettings = params.initializationOptions?.settings ?? {};
    settings.replace(folders, toSettings(initialSettings));
    setDisplayLocale(params.locale);
    configureRegistries();
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    dynamicOutline = outlineRegistersDynamically(params.capabilities);
    return { capabilities: capabilities(dynamicOutline), serverInfo: { name: 'News Lens', version: '0.1.0' } };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
      // The folders' own values (scope: resource) before the first index, which reads them.
      const pulled = await pullSettings(initialSettings);
      if (settings.replace(folders, pulled.window, pulled.byFolder) === 'reload') configureRegistries();
    }
    outline.start();
    registryProblems.publish(ctx);
    void indexer.rebuild(folders);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pulled = await pullSettings(change.settings?.newsLens);
    settingsChanged(settings.replace(folders, pulled.window, pulled.byFolder));
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

  // Fired on open too: every open document's text reaches the index through here.
  documents.onDidChangeContent((event) => {
    if (!isRegistry(event.document.uri)) return indexOpenDocument(event.document);
    registries.update(toPath(event.document.uri)!, event.document.getText());
    registryChanged();
  });

  documents.onDidClose((event) => {
    // The record waiting for the index is built from the buffer now, before its analysis is dropped.
    index.get(event.document.uri);
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
