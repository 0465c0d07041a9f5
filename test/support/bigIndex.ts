/**
 * A workspace index of many invented articles that all mention one entity, built from
 * records directly (no analysis), for the cancellation tests: large enough that a
 * references request over it runs for many slices.
 */
import type { ArticleRecord } from '../../server/src/workspace/articleRecord';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

/** The id every article of {@link bigIndex} mentions. */
export const BIG_ENTITY = 'maria-lindqvist';

/** An index of `articles` records, each naming {@link BIG_ENTITY} `mentionsEach` times. */
export function bigIndex(articles: number, mentionsEach: number): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (let i = 0; i < articles; i++) {
    const ranges = Array.from({ length: mentionsEach }, (_, line) => ({ start: { line, character: 4 }, end: { line, character: 19 } }));
    const record: ArticleRecord = {
      uri: `file:///ws/articles/a${String(i).padStart(5, '0')}.news`,
      title: `Article ${i}`,
      publicationDate: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      entities: new Map([[BIG_ENTITY, { entityId: BIG_ENTITY, name: 'Maria Lindqvist', type: 'person', registered: true, ranges }]]),
      quotes: [],
    };
    index.set(record);
  }
  return index;
}
