/**
 * What the workspace index keeps of one article: no text, only what cross-article
 * features need (mentions by entity, quotes by speaker, title and date), with
 * positions already in LSP form so answering a request never re-reads a file.
 */
import type { Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityType } from '../analysis';
import { toRange } from '../convert';

/** One entity as one article names it. */
export interface IndexedEntity {
  entityId: string;
  /** The fullest surface form in this article. */
  name: string;
  type: EntityType;
  registered: boolean;
  ranges: Range[];
}

/** One quotation's speaker, for "N other quotes by this speaker". */
export interface IndexedQuote {
  /** The speaker's {@link indexKey}, or null for an unnamed source. */
  speakerId: string | null;
  speakerText: string;
  range: Range;
}

/**
 * The key under which the index files an entity: its registry id when the mentions link
 * to the registry, else the id marked as unregistered. An unregistered name can carry the
 * slug of a registry id (a shared name that fits none of its entries, "Ms Portsmouth"
 * where the registry has the town `portsmouth`): it must never count among that entry's
 * mentions, references or articles.
 */
export function indexKey(entityId: string, registered: boolean): string {
  return registered ? entityId : `?${entityId}`;
}

/** The index's compact record of one article; `entities` is keyed by {@link indexKey}. */
export interface ArticleRecord {
  uri: string;
  title: string;
  publicationDate: string | null;
  entities: Map<string, IndexedEntity>;
  quotes: IndexedQuote[];
}

/** Builds a record from an analysis; `text` is needed once to turn offsets into positions. */
export function toRecord(uri: string, text: string, analysis: ArticleAnalysis): ArticleRecord {
  const document = TextDocument.create(uri, 'news', 0, text);
  const range = (start: number, end: number): Range => toRange(document, { start, end });
  const entities = new Map<string, IndexedEntity>();
  for (const m of analysis.entities) {
    const key = indexKey(m.entityId, m.registered);
    let entity = entities.get(key);
    if (!entity) entities.set(key, (entity = { entityId: m.entityId, name: m.text, type: m.type, registered: m.registered, ranges: [] }));
    if (m.text.length > entity.name.length) entity.name = m.text.replace(/\s+/g, ' ');
    entity.ranges.push(range(m.start, m.end));
  }
  const quotes = analysis.quotes.map((q) => ({
    speakerId: q.speaker?.entityId ? indexKey(q.speaker.entityId, speakerRegistered(analysis, q.speaker)) : null,
    speakerText: q.speaker?.text ?? '',
    range: range(q.start, q.end),
  }));
  const title = analysis.structure.frontMatter?.fields.title ?? analysis.structure.headline?.text ?? uri.slice(uri.lastIndexOf('/') + 1);
  return { uri, title, publicationDate: analysis.publicationDate.value, entities, quotes };
}

/** Whether a quote's speaker links to the registry: the mention at the speaker's span says so (a resolved pronoun, by its entity's mentions). */
export function speakerRegistered(analysis: ArticleAnalysis, speaker: { start: number; end: number; entityId: string | null }): boolean {
  const at =
    analysis.entities.find((m) => m.start === speaker.start && m.end === speaker.end) ?? analysis.entities.find((m) => m.entityId === speaker.entityId);
  return at?.registered ?? false;
}
