/** The _locales text a user sees, for tests to compare pages with, in both languages. */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';

export type Lang = 'en' | 'vi';
export const TABLES: Record<Lang, Record<string, { message: string }>> = { en, vi };

/** A message with $1… filled; throws on a key the table lacks, so no test compares a page with a bare key. */
export function msg(lang: Lang, key: string, ...subs: string[]): string {
  const m = TABLES[lang][key];
  if (!m) throw new Error(`no message ${key} in ${lang}`);
  return m.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
