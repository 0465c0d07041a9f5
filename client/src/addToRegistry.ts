/**
 * "Add to Registry…": the reader picks the new entry's type (the detected one first) and
 * its aliases (the other forms the article uses, a person's surname), the server computes
 * the edit, and the client applies it (undoable) and says so, with an "Open entry" action.
 * The quick fix "Add … as…" runs the same flow; the one-click quick fix only announces.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ADD_ENTRY_REQUEST,
  ADD_TO_REGISTRY_COMMAND,
  ENTRY_ADDED_COMMAND,
  ENTRY_SUGGESTION_REQUEST,
  type AddEntryResult,
  type AddToRegistryParams,
  type EntryAddedArgs,
  type EntrySuggestion,
} from '../../server/src/protocol';

/** The spec's entity types, with a few words for the quick pick. */
const TYPES: { type: string; detail: string }[] = [
  { type: 'person', detail: 'someone named in the news' },
  { type: 'organization', detail: 'a company, party, club, agency, union…' },
  { type: 'place', detail: 'a country, town, region, street, park, building…' },
  { type: 'nationality', detail: 'a nationality, religious or political group' },
  { type: 'event', detail: 'a named event: an election, a festival, a war…' },
  { type: 'law', detail: 'a law, treaty, agreement…' },
  { type: 'product', detail: 'a product, vehicle, work of art…' },
  { type: 'other', detail: 'any other kind of name' },
];

/** What the flow did, for callers and tests: the new entry's id and file; undefined when the reader cancelled. */
export interface AddedEntry {
  registryUri: string;
  id: string;
}

/**
 * The reader's choices, asked one step at a time. Tests replace it (`newsLens.addToRegistry`
 * takes answers as its second argument) because a real quick pick needs a person.
 */
export interface AddAnswers {
  type?: string;
  aliases?: string[];
}

/** Registers "Add to Registry…", "Add Selection to Registry", the announcement and "Open entry". */
export function registerAddToRegistry(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register(ADD_TO_REGISTRY_COMMAND, async (params?: AddToRegistryParams, answers?: AddAnswers) =>
    addToRegistry(client(), params ?? (await fromSelection(client())), answers),
  );
  // From the menu: the selection. From a hover card's "Add…" link: the article, the name and its detected
  // type, added at once with the detected type and the suggested aliases, then announced with "Open entry".
  register('newsLens.addSelectionToRegistry', async (uri?: unknown, name?: unknown, type?: unknown) => {
    if (typeof uri === 'string' && typeof name === 'string' && name.trim()) {
      const params = await withSuggestion(client(), uri, name.trim(), typeof type === 'string' ? type : undefined);
      return addToRegistry(client(), params, { type: params.type ?? 'other', aliases: params.aliases ?? [] });
    }
    return addToRegistry(client(), await fromSelection(client()));
  });
  register(ENTRY_ADDED_COMMAND, (args?: EntryAddedArgs) => {
    if (args) announce(args);
  });
  register('newsLens.openRegistryEntry', async (registryUri?: string, id?: string) => (registryUri && id ? openEntry(registryUri, id) : undefined));
}

/** The selected name (or the word under the cursor) of the active article, with what the server proposes for it. */
async function fromSelection(c: LanguageClient | undefined): Promise<AddToRegistryParams | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!c || !editor || editor.document.languageId !== 'news') return undefined;
  const range = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
  const name = range ? editor.document.getText(range).replace(/\s+/g, ' ').trim() : '';
  if (!name) {
    void vscode.window.showInformationMessage('Select a name to add to the registry.');
    return undefined;
  }
  return withSuggestion(c, editor.document.uri.toString(), name);
}

/** A name of an article with the type and aliases the server proposes for it (the given type wins). */
async function withSuggestion(c: LanguageClient | undefined, uri: string, name: string, type?: string): Promise<AddToRegistryParams> {
  try {
    const suggestion = await c!.sendRequest<EntrySuggestion>(ENTRY_SUGGESTION_REQUEST, { uri, name });
    return { uri, name, type: type ?? suggestion.type, aliases: suggestion.aliases };
  } catch {
    return { uri, name, ...(type ? { type } : {}) };
  }
}

/** Asks for the type and aliases (unless `answers` gives them), adds the entry, announces it. */
async function addToRegistry(c: LanguageClient | undefined, params: AddToRegistryParams | undefined, answers?: AddAnswers): Promise<AddedEntry | undefined> {
  if (!c || !params) return undefined;
  const type = answers?.type ?? (await pickType(params.name, params.type));
  if (!type) return undefined;
  const offered = params.aliases ?? [];
  const aliases = answers?.aliases ?? (offered.length > 0 ? await pickAliases(params.name, offered) : []);
  if (!aliases) return undefined;
  try {
    const result = await c.sendRequest<AddEntryResult>(ADD_ENTRY_REQUEST, { uri: params.uri, name: params.name, type, aliases });
    const edit = await c.protocol2CodeConverter.asWorkspaceEdit(result.edit as Parameters<typeof c.protocol2CodeConverter.asWorkspaceEdit>[0]);
    if (!edit || !(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code did not apply the edit.');
    announce({ registryUri: result.registryUri, id: result.id, name: params.name, type });
    return { registryUri: result.registryUri, id: result.id };
  } catch (error) {
    void vscode.window.showErrorMessage(`News Lens: ${(error as Error).message}`);
    return undefined;
  }
}

/** The type quick pick: the detected type first, marked, then the others in the spec's order. */
async function pickType(name: string, detected: string | undefined): Promise<string | undefined> {
  const ordered = [...TYPES.filter((t) => t.type === detected), ...TYPES.filter((t) => t.type !== detected)];
  const picked = await vscode.window.showQuickPick(
    ordered.map((t) => ({ label: t.type, description: t.type === detected ? 'detected' : undefined, detail: t.detail })),
    { title: `Add "${name}" to the registry as…`, placeHolder: 'The type of the new entry' },
  );
  return picked?.label;
}

/** The alias quick pick: every offered form, all ticked; undefined when the reader cancels. */
async function pickAliases(name: string, offered: string[]): Promise<string[] | undefined> {
  const picked = await vscode.window.showQuickPick(
    offered.map((alias) => ({ label: alias, picked: true })),
    { title: `Aliases of "${name}"`, placeHolder: 'Other names that should link to it (untick any you do not want)', canPickMany: true },
  );
  return picked?.map((p) => p.label);
}

/** "Added "Priya Okonkwo" to entities.yaml as a person." with an "Open entry" action. */
function announce(args: EntryAddedArgs): void {
  const file = vscode.Uri.parse(args.registryUri).path.split('/').pop() ?? 'the registry';
  const as = args.type === 'other' ? '' : ` as ${/^[aeiou]/.test(args.type) ? 'an' : 'a'} ${args.type}`;
  void vscode.window.showInformationMessage(`Added "${args.name}" to ${file}${as}.`, 'Open entry').then((choice) => {
    if (choice === 'Open entry') void openEntry(args.registryUri, args.id);
  });
}

/** Opens the registry file at the entry's `id` line (or at the top when the id is not found). */
async function openEntry(registryUri: string, id: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(registryUri));
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(?:^|[\\s{,-])["']?id["']?\\s*:\\s*["']?${escaped}["']?\\s*[,}\\r\\n]`, 'm').exec(`${document.getText()}\n`);
  const position = document.positionAt(at ? at.index + at[0].search(/\S/) + (at[0].trimStart().startsWith('-') ? 2 : 0) : 0);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
