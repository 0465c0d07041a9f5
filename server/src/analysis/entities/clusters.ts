/**
 * The clusters of within-article linking (see link.ts): a union-find over the article's
 * mentions that never joins two different registry ids, nor a registry id and a mention
 * left unlinked on purpose (a shared name whose context fits none of its entries).
 */
import type { EntityMention } from '../types';

/** Mentions joined into entities, by index; each cluster remembers the registry id one of its members carries. */
export class Clusters {
  private readonly parent: number[];
  private readonly ids: (string | undefined)[];
  private readonly barred: boolean[] | undefined;

  constructor(mentions: readonly EntityMention[], unlinked?: ReadonlySet<EntityMention>) {
    this.parent = mentions.map((_, i) => i);
    this.ids = mentions.map((m) => (m.registered ? m.entityId : undefined));
    this.barred = unlinked && unlinked.size > 0 ? mentions.map((m) => unlinked.has(m)) : undefined;
  }

  /** The representative of mention i's cluster. */
  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  }

  /** The registry id of the cluster whose representative is `root`, if a member carries one. */
  registryId(root: number): string | undefined {
    return this.ids[root];
  }

  /** Joins b's cluster into a's; refused (false) when they hold two different registry ids, or a registry id and a mention barred from one. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ids = this.ids;
    const barred = this.barred;
    if (ids[ra] && ids[rb] && ids[ra] !== ids[rb]) return false;
    if (barred && ((barred[ra] && ids[rb]) || (barred[rb] && ids[ra]))) return false;
    this.parent[rb] = ra;
    ids[ra] ??= ids[rb];
    if (barred) barred[ra] ||= barred[rb];
    return true;
  }
}
