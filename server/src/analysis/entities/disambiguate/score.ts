/**
 * Scores each candidate entry of one shared-name mention from signals that need no
 * network and no model: the mention is the entry's full name; the context's type agrees
 * with the entry's; the words around the mention and in the whole article are the
 * entry's words (weighted by rarity across the registry); the entry is coherent with the
 * entries the article names without doubt (it links to them or they to it, one names the
 * other in its description); the entry is itself named without doubt elsewhere in the
 * article; a place qualifier written after the name ("Newport, Rhode Island") is the
 * entry's. The weights are fixed here, in one place.
 */
import type { EntryProfile, RegistryProfiles } from './profile';
import { namesIn } from './profile';
import type { ArticleContext } from './context';
import { typeAgreement, type TypeHint } from './typeHint';
import { wordsOf } from './words';
import type { TextSpan } from '../../types';

/** A shared-name mention as the scorer sees it. */
export interface ScoredMention extends TextSpan {
  /** The mention's text as written, possessive stripped. */
  form: string;
  /** Candidate entry ids in registry order. */
  ids: readonly string[];
  hint?: TypeHint;
  /** The words of a place written after the name (", Rhode Island"), when there is one. */
  qualifier?: string[];
}

/** What the article already says without doubt: entries linked by unshared names or by the front matter. */
export interface Anchors {
  /** Entry id → how many mentions link to it. */
  counts: Map<string, number>;
}

/** One candidate's signals and its combined score. */
export interface CandidateScore {
  id: string;
  full: number;
  type: number;
  local: number;
  article: number;
  coherence: number;
  seen: number;
  qualifier: number;
  /** False when the context contradicts this entry (a person-shaped mention and a town; another place's qualifier). */
  fits: boolean;
  /** The combined score (higher is better); not bounded. */
  raw: number;
  /** The telling context words this entry shares with the article, best first (for the reason). */
  cues: string[];
}

/** The weight of each signal in the combined score. */
export const WEIGHTS = { full: 0.6, type: 1.5, local: 3, article: 1.5, coherence: 1.2, seen: 1.5, qualifier: 2.5 } as const;

/** Scores every candidate of `m`; the result is in the order of `m.ids`. */
export function scoreCandidates(m: ScoredMention, profiles: RegistryProfiles, article: ArticleContext, anchors: Anchors): CandidateScore[] {
  const formWords = new Set(wordsOf(m.form));
  const around = article.around(m);
  const form = m.form.toLowerCase();
  const scores: CandidateScore[] = [];
  m.ids.forEach((id, rank) => {
    const p = profiles.profile(id);
    if (!p) return;
    const full = p.entry.name.toLowerCase() === form ? 1 : 0;
    const type = typeAgreement(m.hint, p.entry.type);
    const { local, article: wide, cues } = similarity(p, formWords, around, article.bag);
    const coherence = coherenceOf(p, profiles, anchors, form);
    const seen = anchors.counts.has(id) ? 1 : 0;
    const qualifier = m.qualifier ? qualifierFit(p, m.qualifier) : 0;
    const raw =
      WEIGHTS.full * full + WEIGHTS.type * type + WEIGHTS.local * local + WEIGHTS.article * wide + WEIGHTS.coherence * coherence + WEIGHTS.seen * seen + WEIGHTS.qualifier * qualifier - 0.01 * rank;
    scores.push({ id, full, type, local, article: wide, coherence, seen, qualifier, fits: type > -1 && qualifier >= 0, raw, cues });
  });
  return scores;
}

/**
 * The share of the entry's telling words (not those of the mention itself) found near
 * the mention and in the article, weighted by rarity: 1 would be all of them.
 */
function similarity(p: EntryProfile, formWords: Set<string>, around: Map<string, number>, bag: Map<string, number>): { local: number; article: number; cues: string[] } {
  let norm = 0;
  let local = 0;
  let wide = 0;
  const cues: [string, number][] = [];
  for (const [word, idf] of p.weights) {
    if (formWords.has(word)) continue;
    norm += idf * idf;
    const near = around.get(word);
    if (near !== undefined) local += idf * idf * near;
    if (bag.has(word)) {
      wide += idf * idf;
      cues.push([word, idf * (1 + (near ?? 0))]);
    }
  }
  if (norm === 0) return { local: 0, article: 0, cues: [] };
  cues.sort((a, b) => b[1] - a[1]);
  return { local: Math.sqrt(local / norm), article: Math.sqrt(wide / norm), cues: cues.slice(0, 3).map(([w]) => w) };
}

/**
 * How much the entries named without doubt in the article point to this candidate: per
 * anchor, a link between the two (either way, or a link they share) or one naming the
 * other in its description or roles; summed over anchors, on a log scale.
 */
function coherenceOf(p: EntryProfile, profiles: RegistryProfiles, anchors: Anchors, form: string): number {
  let hits = 0;
  const ownName = p.entry.name.toLowerCase();
  for (const anchorId of anchors.counts.keys()) {
    if (anchorId === p.entry.id) continue;
    const a = profiles.profile(anchorId);
    if (!a) continue;
    let hit = a.links.has(p.entry.id) || p.links.has(anchorId);
    if (!hit) for (const link of a.links) if (link !== anchorId && p.links.has(link)) hit = true;
    if (!hit) hit = namesIn(a.prose, ownName) || a.names.some((n) => n !== form && namesIn(p.prose, n));
    if (hit) hits++;
  }
  return Math.log1p(hits);
}

/** +1 when every word of the qualifier is the entry's ("Kettering, Northamptonshire"), -1 when one is not. */
function qualifierFit(p: EntryProfile, qualifier: string[]): number {
  return qualifier.every((w) => p.weights.has(w)) ? 1 : -1;
}
