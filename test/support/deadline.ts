/**
 * Deadlines for tests against a server that may hang: a hung server must fail the
 * test by a deadline, never hang the suite. `within` bounds one promise; `stopWithin`
 * ends a server cleanly if it answers shutdown in time and kills it otherwise.
 */
import type { TestServer } from './lspClient';

/** Resolves like `promise`, or rejects naming `what` once `ms` have passed. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what} (the server hangs)`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Stops the server (shutdown + exit) within `ms`, else kills it; resolves with the exit code, or 'killed'. */
export async function stopWithin(server: TestServer, ms: number): Promise<number | null | 'killed'> {
  if (server.process.exitCode !== null) return server.process.exitCode;
  try {
    return await within(server.stop(), ms, 'shutdown');
  } catch {
    server.process.kill('SIGKILL');
    return 'killed';
  }
}

/** Calls `probe` (each call under the deadline too) until `done` holds; rejects naming `what` after `ms`. */
export async function pollWithin<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const last = await within(probe(), Math.max(1, deadline - Date.now()), what);
    if (done(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; last answer: ${JSON.stringify(last).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
