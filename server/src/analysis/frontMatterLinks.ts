/**
 * Reads the `links:` map of an article's front matter: the reader's choice among
 * registry entries that share a name, kept in the article so it travels with it in
 * git (issue 10). Values are a single id (every mention of the form) or a list (the
 * n-th mention takes the n-th item, `~` = decide in context). Every key and value keeps
 * its span in the article, so the editor can put a diagnostic on an unknown id.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FrontMatterLink, FrontMatterLinkProblem, FrontMatterLinks, TextSpan } from './types';

/**
 * The `links` entry of a parsed front-matter document, or undefined when there is none.
 * `offset` is where the YAML text starts in the article (node ranges are relative to it).
 */
export function readFrontMatterLinks(doc: Document, offset: number): FrontMatterLinks | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'links');
  if (!pair || !isScalar(pair.key)) return undefined;
  const keySpan = spanOf(pair.key, offset);
  const entries: FrontMatterLink[] = [];
  const problems: FrontMatterLinkProblem[] = [];
  const value = pair.value as Node | null;
  if (value === null || (isScalar(value) && value.value === null)) return { keySpan, entries, problems };
  if (!isMap(value)) {
    problems.push({
      ...spanOf(value, offset, keySpan),
      message: '`links` must map a name as written in the article to an entry id or to a list of ids (`~` to decide in context).',
    });
    return { keySpan, entries, problems };
  }
  for (const item of value.items) {
    const key = item.key as Node | null;
    const form = isScalar(key) && key.value !== null ? String(key.value).trim() : '';
    if (!isScalar(key) || form === '') {
      problems.push({ ...spanOf(key, offset, keySpan), message: 'A `links` key must be a name as written in the article.' });
      continue;
    }
    const link: FrontMatterLink = { form, keySpan: spanOf(key, offset) };
    const v = item.value as Node | null;
    const span = spanOf(v, offset, link.keySpan);
    if (isSeq(v)) {
      link.each = v.items.map((el) => {
        const node = el as Node | null;
        const id = idOf(node);
        const at = spanOf(node, offset, span);
        if (id === undefined) {
          problems.push({ ...at, message: `Occurrence entries of '${form}' must be entry ids or ~ (decide in context).` });
          return { id: null, span: at };
        }
        return { id, span: at };
      });
    } else {
      const id = idOf(v);
      if (typeof id !== 'string') {
        problems.push({ ...span, message: `'${form}' needs an entry id, or a list of ids per occurrence.` });
        continue;
      }
      link.all = { id, span };
    }
    entries.push(link);
  }
  return { keySpan, entries, problems };
}

/** A scalar's id: a string (numbers allowed, as ids are text), null for `~`, undefined for anything else. */
function idOf(node: Node | null): string | null | undefined {
  if (node === null) return null;
  if (!isScalar(node)) return undefined;
  if (node.value === null) return null;
  if (typeof node.value === 'string') return node.value.trim() || null;
  if (typeof node.value === 'number') return String(node.value);
  return undefined;
}

/** A node's span in the article; `fallback` when the node is missing (an empty value). */
function spanOf(node: Node | null | undefined, offset: number, fallback: TextSpan = { start: offset, end: offset }): TextSpan {
  const range = node?.range;
  if (!range) return { ...fallback };
  return { start: offset + range[0], end: offset + range[1] };
}
