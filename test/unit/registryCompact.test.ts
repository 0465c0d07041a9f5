/**
 * The compact forms of the registry's indexes (issue 15, bench H: a 50,000-entity registry
 * must load without a hover waiting 200 ms, and the trie of one Map per node and the
 * near-miss buckets of one object per surface made every garbage collection of the server
 * long) give exactly what the plain forms gave. Each test keeps the plain form as the
 * reference: the Map-per-node trie, the object-per-surface buckets, the table-per-call
 * edit distance; and the stepwise builds give what the one-shot builds give.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NONE, TokenTrie } from '../../server/src/analysis/registry/tokenTrie';
import { editDistance, nearMiss, nearMissInSteps } from '../../server/src/analysis/registry/nearMiss';
import { buildRegistry, type Registry } from '../../server/src/analysis/registry';
import type { RegistryEntry } from '../../server/src/analysis/registry/types';
import { profilesOf, profilesInSteps } from '../../server/src/analysis/entities/disambiguate/profile';
import { warmRegistryInSteps } from '../../server/src/analysis';

/** The edit distance nearMiss.ts had before its rows were reused (the reference). */
function plainEditDistance(a: string, b: string, limit = Infinity): number {
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

/** The trie matcher.ts had before: one Map and one ids array per node. */
interface PlainNode {
  next: Map<string, PlainNode>;
  ids?: string[];
}

function plainInsert(root: PlainNode, keys: string[], id: string): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map() }));
    node = child;
  }
  if (!node.ids) node.ids = [id];
  else if (!node.ids.includes(id)) node.ids.push(id);
}

const word = fc.constantFrom('a', 'b', 'Ab', 'ab', 'C', 'de', "'", '-', 'é');
const entry = (id: string, name: string, aliases: string[] = []): RegistryEntry => ({ id, name, type: 'person', aliases, roles: [], links: [] });

describe('TokenTrie (the registry matcher trie, column-wise)', () => {
  it('walks, ends and shares names exactly as the Map-per-node trie', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('x', 'y', 'z')), { maxLength: 40 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { maxLength: 20 }),
        (names, probes) => {
          const trie = new TokenTrie();
          const plain: PlainNode = { next: new Map() };
          for (const [keys, id] of names) {
            trie.insert(keys, id);
            plainInsert(plain, keys, id);
          }
          assert.deepEqual([...trie.root.keys()], [...plain.next.keys()]);
          for (const keys of [...probes, ...names.map(([k]) => k)]) {
            let node = 0;
            let reference: PlainNode | undefined = plain;
            for (const key of keys) {
              node = trie.child(node, key);
              reference = reference.next.get(key);
              assert.equal(node === NONE, reference === undefined);
              if (!reference) break;
              const ids = trie.idsAt(node) ?? (trie.idAt(node) === null ? undefined : [trie.idAt(node)]);
              assert.deepEqual(ids, reference.ids);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('near misses', () => {
  it('editDistance gives the plain table-per-call distance, with and without a limit', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ab'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.constantFrom(Infinity, 0, 1, 2), (a, b, limit) => {
        assert.equal(editDistance(a, b, limit), plainEditDistance(a, b, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('nearMiss finds the same entry and surface as a scan of every surface would, first best in file order', () => {
    const registry = buildRegistry([
      {
        entries: [
          entry('suga', 'Yoshihide Suga', ['Suga Yoshihide', 'PM Suga']),
          entry('sugar', 'Yoshihido Sugar'),
          entry('kishida', 'Fumio Kishida', ['F. Kishida', 'Kishida Fumio']),
        ],
        ignore: [],
        problems: [],
        ok: true,
      },
    ]);
    const scan = (text: string) => {
      let best: { id: string; surface: string; distance: number } | undefined;
      const allowed = text.length >= 10 ? 2 : 1;
      for (const e of registry.entries) {
        for (const surface of [e.name, ...e.aliases]) {
          if (surface.length < 5 || Math.abs(surface.length - text.length) > allowed || surface[0].toLowerCase() !== text[0].toLowerCase()) continue;
          if (surface.toLowerCase() === text.toLowerCase()) return undefined;
          const distance = plainEditDistance(text.toLowerCase(), surface.toLowerCase(), allowed);
          if (distance <= allowed && (!best || distance < best.distance)) best = { id: e.id, surface, distance };
        }
      }
      return best;
    };
    for (const text of [
      'Yoshihida Suga',
      'Yoshihide Sugar',
      'Fumio Kishda',
      'Kishida Fumi',
      'Suga Yoshihid',
      'PM Sugs',
      'Nobody Here',
      'Fumio Kishida',
      'Kish',
    ]) {
      const found = nearMiss(registry, text);
      assert.deepEqual(found && { id: found.entry.id, surface: found.surface, distance: found.distance }, scan(text), text);
    }
  });

  it('buckets built in steps (as the server warms a large registry) answer like the ones built on first use', () => {
    const entries = Array.from({ length: 300 }, (_, i) => entry(`e${i}`, `Name${i} Person${i % 17}`, i % 3 === 0 ? [`Alias${i}x`] : []));
    const stepped = buildRegistry([{ entries, ignore: [], problems: [], ok: true }]);
    const lazy = buildRegistry([{ entries, ignore: [], problems: [], ok: true }]);
    let yields = 0;
    for (const steps = nearMissInSteps(stepped, 7); !steps.next().done;) yields++;
    assert.ok(yields >= 40, `the build yields every 7 entries (${yields} yields)`);
    for (const text of ['Name12 Person12', 'Name12 Persom12', 'Alias33y', 'Nane200 Person13']) {
      assert.deepEqual(nearMiss(stepped, text)?.entry.id, nearMiss(lazy, text)?.entry.id, text);
    }
  });
});

describe('registry warm-up in steps', () => {
  const shared = (): Registry =>
    buildRegistry([
      {
        entries: [
          entry('perth', 'Perth', []),
          { ...entry('perth-scotland', 'Perth', []), type: 'place', description: 'city in Scotland' },
          entry('other', 'Someone Else'),
        ],
        ignore: [],
        problems: [],
        ok: true,
      },
    ]);

  it('profiles counted in steps weigh words as the ones counted at once', () => {
    const a = shared();
    const b = shared();
    for (const steps = profilesInSteps(a, 1); !steps.next().done;);
    for (const word of ['perth', 'scotland', 'city', 'someone', 'nothing']) assert.equal(profilesOf(a).idf(word), profilesOf(b).idf(word), word);
  });

  it('warmRegistryInSteps yields between entries and leaves both indexes built', () => {
    const registry = shared();
    let yields = 0;
    for (const steps = warmRegistryInSteps(registry, 1); !steps.next().done;) yields++;
    assert.ok(yields >= 6, `near misses and profiles both stepped (${yields} yields)`);
    // Built: the first use finds them (the same objects come back).
    assert.equal(profilesOf(registry), profilesOf(registry));
  });
});
