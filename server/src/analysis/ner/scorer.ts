/**
 * The tagger's fast path for static feature scores. It gives the same sums as feeding
 * `emitStaticFeatures` into the model (a unit test holds the two equal) but does far
 * less work per token, because almost every feature is a function of a few small
 * things that news repeats:
 * - a word's own features in each of its five roles (itself, ±1, ±2 neighbour) are one
 *   cached vector per distinct word, kept in a shared slab (see WordSlabs);
 * - the sentence-context features (casing class, position, digits) take one of 2,400
 *   values, each a cached vector;
 * - the shape features depend on three interned shape ids, the digit class and the position;
 * - the gazetteer features (a list, a position in the phrase, a context) are one of 60 cached vectors;
 * - only the two word-bigram features are hashed per token.
 */
import { EMBEDDING_DIMS, embeddingOf } from './embeddings';
import { FNV_OFFSET, hashMore, type NerModel } from './model';
import { LABEL_COUNT } from './labels';
import { casedWord, emitWordFeatures, isUpperCaseWords, normalizeToken, shortShape, WordRole, type CasedWord } from './features';
import { GAZETTEER_LISTS, gazetteerPhrases } from './gazetteer';
import { detached, ROLES, WORD_FLOATS, WordSlabs } from './wordSlabs';

const L = LABEL_COUNT;
// Offsets of each role's vector from TaggerWord.slot.
const SELF = WordRole.Self * L;
const PREVIOUS = WordRole.Previous * L;
const NEXT = WordRole.Next * L;
const SECOND_PREVIOUS = WordRole.SecondPrevious * L;
const SECOND_NEXT = WordRole.SecondNext * L;
/** Distinct entries a scorer remembers before it starts afresh (bounds memory on huge, varied input). */
const CACHE_LIMIT = 200_000;
/**
 * Distinct words of one word-cache generation: a word unseen for a whole generation is
 * dropped and rebuilt if it comes back, so at most CACHE_LIMIT words are cached. Smaller
 * generations (16,000) bounded memory no better on the `--stdin` stream and made the warm
 * pass over the 1,008 PolNeAR articles 1.3-1.5x slower (their words no longer fit).
 */
const WORD_GENERATION = CACHE_LIMIT / 2;
/** Shape ids are packed three to a number key; past this many distinct shapes, shape features are hashed directly. */
const SHAPE_LIMIT = 4096;
/**
 * Where a new word's role vectors are summed in 64 bits before they are stored in its
 * slab as 32-bit floats, the precision of the model's weights: a cached word costs half
 * the memory (the `--stdin` stream's growth from line 2,000 to 20,000 fell from 1.10x to
 * 1.08x), and the output over the 4,347 analyses of bench/outputCheck.ts is unchanged.
 */
const SCRATCH = new Float64Array(WORD_FLOATS);
/** A word's embedding while its sums are built. */
const EMBEDDING = new Float64Array(EMBEDDING_DIMS);

const CASE_NAMES = ['none', 'cap', 'low', 'both'] as const;
const CONTEXTS = ['U', 'F', 'M'] as const;

/**
 * What the tagger knows about one distinct token string, worked out once per string
 * and kept: the document passes (case cache, history, scoring) read these fields
 * instead of lower-casing and testing every token again.
 */
export interface TaggerWord extends CasedWord {
  /** The normalized token (see normalizeToken). */
  text: string;
  /**
   * Where the summed weights of the word's features in each role (ROLES × LABEL_COUNT
   * floats) are: `slab` from index `slot`. Many words share one slab, so a word costs no
   * typed array of its own; the scorer may move a word to a newer slab (same values), and
   * never overwrites a slot, so a word held anywhere stays valid.
   */
  slab: Float32Array;
  slot: number;
  shape: string;
  shapeId: number;
  digit: boolean;
  /**
   * Hash state after "w-1w=" + lower + "|": this word as the previous word of a bigram.
   * Kept as a signed 32-bit integer (hashMore reads only the low 32 bits of a state), which
   * V8 stores in the object itself, where an unsigned one above 2^31 costs a boxed number.
   */
  asPrevious: number;
  /** Hash state after "ww+1=" + lower + "|": this word as the first word of a bigram (signed, as asPrevious). */
  asFirst: number;
}

/** Scores static features for one model, with caches that live as long as the model. */
export class StaticScorer {
  /** Words seen in this generation, and in the one before (promoted when seen again). */
  private words = new Map<string, TaggerWord>();
  private previousWords = new Map<string, TaggerWord>();
  private readonly slabs = new WordSlabs();
  private readonly context: (Float64Array | undefined)[] = new Array(3 * 2 * 4 * 5 * 5 * 4);
  private shapeVectors = new Map<number, Float64Array>();
  private readonly gazetteer: (Float64Array | undefined)[] = new Array(4 * GAZETTEER_LISTS.length * 2 * 3);
  private readonly shapeIds = new Map<string, number>();
  private readonly start: TaggerWord;
  private readonly end: TaggerWord;

  /** `wordGeneration` is WORD_GENERATION but for tests, which need generations to pass quickly. */
  constructor(
    private readonly model: NerModel,
    private readonly wordGeneration = WORD_GENERATION,
  ) {
    if (model.denseRoles && model.denseDims !== EMBEDDING_DIMS)
      throw new Error(`NER model expects ${model.denseDims}-value embeddings, the shipped ones have ${EMBEDDING_DIMS}`);
    const own = new WordSlabs(2);
    this.start = this.build('<s>', '<s>', own);
    this.end = this.build('</s>', '</s>', own);
  }

  /**
   * The word for a raw token (normalized here). Words are cached for two generations of
   * `wordGeneration` distinct words, so their memory is bounded however varied the input.
   */
  word(raw: string): TaggerWord {
    let w = this.words.get(raw);
    if (!w) {
      raw = detached(raw);
      if (this.words.size >= this.wordGeneration) this.nextGeneration();
      w = this.previousWords.get(raw);
      if (w) {
        // Moved into this generation's slab, so the previous generation's slabs can go.
        const slot = this.slabs.take();
        const slab = this.slabs.current;
        for (let k = 0; k < WORD_FLOATS; k++) slab[slot + k] = w.slab[w.slot + k];
        w.slab = slab;
        w.slot = slot;
      } else {
        const t = normalizeToken(raw);
        w = this.build(t, shortShape(t), this.slabs);
      }
      this.words.set(raw, w);
    }
    return w;
  }

  /** Starts a word generation: the previous one is dropped (its words stay valid wherever they are still held). */
  private nextGeneration(): void {
    this.previousWords = this.words;
    this.words = new Map();
    this.slabs.nextGeneration();
  }

  /**
   * Adds the static feature weights of every word of a sentence to `emit`
   * (n × LABEL_COUNT, zeroed by the caller). `caseCache` is the document case cache
   * (see buildCaseCache).
   */
  score(info: readonly TaggerWord[], caseCache: Map<string, number>, emit: Float64Array): void {
    const n = info.length;
    if (this.shapeVectors.size > CACHE_LIMIT) this.shapeVectors = new Map();
    const cases = new Int32Array(n);
    let digits = 0;
    let capitalised = false;
    for (let i = 0; i < n; i++) {
      const w = info[i];
      if (w.digit) digits++;
      if (w.capitalised) capitalised = true;
      cases[i] = caseCache.get(w.lower) ?? 0;
    }
    const upperSentence = isUpperCaseWords(info);
    const numeric = digits === 0 ? 0 : digits / n < 0.2 ? 1 : digits / n < 0.4 ? 2 : 3;
    // Gazetteer phrases start at a capitalised token: a sentence without one has no gazetteer features.
    const phrases = capitalised ? gazetteerPhrases(info) : [];
    // Per token, its phrase's lists (bit set) and whether it begins the phrase; phrases never overlap.
    let gazLists: Int32Array | undefined;
    let gazBegins: Uint8Array | undefined;
    if (phrases.length > 0) {
      gazLists = new Int32Array(n);
      gazBegins = new Uint8Array(n);
      for (const p of phrases) {
        for (let k = p.start; k < p.end; k++) gazLists[k] = p.lists;
        gazBegins[p.start] = 1;
      }
    }
    for (let i = 0; i < n; i++) {
      const w = info[i];
      if (!w.cased && !(i > 0 && info[i - 1].cased) && !(i + 1 < n && info[i + 1].cased)) {
        forceOutside(emit, i * L);
        continue;
      }
      const prev = i > 0 ? info[i - 1] : this.start;
      const next = i + 1 < n ? info[i + 1] : this.end;
      const prev2 = i > 1 ? info[i - 2] : this.start;
      const next2 = i + 2 < n ? info[i + 2] : this.end;
      const ctx = upperSentence ? 0 : i === 0 ? 1 : 2;
      const o = i * L;
      const cap = w.capitalised ? 1 : 0;
      const caseNext = i + 1 < n ? cases[i + 1] : 4;
      const casePrev = i > 0 ? cases[i - 1] : 4;
      const context = this.contextVector(ctx, cap, cases[i], caseNext, casePrev, numeric);
      const shape = this.shapeVector(prev, w, next, numeric, ctx);
      const self = w.slab;
      const p1 = prev.slab;
      const n1 = next.slab;
      const p2 = prev2.slab;
      const n2 = next2.slab;
      const s0 = w.slot + SELF;
      const s1 = prev.slot + PREVIOUS;
      const s2 = next.slot + NEXT;
      const s3 = prev2.slot + SECOND_PREVIOUS;
      const s4 = next2.slot + SECOND_NEXT;
      for (let k = 0; k < L; k++) {
        emit[o + k] += self[s0 + k] + p1[s1 + k] + n1[s2 + k] + p2[s3 + k] + n2[s4 + k] + context[k] + shape[k];
      }
      this.model.addHashed(hashMore(prev.asPrevious, w.lower), emit, o);
      this.model.addHashed(hashMore(w.asFirst, next.lower), emit, o);
      if (gazLists && gazBegins) this.addGazetteer(emit, o, gazLists, gazBegins, i, ctx);
    }
  }

  /**
   * The gazetteer features of token i: "g:<list>:<B|I>" and the same with the context for its
   * own phrase, "-g:…" for the previous token's and "+g:…" for the next token's. There are
   * only 60 such features: each is one cached vector.
   */
  private addGazetteer(emit: Float64Array, o: number, lists: Int32Array, begins: Uint8Array, i: number, ctx: number): void {
    const n = lists.length;
    for (let bit = 0; bit < GAZETTEER_LISTS.length; bit++) {
      const mask = 1 << bit;
      if (lists[i] & mask) {
        addVector(emit, o, this.gazetteerVector(GazetteerRole.Own, bit, begins[i], 0));
        addVector(emit, o, this.gazetteerVector(GazetteerRole.OwnInContext, bit, begins[i], ctx));
      }
    }
    if (i > 0)
      for (let bit = 0; bit < GAZETTEER_LISTS.length; bit++)
        if (lists[i - 1] & (1 << bit)) addVector(emit, o, this.gazetteerVector(GazetteerRole.Previous, bit, begins[i - 1], 0));
    if (i + 1 < n)
      for (let bit = 0; bit < GAZETTEER_LISTS.length; bit++)
        if (lists[i + 1] & (1 << bit)) addVector(emit, o, this.gazetteerVector(GazetteerRole.Next, bit, begins[i + 1], 0));
  }

  private gazetteerVector(role: GazetteerRole, bit: number, begins: number, ctx: number): Float64Array {
    const key = ((role * GAZETTEER_LISTS.length + bit) * 2 + begins) * 3 + ctx;
    let v = this.gazetteer[key];
    if (!v) {
      const g = `g:${GAZETTEER_LISTS[bit]}:${begins ? 'B' : 'I'}`;
      v = this.vectorOf([
        [role === GazetteerRole.Own ? g : role === GazetteerRole.OwnInContext ? `${g}|${CONTEXTS[ctx]}` : role === GazetteerRole.Previous ? `-${g}` : `+${g}`],
      ]);
      this.gazetteer[key] = v;
    }
    return v;
  }

  private build(t: string, shape: string, slabs: WordSlabs): TaggerWord {
    const cased = casedWord(t);
    const lower = cased.lower;
    const slot = slabs.take();
    const slab = slabs.current;
    // Zeroed first, so nothing a failed build left behind can reach another word.
    SCRATCH.fill(0);
    for (let role = 0; role < ROLES; role++) {
      emitWordFeatures(role, t, lower, shape, (a, b, c, d, e, f) => this.model.addHashed(hashParts(a, b, c, d, e, f), SCRATCH, role * L));
    }
    // The embedding's term in each role, W[role] · e(word): folded in here, it costs nothing per token.
    const dense = this.model.denseRoles;
    if (dense && embeddingOf(lower, EMBEDDING)) {
      const dims = this.model.denseDims;
      for (let role = 0; role < ROLES; role++)
        for (let d = 0; d < dims; d++) {
          const x = EMBEDDING[d];
          const base = (role * dims + d) * L;
          for (let k = 0; k < L; k++) SCRATCH[role * L + k] += x * dense[base + k];
        }
    }
    for (let k = 0; k < WORD_FLOATS; k++) slab[slot + k] = SCRATCH[k];
    // Fields written out, not spread: a spread copy made the hot loops over words markedly slower.
    return {
      lower,
      capitalised: cased.capitalised,
      letterStart: cased.letterStart,
      cased: cased.cased,
      hasLower: cased.hasLower,
      text: t,
      slab,
      slot,
      shape,
      shapeId: this.shapeId(shape),
      digit: /\d/.test(t),
      asPrevious: hashMore(hashMore(W_PREV, lower), '|') | 0,
      asFirst: hashMore(hashMore(W_NEXT, lower), '|') | 0,
    };
  }

  /** The summed weights of features given as their parts (hashed as their concatenation). */
  private vectorOf(features: readonly (readonly string[])[]): Float64Array {
    const v = new Float64Array(L);
    for (const parts of features) this.model.addHashed(parts.reduce(hashMore, FNV_OFFSET), v, 0);
    return v;
  }

  private shapeId(shape: string): number {
    let id = this.shapeIds.get(shape);
    if (id === undefined) {
      id = this.shapeIds.size;
      if (id < SHAPE_LIMIT) this.shapeIds.set(shape, id);
    }
    return id;
  }

  /** "b", "ctx=", "dc=", "dc+1=", "dc-1=" and "num=" together: they depend on six small numbers. */
  private contextVector(ctx: number, cap: number, c0: number, cn: number, cp: number, numeric: number): Float64Array {
    const key = ((((ctx * 2 + cap) * 4 + c0) * 5 + cn) * 5 + cp) * 4 + numeric;
    let v = this.context[key];
    if (!v) {
      const c = CONTEXTS[ctx];
      v = this.vectorOf([
        ['b'],
        ['ctx=', c],
        ['dc=', CASE_NAMES[c0], '|', c, '|', cap ? 'C' : 'c'],
        ['dc+1=', cn === 4 ? '</s>' : CASE_NAMES[cn], '|', c],
        ['dc-1=', cp === 4 ? '<s>' : CASE_NAMES[cp], '|', c],
        ['num=', String(numeric), '|', cap ? 'C' : 'c'],
      ]);
      this.context[key] = v;
    }
    return v;
  }

  /** "ss3=", "ssc=" and "numss=" together: three shapes, the digit class and the position. */
  private shapeVector(prev: TaggerWord, w: TaggerWord, next: TaggerWord, numeric: number, ctx: number): Float64Array {
    const cacheable = prev.shapeId < SHAPE_LIMIT && w.shapeId < SHAPE_LIMIT && next.shapeId < SHAPE_LIMIT;
    const key = (((prev.shapeId * SHAPE_LIMIT + w.shapeId) * SHAPE_LIMIT + next.shapeId) * 4 + numeric) * 3 + ctx;
    let v = cacheable ? this.shapeVectors.get(key) : undefined;
    if (!v) {
      v = this.vectorOf([
        ['ss3=', prev.shape, '|', w.shape, '|', next.shape],
        ['ssc=', w.shape, '|', CONTEXTS[ctx]],
        ['numss=', String(numeric), '|', w.shape, '|', next.shape],
      ]);
      if (cacheable) this.shapeVectors.set(key, v);
    }
    return v;
  }
}

const W_PREV = hashMore(FNV_OFFSET, 'w-1w=');
const W_NEXT = hashMore(FNV_OFFSET, 'ww+1=');

/**
 * A token with no upper-case letter, between two others without one, is outside any
 * name: its non-O scores become -Infinity, so Viterbi keeps O there and spends one step on
 * it. In CoNLL++ 0.1% of name tokens look like this (and the model rarely found them);
 * skipping them halves the tokens scored.
 */
/** Which token's gazetteer phrase a gazetteer feature describes (and whether it carries the context). */
const enum GazetteerRole {
  Own = 0,
  OwnInContext = 1,
  Previous = 2,
  Next = 3,
}

function addVector(emit: Float64Array, o: number, v: Float64Array): void {
  for (let k = 0; k < L; k++) emit[o + k] += v[k];
}

function forceOutside(emit: Float64Array, o: number): void {
  for (let k = 1; k < L; k++) emit[o + k] = -Infinity;
}

/** Hashes a feature from its parts, exactly as hashFeature would hash their concatenation. */
function hashParts(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): number {
  let h = hashMore(FNV_OFFSET, a);
  if (b !== undefined) h = hashMore(h, b);
  if (c !== undefined) h = hashMore(h, c);
  if (d !== undefined) h = hashMore(h, d);
  if (e !== undefined) h = hashMore(h, e);
  if (f !== undefined) h = hashMore(h, f);
  return h;
}
