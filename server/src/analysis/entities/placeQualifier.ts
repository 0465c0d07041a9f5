/**
 * "Springfield, Missouri": a registered place written with the state, province or country
 * it lies in names two places, as a reader and the CoNLL and MEANTIME annotations read it.
 * The registry may hold the whole form as an alias (so that it picks the right Springfield),
 * but the hover on "Missouri" should show Missouri, and the article is one that mentions
 * Missouri. So once the article's mentions are linked, a registered place "Head, Tail" whose
 * tail is itself a place the registry or the gazetteer knows becomes two mentions: the head,
 * still linked to the entry the whole form chose, and the tail, linked to its own entry.
 * Done after linking, so the whole form stays the evidence the disambiguator reads (the
 * head "Springfield" must not pull every other Springfield of the article to Missouri).
 */
import { gazetteerEntryNamed, type GazetteerEntry } from '../gazetteer';
import type { Registry } from '../registry';
import type { EntityMention } from '../types';

/** "Head, Tail": one comma, the tail a capitalised name. */
const HEAD_COMMA_TAIL = /^([^,]+?),\s+([A-Z][^,]*)$/;

/**
 * The mentions with every registered "Head, Tail" place split in two (see the file comment);
 * the same array when none is, so the common case costs one test per mention.
 */
export function splitPlaceQualifiers(mentions: EntityMention[], registry: Registry): EntityMention[] {
  let out: EntityMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const parts = m.registered && m.type === 'place' && m.text.includes(',') ? partsOf(m, mentions, registry) : undefined;
    if (!parts) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, k);
    out.push(...parts);
  }
  return out ?? mentions;
}

/** The head and the tail of one registered place, or undefined when it stays whole. */
function partsOf(m: EntityMention, mentions: readonly EntityMention[], registry: Registry): EntityMention[] | undefined {
  const found = HEAD_COMMA_TAIL.exec(m.text);
  if (!found) return undefined;
  const tailText = found[2].trimEnd();
  const tailStart = m.start + m.text.lastIndexOf(tailText);
  const tail = tailMention(tailText, tailStart, m, mentions, registry);
  if (!tail) return undefined;
  const headText = found[1].trimEnd();
  return [{ ...m, end: m.start + headText.length, text: headText }, tail];
}

/**
 * The tail as a mention of its own: the place the registry has under that name (not the
 * head's entry itself: "Washington, D.C." when "D.C." is its alias; among several, the one
 * the article already links the name to, else the first), or the gazetteer's country or region.
 */
function tailMention(text: string, start: number, head: EntityMention, mentions: readonly EntityMention[], registry: Registry): EntityMention | undefined {
  const end = start + text.length;
  const claims = registry.claims.get(text.toLowerCase());
  if (claims) {
    if (claims.includes(head.entityId)) return undefined;
    const places = claims.filter((id) => registry.byId.get(id)?.type === 'place');
    if (places.length === 0) return undefined;
    const elsewhere = mentions.find((x) => x.registered && x.text === text && places.includes(x.entityId));
    const id = elsewhere?.entityId ?? places[0];
    return { start, end, text, type: 'place', entityId: id, registered: true, source: 'registry' };
  }
  const entry = knownRegion(text);
  if (!entry) return undefined;
  return { start, end, text, type: entry.type, entityId: entry.id, registered: false, source: 'gazetteer' };
}

/** A country or region in the gazetteer ("Japan", "Australia"); it holds no states or provinces, which only the registry can supply. */
function knownRegion(name: string): GazetteerEntry | undefined {
  const entry = gazetteerEntryNamed(name);
  return entry && (entry.kind === 'country' || entry.kind === 'region') ? entry : undefined;
}
