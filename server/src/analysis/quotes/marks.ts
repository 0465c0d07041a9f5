/**
 * Pairs double quotation marks into quotation spans, paragraph by paragraph.
 *
 * Straight marks are told apart by their neighbours (an opening mark follows a
 * space and precedes a word). Single marks (‘…’, '…') are never paired at the top
 * level, so nested quotes and apostrophes cannot break the outer quotation. A
 * quotation never crosses a paragraph boundary, except under the newspaper
 * convention for multi-paragraph quotes: the opening mark is repeated at the start
 * of each paragraph and the closing mark appears only at the end. A mark that
 * cannot be paired yields an `unbalanced-quote` notice instead of swallowing text.
 */
import type { Notice, TextSpan } from '../types';

/** A paired quotation before any filtering: outer span (marks included) and the paragraphs it covers. */
export interface RawQuote extends TextSpan {
  /** Index of the paragraph holding the opening mark. */
  firstParagraph: number;
  /** Index of the paragraph holding the closing mark. */
  lastParagraph: number;
}

interface Mark {
  pos: number;
  canOpen: boolean;
  canClose: boolean;
}

const DOUBLE_MARKS = /["“”«»„]/g;
const OPEN_CONTEXT_BEFORE = /[\s([{\-—–―/:]/;
const CLOSE_CONTEXT_AFTER = /[\s)\]}.,;:!?\-—–―/]/;

function classify(text: string, pos: number, para: TextSpan): Mark {
  const ch = text[pos];
  const before = pos > para.start ? text[pos - 1] : '';
  const after = pos + 1 < para.end ? text[pos + 1] : '';
  const openContext = (before === '' || OPEN_CONTEXT_BEFORE.test(before) || /['‘’]/.test(before)) && after !== '' && !/\s/.test(after);
  const closeContext = before !== '' && !/\s/.test(before) && (after === '' || CLOSE_CONTEXT_AFTER.test(after) || /['‘’]/.test(after));
  switch (ch) {
    case '“':
    case '«':
    case '„':
      return { pos, canOpen: true, canClose: closeContext && !openContext };
    case '”':
    case '»':
      return { pos, canOpen: openContext && !closeContext, canClose: true };
    default:
      return { pos, canOpen: openContext || !closeContext, canClose: closeContext || !openContext };
  }
}

function marksIn(text: string, para: TextSpan): Mark[] {
  const marks: Mark[] = [];
  // exec on the shared global regex, not matchAll (which clones the regex and builds an iterator per paragraph).
  const slice = text.slice(para.start, para.end);
  DOUBLE_MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLE_MARKS.exec(slice)) !== null) marks.push(classify(text, para.start + m.index, para));
  return marks;
}

/** True when a paragraph begins (after white space) with an opening double mark. */
function opensWithQuote(text: string, para: TextSpan): number | undefined {
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) continue;
    return /["“«„]/.test(ch) ? i : undefined;
  }
  return undefined;
}

/**
 * True when an opening mark can start a multi-paragraph quotation: it opens its
 * paragraph or a sentence (`Petrescu said. "Then…`), or follows a colon or comma
 * (`X said: "…`). A mark opened mid-sentence (`were "higher than…`) and left
 * unclosed is a typo, not a long quotation.
 */
function opensLongQuote(text: string, pos: number, para: TextSpan): boolean {
  const before = text.slice(para.start, pos).trimEnd();
  return before === '' || /[:,.!?]$/.test(before);
}

/** Marks that only open a quotation (“ « „): one inside a quotation opened by another is a nested quotation, not a typo. */
const OPENER_ONLY = /[“«„]/;

function unbalanced(pos: number, message: string): Notice {
  return { start: pos, end: pos + 1, code: 'unbalanced-quote', message };
}

/**
 * Finds every top-level double-quoted stretch in the paragraphs (in order), and a
 * notice for each quotation mark that has no partner.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly TextSpan[]): { quotes: RawQuote[]; notices: Notice[] } {
  const quotes: RawQuote[] = [];
  const notices: Notice[] = [];
  let open: { pos: number; paragraph: number } | undefined;
  // Double marks nested inside the open quotation ("“Outer with “inner” words,” Dias said"): the
  // inner ones still open, and the inner quotations closed, kept in case the outer one never closes.
  let inner: { pos: number; paragraph: number }[] = [];
  let innerQuotes: RawQuote[] = [];
  /**
   * The open quotation is given up: each nested mark still open gets its notice, and the
   * outermost of its nested quotations stand on their own, in order, as if it had never opened.
   */
  const abandon = () => {
    for (const mark of inner) notices.push(unbalanced(mark.pos, 'This quotation mark is never closed.'));
    innerQuotes.sort((a, b) => a.start - b.start);
    let end = -1;
    for (const q of innerQuotes) {
      if (q.start < end) continue;
      quotes.push(q);
      end = q.end;
    }
    inner = [];
    innerQuotes = [];
  };
  let skipMark: number | undefined; // the repeated opening mark of a continued paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    for (const mark of marksIn(text, para)) {
      if (mark.pos === skipMark) continue;
      if (open === undefined) {
        if (mark.canOpen) open = { pos: mark.pos, paragraph: p };
        else if (!/\d/.test(text[mark.pos - 1] ?? '')) {
          notices.push(unbalanced(mark.pos, 'This closing quotation mark has no opening mark.'));
        }
      } else if (mark.canClose && inner.length > 0) {
        const opened = inner.pop()!;
        innerQuotes.push({ start: opened.pos, end: mark.pos + 1, firstParagraph: opened.paragraph, lastParagraph: p });
      } else if (mark.canClose) {
        quotes.push({ start: open.pos, end: mark.pos + 1, firstParagraph: open.paragraph, lastParagraph: p });
        open = undefined;
        inner = [];
        innerQuotes = [];
      } else if (OPENER_ONLY.test(text[open.pos]) && OPENER_ONLY.test(text[mark.pos])) {
        inner.push({ pos: mark.pos, paragraph: p });
      } else {
        notices.push(unbalanced(open.pos, 'This quotation mark is never closed.'));
        abandon();
        open = { pos: mark.pos, paragraph: p };
      }
    }
    skipMark = undefined;
    if (open !== undefined) {
      const next = paragraphs[p + 1];
      const continuation = next && opensLongQuote(text, open.pos, paragraphs[open.paragraph]) ? opensWithQuote(text, next) : undefined;
      if (continuation !== undefined) {
        skipMark = continuation; // multi-paragraph quote: keep it open
      } else {
        notices.push(unbalanced(open.pos, 'This quotation mark is never closed in its paragraph.'));
        abandon();
        open = undefined;
      }
    }
  }
  return { quotes, notices };
}
