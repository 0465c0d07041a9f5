/**
 * Feature extraction for the name tagger. Training (eval/train-ner.ts) and tagging
 * (model.ts) both call these functions, so a feature means the same thing in both.
 * Features are strings ("w=seoul", "ss=Xx", "g:capital:B"); the model hashes them.
 *
 * Besides the word and its neighbours, two document-level signals carry most of the
 * weight on news text: how a word is written elsewhere in the same article (so an
 * all-caps headline or a sentence-initial word can borrow the casing of its other
 * mentions), and which type the tagger gave the same word earlier in the article.
 */
import { clusterOf } from './clusters';
import { gazetteerFeatures } from './gazetteer';
import { labelType } from './labels';

/** Straight apostrophes and quotes for curly ones, so "Japan’s" and "Japan's" look alike to the model. */
export function normalizeToken(token: string): string {
  return /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2032]/.test(token)
    ? token.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"')
    : token;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: string): boolean {
  const c = token.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * What the document-level passes (case cache, history, sentence casing) read of a token.
 * The tagger works it out once per distinct token and keeps it; the trainer derives it
 * per token with casedWord. One definition, so the two cannot drift apart.
 */
export interface CasedWord {
  lower: string;
  /** Starts with an upper-case letter (isCapitalised). */
  capitalised: boolean;
  /** Starts with a Latin letter: the words the document case cache records. */
  letterStart: boolean;
  /** Has an upper-case letter anywhere ("Seoul", "post-Soviet", "NATO"). */
  cased: boolean;
  /** Has a lower-case letter anywhere. */
  hasLower: boolean;
}

/** The CasedWord of a normalized token. */
export function casedWord(token: string): CasedWord {
  const lower = token.toLowerCase();
  return {
    lower,
    capitalised: isCapitalised(token),
    letterStart: /[A-Za-z\u00c0-\u024f]/.test(token.charAt(0)),
    cased: token !== lower,
    hasLower: token !== token.toUpperCase(),
  };
}

/** True when no word of the sentence has a lower-case letter but one has an upper-case letter (CoNLL headlines, datelines). */
export function isUpperCaseWords(words: readonly CasedWord[]): boolean {
  let cased = false;
  for (const w of words) {
    if (w.hasLower) return false;
    if (w.cased) cased = true;
  }
  return cased;
}

/**
 * The order in which a document's sentences are tagged: sentences in ordinary case first,
 * in reading order, then those all in capitals (headlines, datelines), so a shouted headline
 * reads the prediction history of the body ("JAPAN" after "Japan began the defence…")
 * instead of feeding its guesses to it. The trainer and the tagger both follow it.
 */
export function taggingOrder(sentences: readonly (readonly CasedWord[])[]): number[] {
  const order: number[] = [];
  const shouted: number[] = [];
  sentences.forEach((words, i) => (isUpperCaseWords(words) ? shouted : order).push(i));
  for (const i of shouted) order.push(i);
  return order;
}

/** isUpperCaseWords over token strings. */
export function isUpperCaseSentence(tokens: readonly string[]): boolean {
  return isUpperCaseWords(tokens.map(casedWord));
}

/** Word shape: upper → X, lower → x, digit → d, other characters kept; capped at 8 characters. */
export function wordShape(token: string): string {
  let s = '';
  const n = Math.min(token.length, 8);
  for (let i = 0; i < n; i++) {
    const c = token.charAt(i);
    if (c >= '0' && c <= '9') s += 'd';
    else if (c !== c.toLowerCase()) s += 'X';
    else if (c !== c.toUpperCase()) s += 'x';
    else s += c;
  }
  return token.length > 8 ? s + '+' : s;
}

/** Shape with runs collapsed ("Xxxxx" → "Xx", "X.X." stays), a coarse class that generalises. */
export function shortShape(token: string): string {
  const long = wordShape(token).replace(/\+$/, '');
  let s = '';
  for (let i = 0; i < long.length; i++) if (long[i] !== s[s.length - 1]) s += long[i];
  return s;
}

/** Case cache bit: the word was seen capitalised mid-sentence in normal text. */
export const SEEN_CAPITALISED = 1;
/** Case cache bit: the word was seen in lower case. */
export const SEEN_LOWER = 2;

/**
 * How each word (lower-cased) is written in the document's ordinary sentences, outside the
 * sentence-initial position: bit 1 capitalised, bit 2 lower case.
 */
export function caseCacheOf(sentences: readonly (readonly CasedWord[])[]): Map<string, number> {
  const cache = new Map<string, number>();
  for (const words of sentences) {
    if (isUpperCaseWords(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (!w.letterStart) continue;
      const bit = w.capitalised ? SEEN_CAPITALISED : SEEN_LOWER;
      cache.set(w.lower, (cache.get(w.lower) ?? 0) | bit);
    }
  }
  return cache;
}

/** caseCacheOf over normalized token strings (what the trainer has). */
export function buildCaseCache(sentences: readonly (readonly string[])[]): Map<string, number> {
  return caseCacheOf(sentences.map((tokens) => tokens.map(casedWord)));
}

/**
 * What the tagger said about each word earlier in the document: lower-cased word → counts
 * of [O, PER, ORG, LOC, MISC]. Filled by `recordHistory` as sentences are tagged in order.
 */
export type PredictionHistory = Map<string, Int32Array>;

/** Adds one tagged sentence's labels (IOB indices) to the history, for capitalised words only. */
export function recordWords(history: PredictionHistory, words: readonly CasedWord[], labels: ArrayLike<number>): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.capitalised) continue;
    let counts = history.get(w.lower);
    if (!counts) history.set(w.lower, (counts = new Int32Array(5)));
    counts[labelType(labels[i])]++;
  }
}

/** recordWords over token strings. */
export function recordHistory(history: PredictionHistory, tokens: readonly string[], labels: ArrayLike<number>): void {
  recordWords(history, tokens.map(casedWord), labels);
}

const HISTORY_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

/**
 * Per word, the type most often given to this (capitalised) word earlier in the document,
 * as an index into HISTORY_FEATURE_NAMES, or -1 when there is none. The tagger adds the
 * weights of that feature; the trainer uses its name (historyFeatures).
 */
export function historyOf(history: PredictionHistory, words: readonly CasedWord[]): Int8Array {
  const types = new Int8Array(words.length).fill(-1);
  if (history.size === 0) return types;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.capitalised) continue;
    const counts = history.get(w.lower);
    if (!counts) continue;
    let best = 0;
    for (let k = 1; k < 5; k++) if (counts[k] > counts[best]) best = k;
    types[i] = best;
  }
  return types;
}

/** historyOf over token strings. */
export function historyTypes(history: PredictionHistory, tokens: readonly string[]): Int8Array {
  return historyOf(history, tokens.map(casedWord));
}

/**
 * Per token, the features that come from earlier predictions in the document: the type
 * most often given to this (capitalised) word before, e.g. "h=PER". (Variants joined with
 * the sentence context or taken from the neighbouring words did not help on dev.)
 */
export function historyFeatures(history: PredictionHistory, tokens: readonly string[]): string[][] {
  return Array.from(historyTypes(history, tokens), (k) => (k >= 0 ? [HISTORY_FEATURE_NAMES[k]] : []));
}

/** Every string historyFeatures can produce, so the trainer can give them ids up front. */
export const HISTORY_FEATURE_NAMES: readonly string[] = HISTORY_NAMES.map((h) => 'h=' + h);

function caseClass(cache: Map<string, number>, lower: string): string {
  const bits = cache.get(lower) ?? 0;
  return bits === 0 ? 'none' : bits === SEEN_CAPITALISED ? 'cap' : bits === SEEN_LOWER ? 'low' : 'both';
}

/** One letter per token for its document case class: the part of a sentence's features that comes from outside it. */
export function caseClassCodes(tokens: readonly string[], caseCache: Map<string, number>): string {
  let codes = '';
  for (const t of tokens) codes += String(caseCache.get(t.toLowerCase()) ?? 0);
  return codes;
}

/** Which neighbour of the current token a word's features describe. */
export const enum WordRole {
  Self = 0,
  Previous = 1,
  Next = 2,
  SecondPrevious = 3,
  SecondNext = 4,
}

/**
 * Receives features as they are produced, in parts that concatenate to the feature string
 * ("w-1w=", "seoul", "|", "talks"). Training joins the parts into strings; tagging hashes
 * them without ever building a string, so one definition of the features serves both.
 */
export interface FeatureSink {
  /** Features that follow belong to token `i`. */
  token(i: number): void;
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void;
  /**
   * The features of one word in one role (see emitWordFeatures). They depend on the word
   * alone, so the tagger scores each (role, word) once and remembers it.
   */
  word(role: WordRole, token: string, lower: string, shape: string): void;
}

/** The features that depend on one word only: the word itself, or a neighbour at a fixed distance. */
export function emitWordFeatures(role: WordRole, t: string, l: string, shape: string, add: FeatureSink['add']): void {
  switch (role) {
    case WordRole.Self:
      add('w=', l);
      add('W=', t);
      add('sh=', wordShape(t));
      add('ss=', shape);
      add('len=', LENGTHS[Math.min(l.length, 10)]);
      for (let k = 1; k <= 4 && k < l.length; k++) {
        add(PREFIX_NAMES[k], l.slice(0, k));
        add(SUFFIX_NAMES[k], l.slice(l.length - k));
      }
      if (t.includes('-')) add('hy');
      if (/\d/.test(t)) add('dg');
      if (t.includes('.')) add('pd');
      clusterFeatures(l, SELF_CLUSTER, add);
      return;
    case WordRole.Previous:
      add('w-1=', l);
      add('ss-1=', shape);
      clusterFeatures(l, PREVIOUS_CLUSTER, add);
      return;
    case WordRole.Next:
      add('w+1=', l);
      add('ss+1=', shape);
      clusterFeatures(l, NEXT_CLUSTER, add);
      return;
    case WordRole.SecondPrevious:
      add('w-2=', l);
      return;
    case WordRole.SecondNext:
      add('w+2=', l);
      return;
  }
}

/**
 * Per token, the features that do not depend on predictions: the word, its neighbours
 * (±2), shapes, affixes, sentence casing, gazetteer membership and the document case cache.
 * `tokens` must be normalized (see normalizeToken).
 */
export function emitStaticFeatures(tokens: readonly string[], caseCache: Map<string, number>, sink: FeatureSink): void {
  const n = tokens.length;
  const lower = tokens.map((t) => t.toLowerCase());
  const shapes = tokens.map(shortShape);
  const upperSentence = isUpperCaseSentence(tokens);
  const capitalised = tokens.map((t) => isCapitalised(t));
  const cases = lower.map((l) => caseClass(caseCache, l));
  const gaz = gazetteerFeatures(lower, capitalised);
  let digits = 0;
  for (const t of tokens) if (/\d/.test(t)) digits++;
  const numeric = digits === 0 ? '0' : digits / n < 0.2 ? '1' : digits / n < 0.4 ? '2' : '3';
  const at = (arr: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : arr[i]);
  const word = (role: WordRole, i: number) => sink.word(role, at(tokens, i), at(lower, i), at(shapes, i));
  for (let i = 0; i < n; i++) {
    const l = lower[i];
    const ss = shapes[i];
    const ctx = upperSentence ? 'U' : i === 0 ? 'F' : 'M';
    const cap = capitalised[i] ? 'C' : 'c';
    sink.token(i);
    sink.add('b');
    word(WordRole.Self, i);
    word(WordRole.Previous, i - 1);
    word(WordRole.Next, i + 1);
    word(WordRole.SecondPrevious, i - 2);
    word(WordRole.SecondNext, i + 2);
    sink.add('w-1w=', at(lower, i - 1), '|', l);
    sink.add('ww+1=', l, '|', at(lower, i + 1));
    sink.add('ss3=', at(shapes, i - 1), '|', ss, '|', at(shapes, i + 1));
    sink.add('ssc=', ss, '|', ctx);
    sink.add('ctx=', ctx);
    sink.add('dc=', cases[i], '|', ctx, '|', cap);
    sink.add('dc+1=', i + 1 < n ? cases[i + 1] : '</s>', '|', ctx);
    sink.add('dc-1=', i > 0 ? cases[i - 1] : '<s>', '|', ctx);
    sink.add('num=', numeric, '|', cap);
    sink.add('numss=', numeric, '|', ss, '|', at(shapes, i + 1));
    for (const g of gaz[i]) {
      sink.add(g);
      sink.add(g, '|', ctx);
    }
    if (i > 0) for (const g of gaz[i - 1]) sink.add('-', g);
    if (i + 1 < n) for (const g of gaz[i + 1]) sink.add('+', g);
  }
}

/** Cluster-id prefix lengths and their feature names, per role (issue 11: the word's own at four grains, a neighbour's at two). */
const SELF_CLUSTER: readonly (readonly [number, string])[] = [
  [4, 'c4='],
  [8, 'c8='],
  [12, 'c12='],
  [16, 'c16='],
];
const PREVIOUS_CLUSTER: readonly (readonly [number, string])[] = [
  [8, 'c-1:8='],
  [12, 'c-1:12='],
];
const NEXT_CLUSTER: readonly (readonly [number, string])[] = [
  [8, 'c+1:8='],
  [12, 'c+1:12='],
];

/** The word's cluster-id prefixes as features ("c8=01011000"); the word's own role also says when it has no cluster (a rare word). */
function clusterFeatures(lower: string, grains: readonly (readonly [number, string])[], add: FeatureSink['add']): void {
  const bits = clusterOf(lower);
  if (bits === undefined) {
    if (grains === SELF_CLUSTER && /\p{L}/u.test(lower)) add('c=?');
    return;
  }
  for (const [n, name] of grains) add(name, n < bits.length ? bits.slice(0, n) : bits);
}

const LENGTHS = Array.from({ length: 11 }, (_, k) => String(k));
const PREFIX_NAMES = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX_NAMES = ['', 's1=', 's2=', 's3=', 's4='];

/** The static features as strings, token by token (what the trainer gives ids to). */
export function staticFeatures(tokens: readonly string[], caseCache: Map<string, number>): string[][] {
  const out: string[][] = tokens.map(() => []);
  let current: string[] = [];
  const add: FeatureSink['add'] = (a, b, c, d, e, f) => current.push(a + (b ?? '') + (c ?? '') + (d ?? '') + (e ?? '') + (f ?? ''));
  emitStaticFeatures(tokens, caseCache, {
    token: (i) => (current = out[i]),
    add,
    word: (role, t, l, shape) => emitWordFeatures(role, t, l, shape, add),
  });
  return out;
}
