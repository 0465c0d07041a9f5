/**
 * A request the service refuses, with a message for the reader, without an LSP import.
 * The LSP adapter (lsp/cancellable.ts) answers it with the protocol's error codes, so a
 * provider says *why* ("Open the article first.") and the adapter says it in LSP terms.
 */

/** Why a request was refused: its parameters are wrong, or it cannot be done here. */
export type RefusalKind = 'invalid-params' | 'invalid-request';

/** Thrown by a provider that refuses a request; the message is shown to the reader. */
export class RequestRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}
