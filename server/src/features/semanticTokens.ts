/**
 * Semantic tokens: entities coloured by type (registered or not), dates, quotes,
 * speakers and dimmed boilerplate. VS Code tokens may neither overlap nor span
 * lines, so quotes are cut around the names and dates inside them and every token
 * is split at line ends.
 */
import { SemanticTokensBuilder, type Range, type SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, TextSpan } from '../analysis';
import type { ServerContext } from '../context';
import { modifierBits, tokenTypeIndex, type TokenModifier, type TokenType } from '../legend';

interface Token extends TextSpan {
  type: TokenType;
  modifiers: TokenModifier[];
}

/** Tokens for the whole document, or only those meeting `range`. */
export function semanticTokens(document: TextDocument, analysis: ArticleAnalysis, range?: Range): SemanticTokens {
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
  const builder = new SemanticTokensBuilder();
  for (const token of collectTokens(analysis)) {
    if (token.end <= from || token.start >= to) continue;
    for (const piece of splitAtLineEnds(document, token)) {
      const start = document.positionAt(piece.start);
      builder.push(start.line, start.character, piece.end - piece.start, tokenTypeIndex(token.type), modifierBits(token.modifiers));
    }
  }
  return builder.build();
}

/** All tokens, sorted and non-overlapping. Exported for tests of the layering rules. */
export function collectTokens(analysis: ArticleAnalysis): Token[] {
  const speakerSpans = analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));
  const isSpeaker = (span: TextSpan) => speakerSpans.some((s) => s.start === span.start && s.end === span.end);
  const top: Token[] = [];
  for (const e of analysis.entities) {
    const modifiers: TokenModifier[] = [e.registered ? 'registered' : 'unregistered'];
    if (isSpeaker(e)) modifiers.push('speaker');
    top.push({ start: e.start, end: e.end, type: e.type, modifiers });
  }
  // "now", "currently", "recently" (PRESENT_REF, PAST_REF, FUTURE_REF) name no calendar position: no date colour.
  for (const d of analysis.dates) if (!d.value.endsWith('_REF')) top.push({ start: d.start, end: d.end, type: 'date', modifiers: [] });
  for (const q of analysis.quotes) {
    // Speakers that are not a single name ("a diplomatic source", "Japan's top government spokesperson").
    if (!q.speaker || analysis.entities.some((e) => e.start === q.speaker!.start && e.end === q.speaker!.end)) continue;
    const linked = q.speaker.entityId !== null ? analysis.entities.find((e) => e.entityId === q.speaker!.entityId) : undefined;
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

/** The parts of `outer` not covered by any of `inner` (sorted). */
function cutAround(outer: Token, inner: Token[]): Token[] {
  const parts: Token[] = [];
  let cursor = outer.start;
  for (const t of inner) {
    if (t.end <= cursor || t.start >= outer.end) continue;
    if (t.start > cursor) parts.push({ ...outer, start: cursor, end: t.start });
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < outer.end) parts.push({ ...outer, start: cursor, end: outer.end });
  return parts;
}

function splitAtLineEnds(document: TextDocument, span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  const text = document.getText().slice(span.start, span.end);
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    if (m.index! > start) pieces.push({ start: span.start + start, end: span.start + m.index! });
    start = m.index! + m[0].length;
  }
  if (start < text.length) pieces.push({ start: span.start + start, end: span.end });
  return pieces;
}

/** Answers full and range semantic-token requests for open articles. */
export function register(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on((params) => {
    const open = ctx.article(params.textDocument.uri);
    return open ? semanticTokens(open.document, open.analysis) : { data: [] };
  });
  ctx.connection.languages.semanticTokens.onRange((params) => {
    const open = ctx.article(params.textDocument.uri);
    return open ? semanticTokens(open.document, open.analysis, params.range) : { data: [] };
  });
}
