/**
 * Sections C and D of the benchmark: the bundled server over stdio, as an editor
 * sees it. Request latencies are measured on a cached analysis and right after an
 * edit (a version bump makes the server analyse again), keystroke latency is an edit
 * followed by semantic tokens, and every figure is compared with the round trip of a
 * trivial request measured in the same run. Memory is the server's peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../server/src/analysis';
import { LspSession, type Memory } from './lspSession';
import { Budget, Timing, timeAsync } from './stats';
import type { BenchText } from './texts';

/** Latency of one request on one text, cached and after an edit. */
export interface LspRow {
  text: string;
  words: number;
  method: string;
  cached: Timing;
  afterEdit: Timing;
}

/** Everything sections C and D measure. */
export interface LspResult {
  /** Hover on an empty document: the cost of a round trip itself. */
  baseline: Timing;
  rows: LspRow[];
  /** One-character edit + semanticTokens/full on the largest text. */
  keystroke: { text: string; timing: Timing };
  memory: { idle?: Memory; afterOpen?: Memory; text: string };
}

/** Budgets of the LSP section. */
export interface LspBudgets {
  baseline: Budget;
  cached: Budget;
  afterEdit: Budget;
  keystroke: Budget;
}

/** Zero-based line and character of a UTF-16 offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Where the bench hovers: the first person the core finds (else any entity, else the start). */
function hoverOffset(text: string): number {
  const entities = analyzeArticle(text).entities;
  return (entities.find((e) => e.type === 'person') ?? entities[0])?.start ?? 0;
}

/** Runs sections C and D; `keystrokeText` is the text for the keystroke and memory figures. */
export async function benchLsp(texts: readonly BenchText[], keystrokeText: BenchText, budgets: LspBudgets): Promise<LspResult> {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
  const uriOf = (name: string) => pathToFileURL(join(folder, `${name.replace(/\W+/g, '-')}.news`)).toString();
  try {
    const session = await LspSession.start(folder);
    let result: Omit<LspResult, 'memory'>;
    try {
      result = await measureRequests(session, texts, keystrokeText, budgets, uriOf);
    } finally {
      await session.stop();
    }
    return { ...result, memory: await measureMemory(folder, keystrokeText, uriOf(keystrokeText.name)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measureRequests(
  session: LspSession,
  texts: readonly BenchText[],
  keystrokeText: BenchText,
  budgets: LspBudgets,
  uriOf: (name: string) => string,
): Promise<Omit<LspResult, 'memory'>> {
  const empty = uriOf('empty');
  await session.open(empty, '');
  const trivial = () => session.request('textDocument/hover', { textDocument: { uri: empty }, position: { line: 0, character: 0 } });
  const rows: LspRow[] = [];
  for (const t of texts) {
    const uri = uriOf(t.name);
    await session.open(uri, t.text);
    const position = positionAt(t.text, hoverOffset(t.text));
    const requests: [string, unknown][] = [
      ['textDocument/semanticTokens/full', { textDocument: { uri } }],
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
    ];
    for (const [method, params] of requests) {
      const cached = await timeAsync(() => session.request(method, params), budgets.cached);
      // The same text under a new version: the server must analyse again before answering.
      const afterEdit = await timeAsync(async () => {
        await session.change(uri, t.text);
        await session.request(method, params);
      }, budgets.afterEdit);
      rows.push({ text: t.name, words: t.words, method: method.replace('textDocument/', ''), cached, afterEdit });
    }
  }

  // The baseline is taken once the server is warm, so it is the floor of a round trip, not JIT time.
  const baseline = await timeAsync(trivial, budgets.baseline);

  const uri = uriOf(`${keystrokeText.name}-keystrokes`);
  await session.open(uri, keystrokeText.text);
  await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  // Type a character in the middle of the article, then delete it: every edit is a real change.
  const middle = keystrokeText.text.indexOf(' ', keystrokeText.text.length >> 1);
  const edited = keystrokeText.text.slice(0, middle) + 'x' + keystrokeText.text.slice(middle);
  const timing = await timeAsync(async (run) => {
    await session.change(uri, Math.abs(run) % 2 === 0 ? edited : keystrokeText.text);
    await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  }, budgets.keystroke);
  return { baseline, rows, keystroke: { text: keystrokeText.name, timing } };
}

/** Peak RSS of a fresh server: idle after initialize, then after opening and analysing `text`. */
async function measureMemory(folder: string, text: BenchText, uri: string): Promise<LspResult['memory']> {
  const session = await LspSession.start(folder);
  try {
    const idle = session.memory();
    await session.open(uri, text.text);
    await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    await session.request('textDocument/documentSymbol', { textDocument: { uri } });
    await session.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text.text, hoverOffset(text.text)) });
    return { idle, afterOpen: session.memory(), text: text.name };
  } finally {
    await session.stop();
  }
}
