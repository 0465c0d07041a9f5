/**
 * Section E of the benchmark: the language server on a generated workspace of N
 * articles, as an editor opening a large folder sees it. One server indexes the folder
 * undisturbed (build time, articles/s, peak memory) and then answers requests on a warm
 * index (hover, definition, semantic tokens, references across every article, workspace
 * symbols); a second server is questioned while its first indexing is still running.
 * Every latency has the round trip of a hover on an empty document as its baseline,
 * measured in the same session.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, buildRegistry, parseRegistry } from '../server/src/analysis';
import { readFileSync } from 'node:fs';
import { positionAt } from './lsp';
import { LspSession, type Memory } from './lspSession';
import { Budget, msSince, summarize, Timing, timeAsync } from './stats';
import type { BenchText } from './texts';
import type { WorkspaceFixture } from './workspaceFixture';

/** Figures of the undisturbed first indexing. */
export interface IndexFigures {
  articles: number;
  /** From `initialized` sent to the `$/progress` end received, ms. */
  buildMs: number;
  articlesPerSecond: number;
  /** Peak RSS (VmHWM) right after the index was built. */
  memory?: Memory;
  /**
   * Time between consecutive `$/progress` reports: the server indexes a batch of files
   * per event-loop turn and reports once per batch, so this is how long one turn blocks.
   */
  batch: Timing;
}

/** Latencies taken while the first indexing runs; `runs` of each counts requests sent before it ended. */
export interface DuringIndexFigures {
  baseline: Timing;
  hover: Timing;
  definition: Timing;
  keystroke: Timing;
  /** How long indexing took with these requests interleaved, ms. */
  buildMs: number;
}

/** Latencies on the warm index. */
export interface WarmFigures {
  baseline: Timing;
  hover: Timing;
  definition: Timing;
  tokensCached: Timing;
  tokensAfterEdit: Timing;
  references: Timing;
  referenceCount: number;
  workspaceSymbol: Timing;
  symbolQuery: string;
  symbolCount: number;
}

/** Everything section E measures on one workspace. */
export interface WorkspaceLspResult {
  articles: number;
  index: IndexFigures;
  during: DuringIndexFigures;
  warm: WarmFigures;
  /** The registered name hovered, defined and referenced. */
  target: string;
}

/** Budgets of section E. */
export interface WorkspaceBudgets {
  baseline: Budget;
  request: Budget;
  afterEdit: Budget;
  references: Budget;
}

/** The documents the editor has open: a 1,000-word article (hover, definition) and a 10,000-word one (tokens, keystrokes). */
export interface OpenTexts {
  small: BenchText;
  large: BenchText;
}

/** The workspace/symbol query: two letters, as someone starts typing. */
export const SYMBOL_QUERY = 'va';

/** Runs section E on one generated workspace. */
export async function benchWorkspaceLsp(fixture: WorkspaceFixture, open: OpenTexts, budgets: WorkspaceBudgets): Promise<WorkspaceLspResult> {
  const target = registeredTarget(fixture, open.small.text);
  const during = await measureDuringIndex(fixture, open, target.offset);
  const { index, warm } = await measureIndexAndWarm(fixture, open, target.offset, budgets);
  return { articles: fixture.files.length, index, during, warm, target: target.name };
}

/** The first registered mention in the small article (where hover, definition and references point). */
function registeredTarget(fixture: WorkspaceFixture, text: string): { offset: number; name: string } {
  const registry = buildRegistry([parseRegistry(readFileSync(fixture.registryPath, 'utf8'), fixture.registryPath)]);
  const mention = analyzeArticle(text, { registry }).entities.find((e) => e.registered);
  if (!mention) throw new Error('the 1,000-word article mentions no registered name: pick other fixture entities');
  return { offset: mention.start, name: mention.text };
}

interface OpenDocs {
  empty: string;
  small: string;
  large: string;
}

async function openAll(session: LspSession, fixture: WorkspaceFixture, open: OpenTexts): Promise<OpenDocs> {
  // Opened beside the generated articles (not on disk), as new files in the workspace.
  const uri = (name: string) => pathToFileURL(join(fixture.dir, name)).toString();
  const docs = { empty: uri('open-empty.news'), small: uri('open-1k.news'), large: uri('open-10k.news') };
  await session.open(docs.empty, '');
  await session.open(docs.small, open.small.text);
  await session.open(docs.large, open.large.text);
  return docs;
}

/** Requests of both phases, bound to one session and its open documents. */
function requests(session: LspSession, docs: OpenDocs, open: OpenTexts, offset: number) {
  const position = positionAt(open.small.text, offset);
  const middle = open.large.text.indexOf(' ', open.large.text.length >> 1);
  const edited = open.large.text.slice(0, middle) + 'x' + open.large.text.slice(middle);
  let typed = false;
  return {
    baseline: () => session.request('textDocument/hover', { textDocument: { uri: docs.empty }, position: { line: 0, character: 0 } }),
    hover: () => session.request('textDocument/hover', { textDocument: { uri: docs.small }, position }),
    definition: () => session.request('textDocument/definition', { textDocument: { uri: docs.small }, position }),
    references: () =>
      session.request('textDocument/references', { textDocument: { uri: docs.small }, position, context: { includeDeclaration: true } }) as Promise<
        unknown[] | null
      >,
    tokens: () => session.request('textDocument/semanticTokens/full', { textDocument: { uri: docs.large } }),
    /** Types a character in the middle of the large article (or deletes it again), then asks for tokens. */
    keystroke: async () => {
      typed = !typed;
      await session.change(docs.large, typed ? edited : open.large.text);
      await session.request('textDocument/semanticTokens/full', { textDocument: { uri: docs.large } });
    },
    symbols: () => session.request('workspace/symbol', { query: SYMBOL_QUERY }) as Promise<unknown[] | null>,
  };
}

/**
 * Questions a fresh server from the moment `initialized` is sent until its indexing
 * ends: rounds of three hovers, definitions and baseline hovers and one keystroke,
 * each timed alone. Nothing is warmed up first: the first requests pay for the first
 * analysis of the open articles, as they would in an editor.
 */
async function measureDuringIndex(fixture: WorkspaceFixture, open: OpenTexts, offset: number): Promise<DuringIndexFigures> {
  const session = await LspSession.start(fixture.dir, { workDoneProgress: true });
  try {
    const docs = await openAll(session, fixture, open);
    const r = requests(session, docs, open, offset);
    const samples = { baseline: [] as number[], hover: [] as number[], definition: [] as number[], keystroke: [] as number[] };
    const timed = async (into: number[], fn: () => Promise<unknown>) => {
      if (session.isIndexed) return;
      const start = process.hrtime.bigint();
      await fn();
      // A request that was sent before the end counts even when answered after it.
      into.push(msSince(start));
    };
    while (!session.isIndexed) {
      for (let i = 0; i < 3; i++) {
        await timed(samples.hover, r.hover);
        await timed(samples.definition, r.definition);
        await timed(samples.baseline, r.baseline);
      }
      await timed(samples.keystroke, r.keystroke);
    }
    const buildMs = Number((await session.indexed) - session.initializedAt) / 1e6;
    return {
      baseline: summarize(samples.baseline),
      hover: summarize(samples.hover),
      definition: summarize(samples.definition),
      keystroke: summarize(samples.keystroke),
      buildMs,
    };
  } finally {
    await session.stop();
  }
}

/** Indexing with no request in the way, then the warm-index latencies in the same server. */
async function measureIndexAndWarm(
  fixture: WorkspaceFixture,
  open: OpenTexts,
  offset: number,
  budgets: WorkspaceBudgets,
): Promise<{ index: IndexFigures; warm: WarmFigures }> {
  const session = await LspSession.start(fixture.dir, { workDoneProgress: true });
  try {
    const buildMs = Number((await session.indexed) - session.initializedAt) / 1e6;
    const reports = session.progressReports;
    const batch = summarize(reports.slice(1).map((t, i) => Number(t - reports[i]) / 1e6));
    const index: IndexFigures = {
      articles: fixture.files.length,
      buildMs,
      articlesPerSecond: (fixture.files.length / buildMs) * 1000,
      memory: session.memory(),
      batch,
    };
    const docs = await openAll(session, fixture, open);
    const r = requests(session, docs, open, offset);
    const referenceCount = (await r.references())?.length ?? 0;
    const symbolCount = (await r.symbols())?.length ?? 0;
    const warm: WarmFigures = {
      hover: await timeAsync(r.hover, budgets.request),
      definition: await timeAsync(r.definition, budgets.request),
      tokensCached: await timeAsync(r.tokens, budgets.request),
      tokensAfterEdit: await timeAsync(r.keystroke, budgets.afterEdit),
      references: await timeAsync(r.references, budgets.references),
      referenceCount,
      workspaceSymbol: await timeAsync(r.symbols, budgets.references),
      symbolQuery: SYMBOL_QUERY,
      symbolCount,
      // Last, once the server is as warm as it gets: the floor of a round trip.
      baseline: await timeAsync(r.baseline, budgets.baseline),
    };
    return { index, warm };
  } finally {
    await session.stop();
  }
}

/** VmHWM of a server on an empty folder after one round trip: the baseline of the memory figures. */
export async function idleServerMemory(emptyFolder: string): Promise<Memory | undefined> {
  const session = await LspSession.start(emptyFolder);
  try {
    const uri = pathToFileURL(join(emptyFolder, 'empty.news')).toString();
    await session.open(uri, '');
    await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    return session.memory();
  } finally {
    await session.stop();
  }
}
