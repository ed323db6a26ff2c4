import { describe, expect, it } from 'vitest';
import { chosenLang, fillMessage, type MessageTables } from './messages';

const TABLES: MessageTables = {
  en: { hello: { message: 'Hello $1, $2 new' }, only_en: { message: 'English only' } },
  vi: { hello: { message: 'Chào $1, $2 mới' } },
};

describe('messages from the _locales tables', () => {
  it('fills $1…$9 in the chosen language, English where it lacks one, the key where both do', () => {
    expect(fillMessage(TABLES, 'vi', 'hello', ['Lan', 3])).toBe('Chào Lan, 3 mới');
    expect(fillMessage(TABLES, 'vi', 'only_en', [])).toBe('English only');
    expect(fillMessage(TABLES, 'en', 'missing_key', [])).toBe('missing_key');
    expect(fillMessage(TABLES, 'en', 'hello', ['A'])).toBe('Hello A,  new');
  });
  it("follows the setting, and the browser's language on auto", () => {
    expect(chosenLang('en', 'vi-VN')).toBe('en');
    expect(chosenLang('auto', 'vi-VN')).toBe('vi');
    expect(chosenLang('auto', 'fr')).toBe('en');
    expect(chosenLang(undefined, undefined)).toBe('en');
  });
});

describe('a count of one', () => {
  const tables = {
    en: { n_items: { message: '$1 items in “$2”' }, n_items_one: { message: '$1 item in “$2”' } },
    vi: { n_items: { message: '$1 mục trong “$2”' } },
  };
  it("takes the language's <key>_one when $1 is 1, the plural otherwise", () => {
    expect(fillMessage(tables, 'en', 'n_items', ['1', 'A'])).toBe('1 item in “A”');
    expect(fillMessage(tables, 'en', 'n_items', [1, 'A'])).toBe('1 item in “A”');
    expect(fillMessage(tables, 'en', 'n_items', ['2', 'A'])).toBe('2 items in “A”');
    expect(fillMessage(tables, 'en', 'n_items', ['11', 'A'])).toBe('11 items in “A”');
    // Vietnamese has no plural: without a _one of its own it keeps its one message.
    expect(fillMessage(tables, 'vi', 'n_items', ['1', 'A'])).toBe('1 mục trong “A”');
  });
});
