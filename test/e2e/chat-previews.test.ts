/**
 * Issue 25, item 3: the chat panel is closed and a stranger's abusive message arrives. The client's
 * own new-message preview is read (marked as a preview), the guard raises its finding from it and the
 * in-meeting panel shows the entry; opening the chat afterwards reads the full message as the same
 * one: no second chat.message, no second finding (docs/adapters/meet.md#chat-previews).
 */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/common/model';
import type { StoredEvent } from '../../src/common/protocol';
import { fixture } from '../support/browser';
import { MeetingLog, findingsOf, runner } from './class-helpers';
import { useExtension } from './extension';
import { probePanel } from './panel-helpers';

const STRANGER = 'Khách 9';
const ABUSE = 'địt mẹ lớp này';
const TEACHER_LINE = 'Các em trật tự';
const meetUrl = (code: string) => `https://meet.google.com/${code}`;
const CODES = { en: 'cgp-prev-ena', vi: 'cgp-prev-vie' } as const;

const ext = useExtension();

const messageOf = (e: StoredEvent) => e.payload['message'] as ChatMessage;
const chatWith = (events: readonly StoredEvent[], text: string) =>
  events.filter((e) => e.type === 'chat.message' && messageOf(e).text === text);

describe('Meet: a message read from its toast while the chat is closed', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`is judged from the preview and not again when the chat opens (${lang})`, async () => {
      await ext.setSettings({ language: lang, classes: [] });
      const code = CODES[lang];
      const page = await ext.openMeeting(meetUrl(code), {
        [meetUrl(code)]: fixture(`meet/in-call-people.${lang}.html`),
      });
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      const run = runner(page, 'meetScenario');
      const log = await MeetingLog.open(ext, code);
      const panel = await probePanel(page);
      await log.waitFor((ev) => ev.some((e) => e.type === 'coverage.changed'), 'the class read');

      // The chat has never been opened: Meet shows the message only in its toast.
      await run('post', STRANGER, ABUSE);
      const seen = await log.waitFor(
        (ev) => findingsOf(ev).some((f) => f.observation.type === 'chat.message'),
        'a finding on the preview',
      );
      const [preview, ...more] = chatWith(seen, ABUSE);
      expect(more).toEqual([]);
      expect(messageOf(preview!)).toMatchObject({ senderName: STRANGER, text: ABUSE, preview: true });
      const first = findingsOf(seen).filter((f) => f.observation.id === preview!.id);
      expect(first.map((f) => [f.finding.category, f.finding.tier])).toEqual([['profanity', 'alert']]);
      await panel.until(
        `function () { return [...this.querySelectorAll('.entry .quote')].some((q) => q.textContent.includes(${JSON.stringify(ABUSE.slice(0, 6))})); }`,
        'the abuse in the panel entry',
      );

      // The chat opens on the earlier messages, the stranger's among them; then the teacher writes.
      await run('openChat');
      await run('post', 'teacher', TEACHER_LINE, { self: true });
      const after = await log.waitFor((ev) => chatWith(ev, TEACHER_LINE).length > 0, 'the chat read');
      await new Promise((r) => setTimeout(r, 1_500));
      const events = await log.expectIntact();
      expect(events.length).toBeGreaterThanOrEqual(after.length);
      expect(chatWith(events, ABUSE), 'one chat.message for the message').toHaveLength(1);
      expect(
        findingsOf(events).filter((f) => f.observation.type === 'chat.message' && f.finding.category === 'profanity'),
        'one finding for the message',
      ).toHaveLength(1);
    });
  }
});
