/**
 * The meeting tab's build keeps only some of the _locales messages (scripts/lib/content-messages.ts).
 * A key its code uses and the build drops would show as the bare key in every class: this fails first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTable, keptForContent } from './lib/content-messages';

const ROOT = path.resolve(import.meta.dirname, '..');
const table = (lang: string) =>
  JSON.parse(readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string; description?: string }
  >;
const KEYS = Object.keys(table('en'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|test-helpers/.test(name) ? [p] : [];
  });
}

/** Every quoted word of the meeting tab's code that is a message key, or the head of a built one (`panel_${…}`). */
function keysUsed(): string[] {
  const code = ['src/content', 'src/platforms']
    .flatMap((d) => sources(path.join(ROOT, d)))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const words = new Set([...code.matchAll(/[`'"]([A-Za-z][\w]*)(?=[`'"]|\$\{)/g)].map((m) => m[1]!));
  return [...words].filter((w) => KEYS.includes(w) || (w.endsWith('_') && KEYS.some((k) => k.startsWith(w))));
}

describe("the meeting tab's messages", () => {
  it('the scan finds the keys the panel and the overlay use', () => {
    expect(keysUsed()).toEqual(expect.arrayContaining(['overlay_close', 'panel_', 'checklist_title']));
  });

  it('every key its code uses is kept by the build', () => {
    expect(keysUsed().filter((k) => !keptForContent(k))).toEqual([]);
  });

  it("keeps those messages' text in both languages and leaves the pages' messages out", () => {
    for (const lang of ['vi', 'en']) {
      const kept = contentTable(table(lang));
      expect(kept['overlay_close']).toEqual({ message: table(lang)['overlay_close']!.message });
      expect(Object.keys(kept).some((k) => k.startsWith('popup_') || k.startsWith('report_'))).toBe(false);
      expect(Object.keys(kept).length).toBeLessThan(KEYS.length / 2);
    }
  });

  it("gives a language's table the English text of a message it lacks, since a tab loads only one", () => {
    const english = { panel_a: { message: 'A' }, panel_b: { message: 'B' }, popup_c: { message: 'C' } };
    const kept = contentTable({ panel_a: { message: 'Ă' } }, english);
    expect(kept).toEqual({ panel_a: { message: 'Ă' }, panel_b: { message: 'B' } });
  });
});
