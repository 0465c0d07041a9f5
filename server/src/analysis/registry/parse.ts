/**
 * Reads a registry file (YAML, or JSON, which YAML reads too) into entries and
 * precise problems. Pure: the caller supplies the text, so the same code serves
 * the editor (unsaved buffers), the CLI and the tests.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../types';
import type { ParsedRegistryFile, RegistryEntry, RegistryProblem } from './types';

const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Parses registry text; `file` is only recorded in entry locations. */
export function parseRegistry(text: string, file = ''): ParsedRegistryFile {
  const problems: RegistryProblem[] = [];
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    problems.push({ ...inText(text, start, Math.max(end, start + 1)), severity: 'error', message: error.message.split('\n')[0] });
  }
  if (doc.errors.length > 0) return { entries: [], ignore: [], problems, ok: false };

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { entries: [], ignore: [], problems, ok: true };
  }
  if (!isMap(root)) {
    problems.push({ ...range(root as YamlNode, text), severity: 'error', message: 'A registry is a mapping with an `entities:` list.' });
    return { entries: [], ignore: [], problems, ok: false };
  }
  const entries: RegistryEntry[] = [];
  const list = root.get('entities', true) as YamlNode | undefined;
  if (list !== undefined && !isSeq(list)) {
    problems.push({ ...range(list, text), severity: 'error', message: '`entities` must be a list of entries.' });
  } else if (list) {
    for (const item of list.items) {
      const entry = readEntry(item as YamlNode, text, file, problems);
      if (entry) entries.push(entry);
    }
  }
  const ignore = readStrings(root, 'ignore', text, problems);
  checkDuplicates(entries, root, text, problems);
  return { entries, ignore, problems, ok: !problems.some((p) => p.severity === 'error') };
}

function readEntry(node: YamlNode, text: string, file: string, problems: RegistryProblem[]): RegistryEntry | undefined {
  if (!isMap(node)) {
    problems.push({ ...range(node, text), severity: 'error', message: 'Each entity is a mapping with `id`, `name` and `type`.' });
    return undefined;
  }
  const span = range(node, text);
  const id = readString(node, 'id', text, problems);
  const name = readString(node, 'name', text, problems);
  const typeText = readString(node, 'type', text, problems);
  let ok = true;
  for (const [key, value] of [['id', id], ['name', name], ['type', typeText]] as const) {
    if (value === undefined) {
      problems.push({ start: span.start, end: Math.min(span.end, lineEnd(text, span.start)), severity: 'error', message: `This entity has no \`${key}\`.` });
      ok = false;
    }
  }
  if (id !== undefined && !SLUG.test(id)) {
    problems.push({ ...valueRange(node, 'id', text), severity: 'error', message: `The id "${id}" must be a lowercase slug (letters, digits and "-").` });
    ok = false;
  }
  if (typeText !== undefined && !(ENTITY_TYPES as readonly string[]).includes(typeText)) {
    problems.push({ ...valueRange(node, 'type', text), severity: 'error', message: `Unknown type "${typeText}". Use one of: ${ENTITY_TYPES.join(', ')}.` });
    ok = false;
  }
  if (!ok) return undefined;
  return {
    id: id!,
    name: name!,
    type: typeText as EntityType,
    aliases: readStrings(node, 'aliases', text, problems),
    description: readString(node, 'description', text, problems),
    roles: readStrings(node, 'roles', text, problems),
    links: readStrings(node, 'links', text, problems),
    location: { file, span },
  };
}

/** Duplicate ids and aliases claimed by two entities make the registry ambiguous. */
function checkDuplicates(entries: RegistryEntry[], root: YAMLMap, text: string, problems: RegistryProblem[]): void {
  const nodes = (root.get('entities', true) as { items?: YamlNode[] } | undefined)?.items ?? [];
  // Looked up only when a problem is reported, through a map built once: a 50,000-entry registry stays linear.
  let byStart: Map<number, YamlNode> | undefined;
  const nodeOf = (entry: RegistryEntry) => {
    byStart ??= new Map(nodes.map((n) => [range(n, text).start, n]));
    return byStart.get(entry.location?.span.start ?? -1);
  };
  const ids = new Map<string, RegistryEntry>();
  const names = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    const first = ids.get(entry.id);
    if (first) {
      const node = nodeOf(entry);
      problems.push({ ...(node && isMap(node) ? valueRange(node, 'id', text) : entry.location!.span), severity: 'error', message: `Duplicate id "${entry.id}": it is already used by "${first.name}".` });
    } else ids.set(entry.id, entry);
    for (const surface of new Set([entry.name, ...entry.aliases])) {
      const key = surface.toLowerCase();
      const owner = names.get(key);
      if (owner && owner.id !== entry.id) {
        const node = nodeOf(entry);
        const where = node && isMap(node) ? surfaceRange(node, surface, text) : entry.location!.span;
        problems.push({ ...where, severity: 'error', message: `"${surface}" is claimed by two entities: "${owner.id}" and "${entry.id}".` });
      } else names.set(key, entry);
    }
  }
}

function readString(map: YAMLMap, key: string, text: string, problems: RegistryProblem[]): string | undefined {
  const node = map.get(key, true) as YamlNode | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const value = String(node.value).trim();
    return value.length > 0 ? value : undefined;
  }
  problems.push({ ...range(node, text), severity: 'error', message: `\`${key}\` must be text.` });
  return undefined;
}

function readStrings(map: YAMLMap, key: string, text: string, problems: RegistryProblem[]): string[] {
  const node = map.get(key, true) as YamlNode | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) {
    problems.push({ ...range(node, text), severity: 'error', message: `\`${key}\` must be a list.` });
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) out.push(String(item.value));
    else problems.push({ ...range(item as YamlNode, text), severity: 'error', message: `Each item of \`${key}\` must be text.` });
  }
  return out;
}

function range(node: YamlNode | null | undefined, text: string): { start: number; end: number } {
  const r = node?.range;
  if (!r) return { start: 0, end: Math.min(1, text.length) };
  return inText(text, r[0], Math.max(r[1], r[0] + 1));
}

/**
 * A span cut to the text: the parser reports an error at the end of the file (an
 * unclosed quote) one character past it, which an editor cannot show and the fuzz
 * campaign caught (issue 15). Empty only when it points at the very end.
 */
function inText(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.min(Math.max(0, start), text.length);
  return { start: from, end: Math.min(Math.max(end, from), text.length) };
}

function valueRange(map: YAMLMap, key: string, text: string): { start: number; end: number } {
  return range(map.get(key, true) as YamlNode | undefined, text);
}

function surfaceRange(map: YAMLMap, surface: string, text: string): { start: number; end: number } {
  const name = map.get('name', true) as YamlNode | undefined;
  if (isScalar(name) && name.value === surface) return range(name, text);
  const aliases = map.get('aliases', true);
  if (isSeq(aliases)) {
    const item = aliases.items.find((i) => isScalar(i) && i.value === surface);
    if (item) return range(item as YamlNode, text);
  }
  return range(map, text);
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
