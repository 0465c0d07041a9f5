/**
 * Offsets to line and column, from one index built once per text. Problems found in
 * a file (registry errors in the CLI) carry UTF-16 offsets into the text that was
 * parsed; turning thousands of them into positions must neither re-read the file
 * (which may be a pipe, read once) nor rescan the text for each one.
 */
import { partitionPoint } from './spans';

/** A 0-based line and a 0-based UTF-16 column, as LSP positions count them. */
export interface LinePosition {
  line: number;
  character: number;
}

/** Line starts of one text; `positionAt` is a binary search, so n offsets cost O(n log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** Indexes `text`; lines end at `\n`, `\r\n` or a lone `\r`, as in the editor. */
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The position of `offset` (clamped to the text), the way the editor would show it. */
  positionAt(offset: number): LinePosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const low = partitionPoint(this.starts.length, (i) => this.starts[i] <= at) - 1;
    return { line: low, character: at - this.starts[low] };
  }
}
