/**
 * Bounded memory for `news-lens analyze --stdin`: a full garbage collection is queued
 * every COLLECT_EVERY lines a thread analyses.
 *
 * Why: a stream analyses one article after another with no pause, and V8 starts a full
 * collection only when its old generation reaches a limit it set far above the live
 * heap at start-up. Over a 20,000-line stream of real news it ran none after start-up,
 * so what each article leaves in the old generation (a little of every article survives
 * two young collections) piled up as garbage and the resident memory rose with the
 * stream: 1.17x from line 2,000 to 20,000 (133 -> 156 MiB), where the live heap grew by
 * a few megabytes (new words in the tagger's bounded cache). The collection is queued
 * (`execution: 'async'`): V8 runs it, whole, from a task between two lines, with its
 * parallel markers on the other cores, instead of inside the line's analysis.
 *
 * Measured on that stream (2 cores): every 1,000, 2,000 or 4,000 lines all end near
 * 142 MiB (1.06-1.08x); each collection costs about a quarter of a CPU second, so the
 * rarest of the three was taken (+8 % CPU, +3 % wall time). Lowering V8's heap growing
 * factor instead (`--heap-growing-percent` 10-20) ended at 145 MiB (1.10x).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Lines a thread analyses between two full collections it queues. */
export const COLLECT_EVERY = 4_000;

/** Queues a full collection; V8's `gc` with options, as `--expose-gc` gives it (it returns a promise, settled once the collection has run). */
export type Collect = (options: { type: 'major'; execution: 'async' }) => unknown;

/**
 * A function to call after each line a thread has analysed: every `every` calls it
 * queues a full collection through `collect` (V8's own by default; null
 * where V8 does not give it, and then nothing is started).
 */
export function streamCollector(every = COLLECT_EVERY, collect: Collect | null = v8Collect()): () => void {
  let lines = 0;
  return () => {
    if (++lines % every === 0) void collect?.({ type: 'major', execution: 'async' });
  };
}

/** V8's `gc` function (null where it cannot be had): `--expose-gc` set now installs it in contexts made after, as the one made here. */
export function v8Collect(): Collect | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  }
}
