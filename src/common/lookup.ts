/** Page text is looked up in a Map: in a plain object "constructor" would find a function. */
export function lookupTable<V>(entries: { readonly [key: string]: V }): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}
