/**
 * The shape of one recognition rule: a regular expression over a paragraph and a
 * function that turns a match into a dated candidate. Rules are small and
 * independent; the selector in `select.ts` settles overlaps between them.
 */
import { DateMod, DateType } from '../types';
import { Anchor } from './anchor';

/** A possible date mention found by one rule, offsets relative to the paragraph. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  dateType: DateType;
  mod?: DateMod;
  resolution: string;
  /** Breaks ties between equally long candidates; higher wins. */
  priority?: number;
  /** A clock time that named no day and took the publication day: a day named before it in its clause wins (timeOfDay.ts). */
  dayFromAnchor?: boolean;
}

/** What a rule may consult besides its match. */
export interface RuleContext {
  /** The paragraph text. */
  text: string;
  /** The whole document and where the paragraph starts in it, for look-back context ("the quarter"). */
  document: string;
  offset: number;
  anchor: Anchor;
}

/** Candidate fields a rule returns; the span defaults to the whole match. */
export type Built = Omit<Candidate, 'start' | 'end'> & { start?: number; end?: number };

/** A named pattern plus the function that resolves its matches. */
export interface Rule {
  name: string;
  /** Must carry the `g` flag; matched against the whole paragraph. */
  pattern: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): Built | Built[] | null;
  /**
   * Words without which the pattern cannot match (see `prefilter.ts`): every group
   * needs one of its words as a whole token of the paragraph; lower case when the
   * pattern has the `i` flag. Lets the runner skip the regex; omit when unsure.
   */
  requires?: readonly (readonly string[])[];
  /**
   * Words one of which begins every match, as a whole token (a maximal run of ASCII
   * letters; `DIGIT` for a digit not preceded by a digit); lower case when the pattern
   * has the `i` flag. Lets the runner try the pattern only where such a token starts
   * (see `prefilter.ts`) instead of at every position; omit when unsure.
   */
  starts?: readonly string[];
}

/**
 * Runs a rule's pattern at the only positions where its matches can begin, calling
 * `onMatch` for each match in order; returns false (calling nothing) when it cannot
 * for this rule, and the runner scans the whole paragraph instead.
 */
export type StartedExec = (rule: Rule, text: string, onMatch: (m: RegExpExecArray) => void) => boolean;

/** Word-boundary guards used around patterns: no letters/digits (or money signs) glued on. */
export const B = '(?<![\\w$£€/.-])';
/** End guard: no letter or digit right after, and not an ordinal or hyphenated compound. */
export const E = '(?![\\w]|-[a-z])';

/**
 * Runs every rule over a paragraph and returns all candidates with offsets inside it.
 * `started`, when given, runs the rules it can at their possible match starts only
 * (the same matches, found sooner); the others scan the whole paragraph.
 */
export function runRules(rules: readonly Rule[], ctx: RuleContext, started?: StartedExec): Candidate[] {
  const out: Candidate[] = [];
  let rule = rules[0];
  const onMatch = (m: RegExpExecArray): void => {
    if (m[0].length === 0) return;
    const built = rule.build(m, ctx);
    if (!built) return;
    if (!Array.isArray(built)) out.push({ ...built, start: built.start ?? m.index, end: built.end ?? m.index + m[0].length });
    else for (const b of built) out.push({ ...b, start: b.start ?? m.index, end: b.end ?? m.index + m[0].length });
  };
  for (rule of rules) {
    if (started && started(rule, ctx.text, onMatch)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(ctx.text); m; m = rule.pattern.exec(ctx.text)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      else onMatch(m);
    }
  }
  return out;
}
