/**
 * The fuzz campaign's three targets (issue 15), each a fast-check property run with a
 * fixed seed: `analyzeArticle` (well-formed, deterministic, and the same with the
 * editor's memo after an edit as without), the registry parser and editor (never an
 * unexpected exception; an edit of a good registry gives a good registry that holds
 * the change), and the language server over stdio (every request answered, no crash,
 * hover cards inert). `npm run fuzz` runs them at full size; test/unit/fuzz.test.ts and
 * test/lsp/fuzz.test.ts run a fixed-seed slice inside `npm test`.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { analyzeArticle, AnalysisMemo, buildRegistry, parseRegistry, type ParsedRegistryFile } from '../../server/src/analysis';
import { addAlias, addEntity, addIgnore, applyEdits, renameEntity, type TextEdit } from '../../server/src/analysis/registry/edit';
import { assertWellFormed } from '../support/analysisInvariants';
import { startServer } from '../support/lspClient';
import { analyzeOptions, editedArticle, registryEdit, registryText } from './generators';

/** What one target did. */
export interface FuzzResult {
  target: string;
  runs: number;
  ms: number;
}

/** The default seed of every run; `FUZZ_SEED` (or `--seed`) explores further. */
export const DEFAULT_SEED = 150415;

/** analyzeArticle on edited articles: well-formed, deterministic, memo-exact. */
export function fuzzAnalysis(runs: number, seed = DEFAULT_SEED): FuzzResult {
  const started = Date.now();
  fc.assert(
    fc.property(editedArticle, analyzeOptions, ({ before, after }, options) => {
      const result = analyzeArticle(after, options);
      assertWellFormed(after, result);
      const json = JSON.stringify(result);
      assert.equal(JSON.stringify(analyzeArticle(after, options)), json, 'a second analysis of the same text differs');
      const memo = new AnalysisMemo();
      analyzeArticle(before, { ...options, memo });
      assert.equal(JSON.stringify(analyzeArticle(after, { ...options, memo })), json, 'the analysis after an edit with the memo differs from a fresh one');
    }),
    { seed, numRuns: runs },
  );
  return { target: 'analyzeArticle', runs, ms: Date.now() - started };
}

/** Problems inside the text, entries with ids and names, and a registry that builds. */
function assertRegistry(text: string, parsed: ParsedRegistryFile): void {
  for (const p of parsed.problems) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `problem ${JSON.stringify(p)} outside 0-${text.length}`);
    assert.ok(p.message.length > 0 && !/undefined|NaN|\[object/.test(p.message), `problem message ${JSON.stringify(p.message)}`);
  }
  for (const e of parsed.entries) assert.ok(typeof e.id === 'string' && e.id.length > 0 && typeof e.name === 'string', `entry ${JSON.stringify(e)}`);
  buildRegistry([parsed]);
}

/** A refusal is a plain Error with a message; anything else thrown is a bug. */
function refusedOrThrow(error: unknown): void {
  if (error instanceof Error && error.constructor === Error && error.message.length > 0) return;
  throw error;
}

/** The registry parser and editor on hostile registry files. */
export function fuzzRegistry(runs: number, seed = DEFAULT_SEED): FuzzResult {
  const started = Date.now();
  fc.assert(
    fc.property(registryText, registryEdit, (text, request) => {
      const parsed = parseRegistry(text, 'entities.yaml');
      assertRegistry(text, parsed);
      let edits: TextEdit[];
      let id = '';
      try {
        if (request.kind === 'add')
          ({ edits, id } = addEntity(text, { name: request.name, type: request.type, aliases: request.aliases, description: request.description }));
        else if (request.kind === 'alias') edits = addAlias(text, request.id, request.alias);
        else if (request.kind === 'rename') edits = renameEntity(text, request.id, request.name);
        else edits = addIgnore(text, request.name);
      } catch (error) {
        refusedOrThrow(error);
        return;
      }
      const after = applyEdits(text, edits);
      const reparsed = parseRegistry(after, 'entities.yaml');
      assertRegistry(after, reparsed);
      const clean = parsed.ok && parsed.problems.length === 0;
      if (!clean) return;
      // A new entity may share a name with an old one (the registry then reports it), but nothing is lost.
      const ids = new Set(reparsed.entries.map((e) => e.id));
      assert.ok(
        parsed.entries.every((e) => ids.has(e.id)),
        `the edit lost an entity:\n${text}\n→\n${after}\n${JSON.stringify(reparsed.problems)}`,
      );
      if (request.kind !== 'add') assert.ok(reparsed.ok, `the edit broke a good registry:\n${text}\n→\n${after}\n${JSON.stringify(reparsed.problems)}`);
      // The editor trims what it writes (a name is never stored with its surrounding spaces).
      const wanted = (request.kind === 'alias' ? request.alias : request.name).trim();
      if (request.kind === 'add')
        assert.ok(
          reparsed.entries.some((e) => e.id === id && e.name === wanted),
          `the added entity ${id} / ${JSON.stringify(wanted)} is not there:\n${after}`,
        );
      if (request.kind === 'alias')
        assert.ok(
          reparsed.entries.some((e) => e.id === request.id && (e.aliases.includes(wanted) || e.name === wanted)),
          `alias ${JSON.stringify(wanted)} not added:\n${after}`,
        );
      if (request.kind === 'rename')
        assert.ok(
          reparsed.entries.some((e) => e.id === request.id && e.name === wanted),
          `rename to ${JSON.stringify(wanted)} not done:\n${after}`,
        );
      if (request.kind === 'ignore')
        assert.ok(
          reparsed.ignore.some((n) => n.toLowerCase() === wanted.toLowerCase()),
          `ignore ${JSON.stringify(wanted)} not added:\n${after}`,
        );
    }),
    { seed, numRuns: runs },
  );
  return { target: 'registry parser and editor', runs, ms: Date.now() - started };
}

/** A hostile registry the LSP fuzz runs against: a link that tries to add an image, newlines that try to add blocks. */
const HOSTILE_REGISTRY = `entities:
  - id: amara-okafor
    name: Amara Okafor
    type: person
    description: "Minister.\\n\\n# Heading\\n---\\n![p](https://evil.example/d.png)"
    links: ["https://ok.example/bio) ![t](https://evil.example/pixel.png?who=reporter"]
  - id: npa
    name: Northern Ports Authority
    type: organization
    aliases: [NPA]
`;

/**
 * The language server over stdio: each input is an article after random edits, sent as
 * a change of one open document, then hover (at a random place), semantic tokens and
 * document symbols are asked for. Every so often the open registry buffer changes to a
 * fuzzed registry. Every request must be answered without an error, the server must
 * stay up and shut down cleanly, and no hover may hold an image.
 */
export async function fuzzLsp(runs: number, seed = DEFAULT_SEED): Promise<FuzzResult> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-fuzz-'));
  writeFileSync(join(dir, 'entities.yaml'), HOSTILE_REGISTRY);
  const server = await startServer(dir, { settings: { maxFileSize: 200_000 } });
  const article = pathToFileURL(join(dir, 'fuzz.news')).toString();
  const registry = pathToFileURL(join(dir, 'entities.yaml')).toString();
  let version = 1;
  let registryVersion = 1;
  try {
    server.open(article, 'Fuzz\n\nStart.');
    server.open(registry, HOSTILE_REGISTRY, 'yaml');
    const samples = fc.sample(fc.tuple(editedArticle, fc.double({ min: 0, max: 1, noNaN: true }), fc.option(registryText, { freq: 20 })), {
      seed,
      numRuns: runs,
    });
    for (const [{ after }, where, registryChange] of samples) {
      if (server.process.exitCode !== null) throw new Error(`the server exited (${server.process.exitCode}):\n${server.stderr()}`);
      if (registryChange !== null) server.change(registry, registryChange, ++registryVersion);
      server.change(article, after, ++version);
      const lines = after.split(/\r\n|\r|\n/);
      const line = Math.min(lines.length - 1, Math.floor(where * lines.length));
      const character = Math.floor(where * (lines[line]?.length ?? 0));
      const textDocument = { uri: article };
      const [hover] = await Promise.all([
        server.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument, position: { line, character } }),
        server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument }),
        server.connection.sendRequest('textDocument/documentSymbol', { textDocument }),
      ]).catch((error: unknown) => {
        throw new Error(
          `a request failed on ${JSON.stringify(after.slice(0, 300))}: ${error instanceof Error ? error.message : String(error)}\n${server.stderr()}`,
        );
      });
      if (hover) assert.ok(!/!\[|<img/i.test(hover.contents.value.replace(/\\./g, '')), `a hover holds an image: ${hover.contents.value}`);
    }
    // The original registry back, and one probe that the server still answers.
    server.change(registry, HOSTILE_REGISTRY, ++registryVersion);
    server.change(article, 'Minister\n\nAmara Okafor said on Monday.', ++version);
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: article }, position: { line: 2, character: 2 } });
  } finally {
    const code = server.process.exitCode === null ? await server.stop() : server.process.exitCode;
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, `the server did not shut down cleanly:\n${server.stderr()}`);
  }
  assert.doesNotMatch(server.stderr(), /Uncaught|TypeError|RangeError|at .*\.js:\d+/, `the server logged an exception:\n${server.stderr()}`);
  return { target: 'language server over stdio', runs, ms: Date.now() - started };
}
