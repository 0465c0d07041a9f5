/**
 * Reads a V8 `.cpuprofile` (written by `node --cpu-prof`) into self and inclusive
 * times per function, so "where does the server's time go" is answered with numbers
 * instead of a flame graph nobody opens.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds spent in one function, alone (self) and with its callees (inclusive). */
export interface FunctionTime {
  name: string;
  selfMs: number;
  inclusiveMs: number;
}

function label(node: ProfileNode): string {
  const file = node.callFrame.url.split('/').slice(-2).join('/');
  return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
}

/** Every function of a profile with its self and inclusive time, by inclusive time; also the total. */
export function summarizeProfile(path: string): { totalMs: number; functions: FunctionTime[] } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  profile.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of perNode) {
    total += us;
    const own = label(byId.get(id)!);
    self.set(own, (self.get(own) ?? 0) + us);
    // A recursive function counts once per sample in its inclusive time.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = label(byId.get(cur)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const functions = [...inclusive].map(([name, us]) => ({ name, selfMs: (self.get(name) ?? 0) / 1000, inclusiveMs: us / 1000 }));
  return { totalMs: total / 1000, functions: functions.sort((a, b) => b.inclusiveMs - a.inclusiveMs) };
}
