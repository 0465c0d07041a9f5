/**
 * What the sentence says about a name's kind, from the words right around it: a person
 * is referred back to as "he" or "she" and introduced by ", who"; an organization or a
 * place as "it"; something that "said" or "told" is a person or an organization, never a
 * town ("Hamilton said", "Okafor did not disclose its value"); a place is what one is "in"
 * or "from", and what has a government or a capital. Read on the text alone.
 */
import type { EntityType, TextSpan } from '../../types';

/**
 * A kind the words around a mention point to: a person, anything but a person, a speaker
 * (anything but a place), or a place ("in Norway", "Norway's government").
 */
export type Cue = 'person' | 'not-person' | 'speaker' | 'place';

const WHO_AFTER = /^[’']?s?,\s+who\b/;
const SPEECH_AFTER = /^\s+(?:said|says|told|added|argued|warned|insisted|admitted|explained|replied|declined|denied|confirmed|announced)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|according to)\s+$/;
/** Prepositions of place right before a name: a club is played "at" and "against", a country is travelled "in" and "from". */
const PLACE_BEFORE = /\b(?:in|into|from|across|throughout|near|around|outside|inside|within)\s+(?:the\s+)?$/;
/** What only a state or a town has ("Norway's government", "Jordan's capital"). */
const PLACE_AFTER = /^[’']s\s+(?:government|capital|economy|president|prime minister|parliament|population|borders?|coast|north|south|east|west|people)\b/;
/** The first third-person pronoun after the mention within its sentence. */
const PRONOUN = /\b(he|him|his|she|her|hers|it|its)\b|[.!?]["”’]?\s/i;

/** The cue of the words around `mention`, if any. */
export function cueOf(text: string, mention: TextSpan): Cue | undefined {
  const after = text.slice(mention.end, mention.end + 120);
  if (WHO_AFTER.test(after)) return 'person';
  if (PLACE_AFTER.test(after) || PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return 'place';
  const pronoun = PRONOUN.exec(after.slice(0, 80));
  const word = pronoun?.[1]?.toLowerCase();
  if (word === 'it' || word === 'its') return 'not-person';
  if (word !== undefined) {
    if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return 'person';
  }
  if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return 'speaker';
  return undefined;
}

/** How a candidate's type fits the cue: 1 for a person cue and a person, -1 for what the cue excludes, else 0. */
export function cueFit(cue: Cue | undefined, type: EntityType): number {
  if (cue === 'person') return type === 'person' ? 1 : -1;
  if (cue === 'not-person') return type === 'person' ? -1 : 0;
  if (cue === 'speaker') return type === 'place' ? -1 : 0;
  if (cue === 'place') return type === 'place' ? 1 : -1;
  return 0;
}
