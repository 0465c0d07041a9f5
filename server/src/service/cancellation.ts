/**
 * Cancellation for the service's requests, without an LSP import: a handler takes a
 * token last and its loops over files and mentions pass through a {@link Checkpoints},
 * which gives the event loop a turn every few milliseconds (so the client's cancel
 * message can arrive at all) and stops the request with {@link CancelledError} once it
 * has. The LSP adapter turns that error into the protocol's RequestCancelled answer.
 */

/** What the service reads of a cancellation token; LSP's `CancellationToken` fits it. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled, for callers that cannot cancel (the CLI, tests). */
export const NEVER_CANCELLED: Cancellation = Object.freeze({ isCancellationRequested: false });

/** Thrown by a request whose token was cancelled: the request returns at once with no result. */
export class CancelledError extends Error {
  constructor() {
    super('The request was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Throws {@link CancelledError} when `token` is cancelled; for the start of short requests. */
export function throwIfCancelled(token: Cancellation): void {
  if (token.isCancellationRequested) throw new CancelledError();
}

/** How long a loop may run before it yields (ms): short enough that a cancel lands within a frame. */
const SLICE_MS = 5;
/** How many items pass between looks at the clock: the clock costs more than a counter. */
const ITEMS_PER_LOOK = 64;

/**
 * The yield-and-check points of one request's loops. Per item, `if (points.due()) await
 * points.pause()`: every {@link ITEMS_PER_LOOK} items `due` checks the token and reads the
 * clock, and past a slice of {@link SLICE_MS} it asks for a pause, which yields to the event
 * loop and then checks the token again. Synchronous between pauses, so a loop pays a counter
 * per item, not a promise.
 */
export class Checkpoints {
  private count = 0;
  private sliceStart = performance.now();

  constructor(private readonly token: Cancellation) {
    throwIfCancelled(token);
  }

  /** Counts one item; throws when cancelled; true when the slice is used up and the caller should pause. */
  due(): boolean {
    if (++this.count % ITEMS_PER_LOOK !== 0) return false;
    throwIfCancelled(this.token);
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  /** Yields to the event loop (so a cancel message can arrive), then checks the token. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
    throwIfCancelled(this.token);
  }
}
