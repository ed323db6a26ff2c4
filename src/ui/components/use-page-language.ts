import { useEffect } from 'preact/hooks';
import type { Lang } from '../i18n';

/** Marks the page's language (for screen readers and hyphenation) and, if given, its title in it. */
export function usePageLanguage(lang: Lang, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    if (title !== undefined) document.title = title;
  }, [lang]);
}
