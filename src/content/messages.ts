/**
 * The meeting tab's strings come from the extension's _locales tables, so the teacher's chosen
 * language applies in the page whatever the browser's UI language is (chrome.i18n knows only the
 * latter). Each language is its own chunk and a tab loads only the one it shows: both together were
 * a tenth of the content script. The build gives each table the English text of any message its
 * language lacks (scripts/lib/content-messages.ts), so one table is enough.
 */
import { fillMessage, type Lang } from '../common/messages';

export type { Lang };
type Table = Record<string, { message: string } | undefined>;

const LOADERS: Record<Lang, () => Promise<{ default: Table }>> = {
  en: () => import('../../public/_locales/en/messages.json'),
  vi: () => import('../../public/_locales/vi/messages.json'),
};
const tables = new Map<Lang, Table>();
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's table once; msg() in that language is complete after it resolves. */
export function loadMessages(lang: Lang): Promise<void> {
  let p = loading.get(lang);
  if (!p) {
    p = LOADERS[lang]().then(
      (m) => void tables.set(lang, m.default),
      (err: unknown) => {
        loading.delete(lang);
        throw err;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** The language's table; before it has loaded, whichever has (English first), so text never goes blank. */
function tableFor(lang: Lang): Table {
  return tables.get(lang) ?? tables.get('en') ?? tables.get('vi') ?? {};
}

/** A message with its $1…$9 filled in; English when the language lacks it; the key when both do. */
export function msg(lang: Lang, key: string, ...subs: (string | number)[]): string {
  return fillMessage({ vi: tableFor('vi'), en: tables.get('en') ?? tableFor('en') }, lang, key, subs);
}

/** Whether the table has the message (a list of steps ends at the first one missing). */
export function has(lang: Lang, key: string): boolean {
  // lookup-ok: message names are written in code, never taken from a page
  return (tableFor(lang)[key] ?? tables.get('en')?.[key]) !== undefined;
}

/**
 * Strings built from each language's messages on first use, kept once that language's table is
 * here: built at import they would hold the keys, since the tables load after the script starts.
 */
export function perLang<T>(build: (lang: Lang) => T): Record<Lang, T> {
  const built = new Map<Lang, T>();
  const get = (lang: Lang): T => {
    let v = built.get(lang);
    if (v === undefined) {
      v = build(lang);
      if (tables.has(lang)) built.set(lang, v);
    }
    return v;
  };
  return {
    get en() {
      return get('en');
    },
    get vi() {
      return get('vi');
    },
  };
}
