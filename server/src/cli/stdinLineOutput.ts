/**
 * What one `--stdin` line prints, whatever state it arrived in (stdinLines.ts): a
 * record to analyse, a line too long to read, or a line that is not valid UTF-8.
 * The one-thread loop and the worker threads both call this, so a bad line reads
 * the same with any `--jobs`.
 */
import type { Registry } from '../analysis';
import { recordError, recordIdOf, recordOutput, tooLongLine, type ArticleOutput, type OutputOptions, type RecordId } from './articleOutput';
import type { StdinLine } from './stdinLines';

/** The output of one line of the stream, in its place. Never throws. */
export function stdinLineOutput(line: StdinLine, registry: Registry, options: OutputOptions): ArticleOutput {
  if (line.kind === 'text') return recordOutput(line.text, line.number, registry, options);
  if (line.kind === 'too-long') return tooLongLine(line.number, options.maxFileSize);
  const byte = line.byte.toString(16).toUpperCase().padStart(2, '0');
  return recordError(
    idOf(line.text),
    line.number,
    `not valid UTF-8 (byte ${line.byteOffset + 1} of the line is 0x${byte}); the line was skipped: convert the input to UTF-8 (from Latin-1: iconv -f LATIN1 -t UTF-8)`,
  );
}

/** The record's id when the line still parses as a record with one (the bad bytes are in its text), so the error joins back to the input. */
function idOf(text: string): RecordId | null {
  try {
    const record: unknown = JSON.parse(text);
    return typeof record === 'object' && record !== null ? recordIdOf((record as { id?: unknown }).id) : null;
  } catch {
    return null;
  }
}
