/**
 * Text-level helpers for registry edits: the edit type, applying edits, and the
 * line arithmetic (line starts and ends, columns, the file's line ending) that
 * lets new lines match the file byte for byte.
 */

/** One splice of the registry text: replace `[start, end)` (UTF-16 offsets) by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Applies non-overlapping edits to a text. Edits may come in any order; they are
 * applied from the end so earlier offsets stay valid. Overlapping edits are a bug
 * in the caller, so they throw rather than silently mangle the file.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const edit = sorted[i];
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) {
      throw new Error(`Edit [${edit.start}, ${edit.end}) lies outside the text (length ${text.length}).`);
    }
    if (i > 0 && sorted[i - 1].end > edit.start) throw new Error('Registry edits overlap.');
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i];
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  }
  return out;
}

/** The file's line ending: CRLF when its first line break is CRLF, otherwise LF. */
export function detectEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the first character of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset just before the line break (LF or CRLF) of the line holding `pos`; the text length on the last line. */
export function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Column (UTF-16 units from the line start) of `pos`. */
export function column(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** The leading spaces and tabs of the line holding `pos`. */
export function lineIndent(text: string, pos: number): string {
  const start = lineStart(text, pos);
  return /^[ \t]*/.exec(text.slice(start, lineEnd(text, start)))![0];
}

/** True when the text (after an optional BOM) is non-empty and does not end with a line break. */
export function lacksFinalNewline(text: string): boolean {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.length > 0 && !body.endsWith('\n');
}
