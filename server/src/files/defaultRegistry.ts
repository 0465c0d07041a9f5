/**
 * A folder's own registry: the first of entities.yaml, entities.yml, entities.json that
 * exists there. One rule for the editor (registryStore.ts) and `news-lens check` with no
 * file named, so the check checks what the editor reads. The other default names beside
 * it are ignored by both, and both say so on each such file: its entries would otherwise
 * be missing, and its errors unseen, without a word.
 */

/** The default registry file names at a folder's root, in order of preference. */
export const DEFAULT_REGISTRY_NAMES = ['entities.yaml', 'entities.yml', 'entities.json'];

/** The default name a folder uses and the ones it ignores, given which of them exist there. */
export function defaultRegistryChoice(exists: (name: string) => boolean): { used?: string; ignored: string[] } {
  const present = DEFAULT_REGISTRY_NAMES.filter(exists);
  return { used: present[0], ignored: present.slice(1) };
}

/** The warning on an ignored default registry file, naming the one in use (a name in the same folder). */
export function ignoredRegistryMessage(used: string): string {
  return `This file is ignored: ${used} is this folder's registry (the first of ${DEFAULT_REGISTRY_NAMES.join(', ')} that exists). To use its entries, move them into ${used} or add this file to newsLens.registries (on the command line, name both files).`;
}
