/**
 * A parsed view of one DOM subtree that is recomputed only after the subtree changed. A
 * MutationObserver marks it dirty (one flag per batch, records are never walked); pending records
 * are taken synchronously on read, so a change made earlier in the same task is never missed.
 */
export class WatchedSubtree<T> {
  private dirty = true;
  private value: T | undefined;
  private readonly observer: MutationObserver;

  constructor(
    readonly root: Element,
    init: MutationObserverInit,
  ) {
    this.observer = new MutationObserver(() => {
      this.dirty = true;
    });
    this.observer.observe(root, init);
  }

  read(compute: (root: Element) => T): T {
    if (this.observer.takeRecords().length > 0) this.dirty = true;
    if (this.dirty || this.value === undefined) {
      this.value = compute(this.root);
      this.dirty = false;
    }
    return this.value;
  }

  /** The last value read, without looking for changes (undefined before the first read). */
  last(): T | undefined {
    return this.value;
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}
