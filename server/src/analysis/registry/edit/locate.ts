/**
 * Finding the places an edit touches, from the `yaml` package's node ranges and
 * source tokens: the root mapping, the `entities` list, one entity, the end of a
 * node's last content line, the dash of a list item and the colon of a pair.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { lineEnd } from './text';

/** A registry document parsed for editing, with the text it came from. */
export interface EditDoc {
  text: string;
  doc: Document.Parsed;
  /** The root mapping, or null when the document is empty (only comments, or nothing). */
  root: YAMLMap | null;
}

/**
 * Parses registry text for editing. Throws on YAML errors or a root that is not a
 * mapping, because splicing text into a file we cannot read could corrupt it.
 */
export function parseForEdit(text: string): EditDoc {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new Error(`The registry has YAML errors; fix them before editing it (${first.message.split('\n')[0]}).`);
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { text, doc, root: null };
  if (!isMap(contents)) throw new Error('The registry is not a mapping with an `entities:` list; it cannot be edited safely.');
  return { text, doc, root: contents };
}

/** The pair with a scalar key equal to `key` in `map`. */
export function findPair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair<unknown, unknown> | undefined;
}

/** The `entities` sequence, undefined when the key is absent or null; throws when it is something else. */
export function entitiesSeq(edit: EditDoc): YAMLSeq | undefined {
  const pair = edit.root ? findPair(edit.root, 'entities') : undefined;
  const value = pair?.value as YamlNode | null | undefined;
  if (value === undefined || value === null || (isScalar(value) && value.value === null)) return undefined;
  if (!isSeq(value)) throw new Error('`entities` is not a list; the registry cannot be edited safely.');
  return value;
}

/** Every entity id in the file, for making new ids unique. */
export function existingIds(edit: EditDoc): Set<string> {
  const ids = new Set<string>();
  for (const item of entitiesSeq(edit)?.items ?? []) {
    if (!isMap(item)) continue;
    const id = findPair(item, 'id')?.value;
    if (isScalar(id) && id.value !== null) ids.add(String(id.value));
  }
  return ids;
}

/** The entity mapping with this id (the first, as the registry itself keeps the first); throws when absent. */
export function findEntity(edit: EditDoc, id: string): YAMLMap {
  for (const item of entitiesSeq(edit)?.items ?? []) {
    if (!isMap(item)) continue;
    const value = findPair(item, 'id')?.value;
    if (isScalar(value) && value.value !== null && String(value.value) === id) return item;
  }
  throw new Error(`No entity with id "${id}" in this registry.`);
}

/** True when the node is a scalar with no value (`key:`, `key: ~`, `key: null`). */
export function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** Offset of the `:` of a pair, from its source tokens; undefined for odd pairs (`? key`). */
export function colonOffset(pair: Pair<unknown, unknown>): number | undefined {
  const sep = (pair as { srcToken?: { sep?: Array<{ type: string; offset: number }> } }).srcToken?.sep;
  return sep?.find((t) => t.type === 'map-value-ind')?.offset;
}

/** End offset of a node's last real content (not the trailing comments or line break its range may include). */
export function contentEnd(node: unknown, text: string): number {
  if (isPair(node)) {
    const value = node.value as YamlNode | null;
    if (!isNull(value) && value?.range) return contentEnd(value, text);
    const valueRange = (value as YamlNode | null)?.range;
    if (valueRange && valueRange[1] > valueRange[0]) return valueRange[1];
    const colon = colonOffset(node);
    if (colon !== undefined) return colon + 1;
    return contentEnd(node.key, text);
  }
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    return contentEnd(node.items[node.items.length - 1], text);
  }
  const range = (node as YamlNode | null)?.range;
  if (!range) throw new Error('Cannot locate a registry node in the text.');
  let end = range[1];
  while (end > range[0] && /[\r\n]/.test(text[end - 1])) end--;
  return end;
}

/** Where new lines go after `node`: the end of its last content line, after any trailing comment. */
export function afterLastLine(node: unknown, text: string): number {
  return lineEnd(text, contentEnd(node, text));
}

/** Start offset of a pair (its key) or node. */
export function startOf(node: unknown): number {
  const target = isPair(node) ? node.key : node;
  const range = (target as YamlNode | null)?.range;
  if (!range) throw new Error('Cannot locate a registry node in the text.');
  return range[0];
}

/** Offset of the `-` that introduces item `index` of a block sequence. */
export function dashOffset(seq: YAMLSeq, index: number): number {
  const src = (seq as { srcToken?: { type: string; items?: Array<{ start: Array<{ type: string; offset: number }> }> } }).srcToken;
  const itemStart = startOf(seq.items[index]);
  const dashes = (src?.type === 'block-seq' ? (src.items ?? []) : [])
    .flatMap((i) => i.start.filter((t) => t.type === 'seq-item-ind').map((t) => t.offset))
    .filter((o) => o < itemStart);
  if (dashes.length === 0) throw new Error('Cannot find the "-" of a list item.');
  return Math.max(...dashes);
}
