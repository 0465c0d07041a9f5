/**
 * What the server announces in its initialize result: one capability per provider of
 * the language service (service/languageService.ts), wired in server.ts.
 */
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../legend';

/**
 * What the server announces in its initialize result. With `dynamicOutline` the outline
 * provider is left out: it is registered dynamically, so it can be renewed (lsp/outlineRegistration.ts).
 */
export function capabilities(dynamicOutline = false): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    ...(dynamicOutline ? {} : { documentSymbolProvider: { label: 'News Lens' } }),
    semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: true },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    renameProvider: { prepareProvider: true },
  };
}
