/**
 * Makes the client ask for an article's outline again when the answer changed without
 * the article changing: after a registry edit (an "Add to registry" quick fix, a saved
 * or hand-edited entities.yaml, new settings) and when a large article's analysis
 * arrives from the worker (issue 16, "Stale views").
 *
 * LSP has refresh requests for semantic tokens, inlay hints, code lenses and pulled
 * diagnostics, but none for document symbols, and VS Code caches an outline per
 * document version and per list of symbol providers: with the article's text unchanged
 * it kept showing "unregistered" and kept names apart that the registry now joins. The
 * one LSP-standard signal that makes a client drop those answers is a new registration
 * of the provider. So when the client supports dynamic registration of
 * `textDocument/documentSymbol` (VS Code does), the provider is registered dynamically
 * (`documentSelector: null`: the client's own selector) instead of announced in the
 * initialize result, and re-registered after such a change: the new registration first,
 * then the old one is withdrawn, so the document is never without a provider. A burst of
 * changes (typing in the registry) causes one re-registration. Clients without dynamic
 * registration get the static capability, as before.
 */
import { DocumentSymbolRequest, type ClientCapabilities, type Connection, type Disposable } from 'vscode-languageserver';

/** Changes that come closer together than this cause one re-registration. */
export const OUTLINE_REFRESH_DELAY_MS = 300;

/** True when the client takes the outline provider by dynamic registration (it is then left out of the static capabilities). */
export function outlineRegistersDynamically(capabilities: ClientCapabilities | undefined): boolean {
  return capabilities?.textDocument?.documentSymbol?.dynamicRegistration === true;
}

/** The outline provider's registration with the client, renewed whenever the outline may be stale. */
export class OutlineRegistration {
  private current: Promise<Disposable | undefined> = Promise.resolve(undefined);
  private timer: NodeJS.Timeout | undefined;
  private started = false;

  constructor(
    private readonly connection: Connection,
    private readonly dynamic: () => boolean,
  ) {}

  /** Registers the provider (once the client is initialized); nothing to do for a static capability. */
  start(): void {
    if (!this.dynamic() || this.started) return;
    this.started = true;
    this.current = this.register();
  }

  /** The outline may have changed for every open article: re-register after the burst of changes ends. */
  refresh(): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const previous = this.current;
      // Chained, so overlapping refreshes never leave two registrations behind.
      this.current = previous.then(async (old) => {
        const next = await this.register();
        // Withdraw the old one only once the new one stands; if registering failed, keep the old.
        if (next) old?.dispose();
        return next ?? old;
      });
    }, OUTLINE_REFRESH_DELAY_MS);
  }

  /** Stops pending refreshes (server shutdown). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private register(): Promise<Disposable | undefined> {
    return this.connection.client.register(DocumentSymbolRequest.type, { documentSelector: null, label: 'News Lens' }).catch((error: unknown) => {
      this.connection.console.log(`Could not register the outline provider: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  }
}
