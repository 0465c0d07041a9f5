/**
 * Which files can be articles, in one place for the server's walk, its file events and the
 * client's watcher (they had three copies of the pattern). `.news` and `.article` are always
 * articles; a `.txt` file is one when the core's detector says so.
 * Pure: the client bundles it.
 */

/** The extensions of files that can be articles, without the dot. */
export const ARTICLE_EXTENSIONS = ['news', 'article', 'txt'] as const;

/** A workspace glob for every file that can be an article (for file watchers). */
export const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;

const ARTICLE_NAME = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

/** True when a file name or path has an article extension (case-insensitive). */
export function hasArticleExtension(nameOrPath: string): boolean {
  return ARTICLE_NAME.test(nameOrPath);
}
