/**
 * Writing new registry values (names, lists of names, whole entities) in the
 * file's style: YAML block lines, YAML flow, or JSON, compact or pretty.
 */
import { jsonScalar, yamlScalar, type ScalarContext } from './quote';
import type { RegistryStyle } from './style';

/** A new mapping to write, as ordered key/value pairs (values are text or lists of text). */
export type NewMap = Array<[string, string | string[]]>;

/** A scalar in the file's language: JSON string, or YAML quoted only when needed. */
export function scalarText(value: string, context: ScalarContext, style: RegistryStyle): string {
  return style.json ? jsonScalar(value) : yamlScalar(value, context);
}

/** A key: quoted in JSON, plain in YAML (the registry's keys are simple words). */
export function keyText(key: string, style: RegistryStyle): string {
  return style.json ? jsonScalar(key) : key;
}

/** A one-line list of names: `[A, B]` / `["A", "B"]`. */
export function inlineList(items: readonly string[], style: RegistryStyle): string {
  return `[${items.map((i) => scalarText(i, 'flow', style)).join(style.comma)}]`;
}

/**
 * A value in flow style. With an `indent` (pretty JSON, multi-line flow lists) a
 * mapping spreads over lines indented from `indent` by the file's unit; without,
 * it stays on one line.
 */
export function flowValue(value: string | string[] | NewMap, style: RegistryStyle, indent: string | null, isMap = false): string {
  if (typeof value === 'string') return scalarText(value, 'flow', style);
  if (!isMap) {
    const items = value as string[];
    if (indent === null || style.inlineArrays || items.length === 0) return inlineList(items, style);
    const inner = indent + style.unit;
    return `[${style.eol}${items.map((i) => inner + scalarText(i, 'flow', style)).join(`,${style.eol}`)}${style.eol}${indent}]`;
  }
  const pairs = value as NewMap;
  if (indent === null) {
    const body = pairs.map(([k, v]) => `${keyText(k, style)}${style.colon}${flowValue(v, style, null)}`).join(style.comma);
    return style.json ? `{${body}}` : `{ ${body} }`;
  }
  const inner = indent + style.unit;
  const body = pairs.map(([k, v]) => `${inner}${keyText(k, style)}${style.colon}${flowValue(v, style, inner)}`).join(`,${style.eol}`);
  return `{${style.eol}${body}${style.eol}${indent}}`;
}

/** The lines of one YAML block pair at `keyColumn`: `key: value`, `key: [A, B]` or `key:` then `- A` lines. */
export function blockPairLines(key: string, value: string | string[], keyColumn: number, style: RegistryStyle): string[] {
  const pad = ' '.repeat(keyColumn);
  if (typeof value === 'string') return [`${pad}${key}: ${scalarText(value, 'block', style)}`];
  if (style.listStyle === 'flow' || value.length === 0) return [`${pad}${key}: ${inlineList(value, style)}`];
  const dash = ' '.repeat(keyColumn + style.nameSeqIndent);
  return [`${pad}${key}:`, ...value.map((v) => `${dash}- ${scalarText(v, 'block', style)}`)];
}

/**
 * The lines of a new entity as a YAML block list item: the first line starts with
 * `dashPrefix` (spaces, `-`, spaces, copied from the file), the others align with it.
 */
export function blockEntityLines(entity: NewMap, dashPrefix: string, style: RegistryStyle): string[] {
  const keyColumn = dashPrefix.length;
  const lines = entity.flatMap(([k, v]) => blockPairLines(k, v, keyColumn, style));
  lines[0] = dashPrefix + lines[0].slice(keyColumn);
  return lines;
}
