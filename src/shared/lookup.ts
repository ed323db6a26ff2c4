/**
 * Tables looked up with text from the page (names, chat words) are Maps: a plain object's keys
 * include its prototype's, so "constructor" or "__proto__" would find a function, not "no entry".
 */
export function lookupTable<V>(entries: { readonly [key: string]: V }): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}
