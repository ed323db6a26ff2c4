/**
 * Issue 25 on each client, as a teacher with no class configured sees it: the chat is open and the
 * People list closed; eight guests join within a second while the guard is still learning the class.
 * One raid finding names them (from the tiles, or the participant counter where no tile shows them)
 * and the in-meeting panel has one entry for it; a student who joined normally is learned without a
 * finding; opening the People list adds no second join; closing it makes nobody leave.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../src/common/model';
import type { StoredEvent } from '../../src/common/protocol';
import { fixture, teamsScenarioPage } from '../support/browser';
import { MeetingLog, advanceContentClock, findingsOf, runner, type Run } from './class-helpers';
import { useExtension } from './extension';
import { probePanel } from './panel-helpers';

type Lang = 'en' | 'vi';
const STUDENT = 'Nguyễn Văn An';
const GUESTS = Array.from({ length: 8 }, (_, i) => `Khách ${i + 1}`);
const UNNAMED = '(no name shown)';

interface Client {
  platform: Platform;
  codes: Record<Lang, string>;
  open(lang: Lang, code: string): Promise<{ page: Page; run: Run }>;
  join(run: Run, name: string, i: number): Promise<unknown>;
  /** The chat panel open, which closes the People list. */
  chatOnly(run: Run): Promise<unknown>;
  openPeople(run: Run): Promise<unknown>;
}

const meetUrl = (code: string) => `https://meet.google.com/${code}`;
const teamsUrl = (code: string) => `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(code)}/0`;
const TEAMS_TEACHER = { name: 'Nguyễn Thị Lan', mri: '8:orgid:3f2a6c1e-0b7d-4c55-9a10-5d8e2f4b7a01' };
const teamsMri = (i: number) => `8:orgid:7b2d4f6a-1c3e-4a5b-8d9f-${String(500 + i).padStart(12, '0')}`;

/** The teacher's call on screen, People panel open; a stage of eight tiles, as Teams' default gallery. */
function teamsPage(lang: Lang): string {
  const state = {
    lang,
    title: lang === 'vi' ? 'Lớp 9A2 - Ngữ văn' : 'Class 9A2 - Literature',
    self: { ...TEAMS_TEACHER, organizer: true, signedIn: true },
    people: [{ ...TEAMS_TEACHER, organizer: true, kind: 'member' }],
    panel: 'roster',
    stageSize: 8,
  };
  return teamsScenarioPage(state);
}

const CLIENTS: Client[] = [
  {
    platform: 'meet',
    codes: { en: 'cgs-stag-ena', vi: 'cgs-stag-vie' },
    async open(lang, code) {
      const page = await ext.openMeeting(meetUrl(code), {
        [meetUrl(code)]: fixture(`meet/in-call-people.${lang}.html`),
      });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      return { page, run: runner(page, 'meetScenario') };
    },
    join: (run, name, i) => run('join', name, String(400 + i)),
    chatOnly: (run) => run('openChat'),
    openPeople: (run) => run('openPeople'),
  },
  {
    platform: 'zoom',
    codes: { en: '81000002501', vi: '81000002502' },
    async open(lang, code) {
      const url = `https://app.zoom.us/wc/${code}/join`;
      const page = await ext.openMeeting(url, { [url]: fixture(`zoom/class.${lang}.html`) });
      await page.addScriptTag({ content: fixture('zoom/scenario.js') });
      const run = runner(page, 'zoomScenario');
      // A gallery page of six: larger than it, the class is partly off the stage.
      await run('gallery', 6);
      return { page, run };
    },
    join: (run, name, i) => run('join', name, 16_800_000 + 1024 * i),
    // Zoom shows both panels at once: the list is closed, the chat open.
    chatOnly: async (run) => {
      await run('closeParticipants');
      await run('openChat');
    },
    // The list is virtualized: eight rows show; the rest come into view as it scrolls.
    openPeople: async (run) => {
      await run('openParticipants');
      await new Promise((r) => setTimeout(r, 800));
      await run('scrollRoster', 10_000);
    },
  },
  {
    platform: 'teams',
    codes: { en: '19:meeting_U3RhZ2VFbg@thread.v2', vi: '19:meeting_U3RhZ2VWaQ@thread.v2' },
    async open(lang, code) {
      const page = await ext.openMeeting(teamsUrl(code), { 'https://teams.microsoft.com/': teamsPage(lang) });
      return { page, run: runner(page, 'teamsScenario') };
    },
    // Signed-in users: the list's id is the user id, the stage's is the name (handed over on opening).
    join: (run, name, i) => run('join', name, teamsMri(i)),
    // One side panel at a time: the chat replaces the People list.
    chatOnly: (run) => run('openChat'),
    openPeople: (run) => run('openRoster'),
  },
];

const ext = useExtension();

const nameOf = (e: StoredEvent): string =>
  String((e.payload['participant'] as { name?: unknown } | undefined)?.name ?? '');
const joinsOf = (events: readonly StoredEvent[], name: string) =>
  events.filter((e) => e.type === 'participant.joined' && nameOf(e) === name);
const covered = (events: readonly StoredEvent[], roster: string) =>
  events.some((e) => e.type === 'coverage.changed' && (e.payload['coverage'] as { roster?: string }).roster === roster);

for (const c of CLIENTS) {
  describe(`the class seen from the stage on ${c.platform}`, () => {
    for (const lang of ['en', 'vi'] as const) {
      it(`eight guests joining while learning, chat open and People closed, are one raid (${lang})`, async () => {
        await ext.setSettings({ language: lang, classes: [] });
        const code = c.codes[lang];
        const { page, run } = await c.open(lang, code);
        const log = await MeetingLog.open(ext, code);
        const panel = await probePanel(page);
        await log.waitFor((ev) => covered(ev, 'full'), 'the People list read');
        // Past the start-up grace: who joins now arrives.
        await advanceContentClock(ext, page, 10_000);

        await c.chatOnly(run);
        await log.waitFor((ev) => covered(ev, 'hidden'), 'the People list closed');
        await c.join(run, STUDENT, 0);
        await log.waitFor((ev) => joinsOf(ev, STUDENT).length > 0, 'the student read from the stage');
        await advanceContentClock(ext, page, 20_000);

        for (let i = 0; i < GUESTS.length; i++) await c.join(run, GUESTS[i]!, i + 1);
        // The counter's rise is told once the tiles had time to catch up.
        await new Promise((r) => setTimeout(r, 500));
        await advanceContentClock(ext, page, 5_000);
        const events = await log.waitFor(
          (ev) => findingsOf(ev).some((f) => f.finding.ruleId === 'participant.raid'),
          'the raid',
        );
        await new Promise((r) => setTimeout(r, 1_000));
        const findings = findingsOf(await log.events());
        const raids = findings.filter((f) => f.finding.ruleId === 'participant.raid');
        expect(raids, 'one raid finding').toHaveLength(1);
        const named = [
          ...(raids[0]!.finding.evidence.names ?? []),
          ...findings
            .filter((f) => f.finding.ruleId === 'participant.unknown.raid-member')
            .flatMap((f) => f.finding.evidence.names ?? [f.finding.subject.name ?? '']),
        ];
        const seenGuests = GUESTS.filter((g) => joinsOf(events, g).length > 0);
        expect(seenGuests.length, 'some guests are shown on tiles').toBeGreaterThan(0);
        // Each guest is named, from a tile or as one the counter saw; nobody else is.
        expect(named.filter((n) => n !== UNNAMED).sort()).toEqual([...seenGuests].sort());
        expect(named.length).toBe(GUESTS.length);
        expect(findings.filter((f) => f.finding.subject.name === STUDENT)).toEqual([]);
        expect(findings.filter((f) => f.finding.ruleId === 'participant.unnamed')).toEqual([]);

        const entries = await panel.until<{ key: string }[]>(
          `function () { const e = [...this.querySelectorAll('.entry')].map((e) => ({ key: e.dataset.key })); return e.some((x) => x.key === 'raid') && e; }`,
          'the raid entry in the panel',
        );
        expect(entries.filter((e) => e.key === 'raid')).toHaveLength(1);

        // The People list: the guests no tile showed join now, once; nobody joins twice.
        const before = (await log.events()).length;
        await c.openPeople(run);
        const opened = await log.waitFor(
          (ev) =>
            ev
              .slice(before)
              .some(
                (e) =>
                  e.type === 'coverage.changed' && (e.payload['coverage'] as { roster?: string }).roster !== 'hidden',
              ) && GUESTS.every((g) => joinsOf(ev, g).length > 0),
          'the People list shows everyone',
        );
        for (const name of [STUDENT, ...GUESTS]) expect(joinsOf(opened, name), name).toHaveLength(1);
        // Those the list names now are raiders too: reported for review, never alerts of their own.
        // (The raid itself may start from a guest's tile: it is the one alert, counted above.)
        const late = findingsOf(opened.slice(before)).filter(
          (f) => GUESTS.includes(f.finding.subject.name ?? '') && f.finding.tier === 'alert',
        );
        expect(late.map((f) => f.finding.ruleId)).toEqual([]);

        // Closing it again: nobody leaves, however long it stays closed.
        const closing = (await log.events()).length;
        await c.chatOnly(run);
        await log.waitFor((ev) => covered(ev.slice(closing), 'hidden'), 'the People list closed again');
        for (let i = 0; i < 3; i++) {
          await advanceContentClock(ext, page, 30_000);
          await new Promise((r) => setTimeout(r, 700));
        }
        await new Promise((r) => setTimeout(r, 1_500));
        const after = await log.events();
        expect(after.filter((e) => e.type === 'participant.left').map(nameOf)).toEqual([]);
        await log.expectIntact();
      });
    }
  });
}
