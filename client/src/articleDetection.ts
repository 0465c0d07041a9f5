/**
 * Opens `.txt` files that look like news articles as `news` (spec §1): a file
 * matching a `newsLens.articleGlobs` glob always counts, otherwise the core's
 * detector decides; a user's explicit choice for a file always wins.
 */
import * as vscode from 'vscode';
import { looksLikeArticle } from '../../server/src/analysis/articleDetection';

const CHOICES_KEY = 'newsLens.languageChoices';

/** Remembers that the user wants this file as `news` or as plain text. */
export async function rememberChoice(context: vscode.ExtensionContext, uri: vscode.Uri, language: 'news' | 'plaintext'): Promise<void> {
  const choices = context.workspaceState.get<Record<string, string>>(CHOICES_KEY, {});
  await context.workspaceState.update(CHOICES_KEY, { ...choices, [uri.toString()]: language });
}

/** Checks every `.txt` document as it opens (and the ones already open). */
export function registerArticleDetection(context: vscode.ExtensionContext): void {
  const check = (document: vscode.TextDocument) => {
    const language = languageFor(context, document);
    if (language && language !== document.languageId) void vscode.languages.setTextDocumentLanguage(document, language);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
  vscode.workspace.textDocuments.forEach(check);
}

function languageFor(context: vscode.ExtensionContext, document: vscode.TextDocument): string | undefined {
  if (!document.uri.path.toLowerCase().endsWith('.txt')) return undefined;
  const choice = context.workspaceState.get<Record<string, string>>(CHOICES_KEY, {})[document.uri.toString()];
  if (choice) return choice;
  if (document.languageId !== 'plaintext') return undefined;
  const config = vscode.workspace.getConfiguration('newsLens', document.uri);
  const globs = config.get<string[]>('articleGlobs', []);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const matchesGlob = globs.some(
    (glob) =>
      folders.some((folder) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0) ||
      vscode.languages.match({ pattern: glob }, document) > 0,
  );
  if (matchesGlob) return 'news';
  if (!config.get<boolean>('detectTxtArticles', true)) return undefined;
  return looksLikeArticle(document.getText()) ? 'news' : undefined;
}
