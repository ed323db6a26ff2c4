/** What the meeting tab's checklist card needs from the extension: its strings in a chosen language, and the guide opened. */
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { extensionUrl } from '../browser/runtime';
import { openTab } from '../browser/tabs';

type Table = Record<string, { message: string }>;
const TABLES: ReadonlyMap<'vi' | 'en', Table> = new Map([
  ['en', en as Table],
  ['vi', vi as Table],
]);

/** The card's: the checklist's own, the rules' and the guide's link. */
const forCard = (key: string): boolean =>
  key.startsWith('checklist_') || key.startsWith('rules_') || key === 'guide_open';

export function localeMessages(lang: 'vi' | 'en'): [string, string][] {
  const table = TABLES.get(lang) ?? (en as Table);
  return Object.entries(table)
    .filter(([k]) => forCard(k))
    .map(([k, v]) => [k, v.message]);
}

export async function openGuide(lang: 'vi' | 'en'): Promise<void> {
  await openTab(extensionUrl(`src/ui/guide/index.html?lang=${lang}`));
}
