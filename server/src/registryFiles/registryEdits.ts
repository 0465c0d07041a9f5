/**
 * Turns registry operations (add an entity, add an alias, rename, ignore a name)
 * into LSP workspace edits on the right registry file: the article's folder's own
 * `entities.yaml` (created when there is none), or the first shared registry. Edits
 * are computed on the editor's buffer when the registry is open, so they apply to
 * what the user sees, and they go through the editor, so they can be undone.
 */
import { basename, dirname, join } from 'node:path';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { addAlias, addEntity, addIgnore, newRegistryText, renameEntity, slugify, type TextEdit as CoreEdit } from '../analysis';
import type { EntityType } from '../analysis';
import type { ServiceContext } from '../service/context';
import { DEFAULT_REGISTRY_NAMES } from '../registryStore';
import { toPath, toUri } from '../uri';
import { toRange } from '../convert';
import { registryReadOptions, registryText } from '../files/registryFile';

/** A registry operation the quick fixes and commands can ask for. */
export type RegistryOperation =
  | { kind: 'add'; name: string; type: EntityType; aliases?: string[] }
  | { kind: 'alias'; id: string; alias: string }
  | { kind: 'rename'; id: string; newName: string }
  | { kind: 'ignore'; name: string };

/** The registry file an article's additions go to, and its current text (undefined when it must be created). */
function targetRegistry(ctx: ServiceContext, articleUri: string, id?: string): { path: string; text?: string } {
  if (id) {
    const entry = ctx.registries.registryFor(toPath(articleUri)).byId.get(id);
    if (entry?.location?.file) return { path: entry.location.file, text: currentText(ctx, entry.location.file) };
  }
  const articlePath = toPath(articleUri);
  // The folder whose registry the article is read against (registryStore: its own, else the first one), so the
  // addition takes effect; only a window without folders falls back to the article's own directory.
  const folder = ctx.registries.folderOf(articlePath) ?? ctx.folders()[0] ?? (articlePath ? dirname(articlePath) : undefined);
  if (!folder) throw new Error('This article is not in a folder on disk, so there is no registry to add to.');
  for (const name of DEFAULT_REGISTRY_NAMES) {
    const path = join(folder, name);
    if (ctx.workspace.stat(path) !== undefined || ctx.workspace.document(toUri(path))) return { path, text: currentText(ctx, path) };
  }
  const shared = ctx.registries.sharedPaths()[0];
  if (shared && ctx.workspace.stat(shared) !== undefined) return { path: shared, text: currentText(ctx, shared) };
  return { path: join(folder, DEFAULT_REGISTRY_NAMES[0]) };
}

/**
 * The text an edit of `path` must be computed on: the editor's buffer, else the loaded
 * registry's, else the file on disk (an `entities.yaml` beside an article opened without a
 * workspace folder is on disk but not loaded). Undefined only when there is no file, so a
 * new one is created; a file that exists but cannot be read throws, since an edit computed
 * on nothing would be written over its first line.
 */
function currentText(ctx: ServiceContext, path: string): string | undefined {
  const open = ctx.workspace.document(toUri(path));
  if (open) return open.getText();
  const loaded = ctx.registries.allFiles().find((f) => f.path === path);
  if (loaded?.readError) throw new Error(`${basename(path)} cannot be edited: ${loaded.readError}`);
  if (loaded && !loaded.missing) return loaded.text;
  // Read as the registry store reads a registry (its size cap, strict UTF-8).
  const read = registryText(ctx.workspace.readFile(path, registryReadOptions(ctx.settings().maxRegistrySize)));
  if ('text' in read) return read.text;
  if (read.kind === 'missing') return undefined;
  throw new Error(`${basename(path)} cannot be edited: it ${read.error}.`);
}

/** The workspace edit for an operation; throws with a message for the user when it cannot be done safely. */
export function registryEdit(ctx: ServiceContext, articleUri: string, op: RegistryOperation): WorkspaceEdit {
  return editOf(ctx, articleUri, op).edit;
}

/** The edit, the registry file it changes, and for an addition the new entry's id (one parse of the registry). */
function editOf(ctx: ServiceContext, articleUri: string, op: RegistryOperation): { edit: WorkspaceEdit; uri: string; id?: string } {
  const target = targetRegistry(ctx, articleUri, op.kind === 'alias' || op.kind === 'rename' ? op.id : undefined);
  const uri = toUri(target.path);
  if (target.text === undefined) {
    if (op.kind !== 'add' && op.kind !== 'ignore') throw new Error('There is no registry file to edit yet.');
    const text =
      op.kind === 'add'
        ? newRegistryText({ name: op.name, type: op.type, aliases: op.aliases }, target.path.endsWith('.json') ? 'json' : 'yaml')
        : `ignore:\n  - ${JSON.stringify(op.name)}\n`;
    // A new file starts with this entry alone, so its id is the plain slug of the name.
    const edit: WorkspaceEdit = {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
    return { edit, uri, ...(op.kind === 'add' ? { id: slugify(op.name.trim()) } : {}) };
  }
  let id: string | undefined;
  let edits: CoreEdit[];
  if (op.kind === 'add') ({ edits, id } = addEntity(target.text, { name: op.name, type: op.type, aliases: op.aliases }));
  else if (op.kind === 'alias') edits = addAlias(target.text, op.id, op.alias);
  else if (op.kind === 'rename') edits = renameEntity(target.text, op.id, op.newName);
  else edits = addIgnore(target.text, op.name);
  const document = TextDocument.create(uri, 'yaml', 0, target.text);
  const lspEdits: TextEdit[] = edits.map((e) => ({ range: toRange(document, e), newText: e.newText }));
  return { edit: { changes: { [uri]: lspEdits } }, uri, ...(id !== undefined ? { id } : {}) };
}

/** An added entry: the edit that writes it, the registry file it goes to and the id it gets. */
export interface RegistryAddition {
  edit: WorkspaceEdit;
  registryUri: string;
  id: string;
}

/**
 * The edit that adds a new entry, with where it lands and its id, so the editor can say
 * "Added … to entities.yaml" and open the entry afterwards. Throws with a message for the user.
 */
export function registryAddition(ctx: ServiceContext, articleUri: string, op: Extract<RegistryOperation, { kind: 'add' }>): RegistryAddition {
  const { edit, uri, id } = editOf(ctx, articleUri, op);
  return { edit, registryUri: uri, id: id! };
}
