/**
 * LSP positions and ranges computed from the text a test wrote, so expectations
 * follow the fixture instead of being typed in by hand; and a deadline-bounded
 * poll for conditions that become true in the background (indexing, file events).
 */
import type { Position, Range } from 'vscode-languageserver-protocol';

/** The position of a UTF-16 offset in `text` (lines split at \n, \r\n or \r). */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
  const last = breaks[breaks.length - 1];
  return { line: breaks.length, character: last ? offset - (last.index! + last[0].length) : offset };
}

/** The range of the `nth` (0-based) occurrence of `needle`; throws when there is none, naming it. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`the fixture has no occurrence #${nth} of "${needle}"`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** A position inside the `nth` occurrence of `needle` (a few characters in, as a user's cursor would be). */
export function inside(text: string, needle: string, nth = 0): Position {
  const { start } = rangeOf(text, needle, nth);
  return { line: start.line, character: start.character + Math.min(2, needle.length - 1) };
}

/** The ranges of every match of a global regular expression. */
export function rangesOfPattern(text: string, pattern: RegExp): Range[] {
  if (!pattern.global) throw new Error('rangesOfPattern needs a /g pattern');
  return [...text.matchAll(pattern)].map((m) => ({ start: positionAt(text, m.index!), end: positionAt(text, m.index! + m[0].length) }));
}

/** The line (0-based) holding the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  return rangeOf(text, needle).start.line;
}

/** A compact, order-free key of a location, for comparing result sets in assertions. */
export function locationKey(location: { uri: string; range: Range }): string {
  const { start, end } = location.range;
  return `${location.uri}:${start.line}:${start.character}-${end.line}:${end.character}`;
}

/**
 * Asks `probe` again until it returns a value `done` accepts, or throws at the
 * deadline with the last value seen. Returns as soon as the condition holds (no
 * fixed sleep); a short pause between attempts keeps the server from being flooded.
 */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await probe();
    if (done(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last answer: ${JSON.stringify(last).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
