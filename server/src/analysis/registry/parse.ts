/**
 * Reads a registry file (YAML, or JSON, which YAML reads too) into entries and
 * precise problems. Pure: the caller supplies the text, so the same code serves
 * the editor (unsaved buffers), the CLI and the tests.
 *
 * A team's registry is never perfect, so one bad entry never costs the others: an
 * entry with an error is left out alone, a duplicate id keeps its first entry, and a
 * YAML syntax error keeps the entries before it. A name several entries share is
 * legal (the linker chooses in context) and only reported as information.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { LineIndex } from '../lineIndex';
import { yamlErrorText } from '../yamlErrorText';
import { ENTITY_TYPES, type EntityType } from '../types';
import { nameKeys } from './nameTokens';
import { topLevelProblems } from './topLevel';
import type { ParsedRegistryFile, RegistryEntry, RegistryProblem } from './types';
import { unclosedQuoteStart } from './unclosedQuote';

const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Said after every error that drops an entry, so the reader knows what it costs. */
const LEFT_OUT = ' This entry is left out until this is fixed.';

/** How many ids a shared-name message lists before "and N more" (a name shared 1,000 times stays one short line). */
const IDS_SHOWN = 5;

/** An entry that was read, with the node it came from (for the spans of later problems). */
interface ReadEntry {
  entry: RegistryEntry;
  node: YAMLMap;
}

/** Parses registry text; `file` is only recorded in entry locations. */
export function parseRegistry(text: string, file = ''): ParsedRegistryFile {
  const problems: RegistryProblem[] = [];
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  // Where the text stops being trustworthy: the first syntax error. Only what ends before it is read.
  let cut = Infinity;
  for (const error of doc.errors) {
    let [start, end] = error.pos;
    let message = yamlErrorText(error.message);
    // "Missing closing quote" is found where the file ends: point at the quote left open instead.
    const quote = error.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(message) : null;
    const opened = quote ? unclosedQuoteStart(text, start, quote[1] as '"' | "'") : undefined;
    if (opened !== undefined) {
      [start, end] = [opened, opened + 1];
      message = `This quoted text is never closed: it runs on to the end of the file (${message})`;
    }
    cut = Math.min(cut, start);
    problems.push({ ...inText(text, start, Math.max(end, start + 1)), severity: 'error', message, wholeFile: true });
  }
  for (const warning of doc.warnings) {
    const [start, end] = warning.pos;
    problems.push({ ...inText(text, start, Math.max(end, start + 1)), severity: 'warning', message: yamlErrorText(warning.message) });
  }
  const before = (node: YamlNode | null | undefined) => cut === Infinity || (node?.range != null && node.range[1] < cut);
  const done = (entries: RegistryEntry[], ignore: string[], ok: boolean): ParsedRegistryFile => ({
    entries,
    ignore,
    problems: problems.sort((a, b) => a.start - b.start || a.end - b.end),
    ok: ok && cut === Infinity,
  });

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return done([], [], true);
  if (!isMap(root)) {
    if (cut === Infinity)
      problems.push({ ...range(root as YamlNode, text), severity: 'error', message: 'A registry is a mapping with an `entities:` list.', wholeFile: true });
    return done([], [], false);
  }
  const read: ReadEntry[] = [];
  const keyProblems = topLevelProblems(root, text, (node) => range(node, text), before, cut === Infinity);
  problems.push(...keyProblems);
  const list = root.get('entities', true) as YamlNode | undefined;
  let shapeOk = !keyProblems.some((p) => p.wholeFile);
  if (list !== undefined && !isSeq(list) && !(isScalar(list) && list.value === null)) {
    if (before(list)) problems.push({ ...range(list, text), severity: 'error', message: '`entities` must be a list of entries.', wholeFile: true });
    shapeOk = false;
  } else if (isSeq(list)) {
    // Lines of the ids, for messages that name them from another file; indexed once, only when there are entries.
    let lines: LineIndex | undefined;
    const lineOf = (offset: number) => (lines ??= new LineIndex(text)).positionAt(offset).line + 1;
    for (const item of list.items) {
      if (!before(item as YamlNode)) break;
      const entry = readEntry(item as YamlNode, text, file, problems, lineOf);
      if (entry) read.push({ entry, node: item as YAMLMap });
    }
  }
  const ignoreNode = root.get('ignore', true) as YamlNode | undefined;
  const ignore = before(ignoreNode) ? readStrings(root, 'ignore', text, problems) : [];
  const kept = dropDuplicateIds(read, text, problems);
  reportSharedNames(kept, text, problems);
  return done(
    kept.map((r) => r.entry),
    ignore,
    shapeOk,
  );
}

function readEntry(node: YamlNode, text: string, file: string, problems: RegistryProblem[], lineOf: (offset: number) => number): RegistryEntry | undefined {
  if (!isMap(node)) {
    problems.push({ ...range(node, text), severity: 'error', message: `Each entity is a mapping with \`id\`, \`name\` and \`type\`.${LEFT_OUT}` });
    return undefined;
  }
  const first = problems.length;
  const span = range(node, text);
  // A required field that is absent or empty is reported on the entry's first line; one that is not text, on its value.
  const required = (key: string) => {
    const count = problems.length;
    const value = readString(node, key, text, problems);
    if (value === undefined && problems.length === count) {
      problems.push({ start: span.start, end: Math.min(span.end, lineEnd(text, span.start)), severity: 'error', message: `This entity has no \`${key}\`.` });
    }
    return value;
  };
  const id = required('id');
  const name = required('name');
  const typeText = required('type');
  if (id !== undefined && !SLUG.test(id)) {
    problems.push({ ...valueRange(node, 'id', text), severity: 'error', message: `The id "${id}" must be a lowercase slug (letters, digits and "-").` });
  }
  if (typeText !== undefined && !(ENTITY_TYPES as readonly string[]).includes(typeText)) {
    problems.push({ ...valueRange(node, 'type', text), severity: 'error', message: `Unknown type "${typeText}". Use one of: ${ENTITY_TYPES.join(', ')}.` });
  }
  const entry: Omit<RegistryEntry, 'location'> = {
    id: id!,
    name: name!,
    type: typeText as EntityType,
    aliases: readStrings(node, 'aliases', text, problems),
    description: readString(node, 'description', text, problems),
    roles: readStrings(node, 'roles', text, problems),
    links: readStrings(node, 'links', text, problems),
  };
  if (problems.length === first) {
    const idSpan = valueRange(node, 'id', text);
    return { ...entry, location: { file, span, idSpan, idLine: lineOf(idSpan.start) } };
  }
  // Any error in an entry leaves the whole entry out: half an entry would link names to the wrong card.
  for (let i = first; i < problems.length; i++) problems[i].message += LEFT_OUT;
  return undefined;
}

/** A duplicate id keeps its first entry: the later one is reported on its id and left out. */
function dropDuplicateIds(read: ReadEntry[], text: string, problems: RegistryProblem[]): ReadEntry[] {
  const ids = new Map<string, RegistryEntry>();
  const kept: ReadEntry[] = [];
  for (const r of read) {
    const first = ids.get(r.entry.id);
    if (first) {
      problems.push({
        ...valueRange(r.node, 'id', text),
        severity: 'error',
        message: `Duplicate id "${r.entry.id}": it is already used by "${first.name}".${LEFT_OUT}`,
      });
    } else {
      ids.set(r.entry.id, r.entry);
      kept.push(r);
    }
  }
  return kept;
}

/**
 * A name or alias several entries claim is legal: each claim gets an `info` naming the
 * others. Claims are grouped the way the matcher compares names (tokens, apostrophe
 * styles, possessives, case), so the report says exactly which mentions are shared.
 */
function reportSharedNames(read: ReadEntry[], text: string, problems: RegistryProblem[]): void {
  const claims = new Map<string, { r: ReadEntry; surface: string }[]>();
  for (const r of read) {
    const own = new Set<string>();
    for (const surface of [r.entry.name, ...r.entry.aliases]) {
      const key = nameKeys(surface).join(' ').toLowerCase();
      if (key === '' || own.has(key)) continue;
      own.add(key);
      const list = claims.get(key);
      if (list) list.push({ r, surface });
      else claims.set(key, [{ r, surface }]);
    }
  }
  for (const list of claims.values()) {
    if (list.length < 2) continue;
    const ids = list.map((c) => c.r.entry.id);
    const shown = ids.length <= IDS_SHOWN + 1 ? ids.join(', ') : `${ids.slice(0, IDS_SHOWN).join(', ')} and ${ids.length - IDS_SHOWN} more`;
    for (const { r, surface } of list) {
      problems.push({
        ...surfaceRange(r.node, surface, text),
        severity: 'info',
        message: `'${surface}' names ${ids.length} entries: ${shown}; mentions are disambiguated in context`,
      });
    }
  }
}

/**
 * A text field (`id`, `name`, `type`, `description`). Only a YAML string is text, as the
 * schema says: `name: 42` or `name: true` would otherwise register "42" or "true" as a
 * name, so a number or boolean is an error that says how to write it as text.
 */
function readString(map: YAMLMap, key: string, text: string, problems: RegistryProblem[]): string | undefined {
  const node = map.get(key, true) as YamlNode | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  if (isScalar(node) && typeof node.value === 'string') {
    const value = node.value.trim();
    return value.length > 0 ? value : undefined;
  }
  problems.push({ ...range(node, text), severity: 'error', message: notText(`\`${key}\``, node, text) });
  return undefined;
}

/**
 * A list of text (`aliases`, `roles`, `links`, `ignore`). A single value is not read as a
 * list of one: the schema says list, and the editor's schema check would disagree with
 * News Lens about the same file. The message shows the list the user probably meant.
 */
function readStrings(map: YAMLMap, key: string, text: string, problems: RegistryProblem[]): string[] {
  const node = map.get(key, true) as YamlNode | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    const source = isScalar(node) ? sourceOf(node, text) : '';
    const example = source !== '' && !source.includes('\n') && source.length <= 60 ? `, e.g. \`${key}: [${source}]\`` : '';
    problems.push({ ...range(node, text), severity: 'error', message: `\`${key}\` must be a list${example}.` });
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string') out.push(item.value);
    else problems.push({ ...range(item as YamlNode, text), severity: 'error', message: notText(`Each item of \`${key}\``, item as YamlNode, text) });
  }
  return out;
}

/** Why a value is not text; a number or boolean was probably meant as text, so say how to quote it. */
function notText(what: string, node: YamlNode, text: string): string {
  const source = isScalar(node) ? sourceOf(node, text) : '';
  return source === '' ? `${what} must be text.` : `${what} must be text; write it in quotes (${JSON.stringify(source)}) if that is what you mean.`;
}

/** The scalar as written in the file (without surrounding space). */
function sourceOf(node: YamlNode, text: string): string {
  const r = node.range;
  return r ? text.slice(r[0], r[1]).trim() : '';
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

/** The span of the name or alias node that reads `surface` in this entry. */
function surfaceRange(map: YAMLMap, surface: string, text: string): { start: number; end: number } {
  const same = (node: unknown) => isScalar(node) && node.value !== null && String(node.value).trim() === surface.trim();
  const name = map.get('name', true);
  if (same(name)) return range(name as YamlNode, text);
  const aliases = map.get('aliases', true);
  if (same(aliases)) return range(aliases as YamlNode, text);
  if (isSeq(aliases)) {
    const item = aliases.items.find(same);
    if (item) return range(item as YamlNode, text);
  }
  return range(map, text);
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
