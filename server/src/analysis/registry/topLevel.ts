/**
 * The top level of a registry file: the keys the spec and the shipped schema define are
 * `entities` and `ignore`. YAML accepts any other, so a misspelt `entites:` used to be a
 * valid, silently empty registry. Unknown keys are kept (spec §3) but nothing reads them,
 * so each one is a warning, with "did you mean" when it is close to a registry key. A
 * near miss of `entities` when the file has no `entities` holds the entries the user
 * meant, and a mapping with neither key defines nothing: both are errors that stop the
 * file (`wholeFile`), so an editor keeps the last good version while the key is fixed.
 */
import { isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { editDistance } from './nearMiss';
import type { RegistryProblem } from './types';

/** The keys a registry's top level is read for. */
export const REGISTRY_KEYS: readonly string[] = ['entities', 'ignore'];

/** Keys that are not registry data but are fine at the top level: `$schema` names the schema for an editor. */
const TOOLING_KEYS = new Set(['$schema']);

/** A span in the registry text, clamped to it (parse.ts owns the conversion from YAML nodes). */
type SpanOf = (node: YamlNode) => { start: number; end: number };

/**
 * The problems of the top-level keys of `root`. `read(node)` says whether a node lies before
 * the first YAML syntax error (nothing after it is trusted); `complete` whether there was none,
 * since only then can a missing `entities` be told from one the error swallowed.
 */
export function topLevelProblems(root: YAMLMap, text: string, spanOf: SpanOf, read: (node: YamlNode) => boolean, complete: boolean): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const present = new Set(root.items.map((pair) => keyText(pair)).filter((k): k is string => k !== undefined && REGISTRY_KEYS.includes(k)));
  let lostEntities = false;
  for (const pair of root.items) {
    const name = keyText(pair);
    if (name !== undefined && (REGISTRY_KEYS.includes(name) || TOOLING_KEYS.has(name))) continue;
    const key = pair.key as YamlNode | null;
    if (!key || !read(key)) continue;
    const shown = name ?? 'a key that is not text';
    const meant = name === undefined ? undefined : closestKey(name);
    if (meant === 'entities' && !present.has('entities')) {
      lostEntities = true;
      problems.push({
        ...spanOf(key),
        severity: 'error',
        message: `Unknown key '${shown}' — did you mean 'entities'? Nothing under it is read, so this registry defines no entities.`,
        wholeFile: true,
      });
      continue;
    }
    const hint = meant ? ` — did you mean '${meant}'?` : ':';
    problems.push({
      ...spanOf(key),
      severity: 'warning',
      message: `Unknown key '${shown}'${hint} it is kept but not read (a registry's top-level keys are ${REGISTRY_KEYS.map((k) => `\`${k}\``).join(' and ')}).`,
    });
  }
  if (complete && present.size === 0 && !lostEntities && root.items.length > 0) {
    // On the mapping's first line: the whole file would underline everything.
    const { start, end } = spanOf(root as YamlNode);
    const lineEnd = text.slice(start, end).search(/\r|\n/);
    problems.push({
      start,
      end: lineEnd < 0 ? end : start + lineEnd,
      severity: 'error',
      message: 'This registry has no `entities:` list (nor `ignore:`), so it defines nothing.',
      wholeFile: true,
    });
  }
  return problems;
}

/** A pair's key as text, when it is a plain scalar (a number key reads as its digits). */
function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null && typeof pair.key.value !== 'object' ? String(pair.key.value) : undefined;
}

/** The registry key `name` is probably a misspelling of (any case; up to 3 edits for `entities`, 2 for `ignore`). */
function closestKey(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of REGISTRY_KEYS) {
    const limit = key.length >= 8 ? 3 : 2;
    const distance = editDistance(lower, key, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}
