/**
 * A parsed view of one DOM subtree that is recomputed only after the subtree changed. A
 * MutationObserver marks it dirty (one flag per batch); pending records are taken synchronously on
 * read, so a change made earlier in the same task is never missed. For subtrees that change seldom
 * (the People panel, whose speaking indicators flip classes the observer ignores; the toolbar; the
 * stage's tiles): an observer's callback runs in the page's own task after each change, so a subtree
 * that changes many times a second (the chat) is better read without one (chat.ts).
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

  /** The watch on `root`: `current` while it watches that very element, else a new one (`current` let go). */
  static follow<T>(
    current: WatchedSubtree<T> | null,
    root: Element | null,
    init: MutationObserverInit,
  ): WatchedSubtree<T> | null {
    if (current?.root === root) return current;
    current?.disconnect();
    return root ? new WatchedSubtree<T>(root, init) : null;
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

/**
 * What changes the reading of the People panel or the toolbar: rows added or removed, names, role
 * lines and texts edited, a row's name label. Not class or style, which speaking indicators flip
 * every frame (assumption: Meet sets a row's identity classes once, when it renders the row, so a
 * row never turns into a waiting row in place).
 */
export const READ_MUTATIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'data-participant-id'],
};
