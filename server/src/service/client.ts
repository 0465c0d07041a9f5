/**
 * What the language service tells the editor, as an interface: diagnostics to show,
 * views to refresh, progress and messages. The LSP adapter sends each as the protocol's
 * notification or request (server.ts); an in-memory test records them.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';

/** A view whose content may have changed, which the editor should ask for again. */
export type RefreshKind = 'semanticTokens' | 'inlayHints' | 'codeLenses' | 'outline' | 'entities';

/** A progress report under way. */
export interface Progress {
  report(done: number, total: number): void;
  done(): void;
}

/** The editor, as the service sees it. */
export interface ServiceClient {
  /** Replaces the diagnostics shown for `uri` (an empty list clears them). */
  publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void;
  /** Asks the editor to fetch a view again. */
  refresh(kind: RefreshKind): void;
  /** Starts a progress report (indexing). */
  beginProgress(title: string): Promise<Progress>;
  /** Tells the reader something they should act on. */
  showMessage(severity: 'warning' | 'error', message: string): void;
}

/** Where the service writes what it did (the output channel), never shown unasked. */
export interface Logger {
  log(message: string): void;
  warn(message: string): void;
}
