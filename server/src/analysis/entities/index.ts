/**
 * Entity mentions of an article: registered names first (the registry always wins),
 * then names found by the trained tagger, typed, with their titles kept as roles,
 * and linked within the article.
 */
import { tagNames } from '../ner';
import { linkMentions, slugify } from './link';
import { roleBefore } from './roles';
import { isTitleWord } from './titles';
import { entityTypeOf } from './typing';
import type { Registry } from '../registry';
import type { EntityMention, TextSpan } from '../types';

/** Finds, types and links the entity mentions inside the given spans. */
export function findEntities(text: string, spans: readonly TextSpan[], registry: Registry): EntityMention[] {
  const mentions: EntityMention[] = [];
  const registered: TextSpan[] = [];
  for (const span of spans) {
    for (const match of registry.matcher.find(text, span.start, span.end)) {
      const entry = registry.byId.get(match.id)!;
      registered.push(match);
      mentions.push(withRole(text, { start: match.start, end: match.end, text: text.slice(match.start, match.end), type: entry.type, entityId: entry.id, registered: true, source: 'registry' }));
    }
  }
  for (const tagged of tagNames(text, spans)) {
    const trimmed = withoutTrailingLowercase(text, tagged);
    if (!trimmed) continue;
    const name = trimmed.label === 'PER' ? withoutLeadingTitles(text, trimmed) : trimmed;
    const overlapping = registered.filter((r) => r.start < name.end && name.start < r.end);
    // A longer name around a registered one is another entity ("Bank of Japan" around "Japan");
    // any other overlap means the registry's reading wins.
    const encloses = overlapping.length > 0 && overlapping.every((r) => name.start <= r.start && r.end <= name.end && name.end - name.start > r.end - r.start);
    if (overlapping.length > 0 && !(encloses && name.label !== 'PER')) continue;
    for (const r of overlapping) mentions.splice(mentions.findIndex((m) => m.start === r.start && m.end === r.end), 1);
    if (registry.ignore.has(name.text.toLowerCase())) continue;
    const type = entityTypeOf(name.label, name.text);
    mentions.push(withRole(text, { start: name.start, end: name.end, text: name.text, type, entityId: slugify(name.text), registered: false, source: 'tagger' }));
  }
  mentions.sort((a, b) => a.start - b.start);
  linkMentions(text, mentions);
  return mentions;
}

/** A name never ends in a lower-case word ("Port of" when the tagger stopped early). */
function withoutTrailingLowercase<T extends TextSpan & { text: string }>(text: string, name: T): T | undefined {
  const m = /(?:\s+(?:of|the|and|for|de|la|von|van|al|el|du|del|der))+$/.exec(name.text);
  if (!m) return name;
  const end = name.start + m.index;
  return end > name.start ? { ...name, end, text: text.slice(name.start, end) } : undefined;
}

/** "President Ana Ruiz" → "Ana Ruiz": titles belong to the role, not the name. */
function withoutLeadingTitles<T extends TextSpan & { text: string }>(text: string, name: T): T {
  let start = name.start;
  for (const word of name.text.split(/\s+/).slice(0, -1)) {
    if (!isTitleWord(word)) break;
    start = text.indexOf(word, start) + word.length;
    while (/\s/.test(text[start])) start++;
  }
  return start === name.start ? name : { ...name, start, text: text.slice(start, name.end) };
}

function withRole(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'person') return mention;
  const role = roleBefore(text, mention.start);
  return role ? { ...mention, role } : mention;
}
