/**
 * Drives the long faulty class (long-class.test.ts) on the Meet fixture and keeps the test's own
 * account of what happened: who is in the call, who waits, who shares, what was said — so that a
 * reloaded tab can be put back as Meet would show it, and the log can be checked against the account.
 */
import type { Page } from 'puppeteer-core';
import { capText } from '../../src/common/text-cap';
import type { Participant, Presenter } from '../../src/common/model';
import { NAME_MAX } from '../../src/platforms/meet/adapter';
import { fixture } from '../support/browser';
import { advanceContentClock, type Obs } from './class-helpers';
import type { ExtensionBrowser } from './extension';

export const SCENARIO = fixture('meet/scenario.js');
export const TEACHER = 'Nguyễn Thị Lan';
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

const dev = (n: number): string => `spaces/AbCdEfGhIjKl/devices/${n}`;
export const person = (n: number, name: string, extra: Partial<Participant> = {}): Participant => ({
  id: dev(n),
  idStable: true,
  name,
  role: 'participant',
  self: false,
  ...extra,
});

/** Who in-call-people.en.html already shows, and the one knocking. */
export const FIXTURE_PEOPLE: Participant[] = [
  person(113, TEACHER, { role: 'host', self: true }),
  person(116, 'Trần Minh Anh'),
  person(120, 'Lê Hoàng Bảo'),
  person(124, HOSTILE_NAME),
  person(127, 'Phạm Thu Hà', { role: 'cohost' }),
  person(131, 'Đỗ Văn\u200bHùng\u202e'),
  person(135, capText('Vũ ' + 'Ạ'.repeat(300), NAME_MAX)),
];
export const FIXTURE_WAITING = person(140, 'Khách Lạ 99');

/** Observation types the test accounts for one by one (coverage and bookkeeping are left out). */
export const ACCOUNTED = new Set([
  'meeting.state',
  'participant.joined',
  'participant.left',
  'participant.renamed',
  'waiting.joined',
  'waiting.admitted',
  'waiting.left',
  'share.started',
  'share.stopped',
]);

export interface Expected {
  obs: Obs;
  /** The stretch of the class it belongs to: the log must hold the stretches in order. */
  phase: number;
}

export interface Said {
  sender: string;
  text: string;
  id: string;
  phase: number;
}

const idNum = (p: Participant) => Number(p.id.replace(/^.*\//, ''));

export class LongClass {
  phase = 0;
  readonly expected: Expected[] = [];
  readonly said: Said[] = [];
  /** The content script's clock lead over real time (advanceContentClock), re-applied to each new copy. */
  clockMs = 0;
  private readonly present = new Map<number, Participant>(FIXTURE_PEOPLE.map((p) => [idNum(p), p]));
  private readonly waiting = new Map<number, Participant>([[140, FIXTURE_WAITING]]);
  private sharer: number | null = null;

  constructor(
    private readonly ext: ExtensionBrowser,
    readonly page: Page,
    readonly code: string,
  ) {}

  private expect(type: string, payload: Record<string, unknown>): void {
    this.expected.push({ obs: { type, payload }, phase: this.phase });
  }

  run(method: string, ...args: unknown[]): Promise<unknown> {
    return this.page.evaluate(
      (m, a) =>
        (window as unknown as { meetScenario: Record<string, (...x: unknown[]) => unknown> }).meetScenario[m]!(...a) ??
        null,
      method,
      args,
    );
  }

  /** The start of the class, as the content script first sees it. */
  expectStart(meeting: Record<string, unknown>): void {
    this.expect('meeting.state', { state: 'in-call', meeting });
    for (const p of FIXTURE_PEOPLE) this.expect('participant.joined', { participant: p });
    this.expect('waiting.joined', { participant: FIXTURE_WAITING });
  }

  /** Several join in one page task (a raid). */
  async join(people: [number, string][]): Promise<void> {
    await this.page.evaluate((list: [number, string][]) => {
      const s = (window as unknown as { meetScenario: { join(n: string, id: string): void } }).meetScenario;
      for (const [id, name] of list) s.join(name, String(id));
    }, people);
    for (const [n, name] of people) {
      const p = person(n, name);
      this.present.set(n, p);
      this.expect('participant.joined', { participant: p });
    }
  }

  async rename(n: number, name: string): Promise<void> {
    const before = this.present.get(n)!;
    await this.run('rename', String(n), name);
    const p = { ...before, name };
    this.present.set(n, p);
    this.expect('participant.renamed', { participant: p, from: before.name });
  }

  async knock(n: number, name: string): Promise<void> {
    await this.run('knock', name, String(n));
    const p = person(n, name);
    this.waiting.set(n, p);
    this.expect('waiting.joined', { participant: p });
  }

  async admit(n: number): Promise<void> {
    const p = this.waiting.get(n)!;
    await this.run('admit', String(n));
    this.waiting.delete(n);
    this.present.set(n, p);
    this.expect('waiting.admitted', { participant: p });
    this.expect('participant.joined', { participant: p });
  }

  private presenter(n: number): Presenter {
    return { participantId: dev(n), name: this.present.get(n)!.name, self: false };
  }

  async share(n: number): Promise<void> {
    await this.run('share', String(n));
    this.sharer = n;
    this.expect('share.started', { presenter: this.presenter(n) });
  }

  async stopShare(durationMs: unknown): Promise<void> {
    const presenter = this.presenter(this.sharer!);
    await this.run('stopShare');
    this.sharer = null;
    this.expect('share.stopped', { presenter, durationMs });
  }

  /** Leaves are confirmed only on a second full list 20 s later: the caller moves the clock on. */
  async leave(n: number): Promise<void> {
    const p = this.present.get(n)!;
    await this.run('leave', String(n));
    this.present.delete(n);
    this.expect('participant.left', { participant: p });
  }

  /** Messages in one page task each `perTask`; ids unique across reloads, as Meet's are. */
  async post(messages: [string, string][], perTask = 25): Promise<void> {
    for (let i = 0; i < messages.length; i += perTask) {
      const batch = messages.slice(i, i + perTask).map(([sender, text]): Said => {
        const said = { sender, text, id: String(1_900_000_000_000 + this.said.length), phase: this.phase };
        this.said.push(said);
        return said;
      });
      await this.page.evaluate((batch: Said[]) => {
        const s = (window as unknown as { meetScenario: { post(s: string, t: string): string } }).meetScenario;
        for (const m of batch) {
          // The fixture numbers messages from the same start on every load: give them the test's ids.
          const fixtureId = s.post(m.sender, m.text);
          for (const el of document.querySelectorAll(`[data-message-id="${fixtureId}"]`))
            el.setAttribute('data-message-id', m.id);
        }
      }, batch);
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  /** A new copy of our content script starts on the real clock: give it the class's. */
  async reapplyClock(): Promise<void> {
    if (this.clockMs > 0) await advanceContentClock(this.ext, this.page, this.clockMs);
  }

  async advanceClock(ms: number): Promise<void> {
    await advanceContentClock(this.ext, this.page, ms);
    this.clockMs += ms;
  }

  /**
   * The page as Meet shows it after a reload, built before our content script looks (it runs at
   * document_idle): the people in the call, the one waiting, the share; the chat opened once (its
   * container keeps receiving) and the People panel in front. Meet shows no earlier chat after a reload.
   */
  restoreScript(): string {
    const fixtureIds = new Set(FIXTURE_PEOPLE.map(idNum));
    const joins = [...this.present].filter(([n]) => !fixtureIds.has(n)).map(([n, p]) => [n, p.name]);
    const gone = [...fixtureIds].filter((n) => !this.present.has(n));
    const knocks = [...this.waiting].filter(([n]) => n !== 140).map(([n, p]) => [n, p.name]);
    const state = { joins, gone, knocks, denyFixture: !this.waiting.has(140), sharer: this.sharer };
    return `document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      ${SCENARIO}
      const s = window.meetScenario, st = ${JSON.stringify(state)};
      for (const n of st.gone) s.leave(String(n));
      for (const [n, name] of st.joins) s.join(name, String(n));
      if (st.denyFixture) s.deny('140');
      for (const [n, name] of st.knocks) s.knock(name, String(n));
      if (st.sharer !== null) s.share(String(st.sharer));
      s.openChat();
      s.openPeople();
    });`;
  }
}
