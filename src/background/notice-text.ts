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

import { chosenLang, fillMessage, type Lang, type MessageTables } from '../common/messages';

export type { Lang };
const TABLES: MessageTables = { en, vi };

export const langOf = (setting: Settings['language'] | undefined, browser: string | undefined): Lang =>
  chosenLang(setting, browser);

/** A message with its $1…$9 filled in; English when the language lacks it; the key when both do. */
export function text(lang: Lang, key: string, ...subs: (string | number)[]): string {
  return fillMessage(TABLES, lang, key, subs);
}

export const categoryText = (lang: Lang, c: FindingCategory): string => text(lang, `category_${c.replace(/-/g, '_')}`);

const chosen = settingsDerived((s) => s.language);

/** The teacher's language now; the browser's when the settings cannot be read. */
export async function noticeLang(): Promise<Lang> {
  const setting = await chosen().catch(() => undefined);
  return langOf(setting, uiLanguage());
}
