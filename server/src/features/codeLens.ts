/**
 * A code lens on every registry entry: "N mentions in M articles". Clicking it runs
 * the client's `newsLens.showReferences`, which opens the references peek. In an
 * article, the lens that asks for a missing publication date (publicationDateLens.ts).
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver-protocol';
import type { ServiceContext } from '../service/context';
import { toUri } from '../uri';
import { entryLocation } from '../registryFiles/registryLocation';
import { mentionLocations } from './navigation';
import { publicationDateLenses } from './publicationDateLens';
import { Checkpoints, type Cancellation } from '../service/cancellation';

/** The code-lens provider: mention counts in registry files, the missing-date lens in articles. */
export function create(ctx: ServiceContext): (params: CodeLensParams, token: Cancellation) => Promise<CodeLens[]> {
  return async (params, token) => {
    const points = new Checkpoints(token);
    const open = ctx.article(params.textDocument.uri);
    if (open) return publicationDateLenses(params.textDocument.uri, open);
    const lenses: CodeLens[] = [];
    for (const file of ctx.registries.allFiles()) {
      if (toUri(file.path) !== params.textDocument.uri) continue;
      for (const entry of file.lastGood?.entries ?? []) {
        if (points.due()) await points.pause();
        const location = entryLocation(ctx, entry);
        if (!location) continue;
        const mentions = await mentionLocations(ctx.index, entry.id, true, points);
        const articles = new Set(mentions.map((m) => m.uri)).size;
        const title = `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
        lenses.push({
          range: location.range,
          command: { title, command: 'newsLens.showReferences', arguments: [location.uri, location.range.start, mentions] },
        });
      }
    }
    return lenses;
  };
}
