/**
 * A cheap necessary condition for each date rule, so the rule runner can skip the
 * rule's regular expression on paragraphs where it cannot match. Scanning ~30
 * lookbehind-guarded alternations over every paragraph was most of the date layer's
 * cost, yet a typical paragraph holds words for only a handful of rules.
 *
 * A rule declares `requires`: groups of words, each group met when one of its words
 * is a whole token of the paragraph (a maximal run of ASCII letters). Every rule's
 * words are ones its pattern can only match as whole tokens (guarded by `\w`
 * lookarounds, spaces or hyphens on both sides), so a paragraph without them cannot
 * hold a match: skipping is exact. Words compare case-insensitively when the
 * pattern has the `i` flag (then they are written in lower case), exactly otherwise;
 * without the `u` flag a case-insensitive pattern matches ASCII letters only with
 * ASCII letters, so ASCII tokens suffice.
 *
 * Tokens are never cut out of the text: each is hashed while scanning and looked
 * up in a table of the rules' words. Two words sharing a slot only make a group
 * look met when it is not — more regex scans, never fewer — so the test stays exact.
 * A unit test checks prefiltered == exhaustive on generated articles, samples and
 * random date-ish text.
 */

import { isAsciiDigit, isAsciiLetter } from '../chars';
import type { Rule, StartedExec } from './rule';

/** Pseudo-word met when the paragraph holds an ASCII digit (what `\d` matches without the `u` flag). */
export const DIGIT = '#digit';

/** Pseudo-word met when the paragraph holds an ASCII hyphen-minus. */
export const HYPHEN = '#hyphen';

/** Pseudo-word met when the paragraph holds four ASCII digits in a row (every YEAR match does). */
export const YEAR_DIGITS = '#4digits';

/** Pseudo-word met when a token starting with s/S follows "0", "0'" or "0’" (a decade: "1990s", "'80s", "1980's"). */
export const DECADE_DIGITS = '#0s';

/** Pseudo-word met when a token starting with a/p/A/P follows a digit and nothing but possible spaces (a clock time: "9 a.m.", "10:35pm"). */
export const CLOCK_DIGITS = '#ampm';

const PSEUDO_WORDS = [DIGIT, HYPHEN, YEAR_DIGITS, DECADE_DIGITS, CLOCK_DIGITS];

/** Slots of the word tables (a power of two, a few times the vocabulary, so slots rarely collide). */
const SLOTS = 4096;

/** The rules' words compiled into hash tables of group bits, and each rule's required bits. */
interface CompiledRequirements {
  /** 32-bit words per bit set. */
  width: number;
  /** Group bits of case-sensitive words, `width` entries per slot. */
  exact: Int32Array;
  /** Group bits of lower-case words of case-insensitive rules, `width` entries per slot. */
  folded: Int32Array;
  /** Group bits of each pseudo-word, in PSEUDO_WORDS order. */
  pseudo: Int32Array[];
  /** Per rule, the bits that must all be met; null when the rule has no requirement. */
  required: (Int32Array | null)[];
  /** Start bits (one per rule with `starts`, at most 31) of case-sensitive start words, per slot. */
  startExact: Int32Array;
  /** Start bits of lower-case start words of case-insensitive rules, per slot. */
  startFolded: Int32Array;
  /** Start bits of the rules a digit may begin. */
  startDigit: number;
  /** Per rule, its start bit (0 when it has no `starts`). */
  startBit: Int32Array;
  /** Per rule, a sticky copy of its pattern (null when it has no `starts`). */
  sticky: (RegExp | null)[];
}

/** Hash step shared by compile time and scan time (multiplicative, 32-bit). */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const SEED = 0x811c9dc5 | 0;

function hashOf(word: string): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/**
 * Compiles the requirements of `rules` (in order). Throws when a case-insensitive
 * rule lists a word that is not lower case, or a word that is not ASCII letters:
 * such a word could never be met and would silently skip the rule.
 */
function compileRequirements(rules: readonly Rule[]): CompiledRequirements {
  const groupIds = new Map<string, number>();
  const ruleGroups = rules.map((rule) =>
    (rule.requires ?? []).map((group) => {
      for (const w of group) {
        if (!PSEUDO_WORDS.includes(w) && !/^[A-Za-z]+$/.test(w)) throw new Error(`prefilter word "${w}" is not a token`);
        if (rule.pattern.ignoreCase && w !== w.toLowerCase()) throw new Error(`prefilter word "${w}" of a case-insensitive rule must be lower case`);
      }
      const key = `${rule.pattern.ignoreCase ? 'i' : 's'}:${[...group].sort().join(',')}`;
      if (!groupIds.has(key)) groupIds.set(key, groupIds.size);
      return { id: groupIds.get(key) ?? 0, words: group, fold: rule.pattern.ignoreCase };
    }),
  );
  const width = Math.max(1, Math.ceil(groupIds.size / 32));
  const exact = new Int32Array(SLOTS * width);
  const folded = new Int32Array(SLOTS * width);
  const pseudo = PSEUDO_WORDS.map(() => new Int32Array(width));
  const setBit = (bits: Int32Array, at: number, id: number) => {
    bits[at + (id >>> 5)] |= 1 << (id & 31);
  };
  for (const groups of ruleGroups) {
    for (const g of groups) {
      for (const w of g.words) {
        const p = PSEUDO_WORDS.indexOf(w);
        if (p >= 0) setBit(pseudo[p], 0, g.id);
        else setBit(g.fold ? folded : exact, (hashOf(w) & (SLOTS - 1)) * width, g.id);
      }
    }
  }
  const required = ruleGroups.map((groups) => {
    if (groups.length === 0) return null;
    const bits = new Int32Array(width);
    for (const g of groups) setBit(bits, 0, g.id);
    return bits;
  });
  const startExact = new Int32Array(SLOTS);
  const startFolded = new Int32Array(SLOTS);
  const startBit = new Int32Array(rules.length);
  let startDigit = 0;
  let nextBit = 0;
  const sticky = rules.map((rule, r) => {
    if (!rule.starts || nextBit >= 31) return null;
    const bit = 1 << nextBit++;
    startBit[r] = bit;
    for (const w of rule.starts) {
      if (w === DIGIT) startDigit |= bit;
      else if (!/^[A-Za-z]+$/.test(w)) throw new Error(`start word "${w}" is not a token`);
      else if (rule.pattern.ignoreCase && w !== w.toLowerCase()) throw new Error(`start word "${w}" of a case-insensitive rule must be lower case`);
      else (rule.pattern.ignoreCase ? startFolded : startExact)[hashOf(w) & (SLOTS - 1)] |= bit;
    }
    return new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
  });
  return { width, exact, folded, pseudo, required, startExact, startFolded, startDigit, startBit, sticky };
}

/** Positions (ascending) of a scanned paragraph's tokens that may begin a match, with their start bits. */
class StartPositions {
  at = new Int32Array(256);
  bits = new Int32Array(256);
  count = 0;

  record(at: number, bits: number): void {
    if (this.count === this.at.length) {
      const grownAt = new Int32Array(this.at.length * 2);
      grownAt.set(this.at);
      this.at = grownAt;
      const grownBits = new Int32Array(this.bits.length * 2);
      grownBits.set(this.bits);
      this.bits = grownBits;
    }
    this.at[this.count] = at;
    this.bits[this.count++] = bits;
  }
}

function or(into: Int32Array, from: Int32Array, at: number, width: number): void {
  for (let k = 0; k < width; k++) into[k] |= from[at + k];
}

/**
 * The group bits a paragraph meets: one pass over its characters, no strings cut.
 * The pseudo-words are tracked on the way; each errs towards "met" (e.g. any
 * non-ASCII character might be a space between a digit and "a.m.").
 */
function metGroups(text: string, c: CompiledRequirements, starts: StartPositions): Int32Array {
  const met = new Int32Array(c.width);
  const mask = SLOTS - 1;
  const n = text.length;
  const seen = [false, false, false, false, false]; // PSEUDO_WORDS order
  let digitRun = 0;
  let afterDigit = false; // a digit, then only characters that may be \s
  let i = 0;
  starts.count = 0;
  while (i < n) {
    let ch = text.charCodeAt(i);
    if (isAsciiLetter(ch)) {
      if (afterDigit && (ch === 97 || ch === 112 || ch === 65 || ch === 80)) seen[4] = true;
      if ((ch === 115 || ch === 83) && i > 0) {
        const prev = text.charCodeAt(i - 1);
        if (prev === 48 || ((prev === 39 || prev === 0x2019) && i > 1 && text.charCodeAt(i - 2) === 48)) seen[3] = true;
      }
      const start = i;
      let folded = SEED;
      let upper = false;
      do {
        folded = step(folded, ch | 32);
        upper ||= ch <= 90;
        i++;
        ch = i < n ? text.charCodeAt(i) : 0;
      } while (i < n && isAsciiLetter(ch));
      // A lower-case token hashes the same either way; only one with capitals needs its own exact hash.
      let exact = folded;
      if (upper) {
        exact = SEED;
        for (let k = start; k < i; k++) exact = step(exact, text.charCodeAt(k));
      }
      or(met, c.exact, (exact & mask) * c.width, c.width);
      or(met, c.folded, (folded & mask) * c.width, c.width);
      const startBits = c.startExact[exact & mask] | c.startFolded[folded & mask];
      if (startBits !== 0) starts.record(start, startBits);
      digitRun = 0;
      afterDigit = false;
      continue;
    }
    if (isAsciiDigit(ch)) {
      if (digitRun === 0 && c.startDigit !== 0) starts.record(i, c.startDigit);
      seen[0] = true;
      if (++digitRun >= 4) seen[2] = true;
      afterDigit = true;
    } else {
      digitRun = 0;
      if (ch === 45) seen[1] = true;
      // Printable ASCII other than a space cannot be \s; anything else might be.
      if (ch >= 33 && ch <= 126) afterDigit = false;
    }
    i++;
  }
  for (let p = 0; p < seen.length; p++) if (seen[p]) or(met, c.pseudo[p], 0, c.width);
  return met;
}

/**
 * The rules of a list that may match a paragraph, found without running their
 * patterns. Built once per rule list (compiling the word tables), then asked per paragraph.
 */
export class RulePrefilter {
  private readonly compiled: CompiledRequirements;

  constructor(private readonly rules: readonly Rule[]) {
    this.compiled = compileRequirements(rules);
    rules.forEach((rule, r) => this.index.set(rule, r));
  }

  /** The paragraph last given to rulesFor, and where its rules' start words begin. */
  private scanned: string | null = null;
  private readonly starts = new StartPositions();
  private readonly index = new Map<Rule, number>();

  /** The rules whose required words all occur in `text`, in list order; the others cannot match it. */
  rulesFor(text: string): Rule[] {
    const met = metGroups(text, this.compiled, this.starts);
    this.scanned = text;
    const out: Rule[] = [];
    for (let r = 0; r < this.rules.length; r++) {
      const need = this.compiled.required[r];
      let ok = true;
      if (need) for (let k = 0; k < need.length; k++) if ((met[k] & need[k]) !== need[k]) ok = false;
      if (ok) out.push(this.rules[r]);
    }
    return out;
  }

  /**
   * Runs a rule with `starts` over the paragraph last given to `rulesFor`, trying its
   * pattern (sticky) only where one of its start tokens begins, in order, skipping
   * those inside the previous match: the global scan tries every position from the
   * end of the previous match and stops at the first that matches, and no other
   * position can begin a match, so both find the same matches. False for other rules
   * and other texts (the caller scans them whole).
   */
  readonly started: StartedExec = (rule, text, onMatch) => {
    const r = this.index.get(rule);
    if (r === undefined || text !== this.scanned) return false;
    const sticky = this.compiled.sticky[r];
    const bit = this.compiled.startBit[r];
    if (!sticky) return false;
    let from = 0;
    const { at: positions, bits, count } = this.starts;
    for (let k = 0; k < count; k++) {
      const at = positions[k];
      if ((bits[k] & bit) === 0 || at < from) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        from = at + m[0].length;
        onMatch(m);
      }
    }
    return true;
  };
}
