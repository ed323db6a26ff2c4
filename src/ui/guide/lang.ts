import type { Lang } from '../i18n';

/** The guide's language from its address (?lang=vi|en), so a link or a printout can ask for one. */
export function guideLangFromUrl(search: string): Lang | null {
  const l = new URLSearchParams(search).get('lang');
  return l === 'vi' || l === 'en' ? l : null;
}

/** The guide's address inside the extension, in a language. */
export const GUIDE_PATH = 'src/ui/guide/index.html';
export const guidePath = (lang?: Lang): string => (lang ? `${GUIDE_PATH}?lang=${lang}` : GUIDE_PATH);
