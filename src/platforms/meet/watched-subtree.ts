/**
 * A parsed view of one DOM subtree that is recomputed only after the subtree changed. A
 * MutationObserver marks it dirty (one flag per batch); pending records are taken synchronously on
 * read, so a change made earlier in the same task is never missed.
 *
 * With an `update` function the view is kept incrementally instead: the records since the last read
 * go to `update`, which returns the new view or null to recompute it whole. Only for subtrees whose
 * mutations are few and meaningful (the chat: a handful of records per message); the People panel,
 * where speaking indicators flip every frame, keeps the dirty flag and never walks records.
 */
export class WatchedSubtree<T> {
  private dirty = true;
  private value: T | undefined;
  private records: MutationRecord[] = [];
  private readonly observer: MutationObserver;

  constructor(
    readonly root: Element,
    init: MutationObserverInit,
    private readonly update?: (previous: T, records: readonly MutationRecord[]) => T | null,
  ) {
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(root, init);
  }

  /** The watch on `root`: `current` while it watches that very element, else a new one (`current` let go). */
  static follow<T>(current: WatchedSubtree<T> | null, root: Element | null, init: MutationObserverInit): WatchedSubtree<T> | null {
    if (current?.root === root) return current;
    current?.disconnect();
    return root ? new WatchedSubtree<T>(root, init) : null;
  }

  private note(records: MutationRecord[]): void {
    if (records.length === 0) return;
    this.dirty = true;
    if (this.update && this.value !== undefined) for (const r of records) this.records.push(r);
  }

  read(compute: (root: Element) => T): T {
    this.note(this.observer.takeRecords());
    if (this.dirty || this.value === undefined) {
      const records = this.records;
      this.records = [];
      const updated = this.update && this.value !== undefined ? this.update(this.value, records) : null;
      this.value = updated ?? compute(this.root);
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
    this.records = [];
  }
}
