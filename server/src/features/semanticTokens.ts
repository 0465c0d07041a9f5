/**
 * Semantic tokens: entities coloured by type (registered or not), dates, quotes,
 * speakers and dimmed boilerplate. VS Code tokens may neither overlap nor span
 * lines, so quotes are cut around the names and dates inside them and every token
 * is split at line ends.
 */
import type { Range, SemanticTokens, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, TextSpan } from '../analysis';
import type { ServiceContext } from '../service/context';
import { toPosition } from '../convert';
import { modifierBits, tokenTypeIndex, type TokenModifier, type TokenType } from '../legend';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

interface Token extends TextSpan {
  type: TokenType;
  modifiers: TokenModifier[];
}

/** Tokens for the whole document, or only those meeting `range`. Linear in the tokens and the text they cover. */
export function semanticTokens(document: TextDocument, analysis: ArticleAnalysis, range?: Range): SemanticTokens {
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
  const text = document.getText();
  const builder = new TokenEncoder();
  for (const token of collectTokens(analysis)) {
    if (token.end <= from || token.start >= to) continue;
    const type = tokenTypeIndex(token.type);
    const modifiers = modifierBits(token.modifiers);
    // VS Code tokens may not span lines: each line's part is its own token (empty parts are dropped).
    let start = token.start;
    for (let i = token.start; i < token.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (i > start) push(builder, document, start, i, type, modifiers);
      start = c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < token.end ? ++i + 1 : i + 1;
    }
    if (start < token.end) push(builder, document, start, token.end, type, modifiers);
  }
  return { data: builder.data };
}

function push(builder: TokenEncoder, document: TextDocument, start: number, end: number, type: number, modifiers: number): void {
  const at = toPosition(document, start);
  builder.push(at.line, at.character, end - start, type, modifiers);
}

/**
 * LSP's relative encoding of tokens pushed in document order: each token's line as a
 * delta from the previous token's, its character as a delta on the same line. The
 * server library's SemanticTokensBuilder does the same; the service may not import it.
 */
class TokenEncoder {
  readonly data: number[] = [];
  private line = 0;
  private character = 0;

  push(line: number, character: number, length: number, type: number, modifiers: number): void {
    this.data.push(line - this.line, line === this.line ? character - this.character : character, length, type, modifiers);
    this.line = line;
    this.character = character;
  }
}

/** Spans keyed by start, for lookups by exact span in constant time. */
function spanIndex(spans: Iterable<TextSpan>): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const s of spans) {
    const ends = index.get(s.start);
    if (ends) ends.push(s.end);
    else index.set(s.start, [s.end]);
  }
  return index;
}

function hasSpan(index: Map<number, number[]>, span: TextSpan): boolean {
  return index.get(span.start)?.includes(span.end) ?? false;
}

/** All tokens, sorted and non-overlapping. Exported for tests of the layering rules. Linear but for the sorts. */
export function collectTokens(analysis: ArticleAnalysis): Token[] {
  const speakers = spanIndex(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const entitySpans = spanIndex(analysis.entities);
  const firstWithId = new Map<string, (typeof analysis.entities)[number]>();
  for (const e of analysis.entities) if (e.entityId !== null && !firstWithId.has(e.entityId)) firstWithId.set(e.entityId, e);
  const top: Token[] = [];
  for (const e of analysis.entities) {
    const modifiers: TokenModifier[] = [e.registered ? 'registered' : 'unregistered'];
    if (hasSpan(speakers, e)) modifiers.push('speaker');
    top.push({ start: e.start, end: e.end, type: e.type, modifiers });
  }
  // "now", "currently", "recently" (PRESENT_REF, PAST_REF, FUTURE_REF) name no calendar position: no date colour.
  for (const d of analysis.dates) if (!d.value.endsWith('_REF')) top.push({ start: d.start, end: d.end, type: 'date', modifiers: [] });
  for (const q of analysis.quotes) {
    // Speakers that are not a single name ("a diplomatic source", "Japan's top government spokesperson").
    if (!q.speaker || hasSpan(entitySpans, q.speaker)) continue;
    const linked = q.speaker.entityId !== null ? firstWithId.get(q.speaker.entityId) : undefined;
    top.push({ start: q.speaker.start, end: q.speaker.end, type: 'speaker', modifiers: linked ? [linked.registered ? 'registered' : 'unregistered'] : [] });
  }
  const sortedTop = removeOverlaps(top.sort((a, b) => a.start - b.start || b.end - a.end));
  const quotes = analysis.quotes.flatMap((q) => cutAround({ start: q.start, end: q.end, type: 'quote', modifiers: [] }, sortedTop));
  const boilerplate = analysis.structure.boilerplate ? [{ ...analysis.structure.boilerplate, type: 'boilerplate' as const, modifiers: [] }] : [];
  return [...sortedTop, ...quotes, ...boilerplate].sort((a, b) => a.start - b.start);
}

function removeOverlaps(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) if (out.length === 0 || t.start >= out[out.length - 1].end) out.push(t);
  return out;
}

/** The parts of `outer` not covered by any of `inner` (sorted and disjoint, so their ends are sorted too: a binary search finds the first that can meet `outer`). */
function cutAround(outer: Token, inner: Token[]): Token[] {
  let lo = 0;
  let hi = inner.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inner[mid].end <= outer.start) lo = mid + 1;
    else hi = mid;
  }
  const parts: Token[] = [];
  let cursor = outer.start;
  for (let k = lo; k < inner.length && inner[k].start < outer.end; k++) {
    const t = inner[k];
    if (t.end <= cursor) continue;
    if (t.start > cursor) parts.push({ ...outer, start: cursor, end: t.start });
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < outer.end) parts.push({ ...outer, start: cursor, end: outer.end });
  return parts;
}

/** The providers of full and range semantic tokens for open articles; a cancelled request stops before any work. */
export function create(ctx: ServiceContext) {
  const full = (params: SemanticTokensParams, token: Cancellation): SemanticTokens => {
    throwIfCancelled(token);
    const open = ctx.article(params.textDocument.uri);
    return open ? semanticTokens(open.document, open.analysis) : { data: [] };
  };
  const range = (params: SemanticTokensRangeParams, token: Cancellation): SemanticTokens => {
    throwIfCancelled(token);
    const open = ctx.article(params.textDocument.uri);
    return open ? semanticTokens(open.document, open.analysis, params.range) : { data: [] };
  };
  return { full, range };
}
