/**
 * Re-parsed only after its subtree changed; pending records are taken on read, so a change earlier in
 * the task is never missed. Only for subtrees that change seldom: the callback runs in the page's task
 * (the chat is read without one).
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

  /** `current` while it watches that very element, else a new one. */
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

  last(): T | undefined {
    return this.value;
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}

/**
 * Not class or style, which speaking indicators flip every frame (Meet sets a row's identity
 * classes once, when it renders the row).
 */
export const READ_MUTATIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'data-participant-id'],
};
