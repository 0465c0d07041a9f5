/**
 * Disambiguation (issue 10): every mention whose text several registry entries claim
 * gets one of them, or none, decided in this order:
 * 1. the article's front matter (`links:`) decides the mentions it names;
 * 2. a surname or short form the context reads as a person follows the fuller name it
 *    shortens ("Price" after "council leader Daniel Price"), see follow.ts and decide.ts; so does one
 *    that speaks right after a person's fuller name (`"…," Okafor said` after "Amara
 *    Okafor"), even when a company shares the name and the tagger reads no person there;
 * 3. every other mention is scored (score.ts) against the entries named without doubt
 *    in the article, twice: the second time with the confident decisions of the first
 *    as further anchors;
 * 4. one sense per article: the mentions of one form share their evidence, so a later
 *    "Portsmouth" follows the first unless its own context clearly says otherwise
 *    ("the Kent" is another form than "Kent" when a candidate is a river);
 * 5. a mention whose type or qualifier contradicts every candidate stays unregistered
 *    (it keeps its candidates, so the editor can offer them); so does a place that only
 *    one entry claims when a match report writes it as a team (neighbours.ts).
 * Between the rounds, "the other X" is set against what the mentions of X before it
 * were decided as, and an unqualified X against what a place-qualified X was.
 * Mentions get `candidates` (best first, scores in [0, 1] summing to 1), `ambiguous`
 * when the first two are close, `linkReason` and `linkSource`.
 */
import type { Registry } from '../../registry';
import type { EntityMention, FrontMatterLinks, LinkCandidate, TextSpan } from '../../types';
import { slugify } from '../../slug';
import { ArticleContext } from './context';
import { fullerNames, personRightBefore, tokensOf } from './follow';
import { partitionPoint } from '../../spans';
import { frontMatterChoices, linkFormOf } from './frontMatterChoice';
import { profilesOf } from './profile';
import { roleMatches } from './role';
import { decideHeadlined, headlineCompany } from './headline';
import { cueOf } from './cue';
import { titleSexBefore } from './gender';
import { otherSexThan, pronounSexOf } from './mentionSex';
import { mentionEvidence } from './mentionEvidence';
import { continuedAs, genericUse, namesakeIntroduced, placesWrittenAsTeams, unregisteredNamesake } from './neighbours';
import { placeKindNamed } from './placeKindFit';
import { scoreCandidates, WEIGHTS, type Evidence } from './score';
import { marginOf, probabilities } from './probabilities';
import { decide, DECISION, follow, oneSense, unlinkedType, type Decision } from './decide';
import { wordsOf } from './words';
import { surnamesOfNamesakes } from './namesakes';
import { sportOfBriefAmongSports } from './sport';
import type { TypeHint } from './typeHint';

export { typeHintOf, type TypeHint } from './typeHint';
export { placesWrittenAsTeams } from './neighbours';
export { surnamesOfNamesakes } from './namesakes';
export { linkFormOf, linkOccurrences, frontMatterChoices, unknownLinkIds, type UnknownLinkId } from './frontMatterChoice';

/** A mention whose text several registry entries claim: the claimants in registry order and the context's type. */
export interface SharedName {
  ids: readonly string[];
  hint?: TypeHint;
}

/**
 * How shared names are decided: in context (the product), or one of the evaluation's
 * baselines: the first entry in registry order, or the first whose type agrees with
 * the context's (then the first).
 */
export type LinkStrategy = 'context' | 'first-entry' | 'type-only';

/** What the article adds to the registry: the reader's choices, and (for evaluations) the strategy. */
export interface DisambiguateOptions {
  links?: FrontMatterLinks;
  strategy?: LinkStrategy;
  /** placesWrittenAsTeams of the mentions, when the caller has read them already (findEntities does, to know whether to call). */
  teams?: readonly EntityMention[];
  /** surnamesOfNamesakes of the mentions, when the caller has read them already. */
  namesakes?: ReadonlyMap<EntityMention, EntityMention>;
}

/** Below this gap between the first two candidates' scores the choice is flagged as ambiguous. */
export const AMBIGUOUS_MARGIN = 0.25;

/**
 * Decides every shared-name mention in place (mentions sorted by start) and applies the
 * front matter's choices to any mention. Returns the mentions left unregistered on
 * purpose, which within-article linking must not join to a registered cluster.
 */
export function disambiguate(
  text: string,
  spans: readonly TextSpan[],
  mentions: EntityMention[],
  shared: ReadonlyMap<EntityMention, SharedName>,
  registry: Registry,
  options: DisambiguateOptions = {},
): Set<EntityMention> {
  const unlinked = new Set<EntityMention>();
  const decisions = new Map<EntityMention, Decision>();
  const strategy = options.strategy ?? 'context';
  if (strategy === 'context') {
    for (const [m, id] of frontMatterChoices(mentions, options.links, registry))
      decisions.set(m, { id, reason: 'chosen in the front matter', source: 'front-matter' });
  }
  if (strategy === 'context') {
    for (const m of options.teams ?? placesWrittenAsTeams(text, mentions, (x) => shared.has(x)))
      if (!decisions.has(m)) decisions.set(m, { id: null, reason: 'written as a team; the registry has only the place', source: 'scorer' });
    for (const [m, person] of options.namesakes ?? surnamesOfNamesakes(text, mentions, registry, (x) => shared.has(x)))
      if (!decisions.has(m)) decisions.set(m, { id: null, reason: `follows '${linkFormOf(person.text)}', who is not in the registry`, source: 'scorer' });
  }
  const sharedMentions = mentions.filter((m) => shared.has(m));
  if (sharedMentions.length > 0 && strategy !== 'context') {
    for (const m of sharedMentions) decisions.set(m, baseline(shared.get(m)!, registry, strategy));
  } else if (sharedMentions.length > 0) {
    decideInContext(text, spans, mentions, sharedMentions, shared, registry, decisions);
  }
  for (const [m, decision] of decisions) {
    const alone = !shared.has(m) && decision.id === null;
    const team = alone && m.type === 'place';
    write(m, decision, shared.get(m) ?? (alone ? { ids: [m.entityId] } : undefined), registry, unlinked);
    if (team) m.type = 'organization';
  }
  return unlinked;
}

function baseline(name: SharedName, registry: Registry, strategy: LinkStrategy): Decision {
  const agrees = strategy === 'type-only' && name.hint ? name.ids.find((id) => registry.byId.get(id)!.type === name.hint!.type) : undefined;
  return { id: agrees ?? name.ids[0], reason: strategy, source: 'scorer' };
}

/** Steps 2 to 5 of the file comment. */
function decideInContext(
  text: string,
  spans: readonly TextSpan[],
  mentions: EntityMention[],
  sharedMentions: EntityMention[],
  shared: ReadonlyMap<EntityMention, SharedName>,
  registry: Registry,
  decisions: Map<EntityMention, Decision>,
): void {
  const profiles = profilesOf(registry);
  const article = new ArticleContext(
    text,
    spans,
    mentions.filter((m) => m.registered),
  );
  const indexOf = new Map(mentions.map((m, i) => [m, i]));
  // The words of every mention, for short forms; only read when a mention may follow a fuller name.
  let tokens: string[][] | undefined;
  const evidence: Evidence = { anchors: new Map(), anchorWords: new Map(), placed: [], byForm: new Map() };
  const anchor = (id: string, m: EntityMention) => {
    const form = linkFormOf(m.text).toLowerCase();
    const forms = evidence.anchors.get(id);
    if (forms) forms.add(form);
    else evidence.anchors.set(id, new Set([form]));
    const words = evidence.anchorWords.get(id) ?? new Set<string>();
    for (const word of wordsOf(m.text)) words.add(word);
    evidence.anchorWords.set(id, words);
    evidence.placed.push({ start: m.start, end: m.end, id, form });
  };
  for (const m of mentions) {
    const decided = decisions.get(m);
    const id = decided ? decided.id : m.registered && !shared.has(m) ? m.entityId : null;
    if (id) anchor(id, m);
  }

  // The front matter's choices are kept; their mentions are scored too, so the editor can show the alternatives.
  const open = sharedMentions.filter((m) => !decisions.has(m));
  const followers = new Map<EntityMention, number[]>();
  /** Followers found by speaking right after a person's fuller name: following decides them as a title would. */
  const rightAfter = new Set<EntityMention>();
  const paragraphOf = (i: number) => partitionPoint(spans.length, (k) => spans[k].end <= mentions[i].start);
  const scored: EntityMention[] = [];
  /** Headline mentions and the company each shortens (decided as followers are, once every mention is scored). */
  const headlined = new Map<EntityMention, EntityMention>();
  // What the words around each shared mention say about its kind, read once for both loops below.
  const cues = new Map(sharedMentions.map((m) => [m, cueOf(text, m)]));
  // And, where a candidate is a person, the sex a courtesy title before each gives ("Mr Pryce"), else the narrator's
  // next "he" or "she", read once for both loops as well: only people are told apart by it.
  const sexes = new Map(
    sharedMentions.map((m) => [
      m,
      shared.get(m)!.ids.some((id) => registry.byId.get(id)?.type === 'person')
        ? (titleSexBefore(text, m.start) ?? pronounSexOf(text, mentions, indexOf.get(m)!))
        : undefined,
    ]),
  );
  for (const m of open) {
    // "three cities called Springfield": the name itself, none of its entries.
    if (genericUse(text, m)) {
      decisions.set(m, { id: null, reason: 'the name itself, not one of the entries called so', source: 'scorer' });
      continue;
    }
    // "Another Baek, Baek Min-seok, a union leader": a namesake the registry does not have.
    if (unregisteredNamesake(text, mentions, indexOf.get(m)!)) {
      decisions.set(m, { id: null, reason: 'another of the name, named in full: not in the registry', source: 'scorer' });
      continue;
    }
    // "Van Doorn wins…" above "Van Doorn Kassen, the greenhouse builder…" (headline.ts).
    if (spans.length > 0 && m.end <= spans[0].end) {
      tokens ??= mentions.map((x) => tokensOf(x.text));
      const company = headlineCompany(text, spans, mentions, tokens, indexOf.get(m)!, shared, registry);
      if (company) {
        headlined.set(m, company);
        continue;
      }
    }
    // Only a mention the context reads as a person follows a person's fuller name ("Jordan" the country does not follow "Mia Jordan").
    const cue = cues.get(m);
    const hint = shared.get(m)!.hint;
    // A speaker is a person too when a person's fuller name came before ("Hamilton said" after "Grace Hamilton").
    // A thing-cue that no candidate escapes ("Price said it would save money": every Price is a person) reads the wrong "it".
    const everyPerson = shared.get(m)!.ids.every((id) => registry.byId.get(id)!.type === 'person');
    const person =
      cue === 'person' ||
      cue === 'speaker' ||
      (hint?.type === 'person' && cue === undefined) ||
      (everyPerson && (cue === 'organization' || cue === 'not-person'));
    // A surname that speaks right after a person's fuller name is that person, whatever the tagger read (issue 16).
    const speaks = cue === 'speaker' && (hint === undefined || hint.from === 'tagger');
    if (person || speaks) tokens ??= mentions.map((x) => tokensOf(x.text));
    // Not a namesake the sentence set against the story's person ("she shares her name with a judge, Mercy Phiri"): the story's Phiri speaks.
    const rightBefore = speaks ? personRightBefore(tokens!, mentions, indexOf.get(m)!, paragraphOf) : undefined;
    const speaker = rightBefore !== undefined && !namesakeIntroduced(text, mentions[rightBefore]) ? rightBefore : undefined;
    // A fuller name later in the same sentence is not the one a short form stands for ("Marlow festival opens with Ruth Marlow's novel").
    let fuller =
      speaker !== undefined
        ? [speaker]
        : person
          ? fullerNames(tokens!, indexOf.get(m)!).filter(
              (j) => (mentions[j].start < m.start || /[.!?\n]/.test(text.slice(m.end, mentions[j].start))) && !namesakeIntroduced(text, mentions[j]),
            )
          : [];
    if (speaker !== undefined) rightAfter.add(m);
    // "the Eden district" names the district whose alias it completes, whoever "Eden" shortened before.
    // "Mr Pryce" follows no woman named in full before him ("Bethan Pryce"), nor "Frau Vogler" a man.
    const sex = sexes.get(m);
    if (sex) fuller = fuller.filter((j) => !otherSexThan(sex, mentions[j], profiles));
    if (fuller.length > 0 && !continuedAs(text, m, shared.get(m)!.ids, registry)) followers.set(m, fuller);
    else scored.push(m);
  }
  const scoredMention = mentionEvidence(text, mentions, sharedMentions, { shared, indexOf, registry, profiles, cues, sexes, placed: evidence.placed });
  const scoreAll = () => new Map(sharedMentions.map((m) => [m, scoreCandidates(scoredMention.get(m)!, profiles, article, evidence)]));

  // A mention qualified by a place ("Perth in Western Australia") is told apart by it: it decides alone, and lends its evidence to no other.
  // So is one whose kind of place is said ("the province of Groningen") when a candidate is of that kind, and a person
  // whose role says which of two people of one full name ("the deputy Juan Mamani" in a match report about the striker).
  const toldApart = (m: EntityMention): boolean => {
    const sm = scoredMention.get(m)!;
    return sm.qualifier !== undefined || sm.contrast || placeKindNamed(sm, profiles) || roleMatches(sm.form, sm.ids, sm.role, profiles).size > 0;
  };
  const grouped = scored.filter((m) => !toldApart(m));
  const alone = scored.filter(toldApart);
  const decideAll = () =>
    new Map([
      ...oneSense(
        grouped,
        scores,
        (x) => scoredMention.get(x)!.definite > 0 && shared.get(x)!.ids.some((id) => profiles.profile(id)?.kind === 'water'),
        (x) => sportOfBriefAmongSports(text, x.start),
      ),
      ...[...alone].map((m) => [m, decide(scores.get(m)!, new Map(scores.get(m)!.map((c) => [c.id, c.raw])), DECISION.noLink, false)] as const),
    ]);
  let scores = scoreAll();
  let chosen = decideAll();
  let added = false;
  for (const [m, decision] of chosen) {
    // The registry's default sense breaks ties; it is no evidence that makes a decision sure enough to anchor others.
    const evidenced = new Map([...decision.raw!].map(([id, raw]) => [id, raw - WEIGHTS.prior * (scores.get(m)!.find((c) => c.id === id)?.prior ?? 0)]));
    if (decision.id && marginOf(evidenced) >= DECISION.anchorMargin) {
      anchor(decision.id, m);
      added = true;
    }
  }
  // "the other X": set against what the mentions of the form before it were decided as.
  for (const m of alone) {
    const sm = scoredMention.get(m)!;
    if (!sm.contrast) continue;
    const key = sm.form.toLowerCase();
    const before = new Set<string>();
    for (const [other, decision] of chosen) if (decision.id && other.start < m.start && linkFormOf(other.text).toLowerCase() === key) before.add(decision.id);
    for (const a of evidence.placed) if (a.start < m.start && a.form === key) before.add(a.id);
    sm.contrastIds = before;
    added = true;
  }
  // The entry told apart by a place qualifier is not what the unqualified mentions of the form mean ("Perth in Western
  // Australia" sets the other Perth against it). When the article qualified two or more ("Salem in Tamil Nadu", a buyer
  // "in Salem, Massachusetts"), a bare mention is not the other one of them all: the context decides among them.
  const qualifiedAs = new Map<string, Set<string>>();
  for (const m of alone) {
    const decision = chosen.get(m)!;
    const sm = scoredMention.get(m)!;
    if (!decision.id || !sm.qualifier) continue;
    const key = sm.form.toLowerCase();
    qualifiedAs.set(key, (qualifiedAs.get(key) ?? new Set()).add(decision.id));
  }
  for (const m of sharedMentions) {
    const sm = scoredMention.get(m)!;
    const ids = qualifiedAs.get(sm.form.toLowerCase());
    if (ids?.size === 1 && !sm.qualifier) {
      sm.qualifiedElsewhere = ids;
      added = true;
    }
  }
  if (added) {
    evidence.placed.sort((a, b) => a.start - b.start);
    evidence.byForm.clear();
    scores = scoreAll();
    chosen = decideAll();
  }
  for (const [m, decision] of chosen) decisions.set(m, decision);
  for (const m of sharedMentions) {
    const decided = decisions.get(m);
    if (decided?.source === 'front-matter') decided.raw = new Map(scores.get(m)!.map((c) => [c.id, c.raw]));
  }

  // The headline's short name is the company the story names first, as sure as a title makes a surname its person.
  for (const [m, company] of headlined) decisions.set(m, decideHeadlined(company, scores.get(m)!));
  // Followers in document order: what they follow is decided by now (a fuller name, or an earlier follower).
  for (const m of open) {
    const fuller = followers.get(m);
    if (!fuller) continue;
    decisions.set(
      m,
      follow(
        text,
        m,
        fuller.map((j) => mentions[j]),
        scores.get(m)!,
        shared.get(m)!,
        scoredMention.get(m)!.cue,
        decisions,
        shared,
        registry,
        rightAfter.has(m),
      ),
    );
  }
}

/** Writes a decision on its mention. */
function write(m: EntityMention, decision: Decision, name: SharedName | undefined, registry: Registry, unlinked: Set<EntityMention>): void {
  let candidates: LinkCandidate[] | undefined;
  if (name) {
    candidates = decision.raw ? probabilities(decision.raw) : name.ids.map((entityId) => ({ entityId, score: 0 }));
    if (decision.id !== null && candidates[0].entityId !== decision.id) {
      // The front matter's choice (or a fitting entry behind an unfitting one) comes first.
      const at = candidates.findIndex((c) => c.entityId === decision.id);
      if (at > 0) candidates.unshift(...candidates.splice(at, 1));
    }
  }
  if (decision.id !== null) {
    const entry = registry.byId.get(decision.id)!;
    m.entityId = entry.id;
    m.type = entry.type;
    m.registered = true;
    if (!name) m.source = 'registry';
    m.linkSource = decision.source;
    m.linkReason = decision.reason;
    if (candidates) {
      m.candidates = candidates;
      if (
        decision.source === 'scorer' &&
        candidates.length > 1 &&
        candidates[0].entityId === decision.id &&
        candidates[0].score - candidates[1].score < AMBIGUOUS_MARGIN
      )
        m.ambiguous = true;
    }
    return;
  }
  m.registered = false;
  m.entityId = slugify(m.text);
  m.type = unlinkedType(name, registry);
  m.source = name?.hint?.from === 'tagger' ? 'tagger' : 'heuristic';
  m.linkSource = decision.source;
  m.linkReason = decision.reason;
  if (candidates) m.candidates = candidates;
  unlinked.add(m);
}
