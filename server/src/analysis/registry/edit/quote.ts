/**
 * Writing new scalars so that every YAML reader (1.2 and the older 1.1 still used
 * by many tools) reads back exactly the string we meant, and making entity ids.
 */
import { isScalar, isSeq, parseDocument } from 'yaml';

/** Where a scalar is written: a block context (`key: x`, `- x`) or inside `[...]` / `{...}`. */
export type ScalarContext = 'block' | 'flow';

/** Control characters and Unicode line separators: never written plain or single-quoted. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * The YAML source for `value`: plain when that reads back as the same string in
 * YAML 1.2 and 1.1 (so "Yes", "no", "null", "2020", "1:20" get quoted), otherwise
 * double-quoted (single-quoted when that avoids escapes for double quotes or backslashes).
 */
export function yamlScalar(value: string, context: ScalarContext): string {
  if (plainIsSafe(value, context)) return value;
  if (/["\\]/.test(value) && !value.includes("'") && !CONTROL.test(value)) return `'${value}'`;
  return JSON.stringify(value);
}

/** A double-quoted JSON string (also valid YAML). */
export function jsonScalar(value: string): string {
  return JSON.stringify(value);
}

/** Single-quoted YAML when it can represent `value` on one line, else undefined. */
export function singleQuoted(value: string): string | undefined {
  if (CONTROL.test(value)) return undefined;
  return `'${value.replace(/'/g, "''")}'`;
}

function plainIsSafe(value: string, context: ScalarContext): boolean {
  if (value.length === 0 || value !== value.trim()) return false;
  if (CONTROL.test(value) || value.includes('\uFEFF')) return false;
  if (INDICATOR_START.test(value)) return false;
  if (/: |:$| #/.test(value)) return false;
  if (context === 'flow' && /[,[\]{}]/.test(value)) return false;
  return readsBack(value, context, '1.2') && readsBack(value, context, '1.1');
}

function readsBack(source: string, context: ScalarContext, version: '1.1' | '1.2'): boolean {
  const doc = parseDocument(context === 'flow' ? `[${source}]` : `k: ${source}`, { version });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  const node =
    context === 'flow'
      ? isSeq(doc.contents) && doc.contents.items.length === 1
        ? doc.contents.items[0]
        : undefined
      : (doc.contents as { get?: (k: string, keep: true) => unknown } | null)?.get?.('k', true);
  return isScalar(node) && node.value === source;
}

/** The shared slug rule (see ../../slug.ts), re-exported for the registry edits. */

/** `base`, or `base-2`, `base-3`, … whichever is not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
