/**
 * The language service: News Lens's editor features over an injected workspace, with
 * no LSP connection in sight (the shape of vscode-markdown-languageservice). It owns the
 * state that lives across requests (settings per folder, registries, the analysis cache,
 * the workspace index and its indexer) and routes every change through one path:
 *  - a document opened or edited reaches the index through its own event, never a request;
 *  - a registry edit (buffer or disk) reloads the registries, re-analyses what is open and
 *    re-indexes once the typing pauses;
 *  - a settings change redoes only its class (settings.ts `SETTING_EFFECTS`).
 * Each feature is a provider built by its own module in `features/`; the LSP adapter
 * (server.ts) wires them to `connection.onX`, and tests call them directly with an
 * in-memory workspace (test/support/memoryWorkspace.ts).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../analysisCache';
import { hasArticleExtension } from '../files/articleFiles';
import { FolderSettings } from '../folderSettings';
import { RegistryProblems } from '../registryFiles/registryDiagnostics';
import { RegistryStore, type RegistryStoreOptions } from '../registryStore';
import { DEFAULT_SETTINGS, type Settings, type SettingsEffect } from '../settings';
import { toPath, toUri } from '../uri';
import { Indexer } from '../workspace/indexer';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import * as articleSummary from '../features/articleSummary';
import * as codeActions from '../features/codeActions';
import * as codeLens from '../features/codeLens';
import * as diagnostics from '../features/diagnostics';
import * as documentSymbols from '../features/documentSymbols';
import * as entitiesView from '../features/entitiesView';
import * as exportAnnotations from '../features/exportAnnotations';
import * as hover from '../features/hover';
import * as inlayHints from '../features/inlayHints';
import * as navigation from '../features/navigation';
import * as registryRequests from '../features/registryRequests';
import * as rename from '../features/rename';
import * as semanticTokens from '../features/semanticTokens';
import * as workspaceSymbols from '../features/workspaceSymbols';
import type { Logger, ServiceClient } from './client';
import type { ServiceContext } from './context';
import type { Workspace } from './workspace';
import { displayLocale } from '../wording/dateWords';
import { startWarmUp } from './warmUp';

/** What the service is built from. */
export interface LanguageServiceOptions {
  /** The editor's documents and the disk. */
  workspace: Workspace;
  /** What the editor is told (diagnostics, refreshes, progress, messages). */
  client: ServiceClient;
  logger: Logger;
  /** The workspace folders, as absolute paths. */
  folders: readonly string[];
  /** The window's settings and each folder's, until {@link LanguageService.updateSettings}. */
  settings?: { window: Settings; byFolder?: ReadonlyMap<string, Settings> };
  /** The editor's display language (`InitializeParams.locale`), for dates written out in the reader's words; English when absent. */
  locale?: string;
  /** Parses large registries off the service's thread (the Node host's worker); without it they are parsed in place. */
  parseRegistryOffThread?: RegistryStoreOptions['parseOffThread'];
}

/** The providers, one per feature, and the service's life cycle. */
export type LanguageService = ReturnType<typeof createLanguageService>;

/** Builds the service: its state, its one path for every change, and a provider per feature. */
export function createLanguageService(options: LanguageServiceOptions) {
  const { workspace, client, logger } = options;
  const folders = [...options.folders];
  const settings = new FolderSettings();
  settings.replace(folders, options.settings?.window ?? DEFAULT_SETTINGS, options.settings?.byFolder);
  let started = false;
  let stopWarmUp: (() => void) | undefined;
  /** When the reader last asked about an article or edited one (the warm-up keeps out of their way). */
  let lastActivity = 0;
  // Late binding: registryChanged needs the pieces built below.
  let registryChangedInBackground = () => undefined as void;
  const registries = new RegistryStore([], [], {
    parseOffThread: options.parseRegistryOffThread,
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    changedInBackground: () => registryChangedInBackground(),
    files: workspace,
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
      client.refresh('entities');
      // An edited article can move mentions between entries (a front-matter `links:` choice): the registry's counts follow.
      if (refreshLenses) client.refresh('codeLenses');
      refreshLenses = false;
    }, 300);
  };
  const indexer = new Indexer({
    index,
    files: workspace,
    registrySources: (path) => registries.sourcesFor(path),
    settings: (path) => settings.for(path),
    isOpen: (uri) => workspace.document(uri) !== undefined,
    log: (message) => logger.log(message),
    warn: (message) => {
      logger.warn(message);
      client.showMessage('warning', message);
    },
    beginProgress: (title) => client.beginProgress(title),
    changed: () => {
      client.refresh('codeLenses');
      indexChanged();
    },
  });
  const analysisListeners: ((uri: string) => void)[] = [];
  const registryListeners: (() => void)[] = [];
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
      const document = workspace.document(uri);
      if (document) indexOpenDocument(document);
      for (const listener of analysisListeners) listener(uri);
      refreshViews();
      client.refresh('outline');
    },
  );
  /**
   * The one path by which an open document reaches the index: its own events (opened, edited,
   * its analysis redone), never a request. The record is built when the index is next read.
   */
  const indexOpenDocument = (document: TextDocument) => {
    if (isRegistry(document.uri)) return;
    indexer.documentChanged(document.uri, () => ({ text: document.getText(), analysis: cache.get(document) }));
    indexChanged(true);
  };
  /** Registry texts as documents, for positions (see ServiceContext.registryDocument). */
  const registryDocuments = new Map<string, TextDocument>();
  const ctx: ServiceContext = {
    workspace,
    client,
    logger,
    registries,
    cache,
    index,
    indexer,
    folders: () => folders,
    locale: displayLocale(options.locale),
    settings: (uri) => settings.for(uri === undefined ? undefined : toPath(uri)),
    article: (uri) => {
      lastActivity = Date.now();
      const document = workspace.document(uri);
      if (!document || isRegistry(uri)) return undefined;
      return { document, analysis: cache.get(document), registry: registries.registryFor(toPath(uri)) };
    },
    registryDocument: (uri, text) => {
      let document = registryDocuments.get(uri);
      if (!document || document.getText() !== text) registryDocuments.set(uri, (document = TextDocument.create(uri, 'yaml', 0, text)));
      return document;
    },
    isRegistry,
    onRegistryChanged: (listener) => registryListeners.push(listener),
    onAnalysisReady: (listener) => analysisListeners.push(listener),
  };

  /** Tokens and hints may read differently: the client asks for them again. */
  const refreshViews = () => {
    client.refresh('semanticTokens');
    client.refresh('inlayHints');
  };
  /** Every analysis of an open document may be stale: they are redone on demand, and their diagnostics follow. */
  const analysesStale = () => {
    cache.clear();
    for (const document of workspace.documents()) indexOpenDocument(document);
    for (const listener of registryListeners) listener();
    refreshViews();
    client.refresh('outline');
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
  configureRegistries();

  // The service's own listeners come first, so features see the index and registries already updated.
  // Fired on open too: every open document's text reaches the index through here.
  workspace.onDidChangeDocument((document) => {
    lastActivity = Date.now();
    if (!isRegistry(document.uri)) return indexOpenDocument(document);
    const path = toPath(document.uri)!;
    const text = document.getText();
    // Opening a registry whose buffer says what is already in force redoes nothing (no re-index of the workspace).
    if (registries.holds(path, text)) return;
    registries.update(path, text);
    registryChanged();
  });
  workspace.onDidCloseDocument((document) => {
    // The record waiting for the index is built from the buffer now, before its analysis is dropped.
    index.get(document.uri);
    cache.delete(document.uri);
    const path = toPath(document.uri);
    if (!path) return;
    if (isRegistry(document.uri)) {
      // Unsaved registry edits are discarded with the buffer: the disk is the truth again.
      registries.update(path);
      registryChanged();
    } else if (hasArticleExtension(path)) indexer.fileChanged(path);
  });
  workspace.onDidChangeFiles((changes) => {
    let registry = false;
    for (const change of changes) {
      if (registries.isRegistryPath(change.path) || /(?:^|[\\/])entities\.(?:ya?ml|json)$/.test(change.path)) {
        // An open registry's buffer is the truth; the disk catches up when it is saved.
        if (!workspace.document(toUri(change.path))) registries.update(change.path);
        registry = true;
      } else if (hasArticleExtension(change.path)) {
        if (change.kind === 'deleted') indexer.fileDeleted(change.path);
        else indexer.fileChanged(change.path);
      }
    }
    if (registry) registryChanged();
  });

  const published = diagnostics.create(ctx);
  const navigationProviders = navigation.create(ctx);
  const renameProviders = rename.create(ctx);
  const tokenProviders = semanticTokens.create(ctx);
  const edits = registryRequests.create(ctx);

  return {
    hover: hover.create(ctx),
    documentSymbols: documentSymbols.create(ctx),
    semanticTokens: tokenProviders.full,
    semanticTokensRange: tokenProviders.range,
    definition: navigationProviders.definition,
    references: navigationProviders.references,
    documentHighlights: navigationProviders.documentHighlights,
    workspaceSymbols: workspaceSymbols.create(ctx),
    codeLenses: codeLens.create(ctx),
    inlayHints: inlayHints.create(ctx),
    codeActions: codeActions.create(ctx),
    prepareRename: renameProviders.prepareRename,
    rename: renameProviders.rename,
    articleSummary: articleSummary.create(ctx),
    entities: entitiesView.create(ctx),
    exportAnnotations: exportAnnotations.create(ctx),
    publicationDateEdit: edits.publicationDateEdit,
    addEntry: edits.addEntry,
    entrySuggestion: edits.entrySuggestion,
    /** The diagnostics of an open article now (they are also published as it changes). */
    diagnostics: published.compute,

    /** Publishes the registries' problems and starts the first index of the folders; resolves when it is done. */
    start(): Promise<void> {
      started = true;
      registryProblems.publish(ctx);
      const indexed = indexer.rebuild(folders);
      // While the index is built in its worker, the server's own thread is idle: the reader's first keystrokes should not pay for V8's warm-up.
      const folder = folders[0];
      stopWarmUp = startWarmUp(
        () => registries.registryFor(folder),
        () => settings.for(folder),
        settings.for(folder).maxFileSize,
        () => Date.now() - lastActivity,
      );
      return indexed;
    },
    /**
     * New settings for the window and each folder; redoes only what the change needs and
     * returns its class. Before {@link start} nothing has been analysed, so only the registries follow.
     */
    updateSettings(window: Settings, byFolder: ReadonlyMap<string, Settings> = new Map()): SettingsEffect {
      const effect = settings.replace(folders, window, byFolder);
      if (!started) {
        if (effect === 'reload') configureRegistries();
      } else if (effect === 'refresh') refreshViews();
      else if (effect === 'reanalyse') analysesStale();
      else if (effect === 'reload') {
        registries.setExtra((folder) => settings.ofFolder(folder).registries, settings.ofFolder(undefined).maxRegistrySize);
        registryChanged();
      }
      return effect;
    },
    /** Resolves when the index scan under way (if any) has finished. */
    whenIndexed: (): Promise<void> => indexer.whenReady(),
    /** The settings in force for a document (its folder's), for the adapter and tests. */
    settingsFor: (uri?: string): Settings => ctx.settings(uri),
    /** Stops timers and the index worker. */
    dispose(): void {
      stopWarmUp?.();
      published.dispose();
      if (indexChangedTimer) clearTimeout(indexChangedTimer);
      if (registryTimer) clearTimeout(registryTimer);
      indexer.dispose();
    },
  };
}
