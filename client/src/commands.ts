/**
 * The "News Lens" commands. Each is a few lines: the work happens in the server or
 * in VS Code itself.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { rememberChoice } from './articleDetection';

/** Registers every command of the extension. */
export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, output: vscode.LogOutputChannel): void {
  const register = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register('newsLens.restartServer', async () => {
    output.info('Restarting the News Lens server.');
    await client()?.restart();
  });

  register('newsLens.treatAsArticle', async (uri?: unknown) => {
    const document = await documentFor(uri);
    if (!document) return;
    await rememberChoice(context, document.uri, 'news');
    await vscode.languages.setTextDocumentLanguage(document, 'news');
  });

  register('newsLens.treatAsPlainText', async (uri?: unknown) => {
    const document = await documentFor(uri);
    if (!document) return;
    await rememberChoice(context, document.uri, 'plaintext');
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  });

  register('newsLens.openRegistry', async () => {
    const found = await vscode.workspace.findFiles('{entities.yaml,entities.yml,entities.json}', '**/node_modules/**', 10);
    if (found.length === 0) {
      void vscode.window.showInformationMessage('No entities.yaml at the root of this workspace yet. Add a name to the registry to create one.');
      return;
    }
    await vscode.window.showTextDocument(found[0]);
  });

  register('newsLens.showOutput', () => output.show());

  // For tests and diagnostics: the process id of the running server (not in the Command Palette).
  register('newsLens.serverProcessId', () => client()?.sendRequest<number>('newsLens/processId'));

  // Code lenses on registry entries carry LSP locations; VS Code's references peek wants its own types.
  register('newsLens.showReferences', async (uri: unknown, position: unknown, locations: unknown) => {
    const c = client();
    if (!c || typeof uri !== 'string') return;
    const converter = c.protocol2CodeConverter;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      vscode.Uri.parse(uri),
      converter.asPosition(position as never),
      await converter.asReferences(locations as never),
    );
  });
}

async function documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}
