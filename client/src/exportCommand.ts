/**
 * "News Lens: Export Annotations": asks what to export (the current article or the
 * whole workspace) and in which of the CLI's formats, gets the text from the server
 * and opens it in a new untitled editor. Nothing is written to disk until the user
 * saves, so an export can be looked at, trimmed or thrown away.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../server/src/protocol';

type Format = ExportParams['format'];

const FORMATS: (vscode.QuickPickItem & { format: Format; language: string })[] = [
  { label: 'JSON', description: 'json', detail: 'One document with every article, as `news-lens analyze` prints it', format: 'json', language: 'json' },
  { label: 'JSON Lines', description: 'jsonl', detail: 'One article per line, for streaming into other tools', format: 'jsonl', language: 'jsonl' },
  {
    label: 'brat standoff',
    description: 'brat',
    detail: 'Entities, dates and quotes as .ann lines, speakers as SaidBy relations',
    format: 'brat',
    language: 'plaintext',
  },
  { label: 'CoNLL', description: 'conll', detail: 'One token a line with its IOB2 entity tag', format: 'conll', language: 'plaintext' },
];

/**
 * Which articles to export: the given or active article's URI, or every article (`[]`);
 * `asked` says whether the user had to choose. Undefined when the pick was cancelled.
 */
async function pickScope(target: vscode.Uri | undefined): Promise<{ uris: string[]; asked: boolean } | undefined> {
  if (target) return { uris: [target.toString()], asked: false };
  const active = vscode.window.activeTextEditor?.document;
  if (!active || active.languageId !== 'news') return { uris: [], asked: false };
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Current article', description: vscode.workspace.asRelativePath(active.uri), uris: [active.uri.toString()] },
      { label: 'Whole workspace', description: 'every article News Lens has indexed', uris: [] as string[] },
    ],
    { title: 'Export Annotations (1/2): which articles?', placeHolder: 'Export the current article or the whole workspace' },
  );
  return picked && { uris: picked.uris, asked: true };
}

/** The language id for the untitled editor; JSON Lines falls back to plain text where VS Code lacks it. */
async function languageFor(language: string): Promise<string> {
  return (await vscode.languages.getLanguages()).includes(language) ? language : 'plaintext';
}

/** Runs the export: scope, format, server request, new untitled editor. */
export async function exportAnnotations(client: LanguageClient | undefined, target?: vscode.Uri): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('The News Lens server is not running yet; try again in a moment.');
    return;
  }
  const scope = await pickScope(target);
  if (!scope) return;
  const format = await vscode.window.showQuickPick(FORMATS, {
    title: `Export Annotations${scope.asked ? ' (2/2)' : ''}: which format?`,
    placeHolder: 'Choose a format',
    matchOnDescription: true,
  });
  if (!format) return;
  const params: ExportParams = { uris: scope.uris, format: format.format };
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Lens: exporting annotations' }, () =>
    client.sendRequest<ExportResult>(EXPORT_REQUEST, params),
  );
  if (result.skipped?.length) {
    const names = result.skipped.map((s) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri))} (${s.reason})`).join(', ');
    void vscode.window.showWarningMessage(
      `News Lens could not export ${result.skipped.length === 1 ? 'one file' : `${result.skipped.length} files`}: ${names}`,
    );
  }
  if (result.articles === 0) {
    void vscode.window.showInformationMessage('There are no articles to export yet. Open a news article or wait for the workspace to be indexed.');
    return;
  }
  const document = await vscode.workspace.openTextDocument({ content: result.content, language: await languageFor(format.language) });
  await vscode.window.showTextDocument(document, { preview: false });
  vscode.window.setStatusBarMessage(`News Lens: exported ${result.articles} article${result.articles === 1 ? '' : 's'} as ${format.label}`, 5000);
}

/** Registers `newsLens.exportAnnotations` (also usable from the Explorer's context menu on a file). */
export function registerExportCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.exportAnnotations', (target?: unknown) =>
      exportAnnotations(client(), target instanceof vscode.Uri ? target : undefined),
    ),
  );
}
