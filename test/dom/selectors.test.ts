/**
 * Every client's selector table against every fixture page of that client, in real Chromium, in
 * English and Vietnamese UI. For each entry: the combined selector (all variants) matches as many
 * elements as it declares, queried from its scope as the adapter queries it; each variant with its
 * own counts matches those; a first variant (the current UI, which the fixtures model) without its
 * own counts matches as the whole entry does. The fixture pages on disk are exactly the table's, as
 * the client's test/fixtures/<platform>/generate.ts makes them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScopeRoot, SelectorSpec, SelectorTable } from '../../src/platforms/kit/selectors';
import { MEET_TABLE } from '../../src/platforms/meet/selectors';
import { TEAMS_TABLE } from '../../src/platforms/teams/selectors';
import { ZOOM_TABLE } from '../../src/platforms/zoom/selectors';
import { GENERATORS, stalePages } from '../fixtures/generate';
import { FIXTURES, fixture, launch, serve } from '../support/browser';
import { TEAMS_URL } from './teams-page';

const LANGS = ['en', 'vi'] as const;
type AnyTable = SelectorTable<string, string, string>;

/** Each client's fixtures are served at one of its real meeting URLs, as its DOM tests do. */
const CLIENTS: readonly { table: AnyTable; url: string }[] = [
  { table: MEET_TABLE as AnyTable, url: 'https://meet.google.com/abc-defg-hij' },
  { table: ZOOM_TABLE as AnyTable, url: 'https://app.zoom.us/wc/81234567890/join' },
  { table: TEAMS_TABLE as AnyTable, url: TEAMS_URL },
];

interface Query {
  label: string;
  css: string;
  scope: string;
  want: number;
}

/** The counts to check on one fixture: the entry's, and its variants' where declared or implied. */
function queriesFor(table: AnyTable, fx: string): Query[] {
  const out: Query[] = [];
  for (const [name, spec] of Object.entries(table.selectors) as [string, SelectorSpec<string, string>][]) {
    const whole = spec.fixtures[fx] ?? 0;
    out.push({ label: name, css: spec.variants.map((v) => v.css).join(', '), scope: spec.scope, want: whole });
    spec.variants.forEach((v, i) => {
      if (!v.fixtures && i > 0) return;
      const want = v.fixtures ? (v.fixtures[fx] ?? 0) : whole;
      out.push({ label: `${name} variant ${i} "${v.css}"`, css: v.css, scope: spec.scope, want });
    });
  }
  return out;
}

async function countIn(
  page: Page,
  queries: readonly Query[],
  scopes: Readonly<Record<string, ScopeRoot>>,
): Promise<number[]> {
  return page.evaluate(
    (qs, sc) => {
      const roots = new Map<string, ParentNode | null>([['document', document]]);
      for (const [name, def] of Object.entries(sc)) {
        const anchor = document.querySelector(def.anchor);
        const root =
          !anchor || !def.closest
            ? anchor
            : (anchor.closest(def.closest) ?? (def.orParent ? anchor.parentElement : null));
        roots.set(name, root);
      }
      return qs.map((q) => roots.get(q.scope)?.querySelectorAll(q.css).length ?? 0);
    },
    queries,
    scopes,
  );
}

type Browser = Awaited<ReturnType<typeof launch>>;
let browser: Browser;
let page: Page;
let html = '';

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  const routes = new Map(CLIENTS.map((c) => [new URL(c.url).origin + '/', () => html]));
  await serve(page, Object.fromEntries(routes));
});

afterAll(async () => {
  await browser?.cleanup();
});

describe.each(CLIENTS)('$table.platform selector table', ({ table, url }) => {
  it('lists exactly the fixture pages on disk', () => {
    const files = readdirSync(path.join(FIXTURES, table.platform)).filter((f) => f.endsWith('.html'));
    const expected = table.fixtures.flatMap((fx) => LANGS.map((l) => `${fx}.${l}.html`));
    expect([...files].sort()).toEqual([...expected].sort());
  });

  it('has the fixture pages its generate.ts makes, byte for byte', async () => {
    const generator = await GENERATORS.get(table.platform)!();
    expect([...generator.FIXTURES].sort()).toEqual([...table.fixtures].sort());
    expect(await stalePages(table.platform, await generator.generate())).toEqual([]);
  });

  describe.each(LANGS)('%s UI', (lang) => {
    it.each(table.fixtures)('every entry and variant matches %s as declared', async (fx) => {
      html = fixture(`${table.platform}/${fx}.${lang}.html`);
      // Same URL again would be a same-document navigation for a hash URL: leave the page first.
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
      const queries = queriesFor(table, fx);
      const counts = await countIn(page, queries, table.scopes);
      const mismatches = queries.flatMap((q, i) =>
        counts[i] === q.want ? [] : [`${q.label}: ${counts[i]}, declared ${q.want}`],
      );
      expect(mismatches).toEqual([]);
    });
  });
});
