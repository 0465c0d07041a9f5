/**
 * The LSP side of cancellation and refusal: wraps a request handler so a {@link CancelledError}
 * from the service becomes the protocol's RequestCancelled error (the answer LSP expects for a
 * cancelled request) instead of an internal error logged as a failure, and a {@link RequestRefused}
 * becomes InvalidParams or InvalidRequest with the service's message.
 */
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { CancelledError, NEVER_CANCELLED } from '../service/cancellation';
import { RequestRefused } from '../service/errors';

/** `handler` with its {@link CancelledError} answered as RequestCancelled. */
export function cancellable<P, R>(handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    // A request sent without params (a string method) reaches its handler with the token first.
    if (token === undefined && CancellationToken.is(params)) [params, token] = [undefined as P, params];
    try {
      return await handler(params, token ?? (NEVER_CANCELLED as CancellationToken));
    } catch (error) {
      if (error instanceof CancelledError) throw new ResponseError(LSPErrorCodes.RequestCancelled, error.message);
      if (error instanceof RequestRefused)
        throw new ResponseError(error.kind === 'invalid-params' ? ErrorCodes.InvalidParams : ErrorCodes.InvalidRequest, error.message);
      throw error;
    }
  };
}
