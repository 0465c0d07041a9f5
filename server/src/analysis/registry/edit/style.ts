/**
 * Reading a registry file's own formatting so new text matches it: line ending,
 * JSON or YAML, flow (`[a, b]`) or block (`- a`) lists, how far a list's `-` sits
 * from its key, and JSON's indentation and spacing.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Node as YamlNode, type YAMLSeq } from 'yaml';
import { column, detectEol, lineIndent } from './text';
import { dashOffset, startOf, type EditDoc } from './locate';

/** The formatting conventions of one registry file. */
export interface RegistryStyle {
  eol: string;
  /** The root is a JSON object: keys and strings are written as JSON. */
  json: boolean;
  /** How new lists of names are written in YAML: the style most of the file's lists use (flow by default, as in the spec). */
  listStyle: 'flow' | 'block';
  /** Columns from a key to the `-` of the block list of names under it (0 for lists not indented). */
  nameSeqIndent: number;
  /** Columns from `entities:` to the `-` of its items. */
  entitySeqIndent: number;
  /** Between a key and its value in flow mappings and JSON (`: ` or `:`). */
  colon: string;
  /** Between items of one-line flow collections (`, ` or `,`). */
  comma: string;
  /** JSON written over several lines (pretty) rather than compact. */
  pretty: boolean;
  /** One level of indentation in pretty JSON. */
  unit: string;
  /** Pretty JSON keeps lists of names on one line. */
  inlineArrays: boolean;
}

/** Detects the style of a parsed registry; defaults follow the spec's example. */
export function detectStyle(edit: EditDoc): RegistryStyle {
  const { text, root } = edit;
  const json = !!root?.flow && (root.items.length === 0 || (isPair(root.items[0]) && isScalar(root.items[0].key) && root.items[0].key.type === 'QUOTE_DOUBLE'));
  let flowLists = 0;
  let blockLists = 0;
  let multiLineArrays = 0;
  let nameSeqIndent: number | undefined;
  let entitySeqIndent: number | undefined;
  let comma: string | undefined;
  visit(edit.doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isSeq(pair.value) || pair.value.items.length === 0) return;
      const seq = pair.value as YAMLSeq;
      const keyColumn = column(text, startOf(pair.key));
      if (pair.key.value === 'entities') {
        if (!seq.flow) entitySeqIndent ??= column(text, dashOffset(seq, 0)) - keyColumn;
        return;
      }
      if (!seq.items.every((i) => isScalar(i))) return;
      if (seq.flow) {
        flowLists++;
        const range = seq.range!;
        if (text.slice(range[0], range[1]).includes('\n')) multiLineArrays++;
        if (seq.items.length > 1) {
          const between = text.slice((seq.items[0] as YamlNode).range![1], (seq.items[1] as YamlNode).range![0]);
          if (!between.includes('\n')) comma ??= /,[ \t]*/.exec(between)?.[0];
        }
      } else {
        blockLists++;
        nameSeqIndent ??= column(text, dashOffset(seq, 0)) - keyColumn;
      }
    },
  });
  const first = root?.items[0];
  let colon = ': ';
  let unit = '  ';
  let pretty = true;
  if (root?.flow && isPair(first) && isScalar(first.key) && (first.value as YamlNode | null)?.range) {
    const between = text.slice((first.key as YamlNode).range![1], (first.value as YamlNode).range![0]);
    const match = /:[ \t]*/.exec(between);
    if (match && !between.includes('\n')) colon = match[0];
    const keyStart = startOf(first.key);
    pretty = text.slice(root.range![0], keyStart).includes('\n');
    if (pretty) unit = lineIndent(text, keyStart) || '  ';
  }
  return {
    eol: detectEol(text),
    json,
    listStyle: blockLists > flowLists ? 'block' : 'flow',
    nameSeqIndent: nameSeqIndent ?? entitySeqIndent ?? 2,
    entitySeqIndent: entitySeqIndent ?? nameSeqIndent ?? 2,
    colon,
    comma: comma ?? (json && !pretty && colon === ':' ? ',' : ', '),
    pretty,
    unit,
    inlineArrays: multiLineArrays === 0,
  };
}

/** Whether a mapping or list in the file is written in flow style (`{}` / `[]`), JSON included. */
export function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && !!node.flow;
}
