/** The panel's strings, from the _locales tables (content/messages.ts says why they are bundled). */
import { FINDING_CATEGORIES } from '../../common/detection';
import type { FindingCategory } from '../../common/model';
import { msg, perLang, type Lang } from '../messages';

export interface PanelStrings {
  region: string;
  headerHint: string;
  expand: string;
  collapse: string;
  allClear: string;
  open(n: number): string;
  review(n: number): string;
  urgent: string;
  raidWho(n: number): string;
  unknownName: string;
  more(n: number): string;
  /** The button showing the entries beyond the first ENTRIES_SHOWN (view.ts). */
  showAll: string;
  dismiss: string;
  note: string;
  notePlaceholder: string;
  saveNote: string;
  cancel: string;
  showInList: string;
  inMyClass: string;
  inClassFailed: string;
  notInList: string;
  shownInList: string;
  whatToDo: string;
  /** The name of the button opening the safety guide (a "?" icon, so the header keeps room for the count). */
  guide: string;
  /** Before the count in the header while the guard is paused (the foot says the rest). */
  pausedShort: string;
  announce(category: string, who: string): string;
  /** Why a name is suspicious (name-why.ts). */
  whyLookalike(letter: string, script: string, code: string, latin: string): string;
  whyInvisible(code: string): string;
  whyBidi(code: string): string;
  imitates: string;
  /** A script's name ("Cyrillic"); "foreign" for one without a name here. */
  script(name: string | undefined): string;
  locale: string;
  category: Record<FindingCategory, string>;
}

/** The scripts explain.ts names that have a word of their own in the tables. */
const SCRIPTS: ReadonlySet<string> = new Set(['Cyrillic', 'Greek', 'Latin', 'Armenian', 'Cherokee']);

/** Not shown: the locale times are formatted in. */
const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN' };

function build(lang: Lang): PanelStrings {
  const m = (key: string, ...subs: (string | number)[]) => msg(lang, `panel_${key}`, ...subs);
  const category = {} as Record<FindingCategory, string>;
  for (const c of FINDING_CATEGORIES) category[c] = m(`cat_${c.replace(/-/g, '_')}`);
  return {
    region: m('region'),
    headerHint: m('header_hint'),
    expand: m('expand'),
    collapse: m('collapse'),
    allClear: m('all_clear'),
    open: (n) => (n === 1 ? m('open_one') : m('open_many', n)),
    review: (n) => m('review', n),
    urgent: m('urgent'),
    raidWho: (n) => (n === 1 ? m('raid_who_one') : m('raid_who_many', n)),
    unknownName: m('unknown_name'),
    more: (n) => m('more', n),
    showAll: m('show_all'),
    dismiss: m('dismiss'),
    note: m('note'),
    notePlaceholder: m('note_placeholder'),
    saveNote: m('save_note'),
    cancel: m('cancel'),
    showInList: m('show_in_list'),
    inMyClass: m('in_my_class'),
    inClassFailed: m('in_class_failed'),
    notInList: m('not_in_list'),
    shownInList: m('shown_in_list'),
    whatToDo: m('what_to_do'),
    guide: m('guide'),
    pausedShort: m('paused_short'),
    announce: (c, who) => m('announce', c, who),
    whyLookalike: (letter, script, code, latin) => m('why_lookalike', letter, script, code, latin),
    whyInvisible: (code) => m('why_invisible', code),
    whyBidi: (code) => m('why_bidi', code),
    imitates: m('why_imitates'),
    script: (name) => (name && SCRIPTS.has(name) ? m(`script_${name.toLowerCase()}`) : m('script_other')),
    locale: LOCALES[lang],
    category,
  };
}

export const PANEL_STRINGS: Record<Lang, PanelStrings> = perLang(build);

/** Local time in the teacher's language; the log's own string when it cannot be read. */
export function localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return timeFormat(lang).format(d);
}

// A formatter is costly to make and the panel formats a time for every finding it shows.
const formats = new Map<Lang, Intl.DateTimeFormat>();
function timeFormat(lang: Lang): Intl.DateTimeFormat {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(PANEL_STRINGS[lang].locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(lang, f);
  }
  return f;
}
