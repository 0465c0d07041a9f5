/**
 * An id defined in two registry files of one folder (its own `entities.yaml` and a file of
 * `newsLens.registries`), on the language service over an in-memory workspace: the merge
 * keeps the first entry, and the later id gets an Error diagnostic at its exact range naming
 * the file and line that win. Fixing the id clears it.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { toUri } from '../../../server/src/uri';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { messageOf } from '../../support/diagnosticText';
import { rangeOf } from '../../support/textPositions';
import { FIRST_REGISTRY, SECOND_REGISTRY } from '../../support/duplicateIdRegistries';

// Invented for this test.
const OWN = FIRST_REGISTRY;
const SHARED = SECOND_REGISTRY;

const FOLDER = '/ws';
const SHARED_PATH = `${FOLDER}/shared/people.yaml`;
const SHARED_URI = toUri(SHARED_PATH);

const duplicates = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).filter((d) => messageOf(d).startsWith('Duplicate id'));

describe('duplicate ids across the registry files of a folder, on the language service', () => {
  let t: TestService;

  before(async () => {
    t = await startService({ [`${FOLDER}/entities.yaml`]: OWN, [SHARED_PATH]: SHARED }, { settings: { registries: ['shared/people.yaml'] } });
  });
  after(() => t.service.dispose());

  it('puts an Error on the later id, naming the file and line of the entry that is kept', () => {
    const found = duplicates(t.client.diagnostics.get(SHARED_URI));
    assert.equal(found.length, 1, JSON.stringify(t.client.diagnostics.get(SHARED_URI)));
    assert.deepEqual(found[0].range, rangeOf(SHARED, 'anita-szabo'));
    assert.equal(found[0].severity, 1);
    assert.match(messageOf(found[0]), /^Duplicate id "anita-szabo": entities\.yaml:2 already defines it \("Anita Szabo", person\)\. .*first entry.* left out/);
    assert.deepEqual(duplicates(t.client.diagnostics.get(toUri(`${FOLDER}/entities.yaml`))), [], 'the entry that is kept has no error');
  });

  it('clears the error once the later id is changed', async () => {
    const document = t.workspace.openDocument(SHARED_PATH, undefined, 'yaml');
    t.workspace.editDocument(document, SHARED.replace('id: anita-szabo', 'id: anita-szabo-other'));
    await until(() => duplicates(t.client.diagnostics.get(SHARED_URI)).length === 0, 'the duplicate cleared');
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
