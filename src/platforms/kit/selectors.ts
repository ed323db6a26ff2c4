/**
 * The one shape of a client's selector table (docs/adapters.md#selectors-are-data). Every hook an
 * adapter reads is an entry: its variants (current UI first, older or fallback hooks after it), where
 * each comes from, where it is queried from, and how many elements it must match in each fixture page
 * (test/fixtures/<platform>/<fixture>.<en|vi>.html; a fixture not listed must give 0).
 * test/dom/selectors.test.ts checks every entry of every client against every fixture in real Chromium.
 */
import type { Platform } from '../../shared/model';

/** Expected match counts per fixture page, the same in both UI languages. */
export type FixtureCounts<F extends string> = Partial<Readonly<Record<F, number>>>;

export interface SelectorVariant<F extends string> {
  css: string;
  /** Which UI generation it serves and where it is documented. */
  source: string;
  /**
   * Matches of this variant alone. Left out: the first variant (the current UI, which the fixtures
   * model) must match as the whole entry does, and a later one is not counted on its own.
   */
  fixtures?: FixtureCounts<F>;
}

export interface SelectorSpec<F extends string, S extends string> {
  variants: readonly SelectorVariant<F>[];
  /** Matches of the combined selector (every variant), queried from `scope`. */
  fixtures: FixtureCounts<F>;
  /** Where the adapter queries it from; the test does the same. */
  scope: S | 'document';
}

/**
 * How a scope's root is found in a page: the first `anchor` match, or its closest `closest`
 * ancestor; with `orParent`, the anchor's parent when it has no such ancestor.
 */
export interface ScopeRoot {
  anchor: string;
  closest?: string;
  orParent?: boolean;
}

export interface SelectorTable<F extends string, S extends string, N extends string> {
  platform: Platform;
  /** Every fixture page of the client, as test/fixtures/<platform>/generate.ts writes them. */
  fixtures: readonly F[];
  scopes: Readonly<Record<S, ScopeRoot>>;
  selectors: Readonly<Record<N, SelectorSpec<F, S>>>;
}

/** Checks an entry's shape where it is written, keeping its literal type. */
export function selectorSpec<F extends string, S extends string>(s: SelectorSpec<F, S>): SelectorSpec<F, S> {
  return s;
}

/** The combined selector of an entry (every variant): for existence checks and single lookups. */
export function css(spec: { readonly variants: readonly { readonly css: string }[] }): string {
  return spec.variants.map((v) => v.css).join(', ');
}

/** The variants' selectors, in order (current UI first). */
export function variantCss(spec: { readonly variants: readonly { readonly css: string }[] }): readonly string[] {
  return spec.variants.map((v) => v.css);
}
