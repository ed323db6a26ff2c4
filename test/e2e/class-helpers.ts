/**
 * Shared by the scripted-class end-to-end tests (zoom-class, teams-class): read one meeting's event
 * log as the teacher's report would, step by step, and check it the way the report's "Verify" does.
 */
import { expect } from 'vitest';
import { LIMITS } from '../../src/common/protocol';
import type { Frame, Page } from 'puppeteer-core';
import { verifyChain } from '../../src/common/event-chain';
import type { Finding } from '../../src/common/model';
import type { SessionRecord, StoredEvent } from '../../src/common/protocol';
import { until, type ExtensionBrowser } from './extension';
import { fixture } from '../support/browser';

/**
 * Event types the content script writes for what it observed (docs/events.md), minus bookkeeping,
 * findings and the checklist's readings of the host's settings (checklist.test.ts checks those).
 */
const BOOKKEEPING = new Set(['session.started', 'content.attached', 'finding', 'checklist.item']);

export interface Obs {
  type: string;
  payload: Record<string, unknown>;
}

export interface LoggedFinding {
  finding: Finding;
  /** The observation event the finding was raised on. */
  observation: StoredEvent;
  event: StoredEvent;
}

export const observationsOf = (events: readonly StoredEvent[]): StoredEvent[] =>
  events.filter((e) => !BOOKKEEPING.has(e.type));

export function findingsOf(events: readonly StoredEvent[]): LoggedFinding[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return events
    .filter((e) => e.type === 'finding')
    .map((e) => {
      const observation = byId.get(e.payload['observationId'] as string);
      if (!observation) throw new Error(`finding ${e.id} points at no event of this session`);
      return { finding: e.payload['finding'] as Finding, observation, event: e };
    });
}

/** One meeting's log, read from IndexedDB through the documented interface. */
export class MeetingLog {
  /** How many observations the test has already checked. */
  private checked = 0;

  private constructor(
    private readonly ext: ExtensionBrowser,
    readonly session: SessionRecord,
  ) {}

  static async open(ext: ExtensionBrowser, code: string): Promise<MeetingLog> {
    const session = await until(
      async () => (await ext.sessions()).find((s) => s.meeting.code === code),
      `a session for ${code}`,
    );
    return new MeetingLog(ext, session);
  }

  events(): Promise<StoredEvent[]> {
    return this.ext.events(this.session.id);
  }

  /** Waits until the log satisfies `pred` and returns it. */
  waitFor(pred: (events: StoredEvent[]) => boolean, what: string, timeoutMs = 20_000): Promise<StoredEvent[]> {
    return until(
      async () => {
        const events = await this.events();
        return pred(events) ? events : null;
      },
      what,
      timeoutMs,
    );
  }

  /**
   * Waits for the next observations and checks they are exactly `want`, in order. A step that should
   * produce nothing passes `[]`: whatever it wrongly produced shows up in the next step's check.
   */
  async expectNext(want: Obs[], what: string): Promise<StoredEvent[]> {
    if (want.length === 0) return [];
    const end = this.checked + want.length;
    const events = await this.waitFor((ev) => observationsOf(ev).length >= end, what);
    const got = observationsOf(events).slice(this.checked, end);
    expect(
      got.map((e) => ({ type: e.type, payload: e.payload })),
      what,
    ).toEqual(want);
    this.checked = end;
    return got;
  }

  /** Checks that nothing was observed beyond what the test has checked so far. */
  async expectNothingMore(what: string): Promise<void> {
    const rest = observationsOf(await this.events()).slice(this.checked);
    expect(
      rest.map((e) => ({ type: e.type, payload: e.payload })),
      what,
    ).toEqual([]);
  }

  /** The report's "Verify": the chain recomputes, ends at the session's head, and every event id is unique. */
  async expectIntact(): Promise<StoredEvent[]> {
    const events = await this.events();
    const check = await verifyChain(events);
    expect(check).toMatchObject({ valid: true, count: events.length });
    const record = (await this.ext.sessions()).find((s) => s.id === this.session.id);
    expect(check.valid && check.head).toBe(record?.headHash);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    return events;
  }
}

/**
 * Moves the content script's clock forward (Date.now() in its isolated worlds only, in every frame
 * of the page; the page, the worker and the test keep real time), so the 20 s leave confirmation and
 * the 10 s raid window pass without the test waiting for them. The log's event times move with it.
 */
export async function advanceContentClock(ext: ExtensionBrowser, page: Page, ms: number): Promise<void> {
  const frames = ext.contentFrames(page);
  expect(frames.length, 'our content script runs in the page').toBeGreaterThan(0);
  for (const frameId of frames) {
    await ext.inContentScript(
      page,
      `(() => {
        const g = globalThis;
        if (!g.__cgClockOffset) {
          const real = Date.now.bind(Date);
          g.__cgClockOffset = { ms: 0 };
          Date.now = () => real() + g.__cgClockOffset.ms;
        }
        g.__cgClockOffset.ms += ${Number(ms)};
        return true;
      })()`,
      frameId,
    );
  }
}

/** Records every JavaScript dialog the page opens (an alert() from a name would be one). */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** Elements matching `css` anywhere in the page, inside open shadow roots (our overlay) too. */
export function countDeep(page: Page, css: string): Promise<number> {
  return page.evaluate((css) => {
    let n = 0;
    const visit = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll(css).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    for (const f of document.querySelectorAll('iframe')) {
      const d = (f as HTMLIFrameElement).contentDocument;
      if (d) visit(d);
    }
    return n;
  }, css);
}

/** Caps on names and chat as the log stores them (docs/events.md). */
export const { nameChars: MAX_NAME, chatChars: MAX_CHAT } = LIMITS;

/** Attacker-written input every platform's class test sends through the whole pipeline. */
export const HOSTILE = {
  /** Markup that would run if a name were ever parsed as HTML. */
  name: '<img src=x onerror=alert(1)>',
  /** 1,000 characters of markup: over the name cap. */
  longName: '<script>alert(2)</script>'.repeat(40),
  /** A right-to-left override hiding a file name, then 100 KB of text. */
  flood: `\u202Etxt.exe\u202C ${'A'.repeat(100_000)}`,
} as const;

/** Calls a fixture's page-world scenario driver (`window.meetScenario.post(…)` and the like) from the test. */
export type Run = (method: string, ...args: unknown[]) => Promise<unknown>;
export const runner =
  (target: Page | Frame, driver: string): Run =>
  (method, ...args) =>
    target.evaluate(
      (d, m, a) =>
        (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[d]![m]!(...a) ?? null,
      driver,
      method,
      args,
    );

/** One class on the Meet copy with its People list open: its settings saved, the page open, its session begun. */
export async function openMeetClass(
  ext: ExtensionBrowser,
  lang: 'en' | 'vi',
  code: string,
  cls: { id: string; teachers: string[]; roster: string[] },
): Promise<{ meeting: Page; session: SessionRecord; run: Run }> {
  await ext.setSettings({
    language: lang,
    classes: [
      {
        id: cls.id,
        name: 'Lớp 10A1',
        meetings: [code],
        teachers: cls.teachers,
        roster: cls.roster.map((name) => ({ name })),
      },
    ],
  });
  const url = `https://meet.google.com/${code}`;
  const meeting = await ext.openMeeting(url, { [url]: fixture(`meet/in-call-people.${lang}.html`) });
  await meeting.addScriptTag({ content: fixture('meet/scenario.js') });
  const session = await until(async () => (await ext.sessions()).find((s) => s.meeting.code === code), 'the session');
  return { meeting, session, run: runner(meeting, 'meetScenario') };
}
