/**
 * The _locales tables, read the same way by the meeting tab, the worker and the pages: each bundles
 * the tables it needs (the tab only its own messages), so the teacher's chosen language applies
 * whatever the browser's is (the extension i18n API knows only the latter).
 */
export type Lang = 'vi' | 'en';
export type MessageTables = Record<Lang, Record<string, { message: string } | undefined>>;

/** A message with its $1…$9 filled in; English when the language lacks it; the key when both do. */
export function fillMessage(
  tables: MessageTables,
  lang: Lang,
  key: string,
  subs: readonly (string | number)[],
): string {
  // "1 incident", not "1 incidents": a language's `<key>_one`, where it has one, when $1 is 1.
  // lookup-ok: message names are written in code, never taken from a page
  const one = String(subs[0]) === '1' ? tables[lang][`${key}_one`]?.message : undefined;
  // lookup-ok: as above
  const text = one ?? tables[lang][key]?.message ?? tables.en[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The language chosen in settings; with "auto", the browser's (Vietnamese or else English). */
export function chosenLang(setting: string | undefined, browser: string | undefined): Lang {
  if (setting === 'vi' || setting === 'en') return setting;
  return (browser ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
