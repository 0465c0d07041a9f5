/**
 * Section G of the benchmark (issue 15): does one heavy input stall everything else?
 * Over stdio against the bundled server, hovers on a small open article are sent one
 * after another, each timed alone, while
 *  G.1 a 50,000-entity registry (~3 MB of YAML) replaces the workspace's entities.yaml
 *      and loads (until workspace symbols find one of its names), and
 *  G.2 a generated 2 MB article is opened and analysed (until a hover on its last name answers).
 * Floors: G.1 max < 200 ms (no request waits more than 200 ms); G.2 p95 < 200 ms.
 * The same hover on the idle server is the baseline, measured in the same run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../server/src/analysis';
import { Floors, floorCells } from './floors';
import { generateArticle } from './generate';
import { LspSession } from './lspSession';
import { inventedEntities } from './registryScale';
import { msSince, summarize, type Timing } from './stats';
import type { BenchText } from './texts';
import { fixtureEntities, registryYaml } from './workspaceFixture';

/** One "hovers while something heavy happens" measurement. */
export interface LoadRun {
  what: string;
  /** How long the heavy thing took, from its start until the probe saw it done. */
  loadMs: number;
  /** Hovers on the small article while it ran, each timed alone. */
  during: Timing & { max: number };
  /** The same hover on the idle server. */
  idle: Timing;
}

/** Section G's result. */
export interface HostileLoadResult {
  registry: LoadRun & { entities: number; bytes: number };
  largeDocument: LoadRun & { chars: number };
}

const FLOOR_MS = 200;
/** Seed of the generated 2 MB article (one long story, not one story repeated: a repeat reads as boilerplate after the first copy). */
const BIG_SEED = 20_260;

/**
 * Hovers the position, one hover at a time, until `done()` resolves true; the probe runs
 * beside the hovers (never between two of them), so a probe the server is slow to answer
 * does not hide the hovers' waiting. The samples are the hover times.
 */
async function hoverWhile(
  session: LspSession,
  uri: string,
  line: number,
  character: number,
  done: () => Promise<boolean>,
  every: number,
  limitMs: number,
): Promise<{ samples: number[]; elapsed: number }> {
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  let finished = false;
  let probing = false;
  for (let i = 1; !finished; i++) {
    if (!probing && i % every === 0) {
      probing = true;
      void done().then((ok) => {
        finished ||= ok;
        probing = false;
      });
    }
    const t = process.hrtime.bigint();
    await session.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    samples.push(msSince(t));
    if (msSince(started) > limitMs) throw new Error(`section G: not done after ${limitMs} ms`);
  }
  return { samples, elapsed: msSince(started) };
}

function withMax(samples: number[]): Timing & { max: number } {
  return { ...summarize(samples), max: Math.max(...samples) };
}

/** Runs section G with `small` as the article hovered (the heavy document is a generated 2 MB article). */
export async function benchHostileLoad(small: BenchText): Promise<HostileLoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-bench-hostile-'));
  const session = await LspSession.start(dir);
  try {
    writeFileSync(join(dir, 'entities.yaml'), registryYaml(fixtureEntities()));
    const smallUri = pathToFileURL(join(dir, 'small.news')).toString();
    writeFileSync(join(dir, 'small.news'), small.text);
    await session.open(smallUri, small.text);
    // Hover on the first registered fixture name in the article (a full registry card).
    const name =
      fixtureEntities()
        .map((e) => e.name)
        .find((n) => small.text.includes(n)) ?? small.text.split('\n')[0].split(' ')[0];
    const at = small.text.indexOf(name);
    const line = small.text.slice(0, at).split('\n').length - 1;
    const character = at - (small.text.lastIndexOf('\n', at - 1) + 1) + 1;
    const idleSamples = (await hoverWhile(session, smallUri, line, character, async () => true, 200, 60_000)).samples.slice(20, 200);

    // G.1: a 50,000-entity registry replaces entities.yaml.
    const entities = inventedEntities(50_000);
    const yaml = registryYaml(entities);
    const probe = entities[entities.length - 1].name;
    writeFileSync(join(dir, 'entities.yaml'), yaml);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, 'entities.yaml')).toString(), type: 2 }],
    });
    const loaded = async () => ((await session.request('workspace/symbol', { query: probe })) as { name: string }[]).some((s) => s.name === probe);
    const registryRun = await hoverWhile(session, smallUri, line, character, loaded, 10, 600_000);

    // G.2: a 2 MB article is opened beside the small one.
    const big = generateArticle(BIG_SEED, 340_000).slice(0, 2_000_000);
    const bigUri = pathToFileURL(join(dir, 'big.news')).toString();
    // Done when a hover on the article's last name answers (the layout-only stand-in has no names).
    const last = analyzeArticle(big).entities.at(-1);
    if (!last) throw new Error('section G: the generated 2 MB article names no one');
    const bigAt = last.start;
    const bigLine = big.slice(0, bigAt).split('\n').length - 1;
    const bigCharacter = bigAt - (big.lastIndexOf('\n', bigAt - 1) + 1) + 1;
    await session.open(bigUri, big);
    const analysed = async () =>
      (await session.request('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: bigLine, character: bigCharacter } })) !== null;
    const documentRun = await hoverWhile(session, smallUri, line, character, analysed, 5, 600_000);

    return {
      registry: {
        what: `${entities.length.toLocaleString('en-US')}-entity registry loading`,
        entities: entities.length,
        bytes: Buffer.byteLength(yaml),
        loadMs: registryRun.elapsed,
        during: withMax(registryRun.samples),
        idle: summarize(idleSamples),
      },
      largeDocument: {
        what: `${(big.length / 1e6).toFixed(1)} MB article being analysed`,
        chars: big.length,
        loadMs: documentRun.elapsed,
        during: withMax(documentRun.samples),
        idle: summarize(idleSamples),
      },
    };
  } finally {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Section G's table, recording the floors. */
export function hostileLoadTable(result: HostileLoadResult, floors: Floors): string {
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  const rows = ['| While … | took | hovers | p50 | p95 | max | idle p50 | p95 ÷ idle p50 | floor | |', '|---|---:|---:|---:|---:|---:|---:|---:|---|---|'];
  const registryCheck = floors.below('G.1 hover max while a 50,000-entity registry loads', result.registry.during.max, FLOOR_MS);
  const documentCheck = floors.below('G.2 hover p95 on another document while a 2 MB article is analysed', result.largeDocument.during.p95, FLOOR_MS);
  for (const [run, check, what] of [
    [result.registry, registryCheck, 'max'],
    [result.largeDocument, documentCheck, 'p95'],
  ] as const) {
    rows.push(
      `| ${run.what} | ${(run.loadMs / 1000).toFixed(1)} s | ${run.during.runs} | ${ms(run.during.p50)} ms | ${ms(run.during.p95)} ms | ${ms(run.during.max)} ms | ${ms(run.idle.p50)} ms | ${(run.during.p95 / run.idle.p50).toFixed(1)}× | ${floorCells(check, what).join(' | ')} |`,
    );
  }
  return rows.join('\n');
}
