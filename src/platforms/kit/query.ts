/**
 * A hook is optional (its absence is a state of the page) or required: a witness proves the thing
 * is there, so a miss means the hook rotated (docs/adapters.md#coverage).
 */

export function findOptional(root: ParentNode, selector: string): Element | null {
  return root.querySelector(selector);
}

export interface RequiredLookup {
  el: Element | null;
  /** The client's markup moved away from the selector. */
  missing: boolean;
}

/** The witness is a looser selector (e.g. any People-panel row); one query answers the common cases. */
export function findRequired(root: ParentNode, selector: string, witness: string): RequiredLookup {
  const hit = root.querySelector(`${selector}, ${witness}`);
  const el = hit && !hit.matches(selector) ? root.querySelector(selector) : hit;
  return { el, missing: hit !== null && el === null };
}

/** In variant order: an outer match must not win over an inner one. */
export function firstMatch(root: ParentNode, variants: readonly string[]): Element | null {
  for (const v of variants) {
    const el = root.querySelector(v);
    if (el) return el;
  }
  return null;
}

/** Cheaper than the combined selector on big lists: no de-duplication across variants. */
export function queryFirstVariant(
  root: ParentNode,
  variants: readonly string[],
): ArrayLike<Element> & Iterable<Element> {
  let found: NodeListOf<Element> | null = null;
  for (const v of variants) {
    found = root.querySelectorAll(v);
    if (found.length > 0) break;
  }
  return found ?? [];
}
