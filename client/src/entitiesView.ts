/**
 * The Entities view in the Explorer: types → entities → articles → mentions, from
 * the server's workspace index. It can be narrowed to the active article, refreshes
 * when the server says the index changed, and a click on a mention opens the article
 * with the mention selected. The server does all the analysis; this file only shows it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { mdBold, mdCode, mdText } from '../../server/src/markdown/safeMarkdown';
import { ENTITIES_REQUEST, INDEX_CHANGED_NOTIFICATION, type EntitiesParams, type EntitiesResult, type EntityNode } from '../../server/src/protocol';

/** The view's id in package.json (`contributes.views.explorer`). */
export const ENTITIES_VIEW_ID = 'newsLens.entities';
/** Context key that switches the title-bar icon between "filter" and "show all". */
const FILTERED_CONTEXT_KEY = 'newsLens.entities.filtered';

type LspRange = EntityNode['articles'][number]['mentions'][number];
type ArticleRef = EntityNode['articles'][number];

/** What each row of the tree stands for. */
type Node =
  | { kind: 'type'; type: string; entities: EntityNode[] }
  | { kind: 'entity'; entity: EntityNode }
  | { kind: 'article'; entity: EntityNode; article: ArticleRef }
  | { kind: 'mention'; article: ArticleRef; range: LspRange; index: number };

const TYPE_LABELS: Record<string, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  nationality: 'Nationalities',
  event: 'Events',
  law: 'Laws and agreements',
  product: 'Products',
  other: 'Other names',
};
const TYPE_ICONS: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  nationality: 'globe',
  event: 'calendar',
  law: 'law',
  product: 'package',
  other: 'tag',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A mention's line, shortened around the mention, with the mention's place in the shortened text. */
export function linePreview(line: string, start: number, end: number, before = 30, after = 60): { label: string; highlight: [number, number] } {
  const from = Math.max(0, start - before);
  const to = Math.min(line.length, end + after);
  const head = from > 0 ? '…' : '';
  const raw = line.slice(from, to);
  const trimmed = raw.trimStart();
  const shift = head.length - (raw.length - trimmed.length) - from;
  const label = `${head}${trimmed.trimEnd()}${to < line.length ? '…' : ''}`;
  return { label, highlight: [start + shift, end + shift] };
}

/** Tree data for the Entities view. */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  /** Fired to make VS Code ask for the tree again. */
  readonly onDidChangeTreeData = this.changed.event;
  private filtered = false;
  private lines = new Map<string, Promise<string[]>>();
  /** Set by the view so the provider can say what it shows (indexing, filtered to which article). */
  onMessage: (message: string | undefined) => void = () => undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** True when only the active article's entities are shown. */
  get isFiltered(): boolean {
    return this.filtered;
  }

  /** Shows only the active article's entities, or every article's. */
  setFiltered(filtered: boolean): void {
    this.filtered = filtered;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, filtered);
    this.refresh();
  }

  /** Asks VS Code to re-read the tree (and forgets cached article lines, which may have changed). */
  refresh(): void {
    this.lines.clear();
    this.changed.fire(undefined);
  }

  /** The rows under `node`; the top level comes from the server. */
  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.topLevel();
    switch (node.kind) {
      case 'type':
        return node.entities.map((entity) => ({ kind: 'entity', entity }));
      case 'entity':
        return node.entity.articles.map((article) => ({ kind: 'article', entity: node.entity, article }));
      case 'article':
        return node.article.mentions.map((range, index) => ({ kind: 'mention', article: node.article, range, index }));
      default:
        return [];
    }
  }

  /** How one row looks: label, description, icon, tooltip, and what a click does. */
  async getTreeItem(node: Node): Promise<vscode.TreeItem> {
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(TYPE_LABELS[node.type] ?? node.type, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type] ?? 'tag');
        item.contextValue = 'newsLens.entityType';
        return item;
      }
      case 'entity':
        return this.entityItem(node.entity);
      case 'article': {
        const item = new vscode.TreeItem(node.article.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.article.publicationDate ?? 'undated'} · ${plural(node.article.mentions.length, 'mention')}`;
        item.resourceUri = vscode.Uri.parse(node.article.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.tooltip = `${node.article.title}\n${item.resourceUri.fsPath}`;
        item.contextValue = 'newsLens.entityArticle';
        return item;
      }
      case 'mention':
        return this.mentionItem(node);
    }
  }

  private entityItem(entity: EntityNode): vscode.TreeItem {
    const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${this.filtered ? 'filtered:' : ''}${entity.entityId}`;
    item.description = `${plural(entity.mentionCount, 'mention')} · ${entity.registered ? 'registered' : 'unregistered'}`;
    item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[entity.type] ?? 'tag');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`${mdBold(entity.name)} — ${mdText(entity.type)}\n\n`);
    tooltip.appendMarkdown(`${plural(entity.mentionCount, 'mention')} in ${plural(entity.articles.length, 'article')} · id ${mdCode(entity.entityId)}\n\n`);
    tooltip.appendMarkdown(entity.registered ? 'In the shared entity registry.' : 'Not in the entity registry yet.');
    item.tooltip = tooltip;
    item.contextValue = entity.registered ? 'newsLens.entity.registered' : 'newsLens.entity.unregistered';
    return item;
  }

  private async mentionItem(node: Extract<Node, { kind: 'mention' }>): Promise<vscode.TreeItem> {
    const { range, article } = node;
    const lines = await this.linesOf(article.uri);
    const line = lines[range.start.line] ?? '';
    const end = range.end.line === range.start.line ? range.end.character : line.length;
    const preview = linePreview(line, range.start.character, end);
    const item = new vscode.TreeItem(
      { label: preview.label || `line ${range.start.line + 1}`, highlights: preview.label ? [preview.highlight] : [] },
      vscode.TreeItemCollapsibleState.None,
    );
    item.description = `line ${range.start.line + 1}`;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const options: vscode.TextDocumentShowOptions = { selection, preview: true };
    item.command = { command: 'vscode.open', title: 'Show Mention', arguments: [vscode.Uri.parse(article.uri), options] };
    item.contextValue = 'newsLens.entityMention';
    return item;
  }

  /** An article's lines: the open buffer when there is one, else the file on disk (without opening it). */
  private linesOf(uri: string): Promise<string[]> {
    let lines = this.lines.get(uri);
    if (!lines) {
      const parsed = vscode.Uri.parse(uri);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString());
      lines = open
        ? Promise.resolve(open.getText().split(/\r\n|\r|\n/))
        : Promise.resolve(vscode.workspace.fs.readFile(parsed)).then(
            (bytes) =>
              new TextDecoder()
                .decode(bytes)
                .replace(/^\uFEFF/, '')
                .split(/\r\n|\r|\n/),
            () => [],
          );
      this.lines.set(uri, lines);
    }
    return lines;
  }

  private async topLevel(): Promise<Node[]> {
    const client = this.client();
    if (!client?.isRunning()) {
      this.onMessage(undefined);
      return [];
    }
    const params: EntitiesParams = {};
    if (this.filtered) {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'news') {
        this.onMessage('Open an article to see its entities, or show the whole workspace.');
        return [];
      }
      params.uri = document.uri.toString();
    }
    let result: EntitiesResult;
    try {
      result = await client.sendRequest<EntitiesResult>(ENTITIES_REQUEST, params);
    } catch {
      this.onMessage('The News Lens server did not answer; see the News Lens output.');
      return [];
    }
    this.onMessage(
      result.indexing
        ? 'Indexing the workspace…'
        : this.filtered
          ? `Current article only: ${vscode.workspace.asRelativePath(vscode.Uri.parse(params.uri!))}`
          : undefined,
    );
    return result.groups.map((g) => ({ kind: 'type', type: g.type, entities: g.entities }));
  }
}

/**
 * Creates the Entities view and its commands (`newsLens.entities.filterCurrent`,
 * `newsLens.entities.showAll`, `newsLens.entities.refresh`), and keeps it fresh:
 * on the server's index-changed notification, and on editor switches while filtered.
 */
export function registerEntitiesView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): EntitiesTreeProvider {
  const provider = new EntitiesTreeProvider(client);
  const view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.onMessage = (message) => (view.message = message);
  void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, false);
  let timer: NodeJS.Timeout | undefined;
  // Saves and scans arrive in bursts; one refresh after a short pause is enough.
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => provider.refresh(), 250);
  };
  context.subscriptions.push(
    view,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.commands.registerCommand('newsLens.entities.filterCurrent', () => provider.setFiltered(true)),
    vscode.commands.registerCommand('newsLens.entities.showAll', () => provider.setFiltered(false)),
    vscode.commands.registerCommand('newsLens.entities.refresh', () => provider.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => {
      if (provider.isFiltered) refreshSoon();
    }),
    // A hidden view skips refreshes; it catches up when it is shown again.
    view.onDidChangeVisibility((e) => {
      if (e.visible) refreshSoon();
    }),
  );
  const languageClient = client();
  if (languageClient) {
    context.subscriptions.push(
      languageClient.onNotification(INDEX_CHANGED_NOTIFICATION, () => {
        if (view.visible) refreshSoon();
      }),
      // The view only has something to show once the server runs: refresh on (re)start.
      languageClient.onDidChangeState(() => refreshSoon()),
    );
  }
  return provider;
}
