/**
 * A map keyed by entity type and a string, for the linker's per-article lookups ("this
 * spelling as a person", "this key as an organization") without building a
 * `${key}|${type}` string for every lookup.
 */
import type { EntityType } from '../types';

/** Values by entity type, then by text. */
export class ByTypeAndText<V> {
  private readonly byType = new Map<EntityType, Map<string, V>>();

  get(type: EntityType, text: string): V | undefined {
    return this.byType.get(type)?.get(text);
  }

  set(type: EntityType, text: string, value: V): void {
    let byText = this.byType.get(type);
    if (!byText) this.byType.set(type, (byText = new Map()));
    byText.set(text, value);
  }
}
