/**
 * A keystroke changes one word; most of the time it changes no name. Within-article linking
 * reads the mentions' own fields (text, type, registry id, source, whether the disambiguator
 * left them unlinked on purpose), their order, and, from the text, only which of them define an
 * acronym in parentheses ("… Agreement (GSOMIA)"), the few characters before each place ("In
 * Milwaukee": sameEntity.ts) and, where a city is named both ways, whether the article is about
 * games: never a distance. So when all of that is what
 * the last analysis of the same document had, the mentions link as they did then, and the
 * linker's result is copied instead of computed (the open document's AnalysisMemo keeps it).
 */
import type { EntityMention, EntityType } from '../types';
import { gamesBitOf, gamesOnce, textBeforePlace } from './sameEntity';

/** What linking writes on a mention. */
interface Linked {
  entityId: string;
  type: EntityType;
  source: EntityMention['source'];
  registered: boolean;
}

/** The last linking of one open document: what it read, and what it wrote. */
export class LinkReuse {
  private signature = '';
  private linked: Linked[] = [];

  /** Writes the last result on `mentions` and returns true when `signature` is the last one's. */
  reuse(signature: string, mentions: EntityMention[]): boolean {
    if (signature !== this.signature || mentions.length !== this.linked.length) return false;
    mentions.forEach((m, i) => {
      const l = this.linked[i];
      m.entityId = l.entityId;
      m.type = l.type;
      m.source = l.source;
      m.registered = l.registered;
    });
    return true;
  }

  /** Remembers what linking read (`signature`) and wrote (the fields of `mentions` now). */
  remember(signature: string, mentions: readonly EntityMention[]): void {
    this.signature = signature;
    this.linked = mentions.map((m) => ({ entityId: m.entityId, type: m.type, source: m.source, registered: m.registered }));
  }
}

/**
 * Everything linking reads, as one string: per mention its fields, whether it is barred from a
 * registered cluster, and how many mentions back the long form it abbreviates is (`acronymOf`),
 * after whether the article is about games where that matters (sameEntity.ts gamesBitOf; `games`
 * is shared with compatibleIn so the text is read once).
 */
export function linkSignature(
  mentions: readonly EntityMention[],
  barred: ReadonlySet<EntityMention> | undefined,
  acronymOf: readonly (number | undefined)[],
  text: string,
  games = gamesOnce(text),
): string {
  let s = gamesBitOf(mentions, games);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const long = acronymOf[i];
    // The few characters before a place: whether the sentence puts something in it (sameEntity.ts).
    const before = textBeforePlace(text, m);
    s += `${m.type}\u0001${m.registered ? 1 : 0}\u0001${m.entityId}\u0001${m.source}\u0001${barred?.has(m) ? 1 : 0}\u0001${long === undefined ? '' : i - long}\u0001${m.text}\u0001${before}\u0002`;
  }
  return s;
}
