/**
 * Every change takes one path and redoes only what it must (issue 14), shown on the
 * language service over an in-memory workspace: a setting of each class, a registry
 * named by a glob, and settings per folder, where folder `/ws/a` must not claim
 * `/ws/ab/x.news`. What was redone is read from what the service read and told the client.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { toSettings } from '../../../server/src/settings';
import { startService } from '../../support/memoryWorkspace';

const REGISTRY = 'entities:\n  - id: ines-varga\n    name: Ines Varga\n    type: person\n    description: Harbour pilot\n';
const SHARED = 'entities:\n  - id: tove-lund\n    name: Tove Lund\n    type: person\n    description: Ferry captain from the shared registry\n';
const ARTICLE =
  'Pilots return to the harbour\nSource: Test Wire| 2021-05-04 08:00:00|Editor: Test Desk\n\nLONGPORT, May 2 (Test Wire) -- Ines Varga and Tove Lund said on Monday that the channel is open again. Varga said the work was done.\n';

/** The card under the first occurrence of `name` in the open article. */
function card(t: Awaited<ReturnType<typeof startService>>, uri: string, name: string): string {
  const document = t.workspace.document(uri)!;
  const hover = t.service.hover({ textDocument: { uri }, position: document.positionAt(document.getText().indexOf(name) + 1) }, NEVER_CANCELLED);
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

test('a diagnostics setting re-checks the open articles without re-reading the workspace', async () => {
  const t = await startService({ '/ws/entities.yaml': REGISTRY, '/ws/pilots.news': ARTICLE });
  const uri = t.workspace.openDocument('/ws/pilots.news').uri;
  assert.ok(t.service.diagnostics(uri)?.some((d) => String(d.message).includes('Tove Lund')));
  const reads = t.workspace.reads.length;
  assert.equal(t.service.updateSettings(toSettings({ diagnostics: { unregisteredNames: 'off' } })), 'reanalyse');
  assert.ok(!t.service.diagnostics(uri)?.some((d) => String(d.message).includes('Tove Lund')), 'the unregistered-name diagnostic is gone');
  await t.service.whenIndexed();
  assert.equal(t.workspace.reads.length, reads, 'nothing was read again');
  t.service.dispose();
});

test('a setting of the "nothing" class changes nothing the client must redo', async () => {
  const t = await startService({ '/ws/pilots.news': ARTICLE });
  const refreshes = t.client.refreshes.length;
  const reads = t.workspace.reads.length;
  assert.equal(t.service.updateSettings(toSettings({ trace: { server: 'verbose' } })), 'nothing');
  assert.equal(t.client.refreshes.length, refreshes);
  assert.equal(t.workspace.reads.length, reads);
  t.service.dispose();
});

test('newsLens.registries as a glob: the shared registry it names is loaded on reload, and the workspace re-indexed', async () => {
  const t = await startService({
    '/ws/entities.yaml': REGISTRY,
    '/ws/pilots.news': ARTICLE,
    '/shared/registries/harbour.yaml': SHARED,
    '/shared/registries/notes.txt': 'x',
  });
  const uri = t.workspace.openDocument('/ws/pilots.news').uri;
  assert.match(card(t, uri, 'Tove Lund'), /not in the registry/);
  assert.equal(t.service.updateSettings(toSettings({ registries: ['/shared/registries/*.yaml'] })), 'reload');
  assert.match(card(t, uri, 'Tove Lund'), /Ferry captain from the shared registry/);
  assert.match(card(t, uri, 'Ines Varga'), /Harbour pilot/, "the folder's own registry stays in force");
  assert.ok(!t.workspace.reads.includes('/shared/registries/notes.txt'), 'only the files the glob names are read');
  // The re-index runs once the registry changes pause.
  const before = t.workspace.reads.filter((p) => p === '/ws/pilots.news').length;
  await new Promise((resolve) => setTimeout(resolve, 500));
  await t.service.whenIndexed();
  assert.ok(t.workspace.reads.filter((p) => p === '/ws/pilots.news').length >= before, 'the workspace was indexed again');
  t.service.dispose();
});

test('settings are per folder, and folder /ws/a does not claim /ws/ab/x.news', async () => {
  const folders = ['/ws/a', '/ws/ab'];
  const byFolder = new Map([
    ['/ws/a', toSettings({ inlayHints: { enabled: false } })],
    ['/ws/ab', toSettings({ inlayHints: { enabled: true } })],
  ]);
  const t = await startService({ '/ws/a/one.news': ARTICLE, '/ws/ab/x.news': ARTICLE }, { folders, byFolder });
  assert.equal(t.service.settingsFor('file:///ws/a/one.news').inlayHints.enabled, false);
  assert.equal(t.service.settingsFor('file:///ws/ab/x.news').inlayHints.enabled, true, "/ws/ab/x.news has /ws/ab's settings");
  const hints = (uri: string) => {
    const document = t.workspace.openDocument(uri.replace('file://', ''));
    return t.service.inlayHints(
      { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) } },
      NEVER_CANCELLED,
    );
  };
  assert.deepEqual(hints('file:///ws/a/one.news'), []);
  try {
    assert.ok(hints('file:///ws/ab/x.news').length > 0, '"on Monday" gets its hint in /ws/ab');
  } finally {
    t.service.dispose();
  }
});

test('opening the registry as it is on disk redoes nothing; an edit of its buffer reloads it', async () => {
  const t = await startService({ '/ws/entities.yaml': REGISTRY, '/ws/pilots.news': ARTICLE });
  try {
    const uri = t.workspace.openDocument('/ws/pilots.news').uri;
    // The article's own index notification (debounced) goes out first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await t.service.whenIndexed();
    const reads = t.workspace.reads.length;
    const refreshes = t.client.refreshes.length;
    const registry = t.workspace.openDocument('/ws/entities.yaml', undefined, 'yaml');
    // Past the re-index debounce: a re-index would read the article again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await t.service.whenIndexed();
    assert.deepEqual(t.client.refreshes.slice(refreshes), [], 'no view is refreshed');
    assert.equal(t.workspace.reads.length, reads, 'the workspace is not read again');
    assert.match(card(t, uri, 'Ines Varga'), /Harbour pilot/);

    t.workspace.editDocument(registry, REGISTRY.replace('Harbour pilot', 'Harbour master'));
    assert.ok(t.client.refreshes.slice(refreshes).includes('semanticTokens'), 'the edit refreshes the tokens');
    assert.match(card(t, uri, 'Ines Varga'), /Harbour master/, "the buffer's text is in force");
  } finally {
    t.service.dispose();
  }
});
