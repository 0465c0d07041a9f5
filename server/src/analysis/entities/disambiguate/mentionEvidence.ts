/**
 * What the words around each shared mention say, gathered once before scoring (score.ts reads
 * it): its cue, the place qualifying it, "the" before it, a contrast ("the other X"), the
 * fuller name it shortens, the side and sport of its sentence, its dateline, the kind of place
 * said, a person's role, whether a match report writes it as a team, the sex a title or pronoun
 * gives, and the alias it continues.
 */
import type { Registry } from '../../registry';
import type { EntityMention } from '../../types';
import { sentenceAround } from './context';
import { outrightCue, type Cue } from './cue';
import { definiteOf, writtenBare } from './definite';
import { linkFormOf } from './frontMatterChoice';
import type { Sex } from './gender';
import { facesNoPerson, speaksOfGames, writtenAsTeam } from './matchReport';
import { continuedAs, contrastBefore, isRegion, listCue, shortFormOf } from './neighbours';
import { inDateline, placeKindAround } from './placeKind';
import { sideOf, type RegistryProfiles } from './profile';
import { qualifierOf } from './qualifier';
import { roleWordsOf } from './role';
import { qualifierFits, type Evidence, type ScoredMention } from './score';
import { articleSport, briefSport, sportOf } from './sport';
import type { SharedName } from './index';

/** What the disambiguator already knows when it gathers the evidence of each shared mention. */
export interface KnownSoFar {
  /** The candidates of each shared mention. */
  shared: ReadonlyMap<EntityMention, SharedName>;
  /** Each mention's index in the sorted mentions. */
  indexOf: ReadonlyMap<EntityMention, number>;
  registry: Registry;
  profiles: RegistryProfiles;
  /** cueOf of each shared mention, read once. */
  cues: ReadonlyMap<EntityMention, Cue | undefined>;
  /** The sex a title or the narrator's pronoun gives each shared mention with a person among its candidates. */
  sexes: ReadonlyMap<EntityMention, Sex | undefined>;
  /** The mentions anchored so far, in document order (for the fuller name a short form shortens). */
  placed: Evidence['placed'];
}

/** The evidence of each of `sharedMentions` (a subset of `mentions`, sorted by start) that the scorer weighs. */
export function mentionEvidence(
  text: string,
  mentions: readonly EntityMention[],
  sharedMentions: readonly EntityMention[],
  known: KnownSoFar,
): Map<EntityMention, ScoredMention> {
  const { shared, indexOf, registry, profiles, cues, sexes, placed } = known;
  const scoredMention = new Map<EntityMention, ScoredMention>();
  let sportOfArticle: string | undefined | null = null;
  let games: boolean | undefined;
  const isShared = (x: EntityMention) => shared.has(x);
  const placeKindOfEntry = (id: string) => profiles.profile(id)?.placeKind;
  for (const m of sharedMentions) {
    const i = indexOf.get(m)!;
    const name = shared.get(m)!;
    const form = linkFormOf(m.text);
    const cue = cues.get(m);
    const sentence = sentenceAround(text, m);
    const datelined = inDateline(text, m);
    // The sentence's sport, else its brief's in a list of briefs, else the article's (worked out once, when a sentence names none).
    const sport = sportOf(sentence) ?? briefSport(text, m.start) ?? (sportOfArticle === null ? (sportOfArticle = articleSport(text)) : sportOfArticle);
    scoredMention.set(m, {
      start: m.start,
      end: m.end,
      form,
      ids: name.ids,
      hint: name.hint,
      cue: cue ?? listCue(text, mentions, i, isShared),
      // A dateline's state or country ("BRANDON, Manitoba -") is the article's setting, evidence for every mention, not a qualifier of one.
      qualifier: datelined
        ? undefined
        : eventVenueAside(
            name.ids,
            registry,
            profiles,
            qualifierOf(
              text,
              mentions,
              i,
              (q) => isRegion(q, registry),
              (words) => name.ids.some((id) => qualifierFits(profiles.profile(id), words)),
              name.ids.every((id) => registry.byId.get(id)?.type === 'organization'),
            ),
          ),
      definite: definiteOf(text, m),
      bare: writtenBare(text, m),
      contrast: contrastBefore(text, m),
      shortFor: shortFormOf(form, name.ids, placed, m.start, registry),
      side: sideOf(sentence),
      // A dateline names the town the story was filed from.
      dateline: datelined,
      placeKind: placeKindAround(text, mentions, i, datelined, placeKindOfEntry, isShared),
      role: name.ids.filter((id) => registry.byId.get(id)?.type === 'person').length > 1 ? roleWordsOf(text, m) : undefined,
      sport,
      gameless: sport === undefined && !(games ??= speaksOfGames(text)),
      asTeam: writtenAsTeam(text, m, cue),
      facesNoPerson: facesNoPerson(text, mentions, i),
      sex: sexes.get(m),
      outright: outrightCue(text, m),
      continued: continuedAs(text, m, name.ids, registry),
    });
  }
  return scoredMention;
}

/**
 * The qualifier, unless every candidate is an event and none lies in the place: "played at the World Cup in India" names
 * where that World Cup was played, which an event's description need not say; it rules none of them out.
 */
function eventVenueAside(ids: readonly string[], registry: Registry, profiles: RegistryProfiles, qualifier: string[] | undefined): string[] | undefined {
  if (!qualifier || !ids.every((id) => registry.byId.get(id)?.type === 'event')) return qualifier;
  return ids.some((id) => qualifierFits(profiles.profile(id), qualifier)) ? qualifier : undefined;
}
