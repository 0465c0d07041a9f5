/**
 * Near-miss spellings of registered names ("Yoshihida Suga" for "Yoshihide Suga"):
 * a mention that is not registered but is one or two edits away from a registered
 * name or alias of the same length class. Names are bucketed by length and first
 * letter, so a 50,000-entity registry costs a few hundred comparisons per mention.
 */
import type { Registry } from './index';
import type { RegistryEntry } from './types';

/**
 * Surfaces by `key(length, first letter)`, each packed as `entry index × stride + surface
 * index` (0 the name, then the aliases; stride = the most surfaces of any entry): number
 * arrays, not one object per surface, so a 50,000-entity registry adds a few hundred
 * arrays to the server's heap, not 100,000 objects for every garbage collection to walk
 * (issue 15, bench H).
 */
interface Buckets {
  stride: number;
  map: Map<string, number[]>;
}

const buckets = new WeakMap<Registry, Buckets>();
const MIN_LENGTH = 5;

function key(length: number, first: string): string {
  return `${length}:${first}`;
}

function surfaceOf(entry: RegistryEntry, k: number): string {
  return k === 0 ? entry.name : entry.aliases[k - 1];
}

/**
 * Builds the near-miss buckets of a registry, pausing (yielding) after every
 * `entriesPerStep` entries, so the server can build them between requests when a large
 * registry comes into force; `nearMiss` then finds them ready. Does nothing when built.
 */
export function* nearMissInSteps(registry: Registry, entriesPerStep: number): Generator<void, void, void> {
  if (buckets.has(registry)) return;
  const map = new Map<string, number[]>();
  const entries = registry.entries;
  let stride = 1;
  for (const entry of entries) stride = Math.max(stride, 1 + entry.aliases.length);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    for (let k = 0; k <= entry.aliases.length; k++) {
      const surface = surfaceOf(entry, k);
      if (surface.length < MIN_LENGTH) continue;
      const bucketKey = key(surface.length, surface[0].toLowerCase());
      let list = map.get(bucketKey);
      if (!list) map.set(bucketKey, (list = []));
      list.push(e * stride + k);
    }
    if ((e + 1) % entriesPerStep === 0) yield;
  }
  buckets.set(registry, { stride, map });
}

function bucketsOf(registry: Registry): Buckets {
  const steps = nearMissInSteps(registry, Infinity);
  while (!steps.next().done);
  return buckets.get(registry)!;
}

/** The registered entry whose name or alias `text` most likely misspells, or undefined. */
export function nearMiss(registry: Registry, text: string): { entry: RegistryEntry; surface: string; distance: number } | undefined {
  if (text.length < MIN_LENGTH) return undefined;
  const lower = text.toLowerCase();
  const allowed = text.length >= 10 ? 2 : 1;
  const { stride, map } = bucketsOf(registry);
  let best: { entry: RegistryEntry; surface: string; distance: number } | undefined;
  for (let length = text.length - allowed; length <= text.length + allowed; length++) {
    for (const packed of map.get(key(length, lower[0])) ?? []) {
      const entry = registry.entries[Math.floor(packed / stride)];
      const surface = surfaceOf(entry, packed % stride);
      const candidateLower = surface.toLowerCase();
      if (candidateLower === lower) return undefined;
      const distance = editDistance(lower, candidateLower, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { entry, surface, distance };
    }
  }
  return best;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table in one reused buffer (row i at (i % 3) × width): a mention is
  // compared with hundreds of surfaces of a large registry, and a fresh table per
  // comparison was most of the garbage the diagnostics made.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = (i % 3) * width;
    const prev = ((i - 1) % 3) * width;
    const prev2 = ((i + 1) % 3) * width;
    const ai = a.charCodeAt(i - 1);
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, rows[prev2 + j - 2] + 1);
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
  }
  return rows[(a.length % 3) * width + b.length];
}

/** The rows `editDistance` reuses. */
let rows = new Int32Array(192);
