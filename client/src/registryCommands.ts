/**
 * Commands that change files through the server's edits: "Add to Registry…" and
 * "Add Selection to Registry" (addToRegistry.ts), "Set Publication Date" (also run by
 * the unknown-year quick fix) and "Show All Mentions". The server computes each edit; it is applied here as one
 * undoable workspace edit.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isPublicationDate, PUBLICATION_DATE_EDIT_REQUEST } from '../../server/src/protocol';
import { registerAddToRegistry } from './addToRegistry';

/** Registers the registry and article edit commands. */
export function registerRegistryCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  registerAddToRegistry(context, client);

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

  register('newsLens.setPublicationDate', async (uri?: string, suggested?: string) => {
    const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'news') return;
    const date = await vscode.window.showInputBox({
      title: 'Publication date of this article',
      prompt: 'YYYY-MM-DD. Written to the front matter, where it wins over the dateline.',
      value: suggested ?? new Date().toISOString().slice(0, 10),
      // A suggested date is the dateline's day and month in this year: the year is selected, so typing replaces it.
      valueSelection: suggested ? [0, 4] : undefined,
      validateInput: (v) =>
        isPublicationDate(v) ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v} is not a day of the calendar.` : 'Use the form YYYY-MM-DD.',
    });
    if (date) await apply(PUBLICATION_DATE_EDIT_REQUEST, { uri: document.uri.toString(), date }, `Publication date set to ${date}.`);
  });

  register('newsLens.showAllMentions', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    await vscode.commands.executeCommand('editor.action.referenceSearch.trigger');
  });
}
