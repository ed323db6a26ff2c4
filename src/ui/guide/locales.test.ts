/** The guide, the checklist and the class rules render in both languages: every key of theirs is in both tables. */
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import vi from '../../../public/_locales/vi/messages.json';

const PREFIXES = ['guide_', 'checklist_', 'rules_'];
type Table = Record<string, { message: string }>;
const keysOf = (t: Table) => Object.keys(t).filter((k) => PREFIXES.some((p) => k.startsWith(p)));

describe('guide, checklist and rules strings', () => {
  it('every key is in both languages, with text', () => {
    const a = keysOf(en as Table).sort();
    const b = keysOf(vi as Table).sort();
    expect(a.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
    for (const k of a) {
      expect((en as Table)[k]!.message.trim(), k).not.toBe('');
      expect((vi as Table)[k]!.message.trim(), k).not.toBe('');
    }
  });

  it('the Vietnamese text is Vietnamese, not a copy of the English', () => {
    const same = keysOf(en as Table).filter(
      (k) => (en as Table)[k]!.message === (vi as Table)[k]!.message && /[a-z]{4}/i.test((en as Table)[k]!.message),
    );
    expect(same).toEqual([]);
  });
});
