/**
 * Adding a whole entity to the `entities` list, whatever shape the list is in:
 * block items, a flow or JSON array, an empty `[]`, an empty key, no key at all,
 * or an empty file.
 */
import { isScalar, type Node as YamlNode, type Pair, type YAMLSeq } from 'yaml';
import { afterLastLine, colonOffset, entitiesSeq, findPair, isNull, startOf, type EditDoc } from './locate';
import { appendFlowItem, dashPrefix } from './lists';
import { blockEntityLines, flowValue, type NewMap } from './render';
import type { RegistryStyle } from './style';
import { column, lacksFinalNewline, lineEnd, lineIndent, lineStart, type TextEdit } from './text';

/** The edits that add `entity` (already validated, in key order) to the registry. */
export function appendEntity(edit: EditDoc, style: RegistryStyle, entity: NewMap): TextEdit[] {
  const { text, root } = edit;
  if (root === null) {
    const missingBreak = lacksFinalNewline(text);
    const lines = ['entities:', ...blockEntityLines(entity, `${' '.repeat(style.entitySeqIndent)}- `, style)];
    const body = lines.join(style.eol);
    return [{ start: text.length, end: text.length, newText: missingBreak ? style.eol + body : body + style.eol }];
  }
  const pair = findPair(root, 'entities');
  const seq = entitiesSeq(edit);
  if (!pair) {
    if (root.flow)
      return appendFlowItem(text, style, root, (indent) => `${flowKey(style)}${style.colon}${entityList(entity, style, indent)}`, style.json && style.pretty);
    const keyColumn = column(text, startOf(root.items[0]));
    const lines = [`${' '.repeat(keyColumn)}entities:`, ...blockEntityLines(entity, `${' '.repeat(keyColumn + style.entitySeqIndent)}- `, style)];
    const at = afterLastLine(root.items[root.items.length - 1], text);
    return [{ start: at, end: at, newText: style.eol + lines.join(style.eol) }];
  }
  if (!seq) return intoEmptyKey(edit, style, pair, entity);
  if (seq.flow) {
    if (seq.items.length === 0 && !style.json && !root.flow) return replaceEmptyFlowList(edit, style, pair, seq, entity);
    return appendFlowItem(text, style, seq, (indent) => flowValue(entity, style, indent, true), style.json && style.pretty);
  }
  return appendBlockItem(text, style, seq, entity);
}

/** A new block item after the last one, with the same dash prefix and the same blank-line spacing between items. */
function appendBlockItem(text: string, style: RegistryStyle, seq: YAMLSeq, entity: NewMap): TextEdit[] {
  const n = seq.items.length;
  const prefix = dashPrefix(text, seq, n - 1);
  let blank = false;
  if (n >= 2) {
    const gap = text.slice(afterLastLine(seq.items[n - 2], text), lineStart(text, startOf(seq.items[n - 1])));
    blank = /\n[ \t]*\r?\n/.test(gap);
  }
  const at = afterLastLine(seq, text);
  return [{ start: at, end: at, newText: (blank ? style.eol : '') + style.eol + blockEntityLines(entity, prefix, style).join(style.eol) }];
}

/** `entities:` with no value (or `~`, or JSON `null`) becomes a list holding the entity. */
function intoEmptyKey(edit: EditDoc, style: RegistryStyle, pair: Pair<unknown, unknown>, entity: NewMap): TextEdit[] {
  const { text } = edit;
  const value = pair.value as YamlNode | null;
  const range = value?.range;
  if (style.json || edit.root?.flow) {
    if (!range || range[1] <= range[0]) throw new Error('Cannot find the value of `entities`.');
    return [{ start: range[0], end: range[1], newText: entityList(entity, style, style.pretty ? lineIndent(text, range[0]) : null) }];
  }
  const colon = colonOffset(pair);
  if (colon === undefined) throw new Error('Cannot find the ":" after `entities`.');
  const lines = blockEntityLines(entity, `${' '.repeat(column(text, startOf(pair)) + style.entitySeqIndent)}- `, style);
  const edits: TextEdit[] = [];
  if (range && range[1] > range[0] && isScalar(value) && isNull(value)) {
    const start = /^[ \t]*$/.test(text.slice(colon + 1, range[0])) ? colon + 1 : range[0];
    edits.push({ start, end: range[1], newText: '' });
  }
  const at = lineEnd(text, colon);
  edits.push({ start: at, end: at, newText: style.eol + lines.join(style.eol) });
  return edits;
}

/** YAML `entities: []` becomes a block list (the spec's style) rather than a one-line flow mapping. */
function replaceEmptyFlowList(edit: EditDoc, style: RegistryStyle, pair: Pair<unknown, unknown>, seq: YAMLSeq, entity: NewMap): TextEdit[] {
  const { text } = edit;
  const colon = colonOffset(pair);
  const [start, end] = seq.range!;
  if (colon === undefined || lineEnd(text, colon) < end || /[^ \t]/.test(text.slice(colon + 1, start))) {
    return appendFlowItem(text, style, seq, (indent) => flowValue(entity, style, indent, true), false);
  }
  const lines = blockEntityLines(entity, `${' '.repeat(column(text, startOf(pair)) + style.entitySeqIndent)}- `, style);
  const at = lineEnd(text, end);
  return [
    { start: colon + 1, end, newText: '' },
    { start: at, end: at, newText: style.eol + lines.join(style.eol) },
  ];
}

function flowKey(style: RegistryStyle): string {
  return style.json ? '"entities"' : 'entities';
}

/** `[entity]`, spread over lines from `indent` in pretty JSON. */
function entityList(entity: NewMap, style: RegistryStyle, indent: string | null): string {
  if (indent === null) return `[${flowValue(entity, style, null, true)}]`;
  const inner = indent + style.unit;
  return `[${style.eol}${inner}${flowValue(entity, style, inner, true)}${style.eol}${indent}]`;
}
