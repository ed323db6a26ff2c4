/** A lone id is kept as itself, not a one-element Set: less heap for the page's collector to trace. */
export class NameIndex {
  private readonly byKey = new Map<string, string | Set<string>>();

  add(key: string, id: string): void {
    if (key === '') return;
    const had = this.byKey.get(key);
    if (had === undefined || had === id) this.byKey.set(key, id);
    else if (typeof had === 'string') this.byKey.set(key, new Set([had, id]));
    else had.add(id);
  }

  remove(key: string, id: string): void {
    const had = this.byKey.get(key);
    if (had === id) this.byKey.delete(key);
    else if (typeof had === 'object') {
      had.delete(id);
      if (had.size === 1) this.byKey.set(key, had.values().next().value!);
    }
  }

  /** In the order they were added. */
  get(key: string): readonly string[] {
    const had = this.byKey.get(key);
    return had === undefined ? [] : typeof had === 'string' ? [had] : [...had];
  }

  clear(): void {
    this.byKey.clear();
  }
}
