/**
 * Problems in registry files (YAML errors, duplicate ids, also across the files a folder
 * merges, unknown types, missing fields), published with exact ranges on each registry
 * file; a warning on a default-named file the folder ignores; and names several entries
 * share as Information (legal: mentions are disambiguated in context). A broken entry is
 * left out alone; after a YAML syntax error the last good version of the file stays in
 * force meanwhile (RegistryStore keeps it).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedRegistryFile } from '../analysis';
import type { ServiceContext } from '../service/context';
import { toUri } from '../uri';
import { toRange } from '../convert';
import { ignoredRegistryMessage } from '../files/defaultRegistry';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What stays in use while a problem that stops the whole file is being fixed. */
function inForce(version: ParsedRegistryFile | undefined): string {
  if (version?.ok) return '(the last valid version of this registry stays in use until this is fixed)';
  const n = version?.entries.length ?? 0;
  return n === 0
    ? '(no entry of this registry is in use until this is fixed)'
    : `(the ${n === 1 ? 'entry' : `${n} entries`} before it ${n === 1 ? 'is' : 'are'} in use until this is fixed)`;
}

/**
 * The registry problems published so far, owned by the service (one per service): which files
 * carry diagnostics (so fixed or removed ones are cleared) and which window messages were shown.
 */
export class RegistryProblems {
  private readonly published = new Set<string>();
  /** Window messages already shown (path + reason), so a refused shared registry is announced once, not at every change. */
  private readonly announced = new Set<string>();

  /** Publishes the current problems of every registry file (and clears fixed ones). */
  publish(ctx: ServiceContext): void {
    publishRegistryProblems(ctx, this.published, this.announced);
  }
}

function publishRegistryProblems(ctx: ServiceContext, published: Set<string>, announced: Set<string>): void {
  const seen = new Set<string>();
  const shared = new Set(ctx.registries.sharedPaths());
  const stillAnnounced = new Set<string>();
  const duplicateIds = ctx.registries.duplicateIdProblems();
  for (const file of ctx.registries.allFiles()) {
    if (shared.has(file.path) && (file.missing || file.readError)) {
      // A path from newsLens.registries that cannot be read may have no editor to show a diagnostic in: say it in a window message.
      const key = `${file.path}\0${file.readError ?? 'missing'}`;
      stillAnnounced.add(key);
      if (!announced.has(key)) {
        if (file.missing)
          ctx.client.showMessage('warning', `News Lens: the registry ${file.path} named in newsLens.registries does not exist; it is not used.`);
        else ctx.client.showMessage('error', `News Lens: the registry ${file.path} named in newsLens.registries was not read: it ${file.readError}.`);
      }
    }
    if (file.missing) continue;
    const uri = toUri(file.path);
    seen.add(uri);
    const document = TextDocument.create(uri, 'yaml', 0, file.text);
    const problems = [...file.problems, ...(duplicateIds.get(file.path) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: toRange(document, p),
      severity: SEVERITY[p.severity],
      source: 'News Lens',
      message: p.wholeFile ? `${p.message} ${inForce(file.lastGood)}` : p.message,
    }));
    if (file.readError) {
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'News Lens',
        message: `This registry was not read: it ${file.readError}.`,
      });
    }
    ctx.client.publishDiagnostics(uri, diagnostics);
  }
  for (const { path, used } of ctx.registries.ignoredDefaults()) {
    const uri = toUri(path);
    if (seen.has(uri)) continue;
    seen.add(uri);
    const start = { line: 0, character: 0 };
    ctx.client.publishDiagnostics(uri, [
      { range: { start, end: start }, severity: DiagnosticSeverity.Warning, source: 'News Lens', message: ignoredRegistryMessage(used) },
    ]);
  }
  announced.clear();
  for (const key of stillAnnounced) announced.add(key);
  for (const uri of published) if (!seen.has(uri)) ctx.client.publishDiagnostics(uri, []);
  published.clear();
  for (const uri of seen) published.add(uri);
}
