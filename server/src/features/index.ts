/**
 * Every LSP feature of the server, registered in one place, and the capabilities
 * that announce them. Adding a feature: write `features/x.ts` with a `register(ctx)`,
 * add it below, and add its capability.
 */
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../legend';
import * as articleSummary from './articleSummary';
import * as codeActions from './codeActions';
import * as codeLens from './codeLens';
import * as diagnostics from './diagnostics';
import * as documentSymbols from './documentSymbols';
import * as entitiesView from './entitiesView';
import * as exportAnnotations from './exportAnnotations';
import * as hover from './hover';
import * as inlayHints from './inlayHints';
import * as navigation from './navigation';
import * as registryRequests from './registryRequests';
import * as rename from './rename';
import * as semanticTokens from './semanticTokens';
import * as workspaceSymbols from './workspaceSymbols';

const FEATURES: { register(ctx: ServerContext): void }[] = [
  articleSummary,
  codeActions,
  codeLens,
  diagnostics,
  documentSymbols,
  entitiesView,
  exportAnnotations,
  hover,
  inlayHints,
  navigation,
  registryRequests,
  rename,
  semanticTokens,
  workspaceSymbols,
];

/** Registers every feature's handlers on the connection. */
export function registerFeatures(ctx: ServerContext): void {
  for (const feature of FEATURES) feature.register(ctx);
}

/**
 * What the server announces in its initialize result. With `dynamicOutline` the outline
 * provider is left out: it is registered dynamically, so it can be renewed (outlineRefresh.ts).
 */
export function capabilities(dynamicOutline = false): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Full,
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
