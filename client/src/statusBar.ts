/**
 * The status-bar item of the active article: how many entities, dates and quotes
 * the server found, refreshed as the editor or the text changes.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ARTICLE_SUMMARY_REQUEST, type ArticleSummary } from '../../server/src/protocol';

/** Shows the counts for the active `news` editor; hidden otherwise. */
export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.article', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'News Lens article';
    this.item.command = 'newsLens.showOutput';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Typing fires many changes; one request after a short pause is enough for a status bar.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
  }

  /** Refreshes the item for the active editor now. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || document.languageId !== 'news' || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    client.sendRequest<ArticleSummary | null>(ARTICLE_SUMMARY_REQUEST, { uri: document.uri.toString() }).then(
      (summary) => this.show(summary),
      () => this.item.hide(),
    );
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 300);
  }

  private show(summary: ArticleSummary | null): void {
    if (!summary) return void this.item.hide();
    this.item.text = summary.truncated
      ? '$(warning) News Lens: file too large'
      : `$(person) ${summary.distinctEntities} $(calendar) ${summary.dates} $(quote) ${summary.quotes}`;
    // The server words it: "1 quotation", and the publication date as the hover writes it.
    this.item.tooltip = summary.tooltip;
    this.item.show();
  }

  /** Removes the item and its listeners. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
