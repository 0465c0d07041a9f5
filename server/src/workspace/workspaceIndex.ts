/**
 * The workspace index: a compact record of every article in the workspace, kept
 * current from open documents and file events, plus a reverse map from entity id to
 * the articles that mention it. Cross-article features (hover counts, references,
 * code lenses, workspace symbols, the Entities view) read only from here.
 */
import type { ArticleRecord } from './articleRecord';

/** Every indexed article by URI, and which articles mention each entity. */
export class WorkspaceIndex {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly byEntity = new Map<string, Set<string>>();
  /** Records not built yet: the newest analysis of an open document, made into a record on the next read. */
  private readonly pending = new Map<string, () => ArticleRecord>();

  /**
   * Replaces an article's record with one made only when the index is next read, so a
   * keystroke (which re-analyses the open document) does not also pay for the record.
   */
  setLater(uri: string, make: () => ArticleRecord): void {
    this.pending.set(uri, make);
  }

  /** Builds the records that are waiting. */
  private settle(): void {
    if (this.pending.size === 0) return;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const make of waiting) this.set(make());
  }

  /** Adds or replaces an article's record. */
  set(record: ArticleRecord): void {
    this.pending.delete(record.uri);
    this.remove(record.uri);
    this.articles.set(record.uri, record);
    for (const id of record.entities.keys()) {
      let uris = this.byEntity.get(id);
      if (!uris) this.byEntity.set(id, (uris = new Set()));
      uris.add(record.uri);
    }
  }

  /** Forgets an article (deleted, renamed away, or no longer an article). */
  delete(uri: string): void {
    this.pending.delete(uri);
    this.remove(uri);
  }

  private remove(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    this.articles.delete(uri);
    for (const id of old.entities.keys()) {
      const uris = this.byEntity.get(id);
      uris?.delete(uri);
      if (uris?.size === 0) this.byEntity.delete(id);
    }
  }

  /** The record of one article. */
  get(uri: string): ArticleRecord | undefined {
    this.settle();
    return this.articles.get(uri);
  }

  /** Articles that mention an entity, by its `indexKey` (registered or not), newest publication date first. */
  articlesMentioning(key: string): ArticleRecord[] {
    this.settle();
    const uris = this.byEntity.get(key);
    if (!uris) return [];
    return [...uris].map((u) => this.articles.get(u)!).sort(newestFirst);
  }

  /** Every article. */
  all(): IterableIterator<ArticleRecord> {
    this.settle();
    return this.articles.values();
  }

  /** Every entity the workspace mentions, by `indexKey`. */
  entityIds(): IterableIterator<string> {
    this.settle();
    return this.byEntity.keys();
  }

  /** How many articles are indexed. */
  get size(): number {
    this.settle();
    return this.articles.size;
  }

  /** Drops everything (the registry changed, so every id may have changed). */
  clear(): void {
    this.pending.clear();
    this.articles.clear();
    this.byEntity.clear();
  }
}

/** Newest publication date first; undated and year-less (`XXXX`) articles last, then by URI for stability. */
export function newestFirst(a: ArticleRecord, b: ArticleRecord): number {
  const da = a.publicationDate && !a.publicationDate.startsWith('X') ? a.publicationDate : '';
  const db = b.publicationDate && !b.publicationDate.startsWith('X') ? b.publicationDate : '';
  return db.localeCompare(da) || a.uri.localeCompare(b.uri);
}
