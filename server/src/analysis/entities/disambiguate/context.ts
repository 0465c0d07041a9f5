/**
 * The article as disambiguation reads it: its comparable words in order, with the
 * paragraph each belongs to, so a mention's context is "the words around it in its
 * paragraph" and the article's is "every word of it". Built once per article, and
 * only for articles with a shared name in them.
 */
import { partitionPoint } from '../../spans';
import type { TextSpan } from '../../types';
import { placedWords, type PlacedWord } from './words';

/** How many words either side of a mention, within its paragraph, count as its own context. */
const WINDOW = 30;

/** An article's words, for context look-ups. */
export class ArticleContext {
  private readonly words: PlacedWord[] = [];
  /** Index of the first word of each span (paragraph), and one past the last word at the end. */
  private readonly spanStarts: number[] = [];
  private readonly spans: readonly TextSpan[];
  /** Every word of the article with how often it occurs. */
  readonly bag = new Map<string, number>();

  /**
   * `names` (sorted by start, disjoint) are registered names: their words stand for their
   * entries, which coherence weighs, and are no context ("Hartley Group" in the article
   * is no evidence that "Hartley" is the group's chief executive, nor "Avon Ales" that
   * "pale ale" is near the brewery's mention).
   */
  constructor(text: string, spans: readonly TextSpan[], names: readonly TextSpan[] = []) {
    this.spans = spans;
    let k = 0;
    for (const span of spans) {
      this.spanStarts.push(this.words.length);
      const from = this.words.length;
      placedWords(text, span.start, span.end, this.words);
      // Drop the words inside names, in place.
      let kept = from;
      for (let i = from; i < this.words.length; i++) {
        const w = this.words[i];
        while (k < names.length && names[k].end <= w.start) k++;
        if (k < names.length && names[k].start <= w.start) continue;
        this.words[kept++] = w;
      }
      this.words.length = kept;
    }
    this.spanStarts.push(this.words.length);
    for (const { word } of this.words) this.bag.set(word, (this.bag.get(word) ?? 0) + 1);
  }

  /**
   * The words around `mention` in its paragraph (up to WINDOW either side), without the
   * mention's own words, each with how close it is (1 next to the mention, 0.5 six words
   * away, 0.15 at the window's edge): the words next to a name say most about it.
   */
  around(mention: TextSpan): Map<string, number> {
    const out = new Map<string, number>();
    const span = partitionPoint(this.spans.length, (k) => this.spans[k].end <= mention.start);
    if (span >= this.spans.length) return out;
    const lo = this.spanStarts[span];
    const hi = this.spanStarts[span + 1];
    const first = lo + partitionPoint(hi - lo, (k) => this.words[lo + k].start < mention.start);
    let after = first;
    while (after < hi && this.words[after].start < mention.end) after++;
    const add = (index: number, distance: number) => {
      const weight = 1 / (1 + (distance - 1) / 5);
      const word = this.words[index].word;
      if ((out.get(word) ?? 0) < weight) out.set(word, weight);
    };
    for (let d = 1; d <= WINDOW && first - d >= lo; d++) add(first - d, d);
    for (let d = 1; d <= WINDOW && after + d - 1 < hi; d++) add(after + d - 1, d);
    return out;
  }
}

/** The sentence (or headline line) a mention stands in. */
export function sentenceAround(text: string, m: TextSpan): string {
  const before = text.slice(Math.max(0, m.start - 200), m.start);
  const after = text.slice(m.end, m.end + 200);
  const from = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’]?\s+[^.!?]*$/));
  const to = after.search(/[.!?\n]/);
  return before.slice(from + 1) + text.slice(m.start, m.end) + (to < 0 ? after : after.slice(0, to));
}
