/**
 * The News Lens client: starts the bundled language server, gives it `news`
 * documents and settings, and registers the commands, the status bar and the
 * `.txt` article detection. Everything that understands articles lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerArticleDetection } from './articleDetection';
import { registerCommands } from './commands';
import { crashHandler } from './crashHandler';
import { registerEntitiesView } from './entitiesView';
import { registerExportCommand } from './exportCommand';
import { registerRegistryCommands } from './registryCommands';
import { ArticleStatusBar } from './statusBar';
import { ARTICLE_GLOB } from '../../server/src/files/articleFiles';
import { HOVER_COMMANDS } from '../../server/src/protocol';

let client: LanguageClient | undefined;

/** Called by VS Code when a `news` document opens or a News Lens command runs. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  const statusBar = new ArticleStatusBar(() => client);
  context.subscriptions.push(statusBar);
  registerCommands(context, () => client, output);
  registerRegistryCommands(context, () => client);
  registerEntitiesView(context, () => client);
  registerExportCommand(context, () => client);
  registerArticleDetection(context);
  await client.start();
  statusBar.update();
}

/** Called by VS Code on shutdown; stops the server cleanly. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Articles, and the registry files: the server reads their unsaved text live and puts code lenses on them.
    documentSelector: [{ language: 'news' }, { scheme: 'file', pattern: '**/entities.{yaml,yml,json}' }],
    outputChannel: output,
    errorHandler: crashHandler(output),
    traceOutputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('newsLens') },
    // Hover cards may run our own commands ("not in the registry — Add…") and nothing else;
    // every text in them is escaped by the server (server/src/markdown/safeMarkdown.ts).
    markdown: { isTrusted: { enabledCommands: [...HOVER_COMMANDS] } },
    synchronize: {
      configurationSection: 'newsLens',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/entities.{yaml,yml,json}'), vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB)],
    },
  };
  return new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
}
