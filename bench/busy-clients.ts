/**
 * The busy meeting of the page-overhead benches on each client's fixture: 1,000 people in the
 * People list, 20 chat messages a second, and the page's own churn every animation frame (speaking
 * indicators on the rows in view). content-overhead.bench.ts measures it with and without the
 * extension; meet is its first client, zoom-overhead and teams-overhead the others.
 */
import type { Page } from 'puppeteer-core';
import { fixture, teamsScenarioPage } from '../test/support/browser';
import type { Route } from '../test/support/browser';

export const PEOPLE = 1000;

export interface BusyClient {
  /** As the table names it: "busy Meet page". */
  label: string;
  /** The meeting's URL for round `i` at the real host, or at a look-alike one (`tag`) where nothing runs. */
  url(i: number, lookalike: string | null): string;
  routes(url: string): Record<string, Route>;
  /** The class on the page, nothing moving yet. */
  fill(page: Page): Promise<void>;
  /** Starts the chat (20 messages a second) and the churn (every frame); the frames are counted in `benchFrames`. */
  start(page: Page): Promise<void>;
}

const student = (i: number) => `Học sinh ${i}`;

/** Chat every 50 ms from `post`, and the class `speaking` toggled on a few of `churnCss`'s elements each frame. */
function startIn(page: Page, driver: string, churnCss: string, requery: boolean): Promise<void> {
  return page.evaluate(
    (driver, churnCss, senders, requery) => {
      const s = (window as unknown as Record<string, { post(a: string, b: string): void }>)[driver]!;
      let n = 0;
      setInterval(() => s.post(senders[n % senders.length]!, `câu trả lời số ${n++} của em ạ`), 50);
      let f = 0;
      const fixed = requery ? null : Array.from(document.querySelectorAll(churnCss));
      const churn = () => {
        f++;
        (window as unknown as { benchFrames: number }).benchFrames = f;
        // Zoom and Teams re-render their lists: looked up each frame there.
        const els = fixed ?? Array.from(document.querySelectorAll(churnCss));
        for (let i = f % 5; i < els.length; i += 25) els[i]!.classList.toggle('speaking');
        requestAnimationFrame(churn);
      };
      requestAnimationFrame(churn);
    },
    driver,
    churnCss,
    Array.from({ length: 40 }, (_, i) => student(i)),
    requery,
  );
}

export const MEET: BusyClient = {
  label: 'Meet',
  url: (i, lookalike) => {
    const code = `ben-chma-rk${String.fromCharCode(97 + (i % 26))}`;
    return lookalike ? `https://meet.google.com.${lookalike}.test/${code}` : `https://meet.google.com/${code}`;
  },
  routes: (url) => ({ [new URL(url).origin + '/']: fixture('meet/in-call-people.en.html') }),
  async fill(page) {
    await page.addScriptTag({ content: fixture('meet/scenario.js') });
    await page.evaluate((people) => {
      const s = (
        window as unknown as {
          meetScenario: { join(n: string, id: string): void; openChat(): void; openPeople(): void };
        }
      ).meetScenario;
      for (let i = 0; i < people - 7; i++) s.join(`Học sinh ${i}`, String(1000 + i));
      s.openChat();
      s.openPeople();
    }, PEOPLE);
  },
  start: (page) => startIn(page, 'meetScenario', '[jsname="QgSmzd"], .cxdMu', false),
};

/** Zoom's lists are virtualized: the rows in view are what the page renders, and what churns. */
export const ZOOM: BusyClient = {
  label: 'Zoom',
  url: (i, lookalike) => {
    const code = String(81_000_000_900 + (i % 90));
    return lookalike ? `https://app.zoom.us.${lookalike}.test/wc/${code}/join` : `https://app.zoom.us/wc/${code}/join`;
  },
  routes: (url) => ({ [new URL(url).origin + '/']: fixture('zoom/class.en.html') }),
  async fill(page) {
    await page.addScriptTag({ content: fixture('zoom/scenario.js') });
    await page.evaluate((people) => {
      const s = (
        window as unknown as {
          zoomScenario: { join(n: string, id: number): void; openChat(): void; openParticipants(): void };
        }
      ).zoomScenario;
      for (let i = 0; i < people - 10; i++) s.join(`Học sinh ${i}`, 17_000_000 + 1024 * i);
      s.openParticipants();
      s.openChat();
    }, PEOPLE);
  },
  start: (page) => startIn(page, 'zoomScenario', '.participants-li', true),
};

const TEAMS_TEACHER = '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01';

/**
 * Teams shows one side panel at a time: the People list is open and read; the chat arrives in the
 * client's model and is not on screen. The fixture re-renders the whole call on each message, so at
 * 20 a second with 1,000 people its page is saturated (a first smoke run painted 4-9 frames a
 * second): read its A/B with the frame rates it prints.
 */
export const TEAMS: BusyClient = {
  label: 'Teams',
  url: (i, lookalike) => {
    const code = encodeURIComponent(`19:meeting_QnVzeQ${String.fromCharCode(97 + (i % 26))}@thread.v2`);
    const host = lookalike ? `teams.microsoft.com.${lookalike}.test` : 'teams.microsoft.com';
    return `https://${host}/v2/#/l/meetup-join/${code}/0`;
  },
  routes: (url) => {
    const people = [{ name: 'Nguyễn Thị Lan', mri: TEAMS_TEACHER, organizer: true, kind: 'member' }].concat(
      Array.from({ length: PEOPLE - 1 }, (_, i) => ({
        name: student(i),
        mri: `8:orgid:7b1c2e3f-4b6d-4e8f-9a0b-${String(1000 + i).padStart(12, '0')}`,
        organizer: false,
        kind: 'member',
      })),
    );
    const state = {
      lang: 'en',
      title: 'Lớp 10A1',
      self: { name: 'Nguyễn Thị Lan', mri: TEAMS_TEACHER, organizer: true, signedIn: true },
      people,
      panel: 'roster',
      stageSize: 4,
    };
    const html = teamsScenarioPage(state);
    return { [new URL(url).origin + '/']: html };
  },
  fill: async () => {},
  start: (page) => startIn(page, 'teamsScenario', '[data-cid="roster-participant"]', true),
};

/** Meet's tiled layout at its largest. */
export const GALLERY_TILES = 49;

/**
 * The teacher reads the chat, the People list closed: the tile reader names people from a 49-tile
 * gallery (docs/adapters/meet.md#stage) whose speaking indicators flip and whose order changes every
 * frame (a tile moves to the end, as an active-speaker layout reorders).
 */
export const MEET_GALLERY: BusyClient = {
  label: `Meet gallery (${GALLERY_TILES} tiles at 60 Hz, People closed, tile reader on)`,
  url: (i, lookalike) => {
    const code = `ben-gall-ry${String.fromCharCode(97 + (i % 26))}`;
    return lookalike ? `https://meet.google.com.${lookalike}.test/${code}` : `https://meet.google.com/${code}`;
  },
  routes: MEET.routes,
  async fill(page) {
    await MEET.fill(page);
    await page.evaluate((tiles) => {
      const s = (window as unknown as { meetScenario: { openChat(): void } }).meetScenario;
      s.openChat();
      const grid = document.querySelector('main [role="region"]')!;
      const model = grid.querySelector('[data-tile-media-id]')!;
      for (let i = grid.querySelectorAll('[data-tile-media-id]').length; i < tiles; i++) {
        const t = model.cloneNode(true) as Element;
        const id = `spaces/AbCdEfGhIjKl/devices/${1000 + i}`;
        for (const a of ['data-participant-id', 'data-requested-participant-id', 'data-tile-media-id'])
          t.setAttribute(a, id);
        t.querySelector('.notranslate')!.textContent = `Học sinh ${i}`;
        grid.append(t);
      }
    }, GALLERY_TILES);
  },
  async start(page) {
    await startIn(page, 'meetScenario', 'main [jsname="QgSmzd"]', false);
    await page.evaluate(() => {
      const grid = document.querySelector('main [role="region"]')!;
      const move = () => {
        const first = grid.querySelector('[data-tile-media-id]');
        if (first) grid.append(first);
        requestAnimationFrame(move);
      };
      requestAnimationFrame(move);
    });
  },
};
