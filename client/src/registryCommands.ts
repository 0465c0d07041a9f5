/**
 * Commands that change files through the server's edits: "Add Selection to
 * Registry", "Set Publication Date" (also run by the unknown-year quick fix) and
 * "Show All Mentions". The server computes each edit; it is applied here as one
 * undoable workspace edit.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ADD_TO_REGISTRY_REQUEST, PUBLICATION_DATE_EDIT_REQUEST } from '../../server/src/protocol';

/** Registers the registry and article edit commands. */
export function registerRegistryCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  const apply = async (method: string, params: object, done: string) => {
    const c = client();
    if (!c) return false;
    try {
      const edit = await c.protocol2CodeConverter.asWorkspaceEdit(await c.sendRequest(method, params));
      if (!edit || !(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code did not apply the edit.');
      vscode.window.setStatusBarMessage(done, 4000);
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(`News Lens: ${(error as Error).message}`);
      return false;
    }
  };

  // From the menu: the selection (or the word under the cursor). From a hover's "Add…" link: the article, the name and its detected type.
  register('newsLens.addSelectionToRegistry', async (uri?: unknown, name?: unknown, type?: unknown) => {
    if (typeof uri === 'string' && typeof name === 'string' && name.trim()) {
      const params = { uri, name: name.trim(), ...(typeof type === 'string' ? { type } : {}) };
      await apply(ADD_TO_REGISTRY_REQUEST, params, `Added "${params.name}" to the registry.`);
      return;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'news') return;
    const range = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
    const selected = range ? editor.document.getText(range).trim() : '';
    if (!selected) return void vscode.window.showInformationMessage('Select a name to add to the registry.');
    await apply(ADD_TO_REGISTRY_REQUEST, { uri: editor.document.uri.toString(), name: selected }, `Added "${selected}" to the registry.`);
  });

  register('newsLens.setPublicationDate', async (uri?: string, suggested?: string) => {
    const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'news') return;
    const date = await vscode.window.showInputBox({
      title: 'Publication date of this article',
      prompt: 'YYYY-MM-DD. Written to the front matter, where it wins over the dateline.',
      value: suggested ?? new Date().toISOString().slice(0, 10),
      validateInput: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? undefined : 'Use the form YYYY-MM-DD.'),
    });
    if (date) await apply(PUBLICATION_DATE_EDIT_REQUEST, { uri: document.uri.toString(), date }, `Publication date set to ${date}.`);
  });

  register('newsLens.showAllMentions', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    await vscode.commands.executeCommand('editor.action.referenceSearch.trigger');
  });
}
