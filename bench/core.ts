/**
 * Section A and B of the benchmark: the analysis core in-process. Our full analysis
 * (`analyzeArticle`) is compared with `compromise` (people, places and organizations
 * extraction) and plain `chrono-node` (`chrono.parse`) on the same texts in the same
 * run, and the name tagger alone with compromise, so every figure has a ratio that
 * survives a noisy machine.
 */
import { createRequire } from 'node:module';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { analyzeArticle } from '../server/src/analysis';
import type { TextSpan } from '../server/src/analysis';
import { Budget, msSince, Timing, timeSync } from './stats';
import type { BenchText } from './texts';

/** Timings of the three engines on one text. */
export interface CoreRow {
  text: string;
  words: number;
  ours: Timing;
  compromise: Timing;
  chrono: Timing;
}

/** Name-tagger timings on one text; tokens come from the tagger's own tokenizer. */
export interface TaggerRow {
  text: string;
  tokens: number;
  tagger: Timing;
  compromise: Timing;
}

/** The part of the name tagger's module the benchmark uses (loaded at run time: it may be absent). */
interface NerModule {
  tagNames: (text: string, paragraphs: readonly TextSpan[]) => unknown[];
  tokenize: (text: string, start: number, end: number) => unknown[];
  loadDefaultModel?: () => unknown;
}

/** Words per second from a word count and a median time in ms. */
export function wordsPerSecond(words: number, ms: number): number {
  return (words / ms) * 1000;
}

/** The first call of `analyzeArticle` in this process (model decoding, lazy tables, JIT), in ms. */
export function coldStart(text: string): number {
  const start = process.hrtime.bigint();
  analyzeArticle(text);
  return msSince(start);
}

/** The reference date chrono gets: the article's own publication date when it is a full date. */
function referenceDate(text: string): Date {
  const value = analyzeArticle(text).publicationDate.value;
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(Date.UTC(2020, 0, 1, 12));
}

/** compromise's closest equivalent of our name finding: tag the text, list people, places, organizations. */
export function compromiseNames(text: string): number {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}

/**
 * Runs all three engines over all texts for about `ms` milliseconds before anything is
 * timed: the per-measurement warm-up alone leaves the first text measured paying for
 * the JIT compiling code shared by every text.
 */
export function warmUp(texts: readonly BenchText[], ms: number): void {
  const start = process.hrtime.bigint();
  do {
    for (const t of texts) {
      analyzeArticle(t.text);
      compromiseNames(t.text);
      chrono.parse(t.text, new Date(Date.UTC(2020, 0, 1)));
    }
  } while (msSince(start) < ms);
}

/** Times ours, compromise and chrono on each text. */
export function benchCore(texts: readonly BenchText[], budget: Budget): CoreRow[] {
  return texts.map((t) => {
    const ref = referenceDate(t.text);
    return {
      text: t.name,
      words: t.words,
      ours: timeSync(() => analyzeArticle(t.text), budget),
      compromise: timeSync(() => compromiseNames(t.text), budget),
      chrono: timeSync(() => chrono.parse(t.text, ref), budget),
    };
  });
}

/** Loads the name tagger when its module exists and exports what the bench needs. */
export function loadTagger(): NerModule | undefined {
  try {
    const mod = createRequire(__filename)('../server/src/analysis/ner') as Partial<NerModule>;
    if (typeof mod.tagNames === 'function' && typeof mod.tokenize === 'function') return mod as NerModule;
  } catch {
    // Absent or broken: the caller reports "tagger not available".
  }
  return undefined;
}

/** Paragraph spans of a text (blank-line separated), what the tagger is given. */
export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].trim()) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Times the tagger alone; compromise timings are reused from the core rows (same text, same call). */
export function benchTagger(tagger: NerModule, texts: readonly BenchText[], core: readonly CoreRow[], budget: Budget): TaggerRow[] {
  tagger.loadDefaultModel?.();
  return texts.map((t, i) => {
    const paragraphs = paragraphSpans(t.text);
    const tokens = paragraphs.reduce((sum, p) => sum + tagger.tokenize(t.text, p.start, p.end).length, 0);
    return { text: t.name, tokens, tagger: timeSync(() => tagger.tagNames(t.text, paragraphs), budget), compromise: core[i].compromise };
  });
}
