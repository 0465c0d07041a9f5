/**
 * Settings per workspace folder (issue 14), on the language service over an in-memory
 * workspace with two folders: each folder's values are honoured (`newsLens.registries` globs
 * expand, relative to their folder), and a change redoes only its class (settings.ts
 * SETTING_EFFECTS): an inlay-hint toggle refreshes hints without re-analysing or re-indexing, a
 * diagnostics change re-checks the open articles without re-indexing, a registries change
 * reloads and re-indexes. What was redone is read from what the service told the client
 * (diagnostics published, refreshes, index progress). These are the feature cases of
 * test/lsp/settingsPerFolder.test.ts, which keeps the protocol over stdio (workspace/configuration
 * pulled per folder, scoped to its URI, at start and after didChangeConfiguration).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { toSettings, type Settings } from '../../../server/src/settings';
import { toUri } from '../../../server/src/uri';
import { startService, type TestService } from '../../support/memoryWorkspace';

// Invented for this test.
const ARTICLE = `Harbour ferries return after repairs

HARBOURTON, June 14, 2021 — Maria Lindqvist opened the new ferry terminal on Monday.
"The boats are back," Maria Lindqvist said.
`;
const REGISTRY = 'entities:\n  - id: maria-lindqvist\n    name: Maria Lindqvist\n    type: person\n';

const A = '/root/a';
const B = '/root/b';
const uriA = toUri(`${A}/ferry.news`);
const uriB = toUri(`${B}/ferry.news`);

/** Longer than the re-index debounce (400 ms): a re-index a change would start has begun by then. */
const DEBOUNCE_MS = 500;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('settings per workspace folder, on the language service', () => {
  let t: TestService;
  /** Every diagnostics publication, in order (the recording client keeps only the latest per URI). */
  const published: { uri: string; diagnostics: Diagnostic[] }[] = [];
  /** Each folder's raw values, as the editor would answer workspace/configuration for it. */
  const values = new Map<string, Record<string, unknown>>([[A, { registries: ['shared/*.yaml'] }]]);
  const byFolder = () => new Map<string, Settings>([A, B].map((folder) => [folder, toSettings(values.get(folder) ?? {})]));
  const change = (folder: string, value: Record<string, unknown>) => {
    values.set(folder, value);
    return t.service.updateSettings(toSettings({}), byFolder());
  };
  const unregistered = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => /"Maria Lindqvist" \(person\) is not in the registry/.test(String(d.message)));
  /** The first publication for `uri` at or after index `from` of {@link published}. */
  const diagnosticsOf = async (uri: string, from: number) => {
    await until(() => published.slice(from).some((p) => p.uri === uri), `diagnostics of ${uri}`);
    return published.slice(from).find((p) => p.uri === uri)!.diagnostics;
  };

  before(async () => {
    t = await startService(
      { [`${A}/shared/people.yaml`]: REGISTRY, [`${A}/ferry.news`]: ARTICLE, [`${B}/ferry.news`]: ARTICLE },
      { folders: [A, B], settings: {}, byFolder: byFolder() },
    );
    const record = t.client.publishDiagnostics.bind(t.client);
    t.client.publishDiagnostics = (uri: string, diagnostics: Diagnostic[]) => {
      published.push({ uri, diagnostics });
      record(uri, diagnostics);
    };
  });
  after(() => t.service.dispose());

  it("honours each folder's registries (a glob in one folder, nothing in the other)", async () => {
    const from = published.length;
    t.workspace.openDocument(`${A}/ferry.news`, ARTICLE);
    t.workspace.openDocument(`${B}/ferry.news`, ARTICLE);
    const [inA, inB] = await Promise.all([diagnosticsOf(uriA, from), diagnosticsOf(uriB, from)]);
    assert.deepEqual(unregistered(inA), [], 'folder a links Maria Lindqvist through shared/*.yaml');
    assert.equal(unregistered(inB).length, 1, 'folder b has no registry: the name is reported');
  });

  it('an inlay-hint toggle refreshes hints and re-analyses nothing, re-indexes nothing', async () => {
    const from = published.length;
    const refreshes = t.client.refreshes.length;
    const progress = t.client.progress.length;
    change(B, { inlayHints: { enabled: false } });
    assert.ok(t.client.refreshes.slice(refreshes).includes('inlayHints'), 'the hints are asked for again');
    await sleep(DEBOUNCE_MS);
    await t.service.whenIndexed();
    assert.deepEqual(published.slice(from), []);
    assert.deepEqual(t.client.progress.slice(progress), []);
  });

  it('a diagnostics change re-checks the open articles and re-indexes nothing', async () => {
    const from = published.length;
    const progress = t.client.progress.length;
    change(B, { inlayHints: { enabled: false }, diagnostics: { unregisteredNames: 'warning' } });
    const inB = await diagnosticsOf(uriB, from);
    assert.deepEqual(
      unregistered(inB).map((d) => d.severity),
      [2],
      'now a warning in folder b',
    );
    await sleep(DEBOUNCE_MS);
    await t.service.whenIndexed();
    assert.deepEqual(t.client.progress.slice(progress), []);
  });

  it('a registries change reloads the registry and re-indexes', async () => {
    const from = published.length;
    const progress = t.client.progress.length;
    change(B, { registries: ['../a/shared/*.yaml'] });
    await until(() => t.client.progress.length > progress, 'a re-index');
    const inB = await diagnosticsOf(uriB, from);
    assert.deepEqual(unregistered(inB), [], 'folder b now links the name through the glob');
  });
});

/** Polls `done` (the service works on timers) for up to 10 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
