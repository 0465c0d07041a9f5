/**
 * How a shared name's scores become a decision (steps 2 and 4 of the disambiguator, see
 * index.ts): a surname or short form following a fuller name, the occurrences of one form
 * agreeing unless one's own evidence outweighs the rest, and "no link" when nothing fits.
 */
import type { Registry } from '../../registry';
import type { EntityMention, EntityType } from '../../types';
import type { Cue } from './cue';
import { linkFormOf } from './frontMatterChoice';
import { misfit, reasonFor } from './reasons';
import type { CandidateScore } from './score';
import type { SharedName } from './index';

/** One mention's outcome before it is written. */
export interface Decision {
  id: string | null;
  /** Combined scores by id (absent for front-matter choices of unshared names). */
  raw?: Map<string, number>;
  reason: string;
  source: 'front-matter' | 'scorer';
}

/**
 * The numbers that turn scores into decisions. One object, with the signal weights of
 * score.ts (WEIGHTS), so `npm run tune:linking` can search them together on the sets
 * whose mistakes have been read; the values here are what that search chose.
 */
export const DECISION = {
  /** A candidate needs at least this combined score to be linked at all: below it, "no link" wins. */
  noLink: -2,
  /** What following a fuller name adds: decisive after a title ("Ms Price"), a strong hint after the tagger's person reading. */
  followSure: 6,
  follow: 2.5,
  /** What being the nearest of several fuller names, in the mention's paragraph, adds. */
  recent: 0.75,
  /** How much the other mentions of a form weigh on one of them, against its own evidence (1). */
  sense: 0.25,
  /** A first round's decision this sure becomes an anchor for the second round. */
  anchorMargin: 0.625,
};

/**
 * Step 4: per form (and per sport of the brief it stands in, on a page of briefs), every occurrence's scores averaged
 * with the form's mean, so the occurrences agree unless one's own evidence outweighs the rest.
 */
export function oneSense(
  scored: EntityMention[],
  scores: Map<EntityMention, CandidateScore[]>,
  theWater: (m: EntityMention) => boolean,
  sportOf: (m: EntityMention) => string | undefined = () => undefined,
): Map<EntityMention, Decision> {
  const groups = new Map<string, EntityMention[]>();
  for (const m of scored) {
    // "the Kent" and "Kent" are two names when a candidate is a river: the article may name the river and the county.
    // A page of briefs names one country's sides in several sports: each sport's briefs agree among themselves.
    const key = linkFormOf(m.text).toLowerCase() + (theWater(m) ? '\u0000the' : '') + '\u0000' + (sportOf(m) ?? '');
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const out = new Map<EntityMention, Decision>();
  for (const group of groups.values()) {
    const sum = new Map<string, number>();
    for (const m of group) for (const c of scores.get(m)!) sum.set(c.id, (sum.get(c.id) ?? 0) + c.raw);
    for (const m of group) {
      const own = scores.get(m)!;
      // Its own evidence in full, and the mean of the others' at DECISION.sense, so a clear context of its own wins.
      const raw = new Map(own.map((c) => [c.id, group.length > 1 ? c.raw + (DECISION.sense * (sum.get(c.id)! - c.raw)) / (group.length - 1) : c.raw]));
      out.set(m, decide(own, raw, DECISION.noLink, group.length > 1));
    }
  }
  return out;
}

/**
 * The best fitting candidate by `raw`; no link when none fits, when "no link" scores higher, or when the
 * candidate the context reads most like is a team of another sport or side (a side the registry lacks).
 */
export function decide(own: CandidateScore[], raw: Map<string, number>, noLink: number, grouped: boolean, noLinkReason?: string): Decision {
  let best: CandidateScore | undefined;
  let top: CandidateScore | undefined;
  for (const c of own) if (!top || raw.get(c.id)! > raw.get(top.id)!) top = c;
  // The context reads most like a team the registry has, but of another sport or side: the mention names a side the registry lacks.
  // Not when a fitting team of the mention's own sport is there: then the article's other sports only lent their words.
  if (top?.wrongTeam && !own.some((c) => c.rightTeam && c.fits))
    return { id: null, raw, reason: 'a team of another sport or side than the candidates', source: 'scorer' };
  for (const c of own) if (c.fits && raw.get(c.id)! > noLink && (!best || raw.get(c.id)! > raw.get(best.id)!)) best = c;
  if (!best) return { id: null, raw, reason: noLinkReason ?? misfit(own), source: 'scorer' };
  const ownBest = fitted(own);
  const bySense = grouped && ownBest !== undefined && ownBest.id !== best.id;
  return { id: best.id, raw, reason: reasonFor(best, bySense), source: 'scorer' };
}

/**
 * Step 2: following the fuller name adds to its entity's score (or to "no link" when the
 * fuller name is not in the registry or is another entry), decisively after a title or
 * when `rightAfter` (the mention speaks right after the fuller name).
 */
export function follow(
  text: string,
  m: EntityMention,
  fuller: EntityMention[],
  scores: CandidateScore[],
  name: SharedName,
  cue: Cue | undefined,
  decisions: Map<EntityMention, Decision>,
  shared: ReadonlyMap<EntityMention, SharedName>,
  registry: Registry,
  rightAfter = false,
): Decision {
  const idOf = (f: EntityMention): string | null => {
    const d = decisions.get(f);
    if (d) return d.id;
    return f.registered && !shared.has(f) ? f.entityId : null;
  };
  // A short form before every fuller name (a headline) stands for the first person the article then names in full,
  // even when a namesake is named in full later ("Okonjo's novel…" above "Sarah Okonjo" and "also called Sarah Okonjo").
  if (fuller[0].start > m.start) fuller = fuller.slice(0, 1);
  const ids = new Set(fuller.map(idOf));
  const raw = new Map(scores.map((c) => [c.id, c.raw]));
  const decided = decisions.get(fuller[0]);
  const type = decided?.id ? registry.byId.get(decided.id)!.type : decided ? unlinkedType(shared.get(fuller[0]), registry) : fuller[0].type;
  const before = fuller[0].start < m.start;
  // A title, or speech ("Hamilton said" after "Grace Hamilton"), makes the short form that person's.
  const sure = rightAfter || name.hint?.from === 'title' || cue === 'speaker' || cue === 'person';
  const bonus = sure ? DECISION.followSure : DECISION.follow;
  const fullName = linkFormOf(fuller[0].text);
  const sameParagraph = before && !/\n\s*\n/.test(text.slice(fuller[0].end, m.start));
  // A fuller name that is no person, or fuller names after it that disagree: the mention is scored on its own.
  if (type !== 'person' || (ids.size !== 1 && !before)) return decide(scores, raw, DECISION.noLink, false);
  const unregistered = idOf(fuller[0]) === null;
  const namesake = (): Decision => ({ id: null, raw, reason: `follows '${fullName}', which is not in the registry`, source: 'scorer' });
  // A person's surname in the very paragraph that named an unregistered namesake in full is the namesake's, whoever else
  // was named ("… said Aiko Tanaka, a guide. Tanaka has led groups"; "The forward Maximilian Huber added 14 points. Huber, whose father…").
  if (unregistered && sameParagraph && name.hint?.type === 'person') return namesake();
  if (ids.size !== 1) {
    // Different people named in full before it: the nearest one when it is not in the registry ("the younger Wrona"
    // after "Piotr Wrona"), else the context chooses among the registered ones.
    if (unregistered && sure) return namesake();
    // The nearest is the likelier when it is in the same paragraph or the one before, with no whole paragraph between
    // (DECISION.recent more: "Dr Okonjo" opening the paragraph after "…is also called Sarah Okonjo"); a context that clearly names another wins.
    const nearest = /\n[^\n]*\n[^\n]*\S[^\n]*\n/.test(text.slice(fuller[0].end, m.start)) ? undefined : idOf(fuller[0]);
    for (const id of ids) if (id !== null && raw.has(id)) raw.set(id, raw.get(id)! + DECISION.follow + (id === nearest ? DECISION.recent : 0));
    return decide(scores, raw, DECISION.noLink, false);
  }
  const [id] = ids;
  if (id !== null && raw.has(id)) {
    raw.set(id, raw.get(id)! + bonus);
    const d = decide(scores, raw, DECISION.noLink, false);
    if (d.id === id) d.reason = `follows '${fullName}'`;
    return d;
  }
  return decide(scores, raw, DECISION.noLink + bonus + 2, false, `follows '${fullName}', which is ${id === null ? 'not in the registry' : 'another entry'}`);
}

/** The best candidate that fits, by raw score. */
export function fitted(scores: CandidateScore[]): CandidateScore | undefined {
  let best: CandidateScore | undefined;
  for (const c of scores) if (c.fits && (!best || c.raw > best.raw)) best = c;
  return best;
}

/** The type of a shared name left unregistered: the context's, else the candidates' when they agree, else the first's. */
export function unlinkedType(name: SharedName | undefined, registry: Registry): EntityType {
  if (name?.hint && name.hint.type !== 'other') return name.hint.type;
  const types = new Set(name?.ids.map((id) => registry.byId.get(id)!.type));
  return types.size === 1 ? [...types][0] : (registry.byId.get(name!.ids[0])?.type ?? 'other');
}
