/**
 * Lookups shared by the adapters. A hook is either optional (its absence is a state of the page: a
 * panel closed, a screen not shown) or required (some witness proves the thing is on the page, so a
 * miss means the hook rotated and coverage says `selector-missing`; docs/adapters.md#coverage).
 */

/** An optional hook: the first match, or null when the page does not show it. */
export function findOptional(root: ParentNode, selector: string): Element | null {
  return root.querySelector(selector);
}

export interface RequiredLookup {
  el: Element | null;
  /** The witness matched but the hook did not: the client's markup moved away from the selector. */
  missing: boolean;
}

/**
 * A required hook with its witness (a looser selector that matches whenever the thing is there, e.g.
 * any People-panel row). One query answers the common cases: a hit on the hook, or nothing at all.
 */
export function findRequired(root: ParentNode, selector: string, witness: string): RequiredLookup {
  const hit = root.querySelector(`${selector}, ${witness}`);
  const el = hit && !hit.matches(selector) ? root.querySelector(selector) : hit;
  return { el, missing: hit !== null && el === null };
}

/** The first element any of the variants matches, trying them in order (an outer match must not win over an inner one). */
export function firstMatch(root: ParentNode, variants: readonly string[]): Element | null {
  for (const v of variants) {
    const el = root.querySelector(v);
    if (el) return el;
  }
  return null;
}

/**
 * All matches of the first variant that matches anything, current UI first. Cheaper than the
 * combined selector on big lists (no de-duplication across variants).
 */
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
