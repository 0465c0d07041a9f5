/**
 * The export command's server side: the annotations of one, several or all articles
 * in the CLI's formats (spec §4), so a file exported from the editor and one printed
 * by `news-lens analyze` look the same. Open documents are exported as the editor
 * shows them (unsaved edits included); other articles are read from disk.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../analysis';
import { toArticleJson, toBrat, toConll } from '../cli/output';
import { readArticle } from '../cli/readArticle';
import type { ServiceContext } from '../service/context';
import { type ExportParams, type ExportResult } from '../protocol';
import { toPath } from '../uri';
import { Checkpoints, type Cancellation } from '../service/cancellation';

/** One article ready to be formatted: its display path, text and analysis. */
export interface ExportedArticle {
  file: string;
  text: string;
  analysis: ArticleAnalysis;
}

/**
 * Formats articles exactly as the CLI prints them: one JSON document, one JSON line
 * per article, brat standoff (with `# file` headers when there is more than one
 * article, since `.ann` is a one-file format) or CoNLL columns with `# file` headers.
 */
export function formatArticles(format: ExportParams['format'], articles: ExportedArticle[]): string {
  switch (format) {
    case 'jsonl':
      return articles.map((a) => `${JSON.stringify(toArticleJson(a.file, a.analysis))}\n`).join('');
    case 'brat':
      return articles.map((a) => (articles.length > 1 ? `# ${a.file}\n${toBrat(a.text, a.analysis)}` : toBrat(a.text, a.analysis))).join('');
    case 'conll':
      return articles.map((a) => `# ${a.file}\n${toConll(a.text, a.analysis)}\n`).join('');
    default:
      return `${JSON.stringify({ articles: articles.map((a) => toArticleJson(a.file, a.analysis)) }, null, 2)}\n`;
  }
}

/**
 * The path to print for an article: relative to the workspace folder that holds it
 * (forward slashes, like the paths users type), else absolute; non-file URIs as-is.
 */
export function displayPath(uri: string, folders: readonly string[]): string {
  const path = toPath(uri);
  if (!path) return uri;
  const owner = folders
    .filter((f) => {
      const rel = relative(f, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    })
    .sort((a, b) => b.length - a.length)[0];
  return owner ? relative(owner, path).split(sep).join('/') : path;
}

/** The deepest directory that contains every path (the root when they share nothing). */
function commonDirectory(paths: string[]): string | undefined {
  if (paths.length === 0) return undefined;
  let common = dirname(paths[0]);
  for (const path of paths.slice(1)) {
    while (relative(common, path).startsWith('..') || isAbsolute(relative(common, path))) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/**
 * The workspace folders the service was started with. Without any, paths are relative to
 * the directory holding every indexed article, which is the workspace root whenever
 * articles sit at more than one level.
 */
function workspaceFolders(ctx: ServiceContext): readonly string[] {
  const folders = ctx.folders();
  if (folders.length > 0) return folders;
  const common = commonDirectory([...ctx.index.all()].map((r) => toPath(r.uri)).filter((p): p is string => p !== undefined));
  return common ? [common] : [];
}

/** The provider of `EXPORT_REQUEST`; unreadable files are skipped and named in `skipped`. */
export function create(ctx: ServiceContext): (params: ExportParams, token: Cancellation) => Promise<ExportResult> {
  return async (params, token) => {
    const points = new Checkpoints(token);
    const uris = params.uris.length > 0 ? params.uris : [...ctx.index.all()].map((r) => r.uri).sort();
    const folders = workspaceFolders(ctx);
    const articles: ExportedArticle[] = [];
    const skipped: { uri: string; reason: string }[] = [];
    for (const uri of uris) {
      // Each article is a file read and an analysis: look at the token every time.
      await points.pause();
      const file = displayPath(uri, folders);
      const open = ctx.article(uri);
      if (open) {
        // A large document still being analysed in the worker has only its layout so far: an export (a deliberate action) waits for the full analysis.
        const analysis = ctx.cache.isPending(uri)
          ? analyzeArticle(open.document.getText(), { registry: open.registry, maxLength: ctx.settings(uri).maxFileSize })
          : open.analysis;
        articles.push({ file, text: open.document.getText(), analysis });
        continue;
      }
      const path = toPath(uri);
      if (!path) {
        skipped.push({ uri, reason: 'not open and not a file on disk' });
        continue;
      }
      const read = readArticle(path, { maxChars: ctx.settings(uri).maxFileSize, name: 'newsLens.maxFileSize' }, (p, o) => ctx.workspace.readFile(p, o));
      if ('error' in read) {
        skipped.push({ uri, reason: read.error });
        continue;
      }
      const analysis = analyzeArticle(read.text, { registry: ctx.registries.registryFor(path), maxLength: ctx.settings(uri).maxFileSize });
      articles.push({ file, text: read.text, analysis });
    }
    return { content: formatArticles(params.format, articles), articles: articles.length, ...(skipped.length > 0 ? { skipped } : {}) };
  };
}
