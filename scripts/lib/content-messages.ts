/**
 * The meeting tab bundles its strings (src/content/messages.ts), but only the messages it shows:
 * every tab of a class holds them, and the full tables (popup, settings, report, guide) are over
 * twice the rest of the content script. The build keeps the keys that start with these prefixes;
 * `scripts/content-messages.test.ts` fails when the meeting tab's code uses a key they miss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const CONTENT_MESSAGE_PREFIXES = [
  'extName',
  'panel_',
  'overlay_',
  'checklist_',
  'child_',
  'rules_',
  'guide_open',
] as const;

const QUERY = '?content-messages';
const IMPORTER = /[\\/]src[\\/]content[\\/]messages\.ts$/;
const TABLE = /_locales\/[\w-]+\/messages\.json$/;

export const keptForContent = (key: string): boolean => CONTENT_MESSAGE_PREFIXES.some((p) => key.startsWith(p));

type Table = Record<string, { message: string }>;

/**
 * A _locales table with the meeting tab's messages only, and of each only its text; with `english`,
 * its missing messages in English, since a tab loads one language's table and no other.
 */
export function contentTable(table: Table, english: Table = {}): Table {
  return Object.fromEntries(
    Object.entries({ ...english, ...table })
      .filter(([key]) => keptForContent(key))
      .map(([key, { message }]) => [key, { message }]),
  );
}

/** For the build only: tests and the DOM harness bundle the whole tables, which changes no text. */
export function contentMessages(): Plugin {
  return {
    name: 'class-guard-content-messages',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !IMPORTER.test(importer) || !TABLE.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Table;
      const english = read(path.join(path.dirname(file), '..', 'en', 'messages.json'));
      return `export default ${JSON.stringify(contentTable(read(file), english))};`;
    },
  };
}
