/**
 * The structural splices every registry edit is built from: add an item to a
 * flow collection (`[...]`, `{...}`, JSON), add a name to a list under a key
 * (block, flow, empty or single-name), and add a key to a mapping.
 */
import { isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { colonOffset, contentEnd, afterLastLine, dashOffset, isNull, startOf } from './locate';
import { blockPairLines, flowValue, inlineList, keyText, scalarText } from './render';
import { yamlScalar } from './quote';
import type { RegistryStyle } from './style';
import { column, lineEnd, lineIndent, lineStart, type TextEdit } from './text';

/**
 * Adds an item after the last one of a flow collection, copying the separator the
 * file uses between items (same line or one item per line). `render` gets the
 * item's indentation when items sit on their own lines, null when inline. An empty
 * collection is opened over lines when `multiLineWhenEmpty` (pretty JSON).
 */
export function appendFlowItem(
  text: string,
  style: RegistryStyle,
  coll: YAMLSeq | YAMLMap,
  render: (indent: string | null) => string,
  multiLineWhenEmpty: boolean,
): TextEdit[] {
  const open = coll.range![0];
  const close = coll.range![1] - 1;
  if (!'[{'.includes(text[open]) || !']}'.includes(text[close])) throw new Error('Cannot find the brackets of a flow collection in the registry.');
  const items = coll.items as unknown[];
  if (items.length === 0) {
    const inside = text.slice(open + 1, close);
    if (multiLineWhenEmpty && /^\s*$/.test(inside)) {
      const indent = lineIndent(text, open);
      const inner = indent + style.unit;
      return [{ start: open + 1, end: close, newText: `${style.eol}${inner}${render(inner)}${style.eol}${indent}` }];
    }
    return [{ start: open + 1, end: open + 1, newText: render(null) }];
  }
  const n = items.length;
  const lastEnd = contentEnd(items[n - 1], text);
  let sepRaw: string;
  if (n >= 2) {
    const comma = skipBlank(text, contentEnd(items[n - 2], text));
    sepRaw = text[comma] === ',' ? text.slice(comma + 1, startOf(items[n - 1])) : ' ';
  } else {
    sepRaw = text.slice(open + 1, startOf(items[0]));
  }
  const multiLine = sepRaw.includes('\n');
  const indent = multiLine ? lineIndent(text, startOf(items[n - 1])) : null;
  const sep = multiLine ? style.eol + indent : n >= 2 && /^[ \t]*$/.test(sepRaw) ? sepRaw : style.comma.slice(1);
  const after = skipBlank(text, lastEnd);
  const trailingComma = text[after] === ',' ? after : -1;
  const anchor = trailingComma >= 0 ? trailingComma + 1 : lastEnd;
  const item = sep + render(indent) + (trailingComma >= 0 ? ',' : '');
  const comma = trailingComma >= 0 ? '' : ',';
  if (multiLine) {
    const end = lineEnd(text, anchor);
    if (end > anchor && /^[ \t]*#.*$/.test(text.slice(anchor, end))) {
      // Keep a trailing comment on the line of the item it belongs to.
      return [...(comma ? [{ start: lastEnd, end: lastEnd, newText: comma }] : []), { start: end, end, newText: item }];
    }
  }
  return [{ start: anchor, end: anchor, newText: comma + item }];
}

/** Index of the first character at or after `pos` that is not a space, line break or comment. */
function skipBlank(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    while (p < text.length && /\s/.test(text[p])) p++;
    if (text[p] !== '#') return p;
    p = lineEnd(text, p);
  }
}

/** The text a list item's `-` starts with (`  - `, `    -   `), copied from the file when it is simple. */
export function dashPrefix(text: string, seq: YAMLSeq, index: number): string {
  const dash = dashOffset(seq, index);
  const itemStart = startOf(seq.items[index]);
  const prefix = text.slice(lineStart(text, dash), itemStart);
  return /^ *- +$/.test(prefix) ? prefix : `${' '.repeat(column(text, dash))}- `;
}

/**
 * Adds `name` to the list held by `pair` (`aliases`, `ignore`) in its own style:
 * a `- name` line for a block list, `, name` before `]` for a flow list, a new
 * list for an empty key, and a two-name list for a key holding one name.
 */
export function appendName(text: string, style: RegistryStyle, pair: Pair<unknown, unknown>, name: string): TextEdit[] {
  const key = String((pair.key as Scalar).value);
  const value = pair.value as YamlNode | null;
  if (isNull(value)) {
    const range = value?.range;
    if (range && range[1] > range[0]) return [{ start: range[0], end: range[1], newText: inlineList([name], style) }];
    const colon = colonOffset(pair);
    if (colon === undefined) throw new Error(`Cannot find the ":" after \`${key}\`.`);
    if (style.listStyle === 'block' && !style.json) {
      const dash = ' '.repeat(column(text, startOf(pair)) + style.nameSeqIndent);
      const at = afterLastLine(pair, text);
      return [{ start: at, end: at, newText: `${style.eol}${dash}- ${scalarText(name, 'block', style)}` }];
    }
    return [{ start: colon + 1, end: colon + 1, newText: ` ${inlineList([name], style)}` }];
  }
  if (isScalar(value)) {
    const [start, end] = value.range!;
    if (value.type === 'BLOCK_FOLDED' || value.type === 'BLOCK_LITERAL' || text.slice(start, end).includes('\n')) {
      throw new Error(`\`${key}\` holds a multi-line text, not a list; edit it by hand.`);
    }
    const old = String(value.value);
    const source = text.slice(start, end);
    const flowSafe = style.json || value.type !== 'PLAIN' || yamlScalar(old, 'flow') === source;
    if (flowSafe)
      return [
        { start, end: start, newText: '[' },
        { start: end, end, newText: `${style.comma}${scalarText(name, 'flow', style)}]` },
      ];
    return [{ start, end, newText: inlineList([old, name], style) }];
  }
  if (!isSeq(value)) throw new Error(`\`${key}\` is not a list; the registry cannot be edited safely.`);
  if (value.flow) {
    return appendFlowItem(text, style, value, () => scalarText(name, 'flow', style), style.json && style.pretty && !style.inlineArrays);
  }
  if (value.items.length === 0) throw new Error(`\`${key}\` is an empty block list; edit it by hand.`);
  const at = afterLastLine(value, text);
  const prefix = dashPrefix(text, value, value.items.length - 1);
  return [{ start: at, end: at, newText: `${style.eol}${prefix}${scalarText(name, 'block', style)}` }];
}

/**
 * Adds `key: value` to a mapping: in a block mapping on new lines after `anchor`
 * (default: the last pair) at the mapping's key column; in a flow mapping or JSON
 * object at its end, where key order does not matter.
 */
export function insertPair(
  text: string,
  style: RegistryStyle,
  map: YAMLMap,
  key: string,
  value: string | string[],
  anchor?: Pair<unknown, unknown>,
): TextEdit[] {
  if (map.flow) {
    const render = (indent: string | null) => `${keyText(key, style)}${style.colon}${flowValue(value, style, indent)}`;
    return appendFlowItem(text, style, map, render, style.json && style.pretty);
  }
  const after = anchor ?? (map.items[map.items.length - 1] as Pair<unknown, unknown> | undefined);
  if (!after) throw new Error('Cannot add a key to an empty block mapping.');
  const keyColumn = column(text, startOf(map.items[0]));
  const at = afterLastLine(after, text);
  return [{ start: at, end: at, newText: style.eol + blockPairLines(key, value, keyColumn, style).join(style.eol) }];
}
