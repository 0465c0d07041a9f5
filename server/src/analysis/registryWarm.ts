/**
 * Prepares what the analysis builds lazily, once per registry, on the first article that
 * needs it (the near-miss buckets of the diagnostics, the profiles of disambiguation), in
 * steps. For a 50,000-entity registry each is tens of milliseconds of work and thousands
 * of objects: built in the first hover's analysis, that hover waited for them (issue 15,
 * bench H); built here, between requests, the first analysis finds them ready. The
 * analysis is the same either way.
 */
import { profilesInSteps } from './entities/disambiguate/profile';
import { nearMissInSteps } from './registry/nearMiss';
import type { Registry } from './registry';

/** Builds the registry's lazy indexes, yielding after every `entriesPerStep` entries of each. */
export function* warmRegistryInSteps(registry: Registry, entriesPerStep: number): Generator<void, void, void> {
  yield* nearMissInSteps(registry, entriesPerStep);
  // Profiles are read only for names several entries claim; a registry without any never needs them.
  let shared = false;
  for (const ids of registry.claims.values()) {
    if (ids.length > 1) {
      shared = true;
      break;
    }
  }
  if (shared) yield* profilesInSteps(registry, entriesPerStep);
}
