/**
 * docs/adapters.md#selectors-are-data; test/dom/selectors.test.ts checks every entry against every
 * fixture in real Chromium (a fixture not listed must give 0).
 */
import type { Platform } from '../../common/model';

export type FixtureCounts<F extends string> = Partial<Readonly<Record<F, number>>>;

export interface SelectorVariant<F extends string> {
  css: string;
  source: string;
  /** Left out: the first variant must match as the whole entry does; later ones are not counted alone. */
  fixtures?: FixtureCounts<F>;
}

export interface SelectorSpec<F extends string, S extends string> {
  variants: readonly SelectorVariant<F>[];
  fixtures: FixtureCounts<F>;
  scope: S | 'document';
}

/** The first `anchor` match, or its `closest` ancestor; with `orParent`, the anchor's parent when none. */
export interface ScopeRoot {
  anchor: string;
  closest?: string;
  orParent?: boolean;
}

export interface SelectorTable<F extends string, S extends string, N extends string> {
  platform: Platform;
  fixtures: readonly F[];
  scopes: Readonly<Record<S, ScopeRoot>>;
  selectors: Readonly<Record<N, SelectorSpec<F, S>>>;
}

/** Keeps the entry's literal type. */
export function selectorSpec<F extends string, S extends string>(s: SelectorSpec<F, S>): SelectorSpec<F, S> {
  return s;
}

export function css(spec: { readonly variants: readonly { readonly css: string }[] }): string {
  return spec.variants.map((v) => v.css).join(', ');
}

export function variantCss(spec: { readonly variants: readonly { readonly css: string }[] }): readonly string[] {
  return spec.variants.map((v) => v.css);
}
