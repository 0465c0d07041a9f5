/**
 * Analyses open documents lazily and caches the result by (uri, version), so every
 * feature asked about the same version of a document shares one analysis.
 *
 * A document over {@link OFF_THREAD_CHARS} is analysed in a worker thread: analysing a
 * 2 MB article takes seconds, and in the server's thread that would stall the hovers
 * and keystrokes of every other open document. Until the worker answers, requests on
 * the large document see its layout only (no names, dates or quotes); when it answers,
 * `ready` tells the server to refresh tokens, hints and diagnostics.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisMemo, analyzeArticle, type ArticleAnalysis, type Registry } from './analysis';

/** Documents longer than this (UTF-16 units) are analysed off the server's thread when a worker is available. */
export const OFF_THREAD_CHARS = 200_000;

interface Entry {
  version: number;
  registry: Registry;
  analysis: ArticleAnalysis;
  /** Per-paragraph work kept between versions, so a keystroke re-analyses only what changed. */
  memo: AnalysisMemo;
  /** The analysis is the layout-only stand-in while the worker analyses this version. */
  pending?: boolean;
}

/** Analyses a text in another thread with the registry in force; undefined when that is not possible. */
export type OffThreadAnalysis = (uri: string, text: string, registry: Registry, maxLength: number) => Promise<ArticleAnalysis | undefined>;

/** Per-document analysis cache; a registry change invalidates entries made with the old registry. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Documents with a worker analysis under way (one at a time per document). */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly registryFor: (uri: string) => Registry,
    private readonly maxLength: (uri: string) => number,
    /** Told about every fresh analysis (the workspace index keeps open documents current this way). */
    private readonly analysed: (uri: string, text: string, analysis: ArticleAnalysis) => void = () => undefined,
    private readonly offThread?: OffThreadAnalysis,
    /** Told when a worker analysis of a document arrived (or was dropped as outdated): ask again. */
    private readonly ready: (uri: string) => void = () => undefined,
  ) {}

  /** The analysis of this document version, computing it when needed (for a large document: its layout until the worker answers). */
  get(document: TextDocument): ArticleAnalysis {
    const registry = this.registryFor(document.uri);
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.registry === registry) {
      // A stand-in whose worker run was taken by an older version: start this version's now.
      if (cached.pending) this.startOffThread(document.uri, document.version, document.getText(), registry, this.maxLength(document.uri));
      return cached.analysis;
    }
    const text = document.getText();
    const memo = cached?.memo ?? new AnalysisMemo();
    const maxLength = this.maxLength(document.uri);
    if (this.offThread && text.length > OFF_THREAD_CHARS && text.length <= maxLength) {
      const layout = analyzeArticle(text, { registry, maxLength: 0 });
      const analysis = { ...layout, notices: layout.notices.filter((n) => n.code !== 'too-large') };
      this.entries.set(document.uri, { version: document.version, registry, analysis, memo, pending: true });
      this.startOffThread(document.uri, document.version, text, registry, maxLength);
      return analysis;
    }
    const analysis = analyzeArticle(text, { registry, maxLength, memo });
    this.entries.set(document.uri, { version: document.version, registry, analysis, memo });
    this.analysed(document.uri, text, analysis);
    return analysis;
  }

  /** True while the document's analysis is the layout-only stand-in. */
  isPending(uri: string): boolean {
    return this.entries.get(uri)?.pending === true;
  }

  private startOffThread(uri: string, version: number, text: string, registry: Registry, maxLength: number): void {
    // One worker analysis per document at a time: typing in a 2 MB article must not queue one per keystroke.
    // When it ends, `ready` makes the server ask again, which starts the newest version's.
    if (this.inFlight.has(uri)) return;
    this.inFlight.add(uri);
    const finish = (analysis: ArticleAnalysis | undefined) => {
      this.inFlight.delete(uri);
      const entry = this.entries.get(uri);
      if (!entry) return;
      if (entry.version === version && entry.registry === registry) {
        // No worker: analyse here after all (slow, but never wrong).
        const full = analysis ?? analyzeArticle(text, { registry, maxLength, memo: entry.memo });
        this.entries.set(uri, { ...entry, analysis: full, pending: false });
        this.analysed(uri, text, full);
      }
      this.ready(uri);
    };
    this.offThread!(uri, text, registry, maxLength).then(finish, () => finish(undefined));
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets every analysis (settings or registry changed); the memos stay, their keys say what they depend on. */
  clear(): void {
    for (const [uri, entry] of this.entries) this.entries.set(uri, { ...entry, version: -1 });
  }
}
