/**
 * conlleval-style scoring: exact-span precision, recall and F1 overall and per type.
 * Spans are read from IOB tags the way conlleval reads them (an I-X after O or another
 * type starts a new span), so IOB1 and IOB2 both score correctly.
 */

/** A typed token span [start, end) inside one sentence. */
export interface TagSpan {
  type: string;
  start: number;
  end: number;
}

/** Spans of an IOB tag sequence. */
export function spansFromTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (cur && (prefix !== 'I' || type !== cur.type)) {
      spans.push(cur);
      cur = null;
    }
    if (prefix === 'B' || (prefix === 'I' && !cur)) cur = { type, start: i, end: i + 1 };
    else if (prefix === 'I' && cur) cur.end = i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

/** Counts for one type (or all): true positives, predicted, gold. */
export interface SpanCounts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Precision, recall, F1 of counts (0 when undefined). */
export function prf(c: SpanCounts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Accumulates exact-span matches over many sentences, per type and overall ("ALL"). */
export class SpanScorer {
  readonly counts = new Map<string, SpanCounts>();

  private bump(type: string, field: keyof SpanCounts): void {
    for (const key of [type, 'ALL']) {
      let c = this.counts.get(key);
      if (!c) {
        c = { tp: 0, predicted: 0, gold: 0 };
        this.counts.set(key, c);
      }
      c[field]++;
    }
  }

  /** Adds one sentence given span lists (use spansFromTags for tags). */
  addSpans(gold: readonly TagSpan[], predicted: readonly TagSpan[]): void {
    const key = (s: TagSpan): string => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) this.bump(s.type, 'gold');
    for (const s of predicted) {
      this.bump(s.type, 'predicted');
      if (goldKeys.has(key(s))) this.bump(s.type, 'tp');
    }
  }

  /** Adds one sentence given its gold and predicted IOB tags. */
  addTags(gold: readonly string[], predicted: readonly string[]): void {
    this.addSpans(spansFromTags(gold), spansFromTags(predicted));
  }

  /** Counts of one type, or overall with "ALL" (zeros when unseen). */
  get(type: string): SpanCounts {
    return this.counts.get(type) ?? { tp: 0, predicted: 0, gold: 0 };
  }
}
