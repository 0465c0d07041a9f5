/**
 * Problems in an article, pushed as the text changes: names not in the registry
 * (severity set by `newsLens.diagnostics.unregisteredNames`), near-miss spellings
 * of registered names, names two entities claim, unattributed quotations, unbalanced
 * quotation marks, an unknown publication year and an impossible front-matter date. Each carries a code and data so
 * the quick fixes in codeActions.ts know what to offer.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nearMiss, type ArticleAnalysis, type Registry } from '../analysis';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import type { Settings } from '../settings';

/** Diagnostic codes; code actions switch on them. */
export const CODES = {
  unregistered: 'unregistered-name',
  nearMiss: 'near-miss',
  ambiguous: 'ambiguous-name',
  unattributed: 'unattributed-quote',
  unbalanced: 'unbalanced-quote',
  unknownYear: 'unknown-year',
  invalidDate: 'invalid-date',
  tooLarge: 'too-large',
} as const;

/** What a quick fix needs to know about the name a diagnostic is about. */
export interface NameData {
  text: string;
  type: string;
  /** The suggested or claiming entity ids. */
  ids?: string[];
}

const SEVERITY = { hint: DiagnosticSeverity.Hint, information: DiagnosticSeverity.Information, warning: DiagnosticSeverity.Warning } as const;

/** Computes the diagnostics of one analysed article. */
export function articleDiagnostics(document: TextDocument, analysis: ArticleAnalysis, registry: Registry, settings: Settings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const diagnostic = (span: { start: number; end: number }, severity: DiagnosticSeverity, code: string, message: string, data?: NameData): Diagnostic => ({
    range: toRange(document, span), severity, code, source: 'News Lens', message, ...(data ? { data } : {}),
  });
  const seen = new Set<string>();
  for (const m of analysis.entities) {
    if (m.registered) {
      const claimants = registry.claims.get(m.text.toLowerCase()) ?? [];
      if (claimants.length > 1) {
        const names = claimants.map((id) => registry.byId.get(id)?.name ?? id);
        out.push(diagnostic(m, DiagnosticSeverity.Warning, CODES.ambiguous, `"${m.text}" is claimed by ${names.length} registry entities (${names.join(', ')}); it is linked to ${names[0]}.`, { text: m.text, type: m.type, ids: claimants }));
      }
      continue;
    }
    if (m.source === 'gazetteer' || seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    const miss = nearMiss(registry, m.text);
    if (miss) {
      out.push(diagnostic(m, DiagnosticSeverity.Warning, CODES.nearMiss, `"${m.text}" is not in the registry; did you mean "${miss.surface}" (${miss.entry.id})?`, { text: m.text, type: m.type, ids: [miss.entry.id] }));
    } else if (settings.diagnostics.unregisteredNames !== 'off') {
      out.push(diagnostic(m, SEVERITY[settings.diagnostics.unregisteredNames], CODES.unregistered, `"${m.text}" (${m.type}) is not in the registry.`, { text: m.text, type: m.type }));
    }
  }
  for (const n of analysis.notices) {
    if (n.code === 'unattributed-quote') out.push(diagnostic(n, DiagnosticSeverity.Hint, CODES.unattributed, n.message));
    else if (n.code === 'unbalanced-quote') out.push(diagnostic(n, DiagnosticSeverity.Warning, CODES.unbalanced, n.message));
    else if (n.code === 'unknown-year') out.push(diagnostic(n, DiagnosticSeverity.Information, CODES.unknownYear, n.message));
    else if (n.code === 'invalid-date') out.push(diagnostic(n, DiagnosticSeverity.Error, CODES.invalidDate, n.message));
    else if (n.code === 'too-large') out.push(diagnostic(n, DiagnosticSeverity.Information, CODES.tooLarge, n.message));
  }
  return out;
}

/** Publishes diagnostics for open articles as they open and change (debounced), and on request. */
export function register(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const publish = (uri: string) => {
    timers.delete(uri);
    const open = ctx.article(uri);
    if (!open) return;
    void ctx.connection.sendDiagnostics({ uri, version: open.document.version, diagnostics: articleDiagnostics(open.document, open.analysis, open.registry, ctx.settings()) });
  };
  const schedule = (uri: string, delay: number) => {
    const timer = timers.get(uri);
    if (timer) clearTimeout(timer);
    // Typing fires a change per keystroke; diagnostics can wait for a pause.
    timers.set(uri, setTimeout(() => publish(uri), delay));
  };
  ctx.documents.onDidOpen((e) => schedule(e.document.uri, 0));
  ctx.documents.onDidChangeContent((e) => schedule(e.document.uri, 250));
  ctx.documents.onDidClose((e) => {
    const timer = timers.get(e.document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(e.document.uri);
    if (!ctx.isRegistry(e.document.uri)) void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  ctx.onAnalysisReady((uri) => {
    if (ctx.documents.get(uri)) schedule(uri, 0);
  });
  ctx.onRegistryChanged(() => {
    for (const document of ctx.documents.all()) schedule(document.uri, 0);
  });
}
