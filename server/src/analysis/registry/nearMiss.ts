/**
 * Near-miss spellings of registered names ("Yoshihida Suga" for "Yoshihide Suga"):
 * a mention that is not registered but is one or two edits away from a registered
 * name or alias of the same length class. Names are bucketed by length and first
 * letter, so a 50,000-entity registry costs a few hundred comparisons per mention.
 */
import type { Registry } from './index';
import type { RegistryEntry } from './types';

interface Bucketed {
  surface: string;
  entry: RegistryEntry;
}

const buckets = new WeakMap<Registry, Map<string, Bucketed[]>>();
const MIN_LENGTH = 5;

function key(length: number, first: string): string {
  return `${length}:${first}`;
}

function bucketsOf(registry: Registry): Map<string, Bucketed[]> {
  let map = buckets.get(registry);
  if (map) return map;
  map = new Map();
  for (const entry of registry.entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      if (surface.length < MIN_LENGTH) continue;
      const k = key(surface.length, surface[0].toLowerCase());
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push({ surface, entry });
    }
  }
  buckets.set(registry, map);
  return map;
}

/** The registered entry whose name or alias `text` most likely misspells, or undefined. */
export function nearMiss(registry: Registry, text: string): { entry: RegistryEntry; surface: string; distance: number } | undefined {
  if (text.length < MIN_LENGTH) return undefined;
  const lower = text.toLowerCase();
  const allowed = text.length >= 10 ? 2 : 1;
  const map = bucketsOf(registry);
  let best: { entry: RegistryEntry; surface: string; distance: number } | undefined;
  for (let length = text.length - allowed; length <= text.length + allowed; length++) {
    for (const candidate of map.get(key(length, lower[0])) ?? []) {
      const candidateLower = candidate.surface.toLowerCase();
      if (candidateLower === lower) return undefined;
      const distance = editDistance(lower, candidateLower, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { entry: candidate.entry, surface: candidate.surface, distance };
    }
  }
  return best;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (i > 0 && rowMin > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}
