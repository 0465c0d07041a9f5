/**
 * Problems in an article, pushed as the text changes: names not in the registry, once
 * per entity on its first mention (severity set by `newsLens.diagnostics.unregisteredNames`), near-miss spellings
 * of registered names, unattributed quotations, unbalanced quotation marks, an
 * unknown publication year, an impossible front-matter date, front matter that is not
 * valid YAML (so none of it is used), and (linkDiagnostics.ts)
 * names whose registry entries score too close to choose and front-matter links to
 * unknown ids. Each carries a code and data so the quick fixes in codeActions.ts know
 * what to offer.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Registry } from '../analysis';
import { suggestedAliases, unregisteredReports } from '../analysis';
import type { ServiceContext } from '../service/context';
import { toRange } from '../convert';
import type { Settings } from '../settings';
import { linkDiagnostics, LINK_CODES, type EntryLocator } from './linkDiagnostics';
import { entryLocation } from '../registryFiles/registryLocation';

/** Diagnostic codes; code actions switch on them. */
export const CODES = {
  unregistered: 'unregistered-name',
  nearMiss: 'near-miss',
  ambiguous: LINK_CODES.ambiguous,
  unknownLinkId: LINK_CODES.unknownLinkId,
  unattributed: 'unattributed-quote',
  unbalanced: 'unbalanced-quote',
  unknownYear: 'unknown-year',
  invalidDate: 'invalid-date',
  badFrontMatter: 'bad-front-matter',
  tooLarge: 'too-large',
} as const;

/** What a quick fix needs to know about the name a diagnostic is about. */
export interface NameData {
  /** The entity's fullest name in the article: what "Add to registry" writes. */
  text: string;
  type: string;
  /** The suggested or claiming entity ids. */
  ids?: string[];
  /** The article's other forms for the entity ("Okonkwo"): the one-click addition writes them as aliases. */
  forms?: string[];
  /** Aliases to offer when the reader picks: the forms, then a person's surname. */
  aliases?: string[];
  /** How many times the article names the entity. */
  count?: number;
}

const SEVERITY = { hint: DiagnosticSeverity.Hint, information: DiagnosticSeverity.Information, warning: DiagnosticSeverity.Warning } as const;

/** Computes the diagnostics of one analysed article. */
export function articleDiagnostics(
  document: TextDocument,
  analysis: ArticleAnalysis,
  registry: Registry,
  settings: Settings,
  locate: EntryLocator = () => undefined,
): Diagnostic[] {
  const out: Diagnostic[] = linkDiagnostics(document, analysis, registry, locate);
  const diagnostic = (span: { start: number; end: number }, severity: DiagnosticSeverity, code: string, message: string, data?: NameData): Diagnostic => ({
    range: toRange(document, span),
    severity,
    code,
    source: 'News Lens',
    message,
    ...(data ? { data } : {}),
  });
  // One report per entity, on its first mention (unregisteredReports): a name repeated ten times is one problem.
  for (const r of unregisteredReports(document.getText(), analysis, registry)) {
    const times = r.count > 1 ? ` (named ${r.count} times)` : '';
    const aliases = suggestedAliases(r.name, r.type, r.forms);
    const data: NameData = {
      text: r.name,
      type: r.type,
      count: r.count,
      ...(r.forms.length > 0 ? { forms: r.forms } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
    };
    if (r.nearMiss) {
      out.push(
        diagnostic(
          r.mention,
          DiagnosticSeverity.Warning,
          CODES.nearMiss,
          `"${r.name}" is not in the registry; did you mean "${r.nearMiss.surface}" (${r.nearMiss.entry.id})?${times}`,
          { ...data, ids: [r.nearMiss.entry.id] },
        ),
      );
    } else if (settings.diagnostics.unregisteredNames !== 'off') {
      out.push(
        diagnostic(
          r.mention,
          SEVERITY[settings.diagnostics.unregisteredNames],
          CODES.unregistered,
          `"${r.name}" (${r.type}) is not in the registry${times}.`,
          data,
        ),
      );
    }
  }
  // Front matter that is not valid YAML gives no date and no links; the reader must see why they do nothing.
  const frontMatterError = analysis.structure.frontMatter?.error;
  if (frontMatterError) out.push(diagnostic(frontMatterError, DiagnosticSeverity.Warning, CODES.badFrontMatter, frontMatterError.message));
  for (const n of analysis.notices) {
    if (n.code === 'unattributed-quote') out.push(diagnostic(n, DiagnosticSeverity.Hint, CODES.unattributed, n.message));
    else if (n.code === 'unbalanced-quote') out.push(diagnostic(n, DiagnosticSeverity.Warning, CODES.unbalanced, n.message));
    else if (n.code === 'unknown-year') out.push(diagnostic(n, DiagnosticSeverity.Information, CODES.unknownYear, n.message));
    else if (n.code === 'invalid-date') out.push(diagnostic(n, DiagnosticSeverity.Error, CODES.invalidDate, n.message));
    else if (n.code === 'too-large') out.push(diagnostic(n, DiagnosticSeverity.Information, CODES.tooLarge, n.message));
  }
  return out;
}

/**
 * Publishes diagnostics for open articles as they open and change (debounced), after a
 * registry change and when a large article's analysis arrives. Returns what a test or the
 * adapter may call directly: the diagnostics of one open article now, and `dispose`.
 */
export function create(ctx: ServiceContext): { compute(uri: string): Diagnostic[] | undefined; dispose(): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  const compute = (uri: string) => {
    const open = ctx.article(uri);
    return open ? articleDiagnostics(open.document, open.analysis, open.registry, ctx.settings(uri), (entry) => entryLocation(ctx, entry)) : undefined;
  };
  const publish = (uri: string) => {
    timers.delete(uri);
    const open = ctx.article(uri);
    const diagnostics = compute(uri);
    if (open && diagnostics) ctx.client.publishDiagnostics(uri, diagnostics, open.document.version);
  };
  const schedule = (uri: string, delay: number) => {
    const timer = timers.get(uri);
    if (timer) clearTimeout(timer);
    // Typing fires a change per keystroke; diagnostics can wait for a pause.
    timers.set(
      uri,
      setTimeout(() => publish(uri), delay),
    );
  };
  ctx.workspace.onDidOpenDocument((document) => schedule(document.uri, 0));
  ctx.workspace.onDidChangeDocument((document) => schedule(document.uri, 250));
  ctx.workspace.onDidCloseDocument((document) => {
    const timer = timers.get(document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(document.uri);
    if (!ctx.isRegistry(document.uri)) ctx.client.publishDiagnostics(document.uri, []);
  });
  ctx.onAnalysisReady((uri) => {
    if (ctx.workspace.document(uri)) schedule(uri, 0);
  });
  ctx.onRegistryChanged(() => {
    for (const document of ctx.workspace.documents()) schedule(document.uri, 0);
  });
  return {
    compute,
    dispose: () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
