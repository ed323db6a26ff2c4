/**
 * Page strings come from the same _locales tables the browser uses, so the teacher's language choice
 * in settings can override the browser's (the extension i18n API alone cannot).
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { uiLanguage } from '../browser/i18n';

export type Lang = 'vi' | 'en';
type Table = Record<string, { message: string }>;
const TABLES: Record<Lang, Table> = { en, vi };

export function pickLang(setting: 'auto' | Lang | undefined): Lang {
  if (setting === 'vi' || setting === 'en') return setting;
  const ui = uiLanguage() ?? navigator.language;
  return ui.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function translator(lang: Lang): (key: string, ...subs: string[]) => string {
  return (key, ...subs) => {
    // lookup-ok: message names are written in code, never taken from a page
    const msg = TABLES[lang][key]?.message ?? TABLES.en[key]?.message ?? key;
    return msg.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
