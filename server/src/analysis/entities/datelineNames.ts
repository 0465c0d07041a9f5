/**
 * The names in a dateline (`OSLO, June 3 (Nordwire) -`, `BRISTOL —`): the place the
 * story was filed from and the agency that filed it. They are marked only when the
 * team's registry has them (the dateline is not story text: the gazetteer and the tagger
 * never read it). The place is written in capitals, so it is compared without case. The
 * region after it ("KENDAL, England, Oct 11") is a place as well, and both are read as
 * places: a dateline names where the story was filed, never a club or a theatre.
 */
import type { GazetteerEntry } from '../gazetteer';
import type { Registry } from '../registry';
import type { EntityMention, TextSpan } from '../types';

/** The place (leading capitals) and the agency (in parentheses) of a dateline, as spans. */
const PLACE = /^[\p{Lu}][\p{Lu}.'’ -]*[\p{Lu}.]/u;
const AGENCY = /\(([^()\r\n]{1,40})\)/;
/** The region after the place ("KENDAL, England, Oct 11", "PARIS, Texas, June 2"): capitalised words between two commas. */
const REGION = /^,[ \t]*([\p{Lu}][\p{L}.'’-]*(?:[ \t][\p{Lu}][\p{L}.'’-]*)*)[ \t]*,/u;
/** Month names and their short forms: "OSLO, June 3," has no region. */
export const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** A name in the dateline, with what the registry claims for it. */
export interface DatelineName {
  mention: EntityMention;
  /** Every registry entry claiming the form, when there are several (a shared name). */
  ids?: readonly string[];
  /** What the dateline says the name is: the place it was filed from, or the agency. */
  role: 'place' | 'organization';
  /** The gazetteer entity of an unregistered place. */
  gazetteer?: GazetteerEntry;
}

/** The dateline's names that the registry knows. */
export function datelineNames(text: string, dateline: TextSpan, registry: Registry): DatelineName[] {
  const line = text.slice(dateline.start, dateline.end);
  const out: DatelineName[] = [];
  const place = PLACE.exec(line);
  if (place) {
    const found = nameAt(dateline.start, place[0].trimEnd(), registry, true);
    if (found) out.push(found);
    // The region after the comma is a place too (the state or country the city is in).
    const region = REGION.exec(line.slice(place[0].trimEnd().length));
    if (region && !MONTH.test(region[1].split(/[ \t]/)[0])) {
      const at = dateline.start + place[0].trimEnd().length + region[0].indexOf(region[1]);
      const inRegion = nameAt(at, region[1], registry, true);
      if (inRegion) out.push(inRegion);
    }
  }
  const agency = AGENCY.exec(line);
  if (agency) {
    const found = nameAt(dateline.start + agency.index + 1 + agency[1].indexOf(agency[1].trim()), agency[1].trim(), registry, false);
    if (found) out.push(found);
  }
  return out;
}

function nameAt(start: number, surface: string, registry: Registry, place: boolean): DatelineName | undefined {
  if (registry.entries.length === 0) return undefined;
  const end = start + surface.length;
  const ids = registry.claims.get(surface.toLowerCase());
  if (ids && ids.length > 0) {
    const entry = registry.byId.get(ids[0])!;
    const mention: EntityMention = { start, end, text: surface, type: entry.type, entityId: entry.id, registered: true, source: 'registry' };
    return ids.length > 1 ? { mention, ids, role: place ? 'place' : 'organization' } : { mention, role: place ? 'place' : 'organization' };
  }
  return undefined;
}
