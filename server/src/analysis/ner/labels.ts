/**
 * The tag set of the name tagger (CoNLL-2003 IOB2 over PER, ORG, LOC, MISC) and the
 * constrained Viterbi search shared by training and tagging, so the two decode alike.
 */

/** The four CoNLL name types. */
export type NameLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** IOB2 labels in model order; index 0 is outside. The model file stores weights in this order. */
export const IOB_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

/** Number of IOB labels (the width of every weight row). */
export const LABEL_COUNT = IOB_LABELS.length;

/** One IOB2 label. */
export type IobLabel = (typeof IOB_LABELS)[number];

/** Entity type of label index `k` (0 for O, else 1..4 for PER, ORG, LOC, MISC). */
export function labelType(k: number): number {
  return (k + 1) >> 1;
}

/** Whether a label may follow another: `I-X` only continues `B-X` or `I-X` (IOB2). `prev` -1 is the sentence start. */
export function transitionAllowed(prev: number, next: number): boolean {
  if (next === 0 || next % 2 === 1) return true;
  return prev > 0 && labelType(prev) === labelType(next);
}

const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = -1; p < LABEL_COUNT; p++) {
  for (let n = 0; n < LABEL_COUNT; n++) ALLOWED[(p + 1) * LABEL_COUNT + n] = transitionAllowed(p, n) ? 1 : 0;
}

// Viterbi's tables, reused between calls (the core is single-threaded per process or worker).
let scratchScore = new Float64Array(64 * LABEL_COUNT);
let scratchBack = new Int32Array(64 * LABEL_COUNT);

/**
 * Best label sequence under per-token scores `emit` (n × LABEL_COUNT) and transition scores
 * `trans` ((LABEL_COUNT + 1) × LABEL_COUNT, row 0 = from the sentence start), never
 * producing an ill-formed IOB2 sequence. Exact first-order Viterbi. `I-X` has only two
 * possible predecessors, and a token whose only finite score is O's (see the tagger's
 * forced-outside tokens) takes one step instead of eighty-one.
 */
export function viterbi(emit: ArrayLike<number>, trans: ArrayLike<number>, n: number): Int32Array {
  const L = LABEL_COUNT;
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (scratchScore.length < n * L) {
    scratchScore = new Float64Array(Math.max(n * L, scratchScore.length * 2));
    scratchBack = new Int32Array(scratchScore.length);
  }
  const score = scratchScore;
  const back = scratchBack;
  for (let k = 0; k < L; k++) score[k] = ALLOWED[k] ? trans[k] + emit[k] : -Infinity;
  let previousOutsideOnly = emit[1] === -Infinity && emit[3] === -Infinity && emit[5] === -Infinity && emit[7] === -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    const outsideOnly =
      emit[cur + 1] === -Infinity && emit[cur + 2] === -Infinity && emit[cur + 3] === -Infinity && emit[cur + 5] === -Infinity && emit[cur + 7] === -Infinity;
    for (let k = 0; k < L; k++) {
      if (outsideOnly && k > 0) {
        score[cur + k] = -Infinity;
        back[cur + k] = 0;
        continue;
      }
      if (previousOutsideOnly) {
        // Only O was possible before: every label comes from it (I-X cannot, and stays -Infinity).
        score[cur + k] = (k > 0 && k % 2 === 0 ? -Infinity : score[prev] + trans[L + k]) + emit[cur + k];
        back[cur + k] = 0;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      // O and B-X may follow anything; I-X only B-X (k - 1) or I-X (k), in that order as in the full loop.
      const from = k > 0 && k % 2 === 0 ? k - 1 : 0;
      const to = k > 0 && k % 2 === 0 ? k : L - 1;
      for (let p = from; p <= to; p++) {
        const s = score[prev + p] + trans[(p + 1) * L + k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + k] = best + emit[cur + k];
      back[cur + k] = arg;
    }
    previousOutsideOnly = outsideOnly;
  }
  let best = -Infinity;
  let arg = 0;
  for (let k = 0; k < L; k++) {
    if (score[(n - 1) * L + k] > best) {
      best = score[(n - 1) * L + k];
      arg = k;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}
