/**
 * The one place where core offsets become LSP positions and ranges. The core speaks
 * UTF-16 offsets; LSP speaks line/character in UTF-16, so this is exact.
 */
import type { Position, Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextSpan } from './analysis';

/** LSP position of a core offset. */
export function toPosition(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/** LSP range of a core span. */
export function toRange(document: TextDocument, span: TextSpan): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The first span that contains `offset` (end inclusive, so a cursor right after a name still counts). */
export function spanAt<T extends TextSpan>(spans: readonly T[], offset: number): T | undefined {
  return spans.find((s) => s.start <= offset && offset <= s.end && s.end > s.start);
}
