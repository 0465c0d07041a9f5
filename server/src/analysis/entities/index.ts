/**
 * Entity mentions of an article: registered names first (the registry always wins),
 * then names found by the tagger, typed, stripped of titles, and linked within the
 * article.
 */
import { capitalizedNames, type CandidateName } from './capitalized';
import { linkMentions, slugify } from './link';
import { isTitleWord } from './titles';
import type { Registry } from '../registry';
import type { EntityMention, EntityType, TextSpan } from '../types';

const LABEL_TYPES: Record<CandidateName['label'], EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** Finds, types and links the entity mentions inside the given spans. */
export function findEntities(text: string, spans: TextSpan[], registry: Registry): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const span of spans) {
    const registered = registry.matcher.find(text, span.start, span.end);
    for (const match of registered) {
      const entry = registry.byId.get(match.id)!;
      mentions.push({ start: match.start, end: match.end, text: text.slice(match.start, match.end), type: entry.type, entityId: entry.id, registered: true, source: 'registry' });
    }
    for (const candidate of capitalizedNames(text, span.start, span.end)) {
      const mention = fromCandidate(text, candidate, registry);
      if (mention && !registered.some((r) => r.start < mention.end && mention.start < r.end)) mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  linkMentions(text, mentions);
  return mentions;
}

function fromCandidate(text: string, candidate: CandidateName, registry: Registry): EntityMention | undefined {
  let { start } = candidate;
  const { end } = candidate;
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  let roleEnd = -1;
  // Titles before a name are the mention's role, not its span ("Prime Minister Shinzo Abe").
  for (let i = 0; i < words.length - 1 && isTitleWord(words[i][0]); i++) roleEnd = i;
  let role: string | undefined;
  if (roleEnd >= 0) {
    role = words.slice(0, roleEnd + 1).map((w) => w[0]).join(' ');
    start += words[roleEnd + 1].index!;
  }
  const surface = text.slice(start, end);
  if (registry.ignore.has(surface.toLowerCase())) return undefined;
  const type = role ? 'person' : LABEL_TYPES[candidate.label];
  return { start, end, text: surface, type, entityId: slugify(surface), registered: false, role, source: 'heuristic' };
}
