/**
 * Where a registry entry sits, as an LSP location: the target of go-to-definition
 * and the extra result of find-all-references.
 */
import type { Location } from 'vscode-languageserver-protocol';
import type { RegistryEntry } from '../analysis';
import type { ServiceContext } from '../service/context';
import { toUri } from '../uri';
import { toRange } from '../convert';

/** The location of an entry's `name` line (or the entry itself) in its registry file. */
export function entryLocation(ctx: ServiceContext, entry: RegistryEntry): Location | undefined {
  if (!entry.location) return undefined;
  const uri = toUri(entry.location.file);
  const open = ctx.workspace.document(uri);
  const text = open?.getText() ?? ctx.registries.allFiles().find((f) => f.path === entry.location!.file)?.text;
  if (text === undefined) return undefined;
  const document = open ?? ctx.registryDocument(uri, text);
  const { start, end } = entry.location.span;
  const entryText = text.slice(start, end);
  const nameAt = entryText.search(/\bname\s*["']?\s*:/);
  const from = nameAt >= 0 ? start + nameAt : start;
  const lineEnd = text.indexOf('\n', from);
  return { uri, range: toRange(document, { start: from, end: lineEnd < 0 || lineEnd > end ? end : lineEnd }) };
}

/** The registry entry under a position of a registry file, for features invoked from the registry. */
export function entryAt(ctx: ServiceContext, uri: string, offset: number): RegistryEntry | undefined {
  // Every registry file in force, whichever folder it serves.
  const all = ctx.registries.allFiles().flatMap((f) => f.lastGood?.entries ?? []);
  return all.find((e) => e.location && toUri(e.location.file) === uri && e.location.span.start <= offset && offset <= e.location.span.end);
}
