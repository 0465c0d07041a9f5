/**
 * The reader's linking choices as they sit in an article's front matter, located
 * and written (issue 10, LINKING-CONTRACT.md):
 *
 * ```yaml
 * ---
 * links:
 *   Portsmouth: portsmouth-fc                                     # every mention of the form
 *   Daniel Price: [daniel-price-pianist, ~, daniel-price-council] # per occurrence, in order
 * ---
 * ```
 *
 * The quick fixes write a choice here rather than in the registry because the
 * choice belongs to one article and should travel with it through git. Edits are
 * minimal text splices located with the `yaml` package's Document API (as the
 * registry editor does): comments, key order, quoting, CRLF and a BOM stay byte for
 * byte; the front matter is created when there is none. Reading the links to honour
 * them is the linker's business (frontMatterLinks.ts).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { readFrontMatter } from './frontMatter';
import type { TextSplice } from './frontMatterEdit';
import { appendFlowItem } from './registry/edit/lists';
import { afterLastLine, colonOffset, contentEnd, findPair, isNull, startOf } from './registry/edit/locate';
import { yamlScalar, type ScalarContext } from './registry/edit/quote';
import type { RegistryStyle } from './registry/edit/style';
import { column, lineEnd } from './registry/edit/text';
import type { FrontMatterLink, FrontMatterLinks } from './types';

/** What a form maps to: one entry id for every mention, or one per occurrence (`null`: decide in context). */
export type LinkValue = string | (string | null)[];

/** Where the YAML between the `---` fences sits in the article. */
interface Block {
  /** Offset of the YAML text (after the opening fence's line break). */
  start: number;
  /** Offset of the closing fence line (the YAML text ends just before). */
  end: number;
}

/** The front-matter YAML block of `text` (after a BOM, if any), or undefined when the article has none. */
function locateBlock(text: string): Block | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const front = readFrontMatter(body);
  if (!front) return undefined;
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(body)!;
  // The closing fence is the last line of the block: find where that line starts.
  const block = body.slice(0, front.bodyStart).replace(/(?:\r\n|\r|\n)$/, '');
  const closing = Math.max(block.lastIndexOf('\n'), block.lastIndexOf('\r')) + 1;
  return { start: bom + open[0].length, end: bom + Math.max(closing, open[0].length) };
}

/** The parsed YAML of a block, or undefined when it has errors (then nothing is read or written). */
function parseBlock(yaml: string) {
  const doc = parseDocument(yaml, { keepSourceTokens: true, uniqueKeys: false });
  return doc.errors.length > 0 ? undefined : doc;
}

function valueOf(node: unknown): LinkValue | undefined {
  const id = (n: unknown): string | null | undefined =>
    isNull(n) ? null : isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') ? String(n.value) : undefined;
  if (isSeq(node)) {
    const items = node.items.map(id);
    return items.every((i) => i !== undefined) ? (items as (string | null)[]) : undefined;
  }
  return id(node) ?? undefined;
}

/**
 * The list a per-occurrence choice writes: the existing choice for the form
 * (a single id applies to every one of the `count` mentions, so it is spread over
 * them), with occurrence `index` (0-based, document order) set to `id`. Trailing
 * "decide in context" items are dropped, as the contract reads them the same way.
 */
export function withOccurrence(existing: LinkValue | undefined, index: number, count: number, id: string): (string | null)[] {
  const list: (string | null)[] = Array.isArray(existing)
    ? [...existing]
    : typeof existing === 'string'
      ? new Array<string | null>(Math.max(count, index + 1)).fill(existing)
      : [];
  while (list.length <= index) list.push(null);
  list[index] = id;
  while (list.length > 0 && list[list.length - 1] === null) list.pop();
  return list;
}

/**
 * The splices that make the front matter say `links: { <form>: <value> }`, leaving
 * every other byte as it is: the key's value is replaced when the form is already
 * there (matched as the reader matches: exactly, else ignoring case), a key is added
 * to an existing `links` mapping (block or flow), `links:` is added to existing front
 * matter, or a front-matter block is added at the top (after a BOM). No splices when
 * the front matter already says so. Throws with a message for the user when the
 * front matter cannot be read safely (YAML errors, `links` that is not a mapping).
 */
export function setFrontMatterLink(text: string, form: string, value: LinkValue): TextSplice[] {
  const key = form.replace(/\s+/g, ' ').trim();
  if (!key) throw new Error('A link needs the name as the article writes it.');
  if (typeof value === 'string' ? !value : value.length === 0) throw new Error('A link needs an entry id.');
  const eol = lineBreakOf(text);
  const block = locateBlock(text);
  if (!block) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return [{ start: at, end: at, newText: `---${eol}links:${eol}  ${renderKey(key, 'block')}: ${renderValue(value, 'block')}${eol}---${eol}` }];
  }
  const yaml = text.slice(block.start, block.end);
  const doc = parseBlock(yaml);
  if (!doc) throw new Error('The front matter has YAML errors; fix them before linking a name.');
  const root = doc.contents as YamlNode | null;
  const shift = (splices: TextSplice[]) => splices.map((s) => ({ start: s.start + block.start, end: s.end + block.start, newText: s.newText }));
  const emptyRoot = root === null || (isScalar(root) && (root.value === null || root.value === ''));
  if (emptyRoot || (isMap(root) && !root.flow && !findPair(root, 'links'))) {
    // A new top-level `links:` just before the closing fence (the YAML text ends with a line break or is empty).
    return [{ start: block.end, end: block.end, newText: `links:${eol}  ${renderKey(key, 'block')}: ${renderValue(value, 'block')}${eol}` }];
  }
  if (!isMap(root) || root.flow) throw new Error('The front matter is not a block of `key: value` lines; add `links:` by hand.');
  const linksPair = findPair(root, 'links')!;
  const links = linksPair.value as YamlNode | null;
  if (isNull(links)) return shift(openLinks(yaml, linksPair, key, value, eol));
  if (!isMap(links)) throw new Error('`links` in the front matter is not a mapping of names to entry ids; fix it by hand.');
  const existing = findFormPair(links, key);
  if (existing) {
    if (sameValue(valueOf(existing.value), value)) return [];
    return shift(replaceValue(yaml, existing, value, links.flow ? 'flow' : 'block'));
  }
  if (links.flow) {
    const style = flowStyle(eol);
    return shift(appendFlowItem(yaml, style, links, () => `${renderKey(key, 'flow')}: ${renderValue(value, 'flow')}`, false));
  }
  const last = links.items[links.items.length - 1];
  const at = afterLastLine(last, yaml);
  const pad = ' '.repeat(column(yaml, startOf(links.items[0])));
  return shift([{ start: at, end: at, newText: `${eol}${pad}${renderKey(key, 'block')}: ${renderValue(value, 'block')}` }]);
}

/** `links:` with no value (or `~`): the first key goes on its own line under it, two columns in. */
function openLinks(yaml: string, pair: Pair<unknown, unknown>, key: string, value: LinkValue, eol: string): TextSplice[] {
  const colon = colonOffset(pair);
  if (colon === undefined) throw new Error('Cannot find the ":" after `links` in the front matter.');
  const line = `${eol}${' '.repeat(column(yaml, startOf(pair)) + 2)}${renderKey(key, 'block')}: ${renderValue(value, 'block')}`;
  const range = (pair.value as YamlNode | null)?.range;
  const splices: TextSplice[] = [];
  // An explicit `~` or `null` would make the mapping below it an error: it goes, a comment after it stays.
  if (range && range[1] > range[0]) splices.push({ start: colon + 1, end: range[1], newText: '' });
  const at = lineEnd(yaml, colon);
  splices.push({ start: at, end: at, newText: line });
  return mergeAdjacent(splices);
}

/** Replaces a key's value (whatever its style) with the new value written on the key's line. */
function replaceValue(yaml: string, pair: Pair<unknown, unknown>, value: LinkValue, context: ScalarContext): TextSplice[] {
  const colon = colonOffset(pair);
  if (colon === undefined) throw new Error('Cannot find the ":" after a key of `links` in the front matter.');
  const node = pair.value as YamlNode | null;
  const end = node?.range && node.range[1] > node.range[0] ? contentEnd(node, yaml) : colon + 1;
  return [{ start: colon + 1, end, newText: ` ${renderValue(value, context)}` }];
}

/** The pair for `form`: the key written exactly so, else one equal ignoring case (the reader's order). */
function findFormPair(links: YAMLMap, form: string): Pair<unknown, unknown> | undefined {
  const pairs = links.items.filter((p): p is Pair<unknown, unknown> => isPair(p) && isScalar(p.key) && p.key.value !== null);
  const keyOf = (p: Pair<unknown, unknown>) =>
    String((p.key as { value: unknown }).value)
      .replace(/\s+/g, ' ')
      .trim();
  return pairs.find((p) => keyOf(p) === form) ?? pairs.find((p) => keyOf(p).toLowerCase() === form.toLowerCase());
}

function sameValue(a: LinkValue | undefined, b: LinkValue): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

function renderKey(form: string, context: ScalarContext): string {
  return yamlScalar(form, context);
}

function renderValue(value: LinkValue, context: ScalarContext): string {
  if (typeof value === 'string') return yamlScalar(value, context);
  return `[${value.map((v) => (v === null ? '~' : yamlScalar(v, 'flow'))).join(', ')}]`;
}

/** The article's line break: CRLF or a lone CR when its first line break is one, else LF. */
function lineBreakOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

/** Joins splices that touch, so an edit never holds two splices at one offset. */
function mergeAdjacent(splices: TextSplice[]): TextSplice[] {
  const out: TextSplice[] = [];
  for (const s of splices) {
    const prev = out[out.length - 1];
    if (prev && prev.end === s.start) {
      prev.newText += s.newText;
      prev.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

/** The registry editor's flow-collection writer, configured for one-line YAML flow mappings. */
function flowStyle(eol: string): RegistryStyle {
  return { eol, json: false, listStyle: 'flow', nameSeqIndent: 2, entitySeqIndent: 2, colon: ': ', comma: ', ', pretty: false, unit: '  ', inlineArrays: true };
}

/** A key as it is compared: line breaks and runs of spaces folded, trimmed. */
function mentionForm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The `links` entry that speaks of `form`, matched as the linker matches keys:
 * written exactly so, else equal ignoring case.
 */
export function findLink(links: FrontMatterLinks | undefined, form: string): FrontMatterLink | undefined {
  const key = mentionForm(form);
  const entries = links?.entries ?? [];
  return entries.find((e) => mentionForm(e.form) === key) ?? entries.find((e) => mentionForm(e.form).toLowerCase() === key.toLowerCase());
}

/** What a read `links` entry says, in the form {@link setFrontMatterLink} writes. */
export function linkValue(link: FrontMatterLink | undefined): LinkValue | undefined {
  if (!link) return undefined;
  return link.all ? link.all.id : link.each?.map((e) => e.id);
}
