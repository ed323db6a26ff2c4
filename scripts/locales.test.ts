/**
 * Every user-facing string is in both languages' tables, with the same placeholders, and none is
 * written into a page's markup or the meeting tab's elements as a literal instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
type Table = Record<string, { message: string }>;
const table = (lang: string): Table =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Table;
const en = table('en');
const vi = table('vi');

const placeholders = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** Literal text with letters where the teacher reads it: JSX text, labels, and in-page text assignments. */
export function hardCoded(source: string, jsx: boolean): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const letters = /\p{L}{2,}/u;
  if (jsx) {
    // Text between a tag's end and the next tag or expression.
    // An arrow's `=>` is not a tag's end (`() => Promise<T>`).
    for (const m of code.matchAll(/(?<!=)>([^<>{}()=;]+)</g)) if (letters.test(m[1]!)) found.push(m[1]!.trim());
    for (const m of code.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*)"/g))
      if (letters.test(m[1]!)) found.push(m[1]!);
  }
  // In-page elements: textContent, labels and titles set from a literal.
  for (const m of code.matchAll(
    /(?:textContent|title|placeholder|ariaLabel)\s*=\s*(['"`])((?:(?!\1).)*)\1|setAttribute\(\s*'(?:aria-label|title|placeholder)',\s*(['"`])((?:(?!\3).)*)\3/g,
  )) {
    // What a template's expressions insert comes from elsewhere.
    const text = (m[2] ?? m[4] ?? '').replace(/\$\{[^}]*\}/g, '');
    if (letters.test(text)) found.push(text);
  }
  return found;
}

describe('the message tables', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(vi).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in vi))).toEqual([]);
  });

  it('have the same placeholders in both languages, and no empty message', () => {
    const mismatched = Object.keys(en).filter(
      (k) => vi[k] && placeholders(en[k]!.message).join() !== placeholders(vi[k]!.message).join(),
    );
    expect(mismatched).toEqual([]);
    const empty = Object.entries({ ...en, ...vi }).filter(([, v]) => !v.message.trim());
    expect(empty).toEqual([]);
  });

  it('the scan finds a literal where the teacher would read it', () => {
    expect(hardCoded('<p>Saved</p>', true)).toEqual(['Saved']);
    expect(hardCoded('<button aria-label="Close">{x}</button>', true)).toEqual(['Close']);
    expect(hardCoded("el.textContent = 'All clear';", false)).toEqual(['All clear']);
    expect(hardCoded("b.setAttribute('aria-label', 'Hide');", false)).toEqual(['Hide']);
    expect(hardCoded("<p>{t('x')}</p>; el.textContent = s.allClear; el.textContent = '×';", true)).toEqual([]);
    expect(hardCoded('const run = async (action: () => Promise<Status>) => {};', true)).toEqual([]);
  });

  it('no page, panel or overlay writes a user-facing literal', () => {
    const sources = [
      ...files(path.join(ROOT, 'src/ui'), /\.tsx$/).map((f) => [f, true] as const),
      ...files(path.join(ROOT, 'src/content/panel'), /\.ts$/).map((f) => [f, false] as const),
      ...files(path.join(ROOT, 'src/content/overlay'), /\.ts$/).map((f) => [f, false] as const),
    ];
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.flatMap(([f, jsx]) =>
      hardCoded(readFileSync(f, 'utf8'), jsx).map((s) => `${path.relative(ROOT, f)}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every message the code names is in the tables', () => {
    const named = new Set<string>();
    for (const f of [...files(path.join(ROOT, 'src'), /\.tsx?$/)])
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:msg\(\s*[\w.]+,\s*|\bt\(\s*)'([A-Za-z0-9_]+)'/g))
        named.add(m[1]!);
    expect(named.size).toBeGreaterThan(50);
    expect([...named].filter((k) => !(k in en))).toEqual([]);
  });
});
