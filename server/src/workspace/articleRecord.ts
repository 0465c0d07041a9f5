/**
 * What the workspace index keeps of one article: no text, only what cross-article
 * features need (mentions by entity, quotes by speaker, title and date), with
 * positions already in LSP form so answering a request never re-reads a file.
 */
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityType } from '../analysis';

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
  speakerId: string | null;
  speakerText: string;
  range: Range;
}

/** The index's compact record of one article. */
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
  const range = (start: number, end: number): Range => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const entities = new Map<string, IndexedEntity>();
  for (const m of analysis.entities) {
    let entity = entities.get(m.entityId);
    if (!entity) entities.set(m.entityId, (entity = { entityId: m.entityId, name: m.text, type: m.type, registered: m.registered, ranges: [] }));
    if (m.text.length > entity.name.length) entity.name = m.text.replace(/\s+/g, ' ');
    entity.ranges.push(range(m.start, m.end));
  }
  const quotes = analysis.quotes.map((q) => ({
    speakerId: q.speaker?.entityId ?? null,
    speakerText: q.speaker?.text ?? '',
    range: range(q.start, q.end),
  }));
  const title = analysis.structure.frontMatter?.fields.title ?? analysis.structure.headline?.text ?? uri.slice(uri.lastIndexOf('/') + 1);
  return { uri, title, publicationDate: analysis.publicationDate.value, entities, quotes };
}
