/**
 * A folder's own registry is the first of entities.yaml, entities.yml, entities.json that
 * exists; the editor reads only that one. Another of those names beside it used to be
 * ignored without a word, its entries missing and its errors unseen: it now carries a
 * warning naming the registry in use, on the language service over an in-memory workspace,
 * the same warning `news-lens check` prints. Removing the file in use lifts it.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { toUri } from '../../../server/src/uri';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { messageOf } from '../../support/diagnosticText';

// Invented for this test.
const YAML = 'entities:\n  - id: anita-szabo\n    name: Anita Szabo\n    type: person\n';
const YML = 'entities:\n  - id: okoro-group\n    name: Okoro Group\n    type: newspaper\n';

const FOLDER = '/ws';
const YML_URI = toUri(`${FOLDER}/entities.yml`);
const ignoredWarnings = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).filter((d) => messageOf(d).startsWith('This file is ignored'));

describe('a second default registry name in a folder, on the language service', () => {
  let t: TestService;

  before(async () => {
    t = await startService({ [`${FOLDER}/entities.yaml`]: YAML, [`${FOLDER}/entities.yml`]: YML });
  });
  after(() => t.service.dispose());

  it('warns on the ignored file, naming the registry in use, and reports nothing else there', () => {
    const diagnostics = t.client.diagnostics.get(YML_URI);
    const warnings = ignoredWarnings(diagnostics);
    assert.equal(warnings.length, 1, JSON.stringify(diagnostics));
    assert.equal(warnings[0].severity, 2);
    assert.deepEqual(warnings[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(messageOf(warnings[0]), /^This file is ignored: entities\.yaml is this folder's registry/);
    assert.equal(diagnostics!.length, 1, 'its unknown type is not reported: the file is not read');
  });

  it('lifts the warning once the file in use is gone, and the other is read instead', async () => {
    t.workspace.deleteFile(`${FOLDER}/entities.yaml`);
    await until(() => ignoredWarnings(t.client.diagnostics.get(YML_URI)).length === 0, 'the warning lifted');
    await until(() => (t.client.diagnostics.get(YML_URI) ?? []).some((d) => /Unknown type "newspaper"/.test(messageOf(d))), 'entities.yml read');
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
