/**
 * The one answer to "which workspace folder holds this path?", shared by the registry store and
 * the indexer. A folder holds a path when the path is the folder or lies below one of its
 * segments, so `/ws/a` never claims `/ws/ab/x.news`; nested folders go to the deepest.
 */
export function folderOf(path: string | undefined, folders: readonly string[]): string | undefined {
  if (!path) return undefined;
  let best: string | undefined;
  for (const folder of folders) {
    const prefix = folder.endsWith('/') ? folder : folder + '/';
    if ((path === folder || path.startsWith(prefix)) && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}
