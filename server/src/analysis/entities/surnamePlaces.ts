/**
 * A person's surname that is also a place's name ("Washington said" after "MaliVai
 * Washington"): the gazetteer or the tagger reads the bare surname as the place, and the
 * reader sees the tennis player's words given to a city. When a person named in full
 * earlier in the article has that surname and the words around one bare mention say a
 * person (a speech verb, something only a person does), that mention is the person, and so
 * is every other bare mention of the name the words around it do not make a place ("in
 * Washington", "flew to Washington"). A country's name is left alone ("Jordan's king" after
 * "Michael Jordan"), and registered names stay with the linker, which reads the same cues
 * against the registry's entries.
 */
import { gazetteerEntryNamed } from '../gazetteer';
import type { EntityMention } from '../types';
import { cueOf, type Cue } from './disambiguate/cue';

/** A preposition of place right before a name ("flew to Washington", "based in Jackson"): the place. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|to|from|at|near|into|across|through|around|outside|inside|towards?|via|of|beyond)\s+$/i;

/** The unregistered single-word place mentions that are a surname of a person named before them, by the words around them. */
export function surnamesReadAsPlaces(text: string, mentions: readonly EntityMention[], isShared: (m: EntityMention) => boolean): EntityMention[] {
  let surnames: Set<string> | undefined;
  const candidates: { m: EntityMention; cue: Cue | undefined }[] = [];
  for (const m of mentions) {
    if (m.type === 'person' && m.text.includes(' ')) (surnames ??= new Set()).add(m.text.slice(m.text.lastIndexOf(' ') + 1));
    if (!surnames || m.type !== 'place' || m.registered || isShared(m) || m.text.includes(' ') || !surnames.has(m.text)) continue;
    candidates.push({ m, cue: cueOf(text, m) });
  }
  if (candidates.length === 0) return [];
  const saidPerson = new Set(candidates.filter((c) => c.cue === 'person' || c.cue === 'speaker').map((c) => c.m.text));
  return candidates
    .filter(
      (c) =>
        saidPerson.has(c.m.text) &&
        (c.cue === 'person' ||
          c.cue === 'speaker' ||
          (c.cue === undefined &&
            !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.m.start - 16), c.m.start)) &&
            gazetteerEntryNamed(c.m.text.toLowerCase())?.kind !== 'country')),
    )
    .map((c) => c.m);
}
