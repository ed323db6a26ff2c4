/**
 * The meeting tab's strings come from the extension's _locales tables, bundled, so the teacher's chosen
 * language applies in the page whatever the browser's UI language is (chrome.i18n knows only the latter).
 */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';

import { fillMessage, type Lang, type MessageTables } from '../common/messages';

export type { Lang };
const TABLES: MessageTables = { en, vi };

/** A message with its $1…$9 filled in; English when the language lacks it; the key when both do. */
export function msg(lang: Lang, key: string, ...subs: (string | number)[]): string {
  return fillMessage(TABLES, lang, key, subs);
}

/** Whether the table has the message (a list of steps ends at the first one missing). */
export function has(lang: Lang, key: string): boolean {
  // lookup-ok: as above
  return TABLES[lang][key] !== undefined;
}
