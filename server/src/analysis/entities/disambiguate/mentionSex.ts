/**
 * The sex of a mention, as the story gives it (gender.ts reads the words): the narrator's next
 * "he" or "she" after a shared name, and whether a registered person named before is of the
 * other sex than a courtesy title says ("Mr Pryce" follows no woman named in full before him).
 */
import type { EntityMention } from '../../types';
import { pronounSexAfter, type Sex } from './gender';
import type { RegistryProfiles } from './profile';

/**
 * The sex the narrator's next "he" or "she" gives `mentions[i]` (gender.ts), read up to the next person named
 * or the end of its paragraph.
 */
export function pronounSexOf(text: string, mentions: readonly EntityMention[], i: number): Sex | undefined {
  const m = mentions[i];
  let stop = text.indexOf('\n', m.end);
  if (stop < 0) stop = text.length;
  for (let j = i + 1; j < mentions.length && mentions[j].start < stop; j++) {
    if (mentions[j].type === 'person' && mentions[j].text !== m.text) {
      stop = mentions[j].start;
      break;
    }
  }
  return pronounSexAfter(text, m.end, stop);
}

/** True when `m` is a registered person (named by one entry) whom the registry describes as of the other sex than `sex`. */
export function otherSexThan(sex: Sex, m: EntityMention, profiles: RegistryProfiles): boolean {
  if (!m.registered) return false;
  const described = profiles.profile(m.entityId)?.sex;
  return described !== undefined && described !== sex;
}
