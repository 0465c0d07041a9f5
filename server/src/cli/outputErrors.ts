/**
 * What the CLI does when its output cannot be written. `news-lens analyze … | head`
 * closes the pipe early: that is the reader saying it has enough, so the run ends
 * quietly with exit 0 (issue 15: it printed an EPIPE stack trace). Any other write
 * failure (`> /dev/full`: ENOSPC, a closed terminal) is a real error: one line on
 * stderr and exit 1, never a stack trace.
 */

/** The part of a stream this needs: its `error` event. */
export interface ErrorSource {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** Installs the handler on `stream` (stdout); `exit` and `stderr` are parameters for the tests. */
export function handleOutputErrors(stream: ErrorSource, exit: (code: number) => void, stderr: (line: string) => void): void {
  let handled = false;
  stream.on('error', (error) => {
    if (handled) return;
    handled = true;
    if (error.code === 'EPIPE') return exit(0);
    stderr(`news-lens: cannot write the output: ${outputProblem(error)}\n`);
    exit(1);
  });
}

/** A one-line description of a write error. */
export function outputProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') return 'no space left on the device (ENOSPC)';
  const first = String(error.message ?? error).split('\n')[0];
  return error.code && !first.includes(error.code) ? `${first} (${error.code})` : first;
}
