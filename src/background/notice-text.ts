/**
 * The worker's notification text, from the bundled _locales tables in the language the teacher chose
 * (auto: the browser's). chrome.i18n alone knows only the browser's UI language.
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import type { FindingCategory } from '../common/model';
import type { Settings } from '../common/settings';
import { uiLanguage } from '../browser/i18n';
import { settingsDerived } from './settings-store';

export type Lang = 'vi' | 'en';
type Table = Record<string, { message: string } | undefined>;
const TABLES: Record<Lang, Table> = { en, vi };

export function langOf(setting: Settings['language'] | undefined, browser: string | undefined): Lang {
  if (setting === 'vi' || setting === 'en') return setting;
  return (browser ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** A message with its $1…$9 filled in; English when the language lacks it; the key when both do. */
export function text(lang: Lang, key: string, ...subs: (string | number)[]): string {
  // lookup-ok: message names are written in code, never taken from a page
  const found = TABLES[lang][key]?.message ?? TABLES.en[key]?.message ?? key;
  return found.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

export const categoryText = (lang: Lang, c: FindingCategory): string => text(lang, `category_${c.replace(/-/g, '_')}`);

const chosen = settingsDerived((s) => s.language);

/** The teacher's language now; the browser's when the settings cannot be read. */
export async function noticeLang(): Promise<Lang> {
  const setting = await chosen().catch(() => undefined);
  return langOf(setting, uiLanguage());
}
