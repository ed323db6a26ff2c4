/**
 * Page strings come from the same _locales tables the browser uses, so the teacher's language choice
 * in settings can override the browser's (the extension i18n API alone cannot).
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { uiLanguage } from '../browser/i18n';

import { chosenLang, fillMessage, type Lang, type MessageTables } from '../common/messages';

export type { Lang };
const TABLES: MessageTables = { en, vi };

export const pickLang = (setting: 'auto' | Lang | undefined): Lang =>
  chosenLang(setting, uiLanguage() ?? navigator.language);

export function translator(lang: Lang): (key: string, ...subs: string[]) => string {
  return (key, ...subs) => fillMessage(TABLES, lang, key, subs);
}
