/**
 * State that lives across requests belongs to objects the server owns (issue 14), never to
 * module-level variables: two servers in one process (the in-memory tests start many) must not
 * see each other's published registry problems.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { ServiceContext } from '../../server/src/service/context';
import { RegistryProblems } from '../../server/src/registryFiles/registryDiagnostics';
import type { RegistryFileState } from '../../server/src/registryStore';

/** The part of a server context the registry problems read, with the diagnostics it sends recorded. */
function contextWith(files: RegistryFileState[]): { ctx: ServiceContext; sent: { uri: string; count: number }[] } {
  const sent: { uri: string; count: number }[] = [];
  const ctx = {
    registries: { allFiles: () => files, sharedPaths: () => [], duplicateIdProblems: () => new Map(), ignoredDefaults: () => [] },
    client: {
      publishDiagnostics: (uri: string, diagnostics: unknown[]) => void sent.push({ uri, count: diagnostics.length }),
      showMessage: () => undefined,
    },
  } as unknown as ServiceContext;
  return { ctx, sent };
}

const broken: RegistryFileState = {
  path: '/ws/entities.yaml',
  text: 'entities: [',
  problems: [{ start: 0, end: 1, severity: 'error', message: 'YAML syntax error', wholeFile: true }] as RegistryFileState['problems'],
};

test('each server clears only the registry diagnostics it published itself', () => {
  const first = new RegistryProblems();
  const second = new RegistryProblems();
  const withFile = contextWith([broken]);
  first.publish(withFile.ctx);
  assert.deepEqual(withFile.sent, [{ uri: 'file:///ws/entities.yaml', count: 1 }]);

  // The second server never published the file: it has nothing to clear.
  const none = contextWith([]);
  second.publish(none.ctx);
  assert.deepEqual(none.sent, []);

  // The first one did: the file's diagnostics are cleared once it is gone.
  first.publish(none.ctx);
  assert.deepEqual(none.sent, [{ uri: 'file:///ws/entities.yaml', count: 0 }]);
});
