/**
 * A person's surname that is also a place's name ("Washington said" after "MaliVai
 * Washington"): the gazetteer or the tagger reads the bare surname as the place, and the
 * reader sees the tennis player's words given to a city. When a person named in full
 * earlier in the article has that surname and the words around the bare name say a person
 * (a speech verb, something only a person does), it is that person. Registered names are
 * left to the linker, which reads the same cues against the registry's entries.
 */
import type { EntityMention } from '../types';
import { cueOf } from './disambiguate/cue';

/** The unregistered single-word place mentions that are a surname of a person named before them, by the words around them. */
export function surnamesReadAsPlaces(text: string, mentions: readonly EntityMention[], isShared: (m: EntityMention) => boolean): EntityMention[] {
  let surnames: Set<string> | undefined;
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type === 'person' && m.text.includes(' ')) (surnames ??= new Set()).add(m.text.slice(m.text.lastIndexOf(' ') + 1));
    if (!surnames || m.type !== 'place' || m.registered || isShared(m) || m.text.includes(' ') || !surnames.has(m.text)) continue;
    const cue = cueOf(text, m);
    if (cue === 'person' || cue === 'speaker') out.push(m);
  }
  return out;
}
