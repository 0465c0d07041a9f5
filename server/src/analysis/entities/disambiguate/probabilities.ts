/**
 * Candidate scores as the probabilities a mention carries (`candidates`) and the margin that
 * decides whether the editor flags it as ambiguous.
 */
import type { LinkCandidate } from '../../types';

/** The gap between the first two probabilities of a set of raw scores: how sure a decision is. */
export function marginOf(raw: Map<string, number>): number {
  const p = probabilities(raw);
  return p.length > 1 ? p[0].score - p[1].score : 1;
}

/** Raw scores as probabilities (softmax), best first: the `candidates` a mention carries. */
export function probabilities(raw: Map<string, number>): LinkCandidate[] {
  const values = [...raw.values()];
  const top = Math.max(...values);
  let sum = 0;
  const out: LinkCandidate[] = [];
  for (const [entityId, value] of raw) {
    const e = Math.exp(value - top);
    sum += e;
    out.push({ entityId, score: e });
  }
  for (const c of out) c.score = Math.round((c.score / sum) * 1000) / 1000;
  return out.sort((a, b) => b.score - a.score);
}
