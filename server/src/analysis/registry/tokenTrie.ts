/**
 * The token trie behind NameMatcher, stored column-wise: a node is a number, its one child
 * (most nodes have none or one) sits in two arrays, and only nodes with several children
 * get a Map. A trie of one Map and one `ids` array per node made a 50,000-entity registry
 * about 90 MB of small objects on the server's thread, and every major garbage collection
 * of the server then paused hovers for hundreds of milliseconds (issue 15, bench H); here
 * the same trie is a few arrays, the root's Map and the keys themselves.
 */

/** "No child" in {@link TokenTrie.child}. */
export const NONE = -1;
/** `only[node]` of a node whose children are in `children` (two or more). */
const MANY = -2;

/** A trie over token keys whose terminal nodes carry entity ids, in the order added. */
export class TokenTrie {
  /** The root's children, by first key (read directly by the matcher's fast paths). */
  readonly root = new Map<string, number>();
  /** Per node: its only child (NONE: a leaf; MANY: see `children`). Node 0 is the root. */
  private readonly only: number[] = [NONE];
  /** Per node: the key of its only child. */
  private readonly onlyKey: string[] = [''];
  /** Children of the nodes that have several. */
  private readonly children = new Map<number, Map<string, number>>();
  /** Per node: the first id whose name ends here, or null. */
  private readonly firstId: (string | null)[] = [null];
  /** Every id of the nodes that several ids claim, first one included, in the order added. */
  private readonly sharedIds = new Map<number, string[]>();

  /** The child of `node` under `key`, or NONE. */
  child(node: number, key: string): number {
    if (node === 0) return this.root.get(key) ?? NONE;
    const only = this.only[node];
    if (only >= 0) return this.onlyKey[node] === key ? only : NONE;
    if (only === NONE) return NONE;
    return this.children.get(node)!.get(key) ?? NONE;
  }

  /** The first id whose name ends at `node`, or null when none does. */
  idAt(node: number): string | null {
    return this.firstId[node];
  }

  /** Every id claiming `node` when there are several (first one included), else undefined. */
  idsAt(node: number): readonly string[] | undefined {
    return this.sharedIds.get(node);
  }

  /** Adds the keys of one name for `id`; an id already there is not added twice. */
  insert(keys: readonly string[], id: string): void {
    let node = 0;
    for (const key of keys) {
      let next = this.child(node, key);
      if (next === NONE) next = this.addChild(node, key);
      node = next;
    }
    const first = this.firstId[node];
    if (first === null) this.firstId[node] = id;
    else if (first !== id) {
      const shared = this.sharedIds.get(node);
      if (!shared) this.sharedIds.set(node, [first, id]);
      else if (!shared.includes(id)) shared.push(id);
    }
  }

  private addChild(node: number, key: string): number {
    const created = this.only.length;
    this.only.push(NONE);
    this.onlyKey.push('');
    this.firstId.push(null);
    if (node === 0) this.root.set(key, created);
    else {
      const only = this.only[node];
      if (only === NONE) {
        this.only[node] = created;
        this.onlyKey[node] = key;
      } else if (only >= 0) {
        this.children.set(
          node,
          new Map([
            [this.onlyKey[node], only],
            [key, created],
          ]),
        );
        this.only[node] = MANY;
        this.onlyKey[node] = '';
      } else this.children.get(node)!.set(key, created);
    }
    return created;
  }
}
