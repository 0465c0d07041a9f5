/**
 * A small registry in the style of samples/entities.yaml with the entities the
 * seed articles share, written into a temporary workspace folder for a test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Registry text naming the people, places and agreement the two seeds share. */
export const SEED_REGISTRY = `# Registry used by the tests (our own entries, written for them)
entities:
  - id: yoshihide-suga
    name: Yoshihide Suga
    type: person
    aliases: [Suga]
    description: Chief Cabinet Secretary of Japan
    roles: [Chief Cabinet Secretary, top government spokesperson]
  - id: gsomia
    name: General Security of Military Information Agreement
    type: law
    aliases: [GSOMIA]
  - id: japan
    name: Japan
    type: place
  - id: south-korea
    name: South Korea
    type: place
    aliases: [S. Korea]
  - id: shinzo-abe
    name: Shinzo Abe
    type: person
    aliases: [Abe]
`;

/** Creates a temporary workspace folder holding `entities.yaml` with `registry`. */
export function workspaceWithRegistry(registry = SEED_REGISTRY): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-test-'));
  writeFileSync(join(dir, 'entities.yaml'), registry);
  return dir;
}
