/**
 * Pure edits of a registry file's text (spec §3): add an entity, add an alias,
 * rename an entity, ignore a name, or write a new registry. Each edit returns the
 * minimal text splices, so the editor can apply them as one undoable workspace
 * edit and everything but the intended change stays byte-identical: comments,
 * key order, unknown keys, blank lines, indentation, list styles, quoting, CRLF,
 * a missing final newline, a BOM, and JSON formatting. The `yaml` package only
 * locates things; nothing is re-serialized. A file with YAML errors, or an id
 * that is not there, is refused with an Error rather than risked.
 */
import { isScalar, isSeq, type Node as YamlNode, type Scalar, type YAMLMap } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../types';
import { appendEntity } from './edit/entities';
import { appendName, insertPair } from './edit/lists';
import { findEntity, findPair, parseForEdit, existingIds, type EditDoc } from './edit/locate';
import { jsonScalar, singleQuoted, uniqueId, yamlScalar } from './edit/quote';
import { slugify } from '../slug';
import { blockPairLines, type NewMap } from './edit/render';
import { detectStyle, type RegistryStyle } from './edit/style';
import { applyEdits, lacksFinalNewline, type TextEdit } from './edit/text';
import { parseRegistry } from './parse';
import type { ParsedRegistryFile } from './types';

export { applyEdits, type TextEdit } from './edit/text';

/** What the user asks to register; `id` defaults to a unique slug of the name. */
export interface NewEntityEntry {
  id?: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  description?: string;
}

const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * Adds an entity at the end of `entities` (creating the key, or the whole
 * registry body in an empty file). Returns the edits and the id used: the given
 * id (refused when taken or not a slug) or the name's slug made unique with -2, -3…
 */
export function addEntity(text: string, entry: NewEntityEntry): { edits: TextEdit[]; id: string } {
  const edit = parseForEdit(text);
  const taken = existingIds(edit);
  const id = chooseId(entry, taken);
  const style = detectStyle(edit);
  const name = entry.name.trim();
  const edits = verified(text, appendEntity(edit, style, entityPairs(entry, id)), (after) => after.entries.some((e) => e.id === id && e.name === name));
  return { edits, id };
}

/**
 * Adds an alias to the entity `id`, in the style of its `aliases` list (creating
 * `aliases:` after `type` when absent). No edits when the alias is already the
 * name or an alias.
 */
export function addAlias(text: string, id: string, alias: string): TextEdit[] {
  const value = requireText(alias, 'alias');
  const edit = parseForEdit(text);
  const entity = findEntity(edit, id);
  return verified(text, aliasEdits(edit, detectStyle(edit), entity, value), (after) =>
    after.entries.some((e) => e.id === id && (e.name === value || e.aliases.includes(value))),
  );
}

/**
 * Renames the entity `id`. The old name becomes an alias, so articles that use it
 * stay linked; when the new name was an alias, that alias is replaced by the old
 * name, so no surface form is lost or listed twice. The name keeps its quoting
 * style when it can.
 */
export function renameEntity(text: string, id: string, newName: string): TextEdit[] {
  const name = requireText(newName, 'name');
  return verified(text, renameEdits(text, id, name), (after) => after.entries.some((e) => e.id === id && e.name === name));
}

function renameEdits(text: string, id: string, name: string): TextEdit[] {
  const edit = parseForEdit(text);
  const style = detectStyle(edit);
  const entity = findEntity(edit, id);
  const nameNode = findPair(entity, 'name')?.value;
  if (!isScalar(nameNode) || nameNode.value === null) throw new Error(`The entity "${id}" has no name to rename.`);
  const oldName = String(nameNode.value);
  if (oldName === name) return [];
  const edits = [replaceScalar(style, nameNode, name, !!entity.flow)];
  const aliasesPair = findPair(entity, 'aliases');
  const aliasNodes = scalarItems(aliasesPair?.value);
  const aliases = aliasNodes.map((n) => String(n.value));
  const promoted = aliasNodes.find((n) => String(n.value) === name);
  if (aliases.includes(oldName)) return edits;
  if (promoted) {
    const list = aliasesPair!.value;
    const inFlow = isSeq(list) ? !!list.flow || !!entity.flow : !!entity.flow;
    return [...edits, replaceScalar(style, promoted, oldName, inFlow)];
  }
  return [...edits, ...aliasEdits(edit, style, entity, oldName, true)];
}

/** Adds a name to the top-level `ignore:` list (created when absent); no edits when it is already ignored (any case). */
export function addIgnore(text: string, name: string): TextEdit[] {
  const value = requireText(name, 'name');
  return verified(text, ignoreEdits(text, value), (after) => after.ignore.some((n) => n.toLowerCase() === value.toLowerCase()));
}

function ignoreEdits(text: string, value: string): TextEdit[] {
  const edit = parseForEdit(text);
  const style = detectStyle(edit);
  const { root } = edit;
  if (root === null) {
    const body = blockPairLines('ignore', [value], 0, style).join(style.eol);
    return [{ start: text.length, end: text.length, newText: lacksFinalNewline(text) ? style.eol + body : body + style.eol }];
  }
  const pair = findPair(root, 'ignore');
  if (!pair) return insertPair(text, style, root, 'ignore', [value]);
  const present = scalarItems(pair.value).map((n) => String(n.value).toLowerCase());
  if (present.includes(value.toLowerCase())) return [];
  return appendName(text, style, pair, value);
}

/**
 * The text of a new registry holding one entity, for when a workspace has none:
 * YAML with a short comment header, or pretty JSON. The id is `entry.id` or the
 * name's slug (see `slugify`).
 */
export function newRegistryText(entry: NewEntityEntry, format: 'yaml' | 'json'): string {
  const id = chooseId(entry, new Set());
  const pairs = entityPairs(entry, id);
  if (format === 'json') return `${JSON.stringify({ entities: [Object.fromEntries(pairs)] }, null, 2)}\n`;
  const header = [
    '# News Lens entity registry: people, organizations, places… shared by the team.',
    '# Each entity needs an id (lowercase slug), a name and a type; aliases are other',
    '# names that should link to it. Unknown keys are kept.',
  ];
  const editDoc = parseForEdit('');
  const body = appendEntity(editDoc, detectStyle(editDoc), pairs)[0].newText;
  return `${header.join('\n')}\n${body}`;
}

/** Edits adding `alias` to `entity`; `renaming` when the name itself is being replaced by these edits. */
function aliasEdits(edit: EditDoc, style: RegistryStyle, entity: YAMLMap, alias: string, renaming = false): TextEdit[] {
  const name = findPair(entity, 'name')?.value;
  if (!renaming && isScalar(name) && String(name.value) === alias) return [];
  const pair = findPair(entity, 'aliases');
  if (!pair) {
    const anchor = findPair(entity, 'type') ?? findPair(entity, 'name');
    return insertPair(edit.text, style, entity, 'aliases', [alias], anchor);
  }
  if (scalarItems(pair.value).some((n) => String(n.value) === alias)) return [];
  return appendName(edit.text, style, pair, alias);
}

/** The scalar names of a list value (or of a single-name value). */
function scalarItems(value: unknown): Scalar[] {
  if (isScalar(value)) return value.value === null ? [] : [value];
  if (isSeq(value)) return value.items.filter((i): i is Scalar => isScalar(i) && i.value !== null);
  return [];
}

/** Replaces a scalar's source with `value`, keeping its quote style when that can represent the value. */
function replaceScalar(style: RegistryStyle, node: Scalar, value: string, inFlow: boolean): TextEdit {
  const [start, end] = (node as YamlNode).range!;
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') throw new Error('The name is a multi-line block text; rename it by hand.');
  let newText: string;
  if (style.json || node.type === 'QUOTE_DOUBLE') newText = jsonScalar(value);
  else if (node.type === 'QUOTE_SINGLE') newText = singleQuoted(value) ?? yamlScalar(value, inFlow ? 'flow' : 'block');
  else newText = yamlScalar(value, inFlow ? 'flow' : 'block');
  return { start, end, newText };
}

function chooseId(entry: NewEntityEntry, taken: ReadonlySet<string>): string {
  requireText(entry.name, 'name');
  if (!(ENTITY_TYPES as readonly string[]).includes(entry.type)) {
    throw new Error(`Unknown entity type "${String(entry.type)}". Use one of: ${ENTITY_TYPES.join(', ')}.`);
  }
  if (entry.id === undefined) return uniqueId(slugify(entry.name), taken);
  if (!SLUG.test(entry.id)) throw new Error(`The id "${entry.id}" must be a lowercase slug (letters, digits and "-").`);
  if (taken.has(entry.id)) throw new Error(`The id "${entry.id}" is already used in this registry.`);
  return entry.id;
}

/** The entity's keys in the spec's order; aliases without repeats or the name itself. */
function entityPairs(entry: NewEntityEntry, id: string): NewMap {
  const name = entry.name.trim();
  const pairs: NewMap = [
    ['id', id],
    ['name', name],
    ['type', entry.type],
  ];
  const aliases = [...new Set((entry.aliases ?? []).map((a) => a.trim()).filter((a) => a.length > 0 && a !== name))];
  if (aliases.length > 0) pairs.push(['aliases', aliases]);
  const description = entry.description?.trim();
  if (description) pairs.push(['description', description]);
  return pairs;
}

/**
 * The edits, after checking that they do what was asked: the edited text is read back
 * and must hold the change. The splices are computed from the YAML's layout, and some
 * layouts (an anchor or tag before the root mapping, odd indentation) put them where
 * YAML reads them differently; the fuzz campaign found such files (issue 15). Those are
 * refused with an Error, as the module promises, instead of being silently damaged.
 * Every edit is checked, whatever the file was before: parseForEdit has already refused
 * YAML errors, and a file that defines nothing yet (only an unknown top-level key) is
 * no longer `ok` yet is exactly where an anchored key swallowed an added `ignore:`.
 */
function verified(text: string, edits: TextEdit[], holdsChange: (after: ParsedRegistryFile) => boolean): TextEdit[] {
  if (edits.length === 0) return edits;
  const after = parseRegistry(applyEdits(text, edits));
  if (!holdsChange(after)) {
    throw new Error(
      'This registry is laid out in a way News Lens cannot edit safely (for example an anchor or tag before its top-level mapping); edit it by hand.',
    );
  }
  return edits;
}

function requireText(value: string, what: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0) throw new Error(`The ${what} is empty.`);
  return trimmed;
}
