/**
 * Scores each candidate entry of one shared-name mention from signals that need no
 * network and no model: the mention is the entry's full name; the context's type agrees
 * with the entry's; the words around the mention and in the whole article are the
 * entry's words (weighted by rarity across the registry); the entry is coherent with the
 * entries the article names without doubt (it links to them or they to it, one names the
 * other in its description), and their descriptions near the mention share its words;
 * the entry is itself named without doubt elsewhere in the article; a place qualifier written after the name ("Newport, Rhode Island") is the
 * entry's; the sentence's cue (cue.ts) and a "the" before the name fit the entry's kind;
 * the mention is not set against the entry ("the other X"); the mention shortens a
 * fuller name of the entry written before it ("Rovers" after "Hamilton Rovers"); the kind of
 * place said before it ("the province of X") is the entry's; a team plays the sport spoken of;
 * a county or province the article names in full elsewhere ("County Cork") is not its bare name;
 * the words in apposition to a person's name ("the referee, X") are the entry's roles.
 * The weights are fixed here (WEIGHTS); the numbers that turn scores into decisions are
 * decide.ts's DECISION, and `npm run tune:linking` searches both together.
 */
import type { EntryProfile, RegistryProfiles, Side } from './profile';
import type { Sex } from './gender';
import { sportAgrees, type Sport } from './sport';
import { namesIn } from './profile';
import type { ArticleContext } from './context';
import { typeAgreement, type TypeHint } from './typeHint';
import { cueFit, type Cue } from './cue';
import { definiteFit } from './definite';
import { namedInFullElsewhere, saidKindFit } from './placeKindFit';
import { wordsOf } from './words';
import type { TextSpan } from '../../types';
import { registryDefault } from './registryDefault';
import { roleMatches } from './role';
import { ADMIN_KINDS, kindAgrees } from './placeKind';

/** A shared-name mention as the scorer sees it. */
export interface ScoredMention extends TextSpan {
  /** The mention's text as written, possessive stripped. */
  form: string;
  /** Candidate entry ids in registry order. */
  ids: readonly string[];
  hint?: TypeHint;
  /** What the words around it say about its kind ("Hamilton said", "Okafor … its"). */
  cue?: Cue;
  /** The words of a place written after the name (", Rhode Island"), when there is one. */
  qualifier?: string[];
  /** 1 when "the" stands before the name itself ("the Severn", "The Kestrel is"). */
  definite: number;
  /** A side of a results line whose other side is no person (matchReport.ts facesNoPerson). */
  facesNoPerson?: boolean;
  /** Written with no "the" before it, in a line that ends a sentence (definite.ts writtenBare). */
  bare?: boolean;
  /** "the other Daniel Price", "another River Avon": not an entry named before it. */
  contrast?: boolean;
  /** For such a mention, what the mentions of its form before it were decided as (after a first round). */
  contrastIds?: ReadonlySet<string>;
  /** Entries another mention of this form was told apart as by a place qualifier ("Perth in Western Australia"): an unqualified mention is the other one. */
  qualifiedElsewhere?: ReadonlySet<string>;
  /** The candidate whose name the lower-case words after the mention complete ("the Eden district"). */
  continued?: string;
  /** The cue is said outright ("the village of X"): an entry it excludes does not fit. */
  outright?: boolean;
  /** The side (men's or women's) the mention's sentence speaks of, when it names one. */
  side?: Side;
  /** The sport the mention's sentence, else its article, speaks of (sport.ts): a team of another sport is no reading of it. */
  sport?: Sport;
  /** The article names no sport and has no word of a game ("Uganda and Kenya have argued over milk"): a team is a reading of it only where its own words say a team ("Kelso have asked"). */
  gameless?: boolean;
  /** The kind of place the words around it or its dateline say it is ("the province of X", "X, the city"; placeKind.ts). */
  placeKind?: string;
  /**
   * The mention is a dateline's town: its placeKind comes from where it stands, not from words, and tells the
   * town from its province without ruling out a club of its name (as an anchor it pulled the article's bare
   * mentions of the club to the town).
   */
  dateline?: boolean;
  /** The words describing a person in apposition ("the referee, X,"; role.ts), when some candidates are people. */
  role?: string[];
  /** Written as a team in a match report ("Iceland's women drew 1-1 with Denmark", "Prescott 6 Gallup 4"): a place, or an organization that is no team, is not what it names. */
  asTeam?: boolean;
  /**
   * The sex its courtesy title gives ("Mr Pryce", "Frau Vogler"), else the narrator's next "he" or "she" ("Archuleta said he
   * would not sell"; gender.ts): a person described as the other is not what it names.
   */
  sex?: Sex;
  /** The entry a fuller name before it names ("Rovers" after "Hamilton Rovers"), when none of the candidates is called by the form itself. */
  shortFor?: string;
}

/**
 * What the article already says without doubt: entries linked by unshared names, by the
 * front matter, or (second round) by confident decisions of other forms.
 */
export interface Evidence {
  /** Entry id → the forms (lower case) that named it, so a form's own decisions never count as evidence for itself. */
  anchors: Map<string, Set<string>>;
  /** Entry id → the words of the mentions that named it: they are the entry's name, not context for it. */
  anchorWords: Map<string, Set<string>>;
  /** The anchored mentions in document order, for the entries named near a mention. */
  placed: AnchoredMention[];
  /** Per form: the anchors of other forms and their entries' words (cleared whenever anchors are added). */
  byForm: Map<string, { others: Set<string>; topic: Set<string> }>;
}

/** A mention linked without doubt. */
export interface AnchoredMention extends TextSpan {
  id: string;
  form: string;
}

/** One candidate's signals and its combined score. */
export interface CandidateScore {
  id: string;
  full: number;
  type: number;
  cue: number;
  /** The cue `cue` was scored against, when there was one. */
  cueKind?: Cue;
  /** How the name's "the" (or its absence) fits the entry. */
  definite: number;
  local: number;
  article: number;
  coherence: number;
  seen: number;
  qualifier: number;
  /** -1 for an entry the mention is set against ("the other Daniel Price"). */
  contrast: number;
  /** 1 for the entry whose fuller name the mention shortens. */
  shortFor: number;
  /** 1 for the entry the registry gives the bare name as its id when another candidate of its type has a qualified id (registryDefault). */
  prior: number;
  /** False when the context contradicts this entry (a person-shaped mention and a town; another place's qualifier). */
  fits: boolean;
  /** A team ruled out because it plays another sport, or is the other side (men's, women's), than the mention's context speaks of. */
  wrongTeam: boolean;
  /** A team of the very sport the mention's context speaks of, of its side: the registry has the side the mention names. */
  rightTeam: boolean;
  /** The combined score (higher is better); not bounded. */
  raw: number;
  /** The telling context words this entry shares with the article, best first (for the reason). */
  cues: string[];
}

/** How much a word of the anchors' entries counts against one of the article itself (article-wide, and near the mention). */
const TOPIC_SHARE = 0.5;
/** How near (in UTF-16 units, same paragraph or not) an anchored mention must be for its entry's words to count as local context. */
const NEARBY = 200;
/** Evidence (summed rarity) at which the local and the article-wide signals reach 63% of their maximum. */
const LOCAL_SCALE = 6;
const ARTICLE_SCALE = 8;

/**
 * The weight of each signal in the combined score. `seen` (the entry is named without
 * doubt elsewhere) is kept as a signal for the reason but weighs nothing on its own: the
 * words of that entry already count as the article's topic, and a founder named in full
 * must not pull every "Okafor" of the article away from her company. The values are what
 * `npm run tune:linking` chose on the linking sets whose mistakes have been read (stop 30),
 * from the hand-set ones before it; the blind sets measured the change once.
 */
export const WEIGHTS = {
  full: 0.375,
  type: 1.125,
  cue: 2.5,
  definite: 1.4,
  local: 3,
  article: 0.75,
  coherence: 0.375,
  seen: 0,
  qualifier: 2.5,
  contrast: 1.125,
  shortFor: 2,
  prior: 0.4,
  placeKind: 2.5,
  /** Against a county, state or province named in full elsewhere ("County Cork"), for its bare name. */
  adminElsewhere: 1,
  /** For the people a name's apposition describes ("the referee, Peter Otieno"). */
  role: 2.5,
} as const;

/** A form that says its own kind ("River Avon"): "the" before it says nothing more. */
const KIND_IN_FORM = /\b(?:river|lake|loch|lough|canal|estuary|reservoir)\b/i;

/** Scores every candidate of `m`; the result is in the order of `m.ids`. */
export function scoreCandidates(m: ScoredMention, profiles: RegistryProfiles, article: ArticleContext, evidence: Evidence): CandidateScore[] {
  const formWords = new Set(wordsOf(m.form));
  const form = m.form.toLowerCase();
  let known = evidence.byForm.get(form);
  if (!known) {
    const others = otherAnchors(evidence.anchors, form);
    evidence.byForm.set(form, (known = { others, topic: topicOf(others, profiles) }));
  }
  const { others, topic } = known;
  const around = article.around(m);
  // The entries named near the mention describe its neighbourhood ("Perth and Dundee": Dundee is on the Tay);
  // an entry's own mentions nearby lend it none of its own words (they would only repeat its profile).
  const nearBy = new Map<string, Set<string>>();
  for (const a of evidence.placed) {
    if (a.end < m.start - NEARBY || a.start > m.end + NEARBY || a.form === form) continue;
    for (const word of profiles.profile(a.id)?.weights.keys() ?? []) {
      if (around.has(word)) continue;
      const ids = nearBy.get(word);
      if (ids) ids.add(a.id);
      else nearBy.set(word, new Set([a.id]));
    }
  }
  // A qualifier no candidate has rules them all out ("Hamilton, Bermuda"); one that some have favours those.
  const qualified = m.qualifier ? m.ids.map((id) => qualifierFits(profiles.profile(id), m.qualifier!)) : undefined;
  const anyQualified = qualified?.some(Boolean) ?? false;
  const byDefault = registryDefault(m.form, m.ids, profiles);
  const hasSettlement = m.ids.some((id) => profiles.profile(id)?.placeKind === 'settlement');
  const byRole = roleMatches(m.form, m.ids, m.role, profiles);
  // "the province of X": the candidates of that kind, when there are some, are the only places it can be (kindNamed);
  // the same words say the name is a place at all: "the provincial council of León", "Valencia, the region" are no club (kindSaid).
  const { named: kindNamed, said: kindSaid } = saidKindFit(m, profiles);
  // "the Morlaix burst through the quays": with a river among the candidates, "the X" is the river; a town or a club is never written so.
  const riverWithThe = m.definite === 1 && m.ids.some((id) => profiles.profile(id)?.kind === 'water');
  // "Paraguay's Supreme Court", "Paraguay is unusual in the Americas": a river is written with "the", so a name written bare
  // in a sentence, with no word of water around it, is the country or the town that shares the river's name.
  const riverWrittenBare =
    m.bare === true &&
    m.cue !== 'water' &&
    !KIND_IN_FORM.test(m.form) &&
    m.ids.some((id) => profiles.profile(id)?.entry.type === 'place' && profiles.profile(id)?.kind !== 'water');
  // "published in Greenlandic and Danish": with a language among the candidates, the name is the language.
  const languageSaid = m.cue === 'language' && m.ids.some((id) => profiles.profile(id)?.kind === 'language');
  const scores: CandidateScore[] = [];
  m.ids.forEach((id, rank) => {
    const p = profiles.profile(id);
    if (!p) return;
    const full = p.entry.name.toLowerCase() === form ? 1 : 0;
    const fit = typeAgreement(m.hint, p.entry.type);
    const cue = cueFit(m.cue, p.entry.type, p.kind);
    const definite = definiteFit(m.definite, p.entry.type, p.kind, KIND_IN_FORM.test(m.form));
    const { local, article: wide, cues } = similarity(p, formWords, around, nearBy, article.bag, topic);
    const coherence = coherenceOf(p, profiles, others, form);
    const seen = others.has(id) ? 1 : 0;
    // "County Cork" named in full elsewhere: the writer tells the county from the city by its full form, so a bare "Cork" is the city.
    const adminElsewhere =
      hasSettlement && p.placeKind !== undefined && ADMIN_KINDS.has(p.placeKind) && namedInFullElsewhere(evidence.anchors.get(id), form) ? 1 : 0;
    const qualifier = qualified ? (qualified[rank] ? 1 : -1) : 0;
    // Told apart from entries named before: "the other X", or an unqualified X where another X was qualified.
    const contrast = m.contrastIds?.has(id) || m.qualifiedElsewhere?.has(id) ? -1 : 0;
    const shortFor = m.shortFor === id || m.continued === id ? 1 : 0;
    const prior = byDefault === id ? 1 : 0;
    const raw =
      WEIGHTS.full * full +
      WEIGHTS.type * fit.score +
      WEIGHTS.cue * cue +
      WEIGHTS.definite * definite +
      WEIGHTS.local * local +
      WEIGHTS.article * wide +
      WEIGHTS.coherence * coherence +
      WEIGHTS.seen * seen +
      WEIGHTS.qualifier * qualifier +
      WEIGHTS.contrast * contrast +
      WEIGHTS.shortFor * shortFor +
      WEIGHTS.prior * prior -
      WEIGHTS.adminElsewhere * adminElsewhere +
      WEIGHTS.role * (byRole.has(id) ? 1 : 0) +
      WEIGHTS.placeKind * (kindNamed && p.entry.type === 'place' && p.placeKind !== undefined ? (kindAgrees(p.placeKind, m.placeKind!) ? 1 : -1) : 0) -
      0.01 * rank;
    // A team of the other side or of another sport, or a place where a match report names a team, is no reading of the mention.
    const otherSide = m.side !== undefined && p.side !== undefined && p.side !== m.side;
    const otherSport = !sportAgrees(m.sport, p.sport);
    const otherSex = m.sex !== undefined && p.sex !== undefined && p.sex !== m.sex;
    const fits =
      !fit.ruledOut &&
      !(qualified && !anyQualified) &&
      !otherSide &&
      !otherSport &&
      !otherSex &&
      !(m.outright && cue < 0) &&
      // A side in a results line is a team, or a player (a tennis score), never a place, a product or another body.
      !(m.asTeam && p.entry.type !== 'person' && !(p.entry.type === 'organization' && p.kind === 'team')) &&
      !(m.facesNoPerson && p.entry.type === 'person') &&
      !(m.gameless && p.kind === 'team' && m.cue !== 'team') &&
      !(riverWithThe && (p.placeKind === 'settlement' || p.kind === 'team')) &&
      !(languageSaid && p.kind !== 'language') &&
      !(riverWrittenBare && p.kind === 'water') &&
      // A dateline's name in capitals opening its line ("ULAANBAATAR, March 3 (Wire) -") is where the story was filed.
      // "Angola have won … more often than any other country": a side written as a team may be called a country.
      !(((kindSaid && !(m.asTeam && m.placeKind === 'country')) || m.dateline) && p.entry.type !== 'place');
    scores.push({
      id,
      full,
      type: fit.score,
      cue,
      cueKind: m.cue,
      definite,
      local,
      article: wide,
      coherence,
      seen,
      qualifier,
      contrast,
      shortFor,
      prior,
      fits,
      // A dateline's town or a place the words call a place is no side at all, of this sport or another.
      wrongTeam: (otherSport || otherSide) && !m.dateline && !kindSaid,
      rightTeam: p.kind === 'team' && m.sport !== undefined && p.sport === m.sport && !otherSide,
      raw,
      cues,
    });
  });
  return scores;
}

/** The anchors named by some form other than `form`. */
function otherAnchors(anchors: Map<string, Set<string>>, form: string): Set<string> {
  const out = new Set<string>();
  for (const [id, forms] of anchors) if (forms.size > 1 || !forms.has(form)) out.add(id);
  return out;
}

/** The words of the anchors' entries: what the article is about, as the registry describes it. */
function topicOf(anchors: Set<string>, profiles: RegistryProfiles): Set<string> {
  const out = new Set<string>();
  for (const id of anchors) for (const word of profiles.profile(id)?.weights.keys() ?? []) out.add(word);
  return out;
}

/**
 * The evidence the words near the mention and in the article give for the entry: the
 * rarity-weighted sum of the entry's telling words found there (not the mention's own
 * words), saturating towards 1, so a one-word description ("Country") cannot match as
 * fully as a description whose several rare words are all in the article.
 */
function similarity(
  p: EntryProfile,
  formWords: Set<string>,
  around: Map<string, number>,
  nearBy: Map<string, Set<string>>,
  bag: Map<string, number>,
  topic: Set<string>,
): { local: number; article: number; cues: string[] } {
  let local = 0;
  let wide = 0;
  const cues: [string, number][] = [];
  for (const [word, idf] of p.weights) {
    // The mention's own words are no context for it.
    if (formWords.has(word)) continue;
    const anchored = nearBy.get(word);
    const near = around.get(word) ?? (anchored && (anchored.size > 1 || !anchored.has(p.entry.id)) ? TOPIC_SHARE : undefined);
    if (near !== undefined) local += idf * near;
    if (bag.has(word)) {
      wide += idf;
      cues.push([word, idf * (1 + (near ?? 0))]);
    } else if (topic.has(word)) wide += TOPIC_SHARE * idf;
  }
  cues.sort((a, b) => b[1] - a[1]);
  return { local: 1 - Math.exp(-local / LOCAL_SCALE), article: 1 - Math.exp(-wide / ARTICLE_SCALE), cues: cues.slice(0, 3).map(([w]) => w) };
}

/**
 * How much the entries named without doubt in the article point to this candidate: per
 * anchor, a link between the two (either way, or a link they share) or one naming the
 * other in its description or roles; summed over anchors, on a log scale.
 */
function coherenceOf(p: EntryProfile, profiles: RegistryProfiles, anchors: Set<string>, form: string): number {
  let hits = 0;
  for (const anchorId of anchors) {
    if (anchorId === p.entry.id) continue;
    const a = profiles.profile(anchorId);
    if (!a) continue;
    let hit = a.links.has(p.entry.id) || p.links.has(anchorId);
    if (!hit) for (const link of a.links) if (link !== anchorId && p.links.has(link)) hit = true;
    // A description naming the shared form itself ("Norway forward") does not say which entry it means.
    if (!hit) hit = (p.names[0] !== form && namesIn(a.prose, p.phrases[0])) || a.names.some((n, k) => n !== form && namesIn(p.prose, a.phrases[k]));
    if (hit) hits++;
  }
  return Math.log1p(hits);
}

/** True when every word of the qualifier is the entry's ("Kettering, Northamptonshire"). */
export function qualifierFits(p: EntryProfile | undefined, qualifier: string[]): boolean {
  return p !== undefined && qualifier.every((w) => p.weights.has(w));
}
