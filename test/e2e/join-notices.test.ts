/**
 * Issue 25, item 2 on Meet: with the chat open and the People list closed, a guest joins whom no tile
 * shows (the grid is full). Meet's own "<Name> joined" toast names them: one join, by name, and no
 * "people joined unnamed"; opening the People list afterwards adds no second join
 * (docs/adapters/meet.md#toasts).
 */
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../src/common/model';
import type { StoredEvent } from '../../src/common/protocol';
import { fixture } from '../support/browser';
import { MeetingLog, advanceContentClock, runner } from './class-helpers';
import { useExtension } from './extension';

const GUEST = 'Khách Lạ 42';
const CODES = { en: 'cgn-note-ena', vi: 'cgn-note-vie' } as const;
const meetUrl = (code: string) => `https://meet.google.com/${code}`;

const ext = useExtension();

const participantOf = (e: StoredEvent) => e.payload['participant'] as Participant;
const joinsOf = (events: readonly StoredEvent[], name: string) =>
  events.filter((e) => e.type === 'participant.joined' && participantOf(e).name === name);
const roster = (e: StoredEvent) => (e.payload['coverage'] as { roster?: string }).roster;

describe('Meet: a join told only by its toast', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`is one join by name, and the People list adds no second (${lang})`, async () => {
      await ext.setSettings({ language: lang, classes: [] });
      const code = CODES[lang];
      const page = await ext.openMeeting(meetUrl(code), {
        [meetUrl(code)]: fixture(`meet/in-call-people.${lang}.html`),
      });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      const run = runner(page, 'meetScenario');
      const log = await MeetingLog.open(ext, code);
      await log.waitFor((ev) => ev.some((e) => e.type === 'coverage.changed' && roster(e) === 'full'), 'the list read');
      await advanceContentClock(ext, page, 10_000);
      await run('openChat');
      await log.waitFor((ev) => ev.some((e) => e.type === 'coverage.changed' && roster(e) === 'hidden'), 'list closed');
      const tileCount = () => page.evaluate(() => document.querySelectorAll('main [data-tile-media-id]').length);
      // Students fill the grid (a few tiles, as Meet's default layout shows): the guest gets none.
      for (let i = 0, before = -1; (await tileCount()) !== before; i++) {
        before = await tileCount();
        await run('join', `Học Sinh ${i + 1}`, String(450 + i));
      }
      const tiles = await tileCount();

      await run('join', GUEST, '460');
      expect(await page.evaluate(() => document.querySelectorAll('main [data-tile-media-id]').length)).toBe(tiles);
      const seen = await log.waitFor((ev) => joinsOf(ev, GUEST).length > 0, 'the guest named by the toast');
      expect(participantOf(joinsOf(seen, GUEST)[0]!)).toMatchObject({ name: GUEST, idStable: false });
      // Past the time the counter's rise waits for a name.
      await advanceContentClock(ext, page, 5_000);
      await new Promise((r) => setTimeout(r, 1_500));
      expect((await log.events()).filter((e) => e.type === 'participants.unnamed')).toEqual([]);

      await run('openPeople');
      await log.waitFor(
        (ev) => ev.filter((e) => e.type === 'coverage.changed' && roster(e) === 'full').length >= 2,
        'the list read again',
      );
      await new Promise((r) => setTimeout(r, 1_000));
      const events = await log.expectIntact();
      expect(joinsOf(events, GUEST)).toHaveLength(1);
      expect(events.filter((e) => e.type === 'participant.left')).toEqual([]);
    });
  }
});
