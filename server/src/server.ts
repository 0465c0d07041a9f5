/**
 * The LSP adapter: builds the language service (service/languageService.ts) over a
 * workspace made of the connection's documents and Node's file system, and wires each
 * `connection.onX` to the service's provider, a line each. Everything the service
 * tells the editor goes out here as the protocol's notifications and requests.
 */
import { DidChangeConfigurationNotification, TextDocuments, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { capabilities } from './lsp/capabilities';
import { cancellable } from './lsp/cancellable';
import { nodeWorkspace } from './lsp/nodeWorkspace';
import { OutlineRegistration, outlineRegistersDynamically } from './lsp/outlineRegistration';
import {
  ADD_ENTRY_REQUEST,
  ARTICLE_SUMMARY_REQUEST,
  ENTITIES_REQUEST,
  ENTRY_SUGGESTION_REQUEST,
  EXPORT_REQUEST,
  INDEX_CHANGED_NOTIFICATION,
  PUBLICATION_DATE_EDIT_REQUEST,
} from './protocol';
import type { ServiceClient } from './service/client';
import { createLanguageService, type LanguageService } from './service/languageService';
import { toSettings, type Settings } from './settings';
import { toPath, toUri } from './uri';
import { RegistryParseThread } from './workers/registryParseThread';

/** Starts News Lens on an LSP connection (stdio, IPC or a socket: the caller decides). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = nodeWorkspace(connection, documents);
  let canPullConfiguration = false;
  let canReportProgress = false;
  let folders: string[] = [];
  let dynamicOutline = false;
  // The outline has no LSP refresh request: its provider is re-registered when it may be stale.
  const outline = new OutlineRegistration(connection, () => dynamicOutline);
  const registryParser = new RegistryParseThread();
  let service: LanguageService | undefined;
  let initialSettings: unknown = {};

  const client: ServiceClient = {
    publishDiagnostics: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined),
    refresh: (kind) => {
      if (kind === 'semanticTokens') void connection.languages.semanticTokens.refresh().catch(() => undefined);
      else if (kind === 'inlayHints') void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
      else if (kind === 'codeLenses') void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      else if (kind === 'entities') void connection.sendNotification(INDEX_CHANGED_NOTIFICATION).catch(() => undefined);
      else outline.refresh();
    },
    beginProgress: async (title) => {
      const reporter = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      reporter?.begin('News Lens', 0, title, false);
      return {
        report: (done, total) => reporter?.report(total === 0 ? 100 : Math.round((done / total) * 100), `${done} of ${total} articles`),
        done: () => reporter?.done(),
      };
    },
    showMessage: (severity, message) =>
      void (severity === 'error' ? connection.window.showErrorMessage(message) : connection.window.showWarningMessage(message)),
  };

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

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootUri) folders = [toPath(params.rootUri)].filter((p): p is string => p !== undefined);
    initialSettings = params.initializationOptions?.settings ?? {};
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    dynamicOutline = outlineRegistersDynamically(params.capabilities);
    service = createLanguageService({
      workspace,
      client,
      logger: { log: (message) => connection.console.log(message), warn: (message) => connection.console.warn(message) },
      folders,
      locale: params.locale,
      settings: { window: toSettings(initialSettings) },
      parseRegistryOffThread: registryParser.available() ? (path, text, maxBytes) => registryParser.parse(path, text, maxBytes) : undefined,
    });
    wire(service);
    return { capabilities: capabilities(dynamicOutline), serverInfo: { name: 'News Lens', version: '0.1.0' } };
  });

  connection.onInitialized(async () => {
    if (!service) return;
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
      // The folders' own values (scope: resource) before the first index, which reads them.
      const pulled = await pullSettings(initialSettings);
      service.updateSettings(pulled.window, pulled.byFolder);
    }
    outline.start();
    void service.start();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pulled = await pullSettings(change.settings?.newsLens);
    service?.updateSettings(pulled.window, pulled.byFolder);
  });

  connection.onShutdown(() => {
    outline.dispose();
    service?.dispose();
    registryParser.dispose();
  });

  /** Each request to its provider; a cancelled or refused one answers in the protocol's terms (lsp/cancellable.ts). */
  const wire = (s: LanguageService) => {
    connection.onHover(cancellable(s.hover));
    connection.onDocumentSymbol(cancellable(s.documentSymbols));
    connection.languages.semanticTokens.on(cancellable(s.semanticTokens));
    connection.languages.semanticTokens.onRange(cancellable(s.semanticTokensRange));
    connection.onDefinition(cancellable(s.definition));
    connection.onReferences(cancellable(s.references));
    connection.onDocumentHighlight(cancellable(s.documentHighlights));
    connection.onWorkspaceSymbol(cancellable(s.workspaceSymbols));
    connection.onCodeLens(cancellable(s.codeLenses));
    connection.languages.inlayHint.on(cancellable(s.inlayHints));
    connection.onCodeAction(cancellable(s.codeActions));
    connection.onPrepareRename(cancellable(s.prepareRename));
    connection.onRenameRequest(cancellable(s.rename));
    connection.onRequest(ARTICLE_SUMMARY_REQUEST, cancellable(s.articleSummary));
    connection.onRequest(ENTITIES_REQUEST, cancellable(s.entities));
    connection.onRequest(EXPORT_REQUEST, cancellable(s.exportAnnotations));
    connection.onRequest(PUBLICATION_DATE_EDIT_REQUEST, cancellable(s.publicationDateEdit));
    connection.onRequest(ADD_ENTRY_REQUEST, cancellable(s.addEntry));
    connection.onRequest(ENTRY_SUGGESTION_REQUEST, cancellable(s.entrySuggestion));
  };
  // Lets the client (and its tests) find the server process, e.g. to check crash recovery.
  connection.onRequest('newsLens/processId', () => process.pid);
  documents.listen(connection);
  connection.listen();
}
