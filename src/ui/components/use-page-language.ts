import { useLayoutEffect } from 'preact/hooks';
import type { Lang } from '../i18n';

/** Marks the page's language (for screen readers and hyphenation) and, if given, its title in it. */
export function usePageLanguage(lang: Lang, title?: string): void {
  // A layout effect, so the lang attribute changes in the same commit as the text: a screen reader
  // never reads Vietnamese words with English rules (and tests see both at once).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    if (title !== undefined) document.title = title;
  }, [lang]);
}
