/**
 * Lines of a stream for `news-lens analyze --stdin`, one at a time and only as fast
 * as the handler takes them: the stream is read by async iteration, so while the
 * handler awaits (threads busy, stdout full) nothing more is read and the pipe's own
 * buffer holds the rest. Memory stays bounded by one chunk and the longest line.
 */
import { StringDecoder } from 'node:string_decoder';

/** Called for each non-blank line (`\r\n` or `\n` ended; the last line may lack one); `line` is undefined for a line over the limit. */
export type LineHandler = (line: string | undefined, lineNumber: number) => void | Promise<void>;

/** Feeds every line of `input` to `handle` in order; a line longer than `maxLine` UTF-16 units is skipped (handled as undefined). */
export async function forEachLine(input: AsyncIterable<Buffer | string>, maxLine: number, handle: LineHandler): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let skipping = false;
  let lineNumber = 0;
  const finish = async (line: string) => {
    lineNumber++;
    if (skipping) {
      skipping = false;
      await handle(undefined, lineNumber);
      return;
    }
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() !== '') await handle(text, lineNumber);
  };
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline = text.indexOf('\n');
    while (newline >= 0) {
      await finish(skipping ? '' : partial + text.slice(0, newline));
      partial = '';
      text = text.slice(newline + 1);
      newline = text.indexOf('\n');
    }
    if (!skipping) {
      partial += text;
      if (partial.length > maxLine) {
        skipping = true;
        partial = '';
      }
    }
  }
  const rest = partial + decoder.end();
  if (skipping || rest !== '') await finish(skipping ? '' : rest);
}
