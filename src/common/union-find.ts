// Disjoint sets over 0..n-1 (source families, linked name spellings): near-linear, never all pairs.

export class UnionFind {
  private readonly parent: number[];

  constructor(size = 0) {
    // (a loop, not Array.from over an array-like with a mapper: that path was 1% of a story's linking)
    this.parent = [];
    for (let i = 0; i < size; i++) this.parent.push(i);
  }

  /** A new set of one element; returns the element. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]];
    return x;
  }

  /** Put `child`'s set under `root` (which stays the root). */
  attach(child: number, root: number): void {
    const rc = this.find(child);
    if (rc !== root) this.parent[rc] = root;
  }

  /** Join two sets; the lower element becomes the root, so a set is named by its first member. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
