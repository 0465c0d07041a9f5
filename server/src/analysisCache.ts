/**
 * Analyses open documents lazily and caches the result by (uri, version), so every
 * feature asked about the same version of a document shares one analysis.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisMemo, analyzeArticle, type ArticleAnalysis, type Registry } from './analysis';

interface Entry {
  version: number;
  registry: Registry;
  analysis: ArticleAnalysis;
  /** Per-paragraph work kept between versions, so a keystroke re-analyses only what changed. */
  memo: AnalysisMemo;
}

/** Per-document analysis cache; a registry change invalidates entries made with the old registry. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly registryFor: (uri: string) => Registry,
    private readonly maxLength: () => number,
    /** Told about every fresh analysis (the workspace index keeps open documents current this way). */
    private readonly analysed: (uri: string, text: string, analysis: ArticleAnalysis) => void = () => undefined,
  ) {}

  /** The analysis of this document version, computing it when needed. */
  get(document: TextDocument): ArticleAnalysis {
    const registry = this.registryFor(document.uri);
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.registry === registry) return cached.analysis;
    const text = document.getText();
    const memo = cached?.memo ?? new AnalysisMemo();
    const analysis = analyzeArticle(text, { registry, maxLength: this.maxLength(), memo });
    this.entries.set(document.uri, { version: document.version, registry, analysis, memo });
    this.analysed(document.uri, text, analysis);
    return analysis;
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
